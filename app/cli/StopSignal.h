#pragma once

namespace wabadesk::cli {

// SIGINT and SIGTERM (Ctrl+C, `kill`) stop the commands that run until stopped (sandbox, listen). Call
// catchStopSignals() before telling the world that the command is ready: a signal that comes right after must stop
// it cleanly, not kill it.
void catchStopSignals();
// Blocks until SIGINT or SIGTERM (catching them first if catchStopSignals() was not called).
void waitForStopSignal();

} // namespace wabadesk::cli
