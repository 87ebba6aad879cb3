#include "cli/StopSignal.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>

namespace wabadesk::cli {

namespace {
std::atomic<bool> g_stop{false};
std::atomic<bool> g_caught{false};

extern "C" void onStopSignal(int)
{
    g_stop = true;
}
} // namespace

void catchStopSignals()
{
    if (g_caught.exchange(true))
        return;
    g_stop = false;
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
}

void waitForStopSignal()
{
    catchStopSignals();
    while (!g_stop)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
}

} // namespace wabadesk::cli
