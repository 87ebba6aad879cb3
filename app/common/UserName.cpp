#include "common/UserName.h"

#include <QtGlobal>

#include <iterator>

#if defined(Q_OS_WIN)
#define SECURITY_WIN32
#include <secext.h>
#include <windows.h>
#elif defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

namespace wabadesk {

QString osUserFullName()
{
#if defined(Q_OS_WIN)
    wchar_t buffer[256];
    ULONG size = ULONG(std::size(buffer));
    if (GetUserNameExW(NameDisplay, buffer, &size) && size > 0)
        return QString::fromWCharArray(buffer, int(size)).trimmed();
#elif defined(Q_OS_UNIX)
    // getpwuid_r: the reentrant form (another thread may look up users too).
    long bufferSize = sysconf(_SC_GETPW_R_SIZE_MAX);
    QByteArray buffer(bufferSize > 0 ? int(bufferSize) : 16384, Qt::Uninitialized);
    struct passwd entry;
    struct passwd* found = nullptr;
    if (getpwuid_r(getuid(), &entry, buffer.data(), size_t(buffer.size()), &found) == 0 && found) {
        // GECOS: "Full Name,Room,Work phone,Home phone,Other".
        const QString full = QString::fromLocal8Bit(found->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
        if (!full.isEmpty())
            return full;
        const QString login = QString::fromLocal8Bit(found->pw_name).trimmed();
        if (!login.isEmpty())
            return login;
    }
#endif
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")).trimmed();
    return login;
}

} // namespace wabadesk
