#pragma once

#include "common/DurableFile.h"

#include <QString>

#include <memory>

namespace wabadesk::webhook::journalfile {

// The journal's files as Qt code holds them: QString paths, owned descriptors, errors as sentences ("write: No space
// left on device"). Every system call is in common/DurableFile (wide paths, LockFileEx and FlushFileBuffers on
// Windows); nothing here is platform code. Files are created readable by their owner only (0600 on Unix).

// A segment file open for writing at explicit offsets.
class File {
public:
    // Opens `path` for writing, creating it when missing; Create::Truncate empties an existing one. nullptr and why on
    // failure.
    static std::unique_ptr<File> open(const QString& path, durable::Create create, QString* error);
    ~File();
    File(const File&) = delete;
    File& operator=(const File&) = delete;

    bool writeAt(const char* data, qint64 size, qint64 offset, QString* error);
    // Makes the data written so far durable (durable::syncData).
    bool syncData(QString* error);

private:
    explicit File(int fd)
        : m_fd(fd)
    {}
    int m_fd = -1;
};

// An exclusive lock on `<dir>/lock`, held for the object's lifetime: one writer per journal, across processes.
class DirectoryLock {
public:
    static std::unique_ptr<DirectoryLock> acquire(const QString& dir, QString* error);
    ~DirectoryLock();
    DirectoryLock(const DirectoryLock&) = delete;
    DirectoryLock& operator=(const DirectoryLock&) = delete;

private:
    explicit DirectoryLock(int fd)
        : m_fd(fd)
    {}
    int m_fd = -1;
};

// Creates `path` holding `bytes` zeros, durably. Written zeros, not a sparse file or fallocate: only blocks that were
// really written let later overwrites sync without metadata (Journal.h).
bool createZeroFilled(const QString& path, qint64 bytes, QString* error);

// Renames `from` to `to`, replacing `to` when it exists, in one step (rename(2); MoveFileExW on Windows).
bool replaceFile(const QString& from, const QString& to, QString* error = nullptr);

// Makes the directory's entries (a new or renamed file) durable.
void syncDirectory(const QString& dir);

} // namespace wabadesk::webhook::journalfile
