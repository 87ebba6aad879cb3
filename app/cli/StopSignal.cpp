#include "cli/StopSignal.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>

namespace wabadesk::cli {

namespace {
std::atomic<bool> g_stop{false};

extern "C" void onStopSignal(int)
{
    g_stop = true;
}
} // namespace

void catchStopSignals()
{
    g_stop = false;
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
}

void waitForStopSignal()
{
    while (!g_stop)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
}

} // namespace wabadesk::cli
