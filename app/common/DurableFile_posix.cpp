// POSIX side of DurableFile.h (Linux, macOS).
#include "common/DurableFile.h"

#include <algorithm>
#include <cerrno>
#include <system_error>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace wabadesk::durable {

namespace {

bool fail(std::string* error, const char* what)
{
    if (error)
        *error = std::string(what) + ": " + std::generic_category().message(errno);
    return false;
}

} // namespace

int openForWriting(const std::filesystem::path& path, Create create, std::string* error)
{
    const int flags = O_WRONLY | O_CREAT | O_CLOEXEC | (create == Create::Truncate ? O_TRUNC : 0);
    int fd = -1;
    do
        fd = ::open(path.c_str(), flags, 0600);
    while (fd < 0 && errno == EINTR);
    if (fd < 0)
        fail(error, "open");
    return fd;
}

bool writeAt(int fd, const char* data, std::int64_t size, std::int64_t offset, std::string* error)
{
    while (size > 0) {
        const ssize_t n = ::pwrite(fd, data, size_t(std::min<std::int64_t>(size, 1 << 30)), off_t(offset));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(error, "write");
        }
        data += n;
        size -= n;
        offset += n;
    }
    return true;
}

bool syncData(int fd, std::string* error)
{
#ifdef __APPLE__
    const int rc = ::fsync(fd);
#else
    const int rc = ::fdatasync(fd);
#endif
    return rc == 0 || fail(error, "sync");
}

void close(int fd)
{
    if (fd >= 0)
        ::close(fd);
}

bool syncDirectory(const std::filesystem::path& dir, std::string* error)
{
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return fail(error, "open directory");
    const bool ok = ::fsync(fd) == 0 || fail(error, "sync directory");
    ::close(fd);
    return ok;
}

int lockExclusive(const std::filesystem::path& path, std::string* error)
{
    // flock, not fcntl locks: an fcntl lock belongs to the process (a second open in the same process would get it
    // too, and closing any descriptor of the file would drop it); flock belongs to the open file description.
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        fail(error, "open lock file");
        return -1;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        fail(error, "lock");
        ::close(fd);
        return -1;
    }
    return fd;
}

void unlock(int lockFd)
{
    if (lockFd >= 0)
        ::close(lockFd); // releases the flock
}

} // namespace wabadesk::durable
