#pragma once

#include <QString>

#include <atomic>

namespace wabadesk::media {

// A local file on its way to POST /media: its SHA-256 (hex, for the library's dedupe) and a copy kept under
// `copiesDir` (<copiesDir>/<first 16 hex digits>/<safe name>, so the same content is kept once and an expired id can
// be uploaded again from it). Used by the media library's UploadQueue and by the outbox for composer attachments.
// Runs in any thread; touches nothing but the two files.
struct KeptUpload {
    enum class Failure {
        None,
        Read,      // the file could not be read: no hash
        Folder,    // the copies folder could not be created: the hash is good, no copy
        Copy,      // the copy could not be written: the hash is good (when the whole file was read), no copy
        Cancelled, // `cancelled` became true: nothing is kept
    };
    QString sha256;
    QString copy;
    qint64 bytes = -1;
    Failure failure = Failure::None;
    QString errorString; // the system's words for a Read or Copy failure
};

// `cancelled`, when given, is checked between chunks (another thread may set it).
KeptUpload hashAndKeepCopy(const QString& path, const QString& fileName, const QString& copiesDir,
                           const std::atomic_bool* cancelled = nullptr);

} // namespace wabadesk::media
