#include "webhook/JournalFile.h"

#include <QDir>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace wabadesk::webhook::journalfile {

namespace {

// The platform's own path (UTF-16 on Windows, no detour through the ANSI code page).
std::filesystem::path nativePath(const QString& path)
{
    return std::filesystem::path(path.toStdU16String());
}

void setError(QString* error, const QString& what, const std::string& reason)
{
    if (error)
        *error = what + QStringLiteral(": ") + QString::fromStdString(reason);
}

} // namespace

std::unique_ptr<File> File::open(const QString& path, durable::Create create, QString* error)
{
    std::string reason;
    const int fd = durable::openForWriting(nativePath(path), create, &reason);
    if (fd < 0) {
        setError(error, QStringLiteral("cannot open %1").arg(path), reason);
        return nullptr;
    }
    return std::unique_ptr<File>(new File(fd));
}

File::~File()
{
    durable::close(m_fd);
}

bool File::writeAt(const char* data, qint64 size, qint64 offset, QString* error)
{
    std::string reason;
    if (durable::writeAt(m_fd, data, size, offset, &reason))
        return true;
    if (error)
        *error = QString::fromStdString(reason);
    return false;
}

bool File::syncData(QString* error)
{
    std::string reason;
    if (durable::syncData(m_fd, &reason))
        return true;
    if (error)
        *error = QString::fromStdString(reason);
    return false;
}

std::unique_ptr<DirectoryLock> DirectoryLock::acquire(const QString& dir, QString* error)
{
    const int fd = durable::lockExclusive(nativePath(QDir(dir).filePath(QStringLiteral("lock"))));
    if (fd < 0) {
        if (error)
            *error = QStringLiteral("the journal in %1 is in use by another WabaDesk process (the app or "
                                    "`wabadesk-cli listen`)")
                         .arg(dir);
        return nullptr;
    }
    return std::unique_ptr<DirectoryLock>(new DirectoryLock(fd));
}

DirectoryLock::~DirectoryLock()
{
    durable::unlock(m_fd);
}

bool createZeroFilled(const QString& path, qint64 bytes, QString* error)
{
    auto file = File::open(path, durable::Create::Truncate, error);
    if (!file)
        return false;
    const QByteArray zeros(1024 * 1024, '\0');
    for (qint64 done = 0; done < bytes; done += zeros.size())
        if (!file->writeAt(zeros.constData(), std::min<qint64>(zeros.size(), bytes - done), done, error))
            return false;
    return file->syncData(error);
}

bool replaceFile(const QString& from, const QString& to, QString* error)
{
    std::error_code ec;
    std::filesystem::rename(nativePath(from), nativePath(to), ec);
    if (ec)
        setError(error, QStringLiteral("cannot rename %1").arg(from), ec.message());
    return !ec;
}

void syncDirectory(const QString& dir)
{
    durable::syncDirectory(nativePath(dir)); // best effort: the data itself is already durable
}

} // namespace wabadesk::webhook::journalfile
