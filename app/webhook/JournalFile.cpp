#include "webhook/JournalFile.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#include <sys/stat.h>
#else
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace wabadesk::webhook::journalfile {

QString lastError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

namespace {

void setError(QString* error, const QString& what)
{
    if (error)
        *error = what + QStringLiteral(": ") + lastError();
}

#ifdef Q_OS_WIN
// Windows: a first version through the C runtime (issue #21 replaces it with CreateFileW, LockFileEx and
// FlushFileBuffers).
int openForWriting(const QString& path, bool create)
{
    return ::_wopen(reinterpret_cast<const wchar_t*>(path.utf16()), _O_WRONLY | _O_BINARY | (create ? _O_CREAT : 0),
                    _S_IREAD | _S_IWRITE);
}
#else
int openForWriting(const QString& path, bool create)
{
    return ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC | (create ? O_CREAT : 0), 0600);
}
#endif

} // namespace

std::unique_ptr<File> File::open(const QString& path, bool create, QString* error)
{
    const int fd = openForWriting(path, create);
    if (fd < 0) {
        setError(error, QStringLiteral("cannot open %1").arg(path));
        return nullptr;
    }
    return std::unique_ptr<File>(new File(fd));
}

File::~File()
{
#ifdef Q_OS_WIN
    ::_close(m_fd);
#else
    ::close(m_fd);
#endif
}

bool File::writeAt(const char* data, qint64 size, qint64 offset, QString* error)
{
#ifdef Q_OS_WIN
    if (::_lseeki64(m_fd, offset, SEEK_SET) < 0) {
        setError(error, QStringLiteral("seek failed"));
        return false;
    }
    while (size > 0) {
        const int n = ::_write(m_fd, data, unsigned(std::min<qint64>(size, 1 << 30)));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            setError(error, QStringLiteral("write failed"));
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
#else
    while (size > 0) {
        const ssize_t n = ::pwrite(m_fd, data, size_t(std::min<qint64>(size, 1 << 30)), off_t(offset));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            setError(error, QStringLiteral("write failed"));
            return false;
        }
        data += n;
        size -= n;
        offset += n;
    }
    return true;
#endif
}

bool File::syncData(QString* error)
{
#if defined(Q_OS_WIN)
    const int rc = ::_commit(m_fd);
#elif defined(Q_OS_MACOS)
    const int rc = ::fsync(m_fd); // macOS has no fdatasync
#else
    const int rc = ::fdatasync(m_fd);
#endif
    if (rc != 0)
        setError(error, QStringLiteral("sync failed"));
    return rc == 0;
}

std::unique_ptr<DirectoryLock> DirectoryLock::acquire(const QString& dir, QString* error)
{
#ifdef Q_OS_WIN
    Q_UNUSED(dir)
    Q_UNUSED(error)
    return std::unique_ptr<DirectoryLock>(new DirectoryLock(-1)); // issue #21: LockFileEx
#else
    const int fd = ::open(QFile::encodeName(QDir(dir).filePath(QStringLiteral("lock"))).constData(),
                          O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0 || ::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (fd >= 0)
            ::close(fd);
        if (error)
            *error = QStringLiteral("the journal in %1 is in use by another WabaDesk process (the app or "
                                    "`wabadesk-cli listen`)")
                         .arg(dir);
        return nullptr;
    }
    return std::unique_ptr<DirectoryLock>(new DirectoryLock(fd));
#endif
}

DirectoryLock::~DirectoryLock()
{
#ifndef Q_OS_WIN
    if (m_fd >= 0)
        ::close(m_fd); // releases the lock
#endif
}

bool createZeroFilled(const QString& path, qint64 bytes, QString* error)
{
    auto file = File::open(path, true, error);
    if (!file)
        return false;
    const QByteArray zeros(1024 * 1024, '\0');
    for (qint64 done = 0; done < bytes; done += zeros.size())
        if (!file->writeAt(zeros.constData(), std::min<qint64>(zeros.size(), bytes - done), done, error))
            return false;
    return file->syncData(error);
}

bool replaceFile(const QString& from, const QString& to)
{
#ifdef Q_OS_WIN
    QFile::remove(to); // issue #21: MoveFileExW with MOVEFILE_REPLACE_EXISTING
    return QFile::rename(from, to);
#else
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
}

void syncDirectory(const QString& dir)
{
#ifndef Q_OS_WIN
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir) // NTFS commits directory entries with the file's metadata
#endif
}

} // namespace wabadesk::webhook::journalfile
