#include "common/EmojiFont.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>
#include <QStringList>

namespace wabadesk::ui {

QFont emojiFont(const QFont& base)
{
    QFont f = base;
    f.setFamilies({QStringLiteral("Noto Color Emoji"), QStringLiteral("Apple Color Emoji"),
                   QStringLiteral("Segoe UI Emoji"), base.family()});
    return f;
}

QIcon emojiIcon(const QString& emoji, int side)
{
    QIcon icon;
    for (const qreal dpr : {1.0, 2.0}) {
        QPixmap pixmap(QSize(side, side) * dpr);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        QFont f = emojiFont(QGuiApplication::font());
        f.setPixelSize(side * 4 / 5);
        painter.setFont(f);
        painter.drawText(QRectF(0, 0, side, side), Qt::AlignCenter, emoji);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace wabadesk::ui
