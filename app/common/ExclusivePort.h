#pragma once

namespace httplib {
class Server;
}

namespace wabadesk {

// cpp-httplib sets SO_REUSEPORT on its listening sockets by default, which lets a second server bind the same port
// without an error (the kernel then splits connections between them: two listeners, two journals). This keeps
// SO_REUSEADDR only (SO_EXCLUSIVEADDRUSE on Windows), so a taken port is reported as taken.
void useExclusivePort(httplib::Server& server);

} // namespace wabadesk
