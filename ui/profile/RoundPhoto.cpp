#include "profile/RoundPhoto.h"

#include <QPainter>
#include <QPainterPath>

namespace wabadesk::ui {

QPixmap roundPhoto(const QImage& photo, int size, qreal devicePixelRatio, const QString& name,
                   const QColor& placeholder)
{
    const int pixels = qRound(size * devicePixelRatio);
    QPixmap out(pixels, pixels);
    out.fill(Qt::transparent);
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, pixels, pixels));
    p.setClipPath(circle);
    if (!photo.isNull()) {
        // Centre-crop to a square, then scale.
        const int side = qMin(photo.width(), photo.height());
        const QRect square((photo.width() - side) / 2, (photo.height() - side) / 2, side, side);
        p.drawImage(QRect(0, 0, pixels, pixels), photo, square);
    } else {
        p.fillRect(QRect(0, 0, pixels, pixels), placeholder);
        const QString letter = name.trimmed().left(1).toUpper();
        if (!letter.isEmpty()) {
            QFont font = p.font();
            font.setPixelSize(pixels * 2 / 5);
            font.setBold(true);
            p.setFont(font);
            p.setPen(QColor(0xff, 0xff, 0xff));
            p.drawText(QRect(0, 0, pixels, pixels), Qt::AlignCenter, letter);
        }
    }
    p.end();
    out.setDevicePixelRatio(devicePixelRatio);
    return out;
}

} // namespace wabadesk::ui
