#pragma once

#include "profile/ProfileRules.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace wabadesk::ui {

// A profile photo ready to upload: the square image and its JPEG bytes.
struct ProfilePhoto {
    QImage image;
    QByteArray jpeg;
    bool isNull() const { return jpeg.isEmpty(); }
    profile::PhotoInfo info() const;
    // For the audit log: "640×640 JPEG, 48 KB".
    QString description() const;
};

// Scales a square crop to 640×640 (smaller crops keep their size; at least 192×192 is required by
// profile::checkPhoto) and encodes it as JPEG, lowering the quality until it fits the 5 MB limit.
ProfilePhoto encodeProfilePhoto(const QImage& square);

// Reads an image file for the crop dialog: JPEG or PNG only (by content, not by name), EXIF orientation applied.
// On failure the image is null and `problem` says why (translated).
QImage readPhotoFile(const QString& path, QString* problem);

} // namespace wabadesk::ui
