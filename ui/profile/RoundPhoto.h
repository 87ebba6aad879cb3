#pragma once

#include <QColor>
#include <QImage>
#include <QPixmap>
#include <QString>

namespace wabadesk::ui {

// A profile picture as WhatsApp shows it: cropped to a circle, `size` logical pixels across at `devicePixelRatio`.
// Without a photo: a grey circle with the name's first letter (WhatsApp's placeholder is a grey silhouette).
QPixmap roundPhoto(const QImage& photo, int size, qreal devicePixelRatio, const QString& name = {},
                   const QColor& placeholder = QColor(0xdf, 0xe5, 0xe7));

} // namespace wabadesk::ui
