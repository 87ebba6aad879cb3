#pragma once

#include <QString>

namespace wabadesk::media {

// A local file on its way to POST /media outside the media library's UploadQueue (a composer attachment the outbox
// uploads): its SHA-256 (hex, for the library's dedupe) and a copy kept under `copiesDir` in the UploadQueue's layout
// (<copiesDir>/<first 16 hex digits>/<safe name>, so the same content is kept once and an expired id can be uploaded
// again from it). Runs in any thread; touches nothing but the two files. `sha256` is empty when the file could not
// be read; `copy` is empty when it could not be written (the hash is still good).
struct KeptUpload {
    QString sha256;
    QString copy;
    qint64 bytes = -1;
};

KeptUpload hashAndKeepCopy(const QString& path, const QString& fileName, const QString& copiesDir);

} // namespace wabadesk::media
