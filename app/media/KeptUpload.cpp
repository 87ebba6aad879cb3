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

KeptUpload hashAndKeepCopy(const QString& path, const QString& fileName, const QString& copiesDir,
                           const std::atomic_bool* cancelled)
{
    KeptUpload kept;
    auto fail = [&kept](KeptUpload::Failure failure, const QString& why) {
        if (kept.failure == KeptUpload::Failure::None) { // the first failure is the one reported
            kept.failure = failure;
            kept.errorString = why;
        }
    };
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        fail(KeptUpload::Failure::Read, in.errorString());
        return kept;
    }
    std::unique_ptr<QTemporaryFile> out;
    if (copiesDir.isEmpty() || !QDir().mkpath(copiesDir)) {
        fail(KeptUpload::Failure::Folder, {});
    } else {
        out = std::make_unique<QTemporaryFile>(QDir(copiesDir).filePath(QStringLiteral(".incoming-XXXXXX")));
        if (!out->open()) {
            fail(KeptUpload::Failure::Copy, out->errorString());
            out.reset();
        }
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 bytes = 0;
    while (!in.atEnd()) {
        if (cancelled && *cancelled) {
            kept.failure = KeptUpload::Failure::Cancelled;
            return kept;
        }
        const QByteArray buffer = in.read(kChunk);
        if (buffer.isEmpty() && in.error() != QFileDevice::NoError) {
            kept.failure = KeptUpload::Failure::Read;
            kept.errorString = in.errorString();
            return kept;
        }
        hash.addData(buffer);
        bytes += buffer.size();
        if (out && out->write(buffer) != buffer.size()) {
            fail(KeptUpload::Failure::Copy, out->errorString());
            out.reset(); // no copy; the hash still counts
        }
    }
    kept.sha256 = QString::fromLatin1(hash.result().toHex());
    kept.bytes = bytes;
    if (!out)
        return kept;
    if (!out->flush()) {
        fail(KeptUpload::Failure::Copy, out->errorString());
        return kept;
    }
    const QString dir = QDir(copiesDir).filePath(kept.sha256.left(16));
    const QString target = QDir(dir).filePath(safeFileName(fileName, QStringLiteral("upload")));
    if (QFileInfo(target).isFile() && QFileInfo(target).size() == bytes) {
        kept.copy = target; // the same content kept before; the temporary file goes
        return kept;
    }
    QDir().mkpath(dir);
    QFile::remove(target);
    if (!out->rename(target)) {
        fail(KeptUpload::Failure::Copy, out->errorString());
        return kept;
    }
    out->setAutoRemove(false);
    kept.copy = target;
    return kept;
}

} // namespace wabadesk::media
