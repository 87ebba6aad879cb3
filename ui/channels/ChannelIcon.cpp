#include "channels/ChannelIcon.h"

#include <QPainter>
#include <QPixmap>

namespace wabadesk::ui {

QIcon channelIcon(const QColor& colour, int size)
{
    QIcon icon;
    // 1x and 2x, so that the dot stays crisp on high-DPI screens. Selected items (drawn on the highlight colour,
    // which may be close to the channel's) get a white ring around the dot.
    for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Selected}) {
        for (const int scale : {1, 2}) {
            QPixmap pixmap(size * scale, size * scale);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            const qreal inset = size * scale * 0.2;
            const QRectF dot = QRectF(pixmap.rect()).adjusted(inset, inset, -inset, -inset);
            if (mode == QIcon::Selected) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(Qt::white);
                painter.drawEllipse(dot.adjusted(-1.5 * scale, -1.5 * scale, 1.5 * scale, 1.5 * scale));
            }
            painter.setPen(QPen(colour.darker(130), scale));
            painter.setBrush(colour);
            painter.drawEllipse(dot);
            painter.end();
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}

} // namespace wabadesk::ui
