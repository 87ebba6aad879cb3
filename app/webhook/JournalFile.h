#pragma once

#include <QString>

#include <memory>

namespace wabadesk::webhook::journalfile {

// The journal's platform-specific file operations, all in this one place (issue #15; Windows support, issue #21,
// replaces the bodies in JournalFile.cpp: LockFileEx, FlushFileBuffers, wide paths). Files are created readable by
// their owner only (0600 on Unix). Errors are returned as sentences ("No space left on device").

// A segment file open for writing at explicit offsets.
class File {
public:
    // Opens `path` for writing, creating it (empty) when `create` is set. nullptr and why on failure.
    static std::unique_ptr<File> open(const QString& path, bool create, QString* error);
    ~File();
    File(const File&) = delete;
    File& operator=(const File&) = delete;

    bool writeAt(const char* data, qint64 size, qint64 offset, QString* error);
    // Makes the data written so far durable (fdatasync; fsync where there is none).
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

// Renames `from` to `to`, replacing `to` when it exists (atomically where the platform can).
bool replaceFile(const QString& from, const QString& to);

// Makes the directory's entries (a new or renamed file) durable.
void syncDirectory(const QString& dir);

// The last system error as a sentence (errno / GetLastError).
QString lastError();

} // namespace wabadesk::webhook::journalfile
