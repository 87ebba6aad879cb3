// Windows side of DurableFile.h: Win32 handles opened with wide paths (CreateFileW), wrapped in C runtime descriptors
// so that the journal keeps one int per file on every system.
#include "common/DurableFile.h"

#include <algorithm>

#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

#include <fcntl.h>
#include <io.h>

namespace wabadesk::durable {

namespace {

// The system's message for GetLastError(), in UTF-8 (FormatMessageA would give it in the ANSI code page).
bool fail(std::string* error, const char* what)
{
    const DWORD code = GetLastError();
    if (!error)
        return false;
    wchar_t* text = nullptr;
    const DWORD length =
        FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
                       nullptr, code, 0, reinterpret_cast<wchar_t*>(&text), 0, nullptr);
    std::string message;
    if (length > 0) {
        const int bytes = WideCharToMultiByte(CP_UTF8, 0, text, int(length), nullptr, 0, nullptr, nullptr);
        message.resize(size_t(std::max(bytes, 0)));
        WideCharToMultiByte(CP_UTF8, 0, text, int(length), message.data(), bytes, nullptr, nullptr);
        while (!message.empty() && (message.back() == '\n' || message.back() == '\r' || message.back() == ' '))
            message.pop_back();
    }
    LocalFree(text);
    *error = std::string(what) + ": " + (message.empty() ? "error " + std::to_string(code) : message);
    return false;
}

HANDLE handleOf(int fd)
{
    return reinterpret_cast<HANDLE>(_get_osfhandle(fd));
}

// Shared like a POSIX file: others may read, write, rename and delete it (the journal renames prepared segments and
// deletes released ones while readers have them open).
constexpr DWORD kShareAll = FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE;

int adopt(HANDLE handle, std::string* error)
{
    const int fd = _open_osfhandle(reinterpret_cast<intptr_t>(handle), _O_BINARY);
    if (fd < 0) {
        SetLastError(ERROR_TOO_MANY_OPEN_FILES);
        fail(error, "open");
        CloseHandle(handle);
    }
    return fd;
}

} // namespace

int openForWriting(const std::filesystem::path& path, Create create, std::string* error)
{
    // Not inherited (no SECURITY_ATTRIBUTES): a child process must not keep a segment open.
    const HANDLE handle =
        CreateFileW(path.c_str(), GENERIC_WRITE, kShareAll, nullptr,
                    create == Create::Truncate ? CREATE_ALWAYS : OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        fail(error, "open");
        return -1;
    }
    return adopt(handle, error);
}

bool writeAt(int fd, const char* data, std::int64_t size, std::int64_t offset, std::string* error)
{
    const HANDLE handle = handleOf(fd);
    while (size > 0) {
        OVERLAPPED at{};
        at.Offset = DWORD(std::uint64_t(offset) & 0xFFFFFFFFu);
        at.OffsetHigh = DWORD(std::uint64_t(offset) >> 32);
        DWORD written = 0;
        const DWORD chunk = DWORD(std::min<std::int64_t>(size, 1 << 30));
        if (!WriteFile(handle, data, chunk, &written, &at))
            return fail(error, "write");
        if (written == 0) {
            SetLastError(ERROR_WRITE_FAULT);
            return fail(error, "write");
        }
        data += written;
        size -= written;
        offset += written;
    }
    return true;
}

bool syncData(int fd, std::string* error)
{
    return FlushFileBuffers(handleOf(fd)) || fail(error, "sync");
}

void close(int fd)
{
    if (fd >= 0)
        _close(fd); // closes the Win32 handle too
}

bool syncDirectory(const std::filesystem::path&, std::string*)
{
    return true; // see DurableFile.h
}

int lockExclusive(const std::filesystem::path& path, std::string* error)
{
    const HANDLE handle = CreateFileW(path.c_str(), GENERIC_READ | GENERIC_WRITE, kShareAll, nullptr, OPEN_ALWAYS,
                                      FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        fail(error, "open lock file");
        return -1;
    }
    // The whole range, byte 0 to the largest offset; LOCKFILE_FAIL_IMMEDIATELY: busy means busy, no waiting. Locks
    // belong to the handle, so a second handle in the same process is refused too, as with flock.
    OVERLAPPED whole{};
    if (!LockFileEx(handle, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, MAXDWORD, MAXDWORD, &whole)) {
        fail(error, "lock");
        CloseHandle(handle);
        return -1;
    }
    return adopt(handle, error);
}

void unlock(int lockFd)
{
    if (lockFd < 0)
        return;
    // Closing the handle releases the lock too, but Windows may do that only some time later: unlock first.
    OVERLAPPED whole{};
    UnlockFileEx(handleOf(lockFd), 0, MAXDWORD, MAXDWORD, &whole);
    _close(lockFd);
}

} // namespace wabadesk::durable
