#pragma once

#include "api/OutgoingMessage.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace wabadesk::media {

// What an upload check decided (issue #7 §2): the type the file goes as and why it cannot go, if it cannot.
struct UploadVerdict {
    QString fileName;                   // without folders, for messages
    QString mimeType;                   // detected from the content (refined by the name only where the content
                                        // agrees, e.g. a ZIP named .docx); "" when unknown
    std::optional<api::MediaKind> kind; // what it is sent as (derived from the type unless one was asked for)
    qint64 bytes = 0;
    QString reason; // translated sentence; empty when the file may be uploaded
    bool ok() const { return reason.isEmpty(); }
};

// The one check before any upload, used by the upload queue (GUI) and `wabadesk-cli media upload` alike
// (REFERENCE.md §2.7). The MIME type comes from the content (QMimeDatabase::MatchContent), never from the name alone:
// a Windows program renamed .jpg is refused as what it is. The name (or `claimedMime`, e.g. the CLI's --mime) only
// refines a type the content already implies (Word documents are ZIP or OLE files inside) and names what the file
// pretended to be. Then the type must be one WhatsApp takes for `kind` (or for the kind derived from it: WebP →
// sticker), within that kind's size limit; OGG audio must be Opus; stickers must be 512×512 and at most 100 KB
// (static) or 500 KB (animated).
//
// `head`: the file's first bytes (at least 4 KiB when the file is that long; kHeadBytes is what checkUploadFile reads).
UploadVerdict checkUpload(const QString& fileName, const QByteArray& head, qint64 bytes,
                          std::optional<api::MediaKind> kind = std::nullopt, const QString& claimedMime = {});
// Reads the head of the file and checks it. Cheap (one small read), but still file I/O: the upload queue runs it
// off the UI thread.
UploadVerdict checkUploadFile(const QString& path, std::optional<api::MediaKind> kind = std::nullopt,
                              const QString& claimedMime = {});
inline constexpr qint64 kHeadBytes = 64 * 1024;

// "a Windows program", "a JPEG image", …: how the messages name a MIME type (translated); falls back to the
// shared-mime-info description.
QString describeMimeType(const QString& mimeType);

} // namespace wabadesk::media
