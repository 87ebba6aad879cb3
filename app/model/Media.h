#pragma once

#include <QString>
#include <QUrl>

namespace wabadesk {

// GET /{media_id} (REFERENCE.md §2.2). The url is valid for 5 minutes and must never be logged.
struct MediaInfo {
    QString id;
    QUrl url;
    QString mimeType;
    QString sha256;
    qint64 fileSize = -1; // sent as string or number
};

// Result of a completed download: where the bytes went and what they were checked against.
struct DownloadedMedia {
    MediaInfo info;
    QString filePath;
    qint64 bytes = 0;
    bool sha256Verified = false; // true when the server gave a hash and it matched
};

} // namespace wabadesk
