#include "api/MediaTypes.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>

namespace wabadesk::api {

namespace {

constexpr qint64 MB = 1000LL * 1000;
constexpr qint64 KB = 1000LL;

// REFERENCE.md §2.7. Sticker sizes: static 100 KB, animated 500 KB; the upload check uses the larger, since
// whether a WebP is animated is only known after decoding.
constexpr std::array kFormats{
    MediaFormat{MediaKind::Audio, "audio/aac", "aac", 16 * MB},
    MediaFormat{MediaKind::Audio, "audio/amr", "amr", 16 * MB},
    MediaFormat{MediaKind::Audio, "audio/mpeg", "mp3", 16 * MB},
    MediaFormat{MediaKind::Audio, "audio/mp4", "m4a", 16 * MB},
    MediaFormat{MediaKind::Audio, "audio/ogg", "ogg opus", 16 * MB},
    MediaFormat{MediaKind::Document, "text/plain", "txt", 100 * MB},
    MediaFormat{MediaKind::Document, "application/vnd.ms-excel", "xls", 100 * MB},
    MediaFormat{MediaKind::Document, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
                100 * MB},
    MediaFormat{MediaKind::Document, "application/msword", "doc", 100 * MB},
    MediaFormat{MediaKind::Document, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
                100 * MB},
    MediaFormat{MediaKind::Document, "application/vnd.ms-powerpoint", "ppt", 100 * MB},
    MediaFormat{MediaKind::Document, "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                "pptx", 100 * MB},
    MediaFormat{MediaKind::Document, "application/pdf", "pdf", 100 * MB},
    MediaFormat{MediaKind::Image, "image/jpeg", "jpeg jpg", 5 * MB},
    MediaFormat{MediaKind::Image, "image/png", "png", 5 * MB},
    MediaFormat{MediaKind::Sticker, "image/webp", "webp", 500 * KB},
    MediaFormat{MediaKind::Video, "video/3gpp", "3gp", 16 * MB},
    MediaFormat{MediaKind::Video, "video/mp4", "mp4", 16 * MB},
    // Photos and videos sent as documents keep their quality (WhatsApp recompresses them otherwise). Not in Meta's
    // document table, but accepted and delivered as files; listed last so that these types stay images/videos.
    MediaFormat{MediaKind::Document, "image/jpeg", "jpeg jpg", 100 * MB},
    MediaFormat{MediaKind::Document, "image/png", "png", 100 * MB},
    MediaFormat{MediaKind::Document, "video/mp4", "mp4", 100 * MB},
    MediaFormat{MediaKind::Document, "video/3gpp", "3gp", 100 * MB},
};

// "audio/ogg; codecs=opus" → "audio/ogg"
QString baseMime(const QString& mimeType)
{
    return mimeType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
}

const MediaFormat* find(const QString& mime, std::optional<MediaKind> kind)
{
    for (const auto& f : kFormats)
        if (QLatin1String(f.mimeType) == mime && (!kind || f.kind == *kind))
            return &f;
    return nullptr;
}

// The translation context, for lupdate and at run time alike (free functions have no class of their own).
struct MediaTypesText {
    Q_DECLARE_TR_FUNCTIONS(MediaTypes)
};

} // namespace

std::span<const MediaFormat> mediaFormats()
{
    return kFormats;
}

std::optional<MediaKind> mediaKindForMime(const QString& mimeType, bool preferSticker)
{
    const QString mime = baseMime(mimeType);
    if (mime == QLatin1String("image/webp"))
        return preferSticker ? std::optional(MediaKind::Sticker) : std::nullopt;
    if (const MediaFormat* f = find(mime, std::nullopt))
        return f->kind;
    return std::nullopt;
}

QString checkMediaUpload(const QString& mimeType, qint64 sizeBytes, std::optional<MediaKind> kind)
{
    const QString mime = baseMime(mimeType);
    const QLocale locale;
    if (sizeBytes <= 0)
        return MediaTypesText::tr("The file is empty.");
    const MediaFormat* f = find(mime, kind);
    if (!f) {
        if (kind)
            return MediaTypesText::tr("%1 files cannot be sent as %2. Supported: %3.")
                .arg(mime.isEmpty() ? MediaTypesText::tr("Files of unknown type") : mime, mediaKindName(*kind), [&] {
                    QStringList types;
                    for (const auto& fmt : kFormats)
                        if (fmt.kind == *kind)
                            types.append(QString::fromLatin1(fmt.extensions).section(QLatin1Char(' '), 0, 0));
                    return types.join(QStringLiteral(", "));
                }());
        return MediaTypesText::tr("%1 is not a media type WhatsApp accepts (images JPEG/PNG, stickers WebP, audio "
                                  "AAC/AMR/MP3/M4A/OGG, video MP4/3GP, documents PDF/TXT/Office).")
            .arg(mime.isEmpty() ? MediaTypesText::tr("This file type") : mime);
    }
    if (sizeBytes > f->maxBytes)
        return MediaTypesText::tr("The file is %1; %2 files may be at most %3.")
            .arg(locale.formattedDataSize(sizeBytes, 1, QLocale::DataSizeSIFormat), mime,
                 locale.formattedDataSize(f->maxBytes, 0, QLocale::DataSizeSIFormat));
    return {};
}

} // namespace wabadesk::api
