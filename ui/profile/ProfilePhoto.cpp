#include "profile/ProfilePhoto.h"

#include "common/LocaleFormat.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QPainter>

namespace wabadesk::ui {

namespace {

// The translation context, for lupdate and at run time alike (free functions have no class of their own).
struct PhotoText {
    Q_DECLARE_TR_FUNCTIONS(ProfilePhoto)
};

} // namespace

profile::PhotoInfo ProfilePhoto::info() const
{
    return {QStringLiteral("image/jpeg"), jpeg.size(), image.width(), image.height()};
}

QString ProfilePhoto::description() const
{
    // Stored in the audit log as data, so not translated.
    return QStringLiteral("%1×%2 JPEG, %3")
        .arg(image.width())
        .arg(image.height())
        .arg(dataSize(jpeg.size(), 1, QLocale::c()));
}

ProfilePhoto encodeProfilePhoto(const QImage& square)
{
    ProfilePhoto out;
    if (square.isNull())
        return out;
    // JPEG has no alpha: transparent parts become white, as WhatsApp shows them.
    QImage image(square.size(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.drawImage(0, 0, square);
    painter.end();
    if (image.width() > profile::limits::kPhotoSide)
        image = image.scaled(profile::limits::kPhotoSide, profile::limits::kPhotoSide, Qt::IgnoreAspectRatio,
                             Qt::SmoothTransformation);
    for (int quality : {90, 80, 70, 60, 50}) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "JPEG", quality))
            return out;
        if (bytes.size() <= profile::limits::kPhotoBytes) {
            out.image = image;
            out.jpeg = bytes;
            return out;
        }
    }
    return out;
}

QImage readPhotoFile(const QString& path, QString* problem)
{
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format().toLower();
    if (format != "jpeg" && format != "jpg" && format != "png") {
        *problem = format.isEmpty() ? PhotoText::tr("This file is not an image WabaDesk can read.")
                                    : PhotoText::tr("This is a %1 image; WhatsApp takes JPEG or PNG profile photos.")
                                          .arg(QString::fromLatin1(format.toUpper()));
        return {};
    }
    QImage image = reader.read();
    if (image.isNull()) {
        *problem = PhotoText::tr("The image could not be read: %1").arg(reader.errorString());
        return {};
    }
    const int side = qMin(image.width(), image.height());
    if (side < profile::limits::kPhotoMinSide) {
        *problem = PhotoText::tr("The image is %1×%2 pixels; a profile photo needs at least %3×%3.")
                       .arg(image.width())
                       .arg(image.height())
                       .arg(profile::limits::kPhotoMinSide);
        return {};
    }
    return image;
}

} // namespace wabadesk::ui
