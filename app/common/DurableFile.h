#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

// The file operations the webhook journal needs beyond QFile: writes at an offset, a data sync, a lock held across
// processes for as long as the process lives, a directory sync. DurableFile_posix.cpp and DurableFile_win.cpp implement
// them; nothing else in the journal is platform code.
//
// Paths are std::filesystem::path: UTF-16 on Windows (no detour through the ANSI code page, so a user folder named
// "Müller" or "張" works), UTF-8 bytes elsewhere. From a QString: std::filesystem::path(s.toStdU16String()).
// No Qt in here, so that DurableFile_win.cpp compiles with MinGW on Linux (tests/packaging).
//
// Descriptors are C runtime descriptors on both systems (on Windows wrapping a Win32 handle), -1 for none. Failures
// return false / -1 and leave a description in *error (UTF-8) when error is not null.
namespace wabadesk::durable {

enum class Create {
    IfMissing, // keep the content of an existing file
    Truncate,  // start empty
};

// Opens for writing (creating the file if needed), not inherited by child processes; on Windows other handles may
// read, write, rename and delete the file while it is open, as they can on POSIX.
int openForWriting(const std::filesystem::path& path, Create create, std::string* error = nullptr);

// Writes all of data at offset; false after a short or failed write.
bool writeAt(int fd, const char* data, std::int64_t size, std::int64_t offset, std::string* error = nullptr);

// Makes what was written durable: fdatasync on Linux, fsync on macOS (which leaves the drive's own cache to the drive;
// F_FULLFSYNC would flush that too, at tens of milliseconds a call), FlushFileBuffers on Windows.
bool syncData(int fd, std::string* error = nullptr);

void close(int fd);

// Makes a new or renamed directory entry durable: fsync on the directory on POSIX. Windows has no such call; NTFS
// logs the entry with the file's metadata, which FlushFileBuffers on the file (syncData) commits.
bool syncDirectory(const std::filesystem::path& dir, std::string* error = nullptr);

// Takes an exclusive lock on the file at path (created if missing) without waiting: -1 when another process, or
// another descriptor of this one, holds it. flock() on POSIX, LockFileEx() on Windows; the system releases it when the
// process ends, however it ends. The lock file's content is not used.
int lockExclusive(const std::filesystem::path& path, std::string* error = nullptr);
void unlock(int lockFd);

} // namespace wabadesk::durable
