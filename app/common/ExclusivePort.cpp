#include "common/ExclusivePort.h"

#include <httplib.h>

namespace wabadesk {

void useExclusivePort(httplib::Server& server)
{
    server.set_socket_options([](socket_t sock) {
        int yes = 1;
#ifdef _WIN32
        setsockopt(sock, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, reinterpret_cast<const char*>(&yes), sizeof(yes));
#else
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
#endif
    });
}

} // namespace wabadesk
