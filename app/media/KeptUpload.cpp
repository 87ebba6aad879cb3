#include "media/KeptUpload.h"

#include "media/SafeFileName.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <memory>

namespace wabadesk::media {

namespace {
constexpr qint64 kChunk = 1024 * 1024;
} // namespace

KeptUpload hashAndKeepCopy(const QString& path, const QString& fileName, const QString& copiesDir)
{
    KeptUpload kept;
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return kept;
    std::unique_ptr<QTemporaryFile> out;
    if (!copiesDir.isEmpty() && QDir().mkpath(copiesDir)) {
        out = std::make_unique<QTemporaryFile>(QDir(copiesDir).filePath(QStringLiteral(".incoming-XXXXXX")));
        if (!out->open())
            out.reset();
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 bytes = 0;
    while (!in.atEnd()) {
        const QByteArray buffer = in.read(kChunk);
        if (buffer.isEmpty() && in.error() != QFileDevice::NoError)
            return kept;
        hash.addData(buffer);
        bytes += buffer.size();
        if (out && out->write(buffer) != buffer.size())
            out.reset(); // no copy; the hash still counts
    }
    kept.sha256 = QString::fromLatin1(hash.result().toHex());
    kept.bytes = bytes;
    if (!out || !out->flush())
        return kept;
    const QString dir = QDir(copiesDir).filePath(kept.sha256.left(16));
    const QString target = QDir(dir).filePath(safeFileName(fileName, QStringLiteral("upload")));
    if (QFileInfo(target).isFile() && QFileInfo(target).size() == bytes) {
        kept.copy = target; // the same content kept before
        return kept;
    }
    QDir().mkpath(dir);
    QFile::remove(target);
    if (out->rename(target)) {
        out->setAutoRemove(false);
        kept.copy = target;
    }
    return kept;
}

} // namespace wabadesk::media
