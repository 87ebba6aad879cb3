#pragma once

namespace wabadesk::cli {

// Blocks until SIGINT or SIGTERM (Ctrl+C, `kill`), for the commands that run until stopped (sandbox, listen).
void waitForStopSignal();

} // namespace wabadesk::cli
