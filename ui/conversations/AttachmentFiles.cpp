#include "conversations/AttachmentFiles.h"

#include "api/MediaTypes.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMimeDatabase>

namespace wabadesk::ui {

namespace {
constexpr qint64 kMaxPhotoBytes = 5LL * 1000 * 1000; // §2.7
}

AttachmentVerdict AttachmentFiles::classify(const QString& filePath)
{
    const QFileInfo info(filePath);
    AttachmentVerdict v;
    v.filePath = info.absoluteFilePath();
    if (!info.isFile()) {
        v.problem = tr("“%1” is not a file.").arg(info.fileName());
        return v;
    }
    // From the content, not the name: a renamed program stays a program.
    v.mimeType = QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchContent).name();
    const std::optional<api::MediaKind> natural = api::mediaKindForMime(v.mimeType, /*preferSticker*/ true);
    const qint64 size = info.size();
    const QString problem = api::checkMediaUpload(v.mimeType, size, natural.value_or(api::MediaKind::Document));
    const bool visual = natural && (*natural == api::MediaKind::Image || *natural == api::MediaKind::Video);
    if (problem.isEmpty()) {
        v.choices.append(*natural);
        // A photo or video is recompressed by WhatsApp; as a document it keeps its quality.
        if (visual)
            v.choices.append(api::MediaKind::Document);
        return v;
    }
    // Too big for a photo or video can still go as a document (up to the API's 100 MB).
    if (visual && size > 0 && size <= api::kMaxMediaBytes) {
        v.choices.append(api::MediaKind::Document);
        return v;
    }
    v.problem = tr("“%1” cannot be sent. %2").arg(info.fileName(), problem);
    return v;
}

QString AttachmentFiles::savePastedImage(const QImage& image, const QString& dir, QString* error)
{
    const auto fail = [&] {
        if (error)
            *error = tr("The pasted image could not be saved in %1.").arg(QDir::toNativeSeparators(dir));
        return QString();
    };
    if (image.isNull() || !QDir().mkpath(dir))
        return fail();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString path = dir + QStringLiteral("/pasted-%1.png").arg(stamp);
    if (!image.save(path, "PNG"))
        return fail();
    if (QFileInfo(path).size() > kMaxPhotoBytes) {
        QFile::remove(path);
        path = dir + QStringLiteral("/pasted-%1.jpg").arg(stamp);
        if (!image.convertToFormat(QImage::Format_RGB32).save(path, "JPEG", 90))
            return fail();
    }
    return path;
}

} // namespace wabadesk::ui
