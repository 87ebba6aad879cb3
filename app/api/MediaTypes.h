#pragma once

#include "api/OutgoingMessage.h"

#include <QString>

#include <optional>
#include <span>

namespace wabadesk::api {

// One row of REFERENCE.md §2.7 (supported media types and size limits, Cloud API).
struct MediaFormat {
    MediaKind kind;
    const char* mimeType;
    const char* extensions; // space-separated, without dots
    qint64 maxBytes;
};

std::span<const MediaFormat> mediaFormats();

// The largest file the Cloud API takes at all (100 MB, §2).
inline constexpr qint64 kMaxMediaBytes = 100LL * 1000 * 1000;

// The media kind a MIME type is sent as (audio/ogg; codecs=opus → Audio). Sticker only for image/webp when
// preferSticker; nullopt when the type is not supported for sending.
std::optional<MediaKind> mediaKindForMime(const QString& mimeType, bool preferSticker = false);

// Checks a file before upload: supported type for its kind and within the size limit. Returns a translated
// reason when refused, an empty string when acceptable.
QString checkMediaUpload(const QString& mimeType, qint64 sizeBytes, std::optional<MediaKind> kind = std::nullopt);

} // namespace wabadesk::api
