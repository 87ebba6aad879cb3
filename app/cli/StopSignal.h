#pragma once

namespace wabadesk::cli {

// For the commands that run until stopped (sandbox, listen): catchStopSignals() before the command says it is ready
// (a SIGINT or SIGTERM that arrives after that line but before waitForStopSignal() would otherwise kill it without its
// clean stop), waitForStopSignal() then blocks until one arrives (Ctrl+C, `kill`; Ctrl+C or Ctrl+Break in a
// Windows console).
void catchStopSignals();
// Blocks until SIGINT or SIGTERM (catching them first if catchStopSignals() was not called).
void waitForStopSignal();

} // namespace wabadesk::cli
