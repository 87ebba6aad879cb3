#include "common/PrivateFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace wabadesk {

namespace {

constexpr QFile::Permissions kPrivateFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kPrivateDirectory = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions kOthers =
    QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

// Removes group and other access; the owner keeps what it has (plus what it needs).
bool restrict(const QString& path, QFile::Permissions needed)
{
    const QFile::Permissions current = QFile::permissions(path);
    if (!(current & kOthers) && (current & needed) == needed)
        return false;
    const QFile::Permissions owner = current & (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return QFile::setPermissions(path, owner | needed);
}

} // namespace

bool makePrivateDirectory(const QString& dir)
{
    // Every directory created here is private, not only the last one (media/<channel>/<hash>).
    QStringList created;
    for (QString d = QDir::cleanPath(QDir(dir).absolutePath()); !QFileInfo::exists(d);) {
        created.prepend(d);
        const QString parent = QFileInfo(d).path();
        if (parent == d)
            break;
        d = parent;
    }
    if (!QDir().mkpath(dir))
        return false;
    for (const QString& d : std::as_const(created))
        restrict(d, kPrivateDirectory);
    restrict(dir, kPrivateDirectory);
    return true;
}

bool makePrivateFile(const QString& path)
{
    if (!QFileInfo::exists(path))
        return false;
    restrict(path, kPrivateFile);
    return !(QFile::permissions(path) & kOthers);
}

int makePrivateTree(const QString& dir)
{
    int changed = restrict(dir, kPrivateDirectory) ? 1 : 0;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink())
            continue; // not ours to change (and never followed)
        changed += restrict(path, info.isDir() ? kPrivateDirectory : kPrivateFile) ? 1 : 0;
    }
    return changed;
}

} // namespace wabadesk
