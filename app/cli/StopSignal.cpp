#include "cli/StopSignal.h"

#include <QtGlobal>

#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace wabadesk::cli {

namespace {
std::atomic<bool> g_stop{false};
std::atomic<bool> g_caught{false};

extern "C" void onStopSignal(int)
{
    g_stop = true;
}

#ifdef Q_OS_WIN
// Ctrl+C and Ctrl+Break in the console (Windows has no SIGTERM). Closing the window, logging off and shutting down
// keep the default, which ends the process: every acknowledged delivery is already durable in the journal.
BOOL WINAPI onConsoleControl(DWORD event)
{
    if (event != CTRL_C_EVENT && event != CTRL_BREAK_EVENT)
        return FALSE;
    g_stop = true;
    return TRUE;
}
#endif
} // namespace

void catchStopSignals()
{
    if (g_caught.exchange(true))
        return;
    g_stop = false;
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(onConsoleControl, TRUE);
#endif
}

void waitForStopSignal()
{
    catchStopSignals();
    while (!g_stop)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
}

} // namespace wabadesk::cli
