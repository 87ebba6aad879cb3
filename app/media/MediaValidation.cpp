#include "media/MediaValidation.h"

#include "api/MediaTypes.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QSize>

#include <array>

namespace wabadesk::media {

namespace {

// The translation context, for lupdate and at run time alike (free functions have no class of their own).
struct MediaText {
    Q_DECLARE_TR_FUNCTIONS(MediaValidation)
};

constexpr qint64 kStaticStickerBytes = 100LL * 1000;   // REFERENCE.md §2.7
constexpr qint64 kAnimatedStickerBytes = 500LL * 1000; // REFERENCE.md §2.7
constexpr int kStickerSide = 512;

struct TypeName {
    const char* mime;
    const char* phrase;
};

// Noun phrases with their article, so that translators get whole phrases.
constexpr std::array kTypeNames{
    TypeName{"application/x-ms-dos-executable", QT_TRANSLATE_NOOP("MediaValidation", "a Windows program")},
    TypeName{"application/x-msdownload", QT_TRANSLATE_NOOP("MediaValidation", "a Windows program")},
    TypeName{"application/x-ms-ne-executable", QT_TRANSLATE_NOOP("MediaValidation", "a Windows program")},
    TypeName{"application/x-msi", QT_TRANSLATE_NOOP("MediaValidation", "a Windows installer")},
    TypeName{"application/x-executable", QT_TRANSLATE_NOOP("MediaValidation", "a program")},
    TypeName{"application/x-pie-executable", QT_TRANSLATE_NOOP("MediaValidation", "a program")},
    TypeName{"application/x-sharedlib", QT_TRANSLATE_NOOP("MediaValidation", "a program library")},
    TypeName{"application/x-shellscript", QT_TRANSLATE_NOOP("MediaValidation", "a shell script")},
    TypeName{"application/vnd.android.package-archive", QT_TRANSLATE_NOOP("MediaValidation", "an Android app")},
    TypeName{"application/zip", QT_TRANSLATE_NOOP("MediaValidation", "a ZIP archive")},
    TypeName{"application/x-7z-compressed", QT_TRANSLATE_NOOP("MediaValidation", "a 7-Zip archive")},
    TypeName{"application/vnd.rar", QT_TRANSLATE_NOOP("MediaValidation", "a RAR archive")},
    TypeName{"application/x-rar", QT_TRANSLATE_NOOP("MediaValidation", "a RAR archive")},
    TypeName{"application/gzip", QT_TRANSLATE_NOOP("MediaValidation", "a gzip archive")},
    TypeName{"application/x-tar", QT_TRANSLATE_NOOP("MediaValidation", "a tar archive")},
    TypeName{"image/jpeg", QT_TRANSLATE_NOOP("MediaValidation", "a JPEG image")},
    TypeName{"image/png", QT_TRANSLATE_NOOP("MediaValidation", "a PNG image")},
    TypeName{"image/webp", QT_TRANSLATE_NOOP("MediaValidation", "a WebP image")},
    TypeName{"image/gif", QT_TRANSLATE_NOOP("MediaValidation", "a GIF image")},
    TypeName{"image/bmp", QT_TRANSLATE_NOOP("MediaValidation", "a BMP image")},
    TypeName{"image/tiff", QT_TRANSLATE_NOOP("MediaValidation", "a TIFF image")},
    TypeName{"image/heif", QT_TRANSLATE_NOOP("MediaValidation", "a HEIF photo")},
    TypeName{"image/heic", QT_TRANSLATE_NOOP("MediaValidation", "a HEIC photo")},
    TypeName{"image/svg+xml", QT_TRANSLATE_NOOP("MediaValidation", "an SVG drawing")},
    TypeName{"video/mp4", QT_TRANSLATE_NOOP("MediaValidation", "an MP4 video")},
    TypeName{"video/3gpp", QT_TRANSLATE_NOOP("MediaValidation", "a 3GP video")},
    TypeName{"video/quicktime", QT_TRANSLATE_NOOP("MediaValidation", "a QuickTime video")},
    TypeName{"video/x-matroska", QT_TRANSLATE_NOOP("MediaValidation", "a Matroska video")},
    TypeName{"video/webm", QT_TRANSLATE_NOOP("MediaValidation", "a WebM video")},
    TypeName{"video/x-msvideo", QT_TRANSLATE_NOOP("MediaValidation", "an AVI video")},
    TypeName{"audio/mpeg", QT_TRANSLATE_NOOP("MediaValidation", "an MP3 audio file")},
    TypeName{"audio/aac", QT_TRANSLATE_NOOP("MediaValidation", "an AAC audio file")},
    TypeName{"audio/mp4", QT_TRANSLATE_NOOP("MediaValidation", "an M4A audio file")},
    TypeName{"audio/amr", QT_TRANSLATE_NOOP("MediaValidation", "an AMR audio file")},
    TypeName{"audio/ogg", QT_TRANSLATE_NOOP("MediaValidation", "an OGG audio file")},
    TypeName{"audio/x-opus+ogg", QT_TRANSLATE_NOOP("MediaValidation", "an Opus voice recording (OGG)")},
    TypeName{"audio/x-vorbis+ogg", QT_TRANSLATE_NOOP("MediaValidation", "an OGG Vorbis audio file")},
    TypeName{"audio/x-wav", QT_TRANSLATE_NOOP("MediaValidation", "a WAV audio file")},
    TypeName{"audio/flac", QT_TRANSLATE_NOOP("MediaValidation", "a FLAC audio file")},
    TypeName{"application/pdf", QT_TRANSLATE_NOOP("MediaValidation", "a PDF document")},
    TypeName{"text/plain", QT_TRANSLATE_NOOP("MediaValidation", "a text file")},
    TypeName{"text/html", QT_TRANSLATE_NOOP("MediaValidation", "a web page")},
    TypeName{"application/msword", QT_TRANSLATE_NOOP("MediaValidation", "a Word document")},
    TypeName{"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             QT_TRANSLATE_NOOP("MediaValidation", "a Word document")},
    TypeName{"application/vnd.ms-excel", QT_TRANSLATE_NOOP("MediaValidation", "an Excel spreadsheet")},
    TypeName{"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             QT_TRANSLATE_NOOP("MediaValidation", "an Excel spreadsheet")},
    TypeName{"application/vnd.ms-powerpoint", QT_TRANSLATE_NOOP("MediaValidation", "a PowerPoint presentation")},
    TypeName{"application/vnd.openxmlformats-officedocument.presentationml.presentation",
             QT_TRANSLATE_NOOP("MediaValidation", "a PowerPoint presentation")},
    TypeName{"application/x-ole-storage", QT_TRANSLATE_NOOP("MediaValidation", "an old Office file")},
    TypeName{"application/octet-stream", QT_TRANSLATE_NOOP("MediaValidation", "a file of unknown type")},
};

// Subtypes the API knows under their parent's name: an Opus OGG is sent as audio/ogg (§2.7).
QString wireName(const QString& mime)
{
    if (mime == QLatin1String("audio/x-opus+ogg"))
        return QStringLiteral("audio/ogg");
    return mime;
}

// The §2.7 format for a detected type (its name, or one of its aliases), for `kind` when given.
const api::MediaFormat* formatFor(const QMimeType& type, std::optional<api::MediaKind> kind, QString* wire)
{
    QStringList names{wireName(type.name())};
    names += type.aliases();
    for (const QString& candidate : std::as_const(names)) {
        const QString name = candidate.toLower();
        for (const api::MediaFormat& f : api::mediaFormats())
            if (QLatin1String(f.mimeType) == name && (!kind || f.kind == *kind)) {
                *wire = name;
                return &f;
            }
    }
    return nullptr;
}

QString allowedSummary(std::optional<api::MediaKind> kind)
{
    if (!kind)
        return MediaText::tr(
            "WhatsApp accepts images (JPEG, PNG), stickers (WebP), audio (AAC, AMR, MP3, M4A, OGG Opus), "
            "video (MP4, 3GP) and documents (PDF, TXT, Word, Excel, PowerPoint).");
    switch (*kind) {
    case api::MediaKind::Image:
        return MediaText::tr("Images must be JPEG or PNG.");
    case api::MediaKind::Sticker:
        return MediaText::tr("Stickers must be WebP images.");
    case api::MediaKind::Audio:
        return MediaText::tr("Audio must be AAC, AMR, MP3, M4A or OGG (Opus).");
    case api::MediaKind::Video:
        return MediaText::tr("Videos must be MP4 or 3GP.");
    case api::MediaKind::Document:
        return MediaText::tr("Documents must be PDF, TXT, Word, Excel or PowerPoint files (or JPEG, PNG, MP4, 3GP).");
    }
    return {};
}

QString tooLarge(api::MediaKind kind, const QString& name, const QString& size, const QString& limit, bool animated)
{
    switch (kind) {
    case api::MediaKind::Image:
        return MediaText::tr("“%1” is %2; WhatsApp accepts images up to %3.").arg(name, size, limit);
    case api::MediaKind::Video:
        return MediaText::tr("“%1” is %2; WhatsApp accepts videos up to %3.").arg(name, size, limit);
    case api::MediaKind::Audio:
        return MediaText::tr("“%1” is %2; WhatsApp accepts audio files up to %3.").arg(name, size, limit);
    case api::MediaKind::Document:
        return MediaText::tr("“%1” is %2; WhatsApp accepts documents up to %3.").arg(name, size, limit);
    case api::MediaKind::Sticker:
        return animated
                   ? MediaText::tr("“%1” is %2; WhatsApp accepts animated stickers up to %3.").arg(name, size, limit)
                   : MediaText::tr("“%1” is %2; WhatsApp accepts stickers up to %3.").arg(name, size, limit);
    }
    return {};
}

quint32 le(const QByteArray& b, int at, int bytes)
{
    quint32 v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | quint8(b.at(at + i));
    return v;
}

// Canvas size and animation flag from a WebP header (RIFF container; VP8X, VP8 or VP8L first chunk).
struct WebpInfo {
    QSize size;
    bool animated = false;
};

WebpInfo webpInfo(const QByteArray& h)
{
    WebpInfo info;
    if (h.size() < 30 || !h.startsWith("RIFF") || h.mid(8, 4) != "WEBP")
        return info;
    const QByteArray chunk = h.mid(12, 4);
    if (chunk == "VP8X") {
        info.animated = (quint8(h.at(20)) & 0x02) != 0;
        info.size = QSize(int(le(h, 24, 3)) + 1, int(le(h, 27, 3)) + 1);
    } else if (chunk == "VP8 " && quint8(h.at(23)) == 0x9d && quint8(h.at(24)) == 0x01 && quint8(h.at(25)) == 0x2a) {
        info.size = QSize(int(le(h, 26, 2) & 0x3fff), int(le(h, 28, 2) & 0x3fff));
    } else if (chunk == "VP8L" && quint8(h.at(20)) == 0x2f) {
        const quint32 bits = le(h, 21, 4);
        info.size = QSize(int(bits & 0x3fff) + 1, int((bits >> 14) & 0x3fff) + 1);
    }
    return info;
}

} // namespace

QString describeMimeType(const QString& mimeType)
{
    const QString mime = mimeType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    for (const TypeName& t : kTypeNames)
        if (QLatin1String(t.mime) == mime)
            return MediaText::tr(t.phrase);
    const QMimeType type = QMimeDatabase().mimeTypeForName(mime);
    if (type.isValid() && !type.comment().isEmpty())
        return MediaText::tr("a file of type “%1”").arg(type.comment());
    return MediaText::tr("a file of unknown type");
}

UploadVerdict checkUpload(const QString& fileName, const QByteArray& head, qint64 bytes,
                          std::optional<api::MediaKind> kind, const QString& claimedMime)
{
    UploadVerdict v;
    v.fileName = QFileInfo(fileName).fileName();
    v.bytes = bytes;
    const QString& name = v.fileName;
    if (bytes <= 0 || head.isEmpty()) {
        v.reason = MediaText::tr("“%1” is empty.").arg(name);
        return v;
    }
    const QMimeDatabase db;
    const QMimeType content = db.mimeTypeForData(head);
    QMimeType claimed;
    if (!claimedMime.isEmpty())
        claimed = db.mimeTypeForName(claimedMime.section(QLatin1Char(';'), 0, 0).trimmed());
    else if (!fileName.isEmpty())
        claimed = db.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    const bool contentKnown = content.isValid() && !content.isDefault();

    // The name may only narrow what the content says (a .docx is a ZIP inside), never replace it.
    QMimeType effective = content;
    if (contentKnown && claimed.isValid() && !claimed.isDefault() && claimed != content &&
        claimed.inherits(content.name()))
        effective = claimed;
    QString wire;
    const api::MediaFormat* format = contentKnown ? formatFor(effective, kind, &wire) : nullptr;
    if (!format && effective != content && contentKnown) {
        effective = content;
        format = formatFor(effective, kind, &wire);
    }
    v.mimeType = contentKnown ? effective.name() : QString();

    if (!format) {
        // Pretending: the name claims a type the content is neither a kind of nor more specific than.
        const bool pretends = claimed.isValid() && !claimed.isDefault() && contentKnown && claimed != content &&
                              !claimed.inherits(content.name()) && !content.inherits(claimed.name());
        const QString what = describeMimeType(content.name());
        QString first;
        if (!contentKnown)
            first = claimed.isValid() && !claimed.isDefault()
                        ? MediaText::tr("The content of “%1” is not recognisable as %2 or any other known type.")
                              .arg(name, describeMimeType(claimed.name()))
                        : MediaText::tr("The content of “%1” is not of a recognisable type.").arg(name);
        else if (pretends)
            first = MediaText::tr("“%1” is %2 (%3), not %4.")
                        .arg(name, what, content.name(), describeMimeType(claimed.name()));
        else if (content.name() == QLatin1String("audio/x-vorbis+ogg"))
            first = MediaText::tr("“%1” is %2 (%3); WhatsApp takes OGG audio only with the Opus codec.")
                        .arg(name, what, content.name());
        else if (kind && formatFor(content, std::nullopt, &wire))
            first = MediaText::tr("“%1” is %2 (%3) and cannot be sent as %4.")
                        .arg(name, what, content.name(), api::mediaKindName(*kind));
        else
            first = MediaText::tr("“%1” is %2 (%3), which WhatsApp does not accept.").arg(name, what, content.name());
        v.reason = first + QLatin1Char(' ') + allowedSummary(kind);
        return v;
    }

    v.mimeType = wire;
    // WebP goes as a sticker (an image message takes only JPEG and PNG).
    v.kind = kind ? kind : std::optional(format->kind);
    const QLocale locale;
    const auto size = [&locale](qint64 n, int precision) {
        return locale.formattedDataSize(n, precision, QLocale::DataSizeSIFormat);
    };
    qint64 limit = format->maxBytes;
    bool animated = false;
    if (*v.kind == api::MediaKind::Sticker) {
        const WebpInfo webp = webpInfo(head);
        animated = webp.animated;
        limit = animated ? kAnimatedStickerBytes : kStaticStickerBytes;
        if (webp.size.isValid() && (webp.size.width() != kStickerSide || webp.size.height() != kStickerSide)) {
            v.reason = MediaText::tr("“%1” is %2×%3 pixels; WhatsApp stickers must be %4×%4.")
                           .arg(name)
                           .arg(webp.size.width())
                           .arg(webp.size.height())
                           .arg(kStickerSide);
            return v;
        }
    }
    if (bytes > limit)
        v.reason = tooLarge(*v.kind, name, size(bytes, 1), size(limit, 0), animated);
    return v;
}

UploadVerdict checkUploadFile(const QString& path, std::optional<api::MediaKind> kind, const QString& claimedMime)
{
    const QFileInfo info(path);
    UploadVerdict v;
    v.fileName = info.fileName();
    if (!info.exists()) {
        v.reason = MediaText::tr("The file %1 does not exist.").arg(path);
        return v;
    }
    if (!info.isFile()) {
        v.reason = MediaText::tr("%1 is not a regular file.").arg(path);
        return v;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        v.reason = MediaText::tr("The file %1 cannot be read: %2").arg(path, file.errorString());
        return v;
    }
    return checkUpload(path, file.read(kHeadBytes), info.size(), kind, claimedMime);
}

} // namespace wabadesk::media
