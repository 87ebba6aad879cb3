#include "conversations/CallCardPainter.h"

#include <QPainter>
#include <QPainterPath>

#include <functional>

namespace wabadesk::ui {

namespace {

// A telephone handset on the 24-unit grid, its earpiece top left, its mouthpiece bottom right.
QPainterPath handset(const std::function<QPointF(qreal, qreal)>& p)
{
    QPainterPath path;
    path.moveTo(p(7.2, 5.6));
    path.lineTo(p(9.6, 5.6));
    path.lineTo(p(10.8, 9.0));
    path.lineTo(p(9.2, 10.4));
    path.cubicTo(p(10.2, 12.6), p(11.4, 13.8), p(13.6, 14.8));
    path.lineTo(p(15.0, 13.2));
    path.lineTo(p(18.4, 14.4));
    path.lineTo(p(18.4, 16.8));
    path.cubicTo(p(18.4, 18.0), p(17.4, 18.6), p(16.4, 18.4));
    path.cubicTo(p(10.6, 17.6), p(6.4, 13.4), p(5.6, 7.6));
    path.cubicTo(p(5.4, 6.6), p(6.0, 5.6), p(7.2, 5.6));
    path.closeSubpath();
    return path;
}

} // namespace

bool CallCardPainter::paints(MessagePresentation::Icon icon)
{
    using Icon = MessagePresentation::Icon;
    return icon == Icon::Call || icon == Icon::MissedCall || icon == Icon::CallPermission || icon == Icon::Flow;
}

void CallCardPainter::paintGlyph(QPainter* painter, MessagePresentation::Icon icon, const QRectF& r, const QColor& fg)
{
    using Icon = MessagePresentation::Icon;
    painter->save();
    const qreal u = r.width() / 24.0;
    const QPointF o = r.topLeft();
    const auto p = [&](qreal x, qreal y) {
        return o + QPointF(x * u, y * u);
    };
    if (icon == Icon::MissedCall) {
        // Red, whatever the card's accent: a missed call wants attention (light and dark alike).
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xd9, 0x3f, 0x3f));
        painter->drawEllipse(r);
    }
    QPen pen(fg, std::max<qreal>(1.4, 1.6 * u), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    switch (icon) {
    case Icon::Call:
    case Icon::MissedCall:
    case Icon::CallPermission: {
        painter->setBrush(fg);
        painter->setPen(Qt::NoPen);
        painter->drawPath(handset(p));
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        if (icon == Icon::MissedCall) {
            // The arrow that turned back: ↗ then ↘.
            painter->drawPolyline(QPolygonF{p(12.6, 9.2), p(15.0, 6.6), p(17.6, 9.2)});
            painter->drawPolyline(QPolygonF{p(15.6, 9.2), p(17.6, 9.2), p(17.6, 7.2)});
        } else if (icon == Icon::CallPermission) {
            painter->drawPolyline(QPolygonF{p(12.8, 7.8), p(14.6, 9.6), p(18.2, 5.8)});
        }
        break;
    }
    case Icon::Flow:
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(p(6.5, 5.5), p(17.5, 18.5)), 1.5 * u, 1.5 * u);
        painter->drawLine(p(9, 9), p(15, 9));
        painter->drawLine(p(9, 12), p(15, 12));
        painter->drawPolyline(QPolygonF{p(9, 15.2), p(10.4, 16.4), p(12.8, 14)});
        break;
    default:
        break;
    }
    painter->restore();
}

} // namespace wabadesk::ui
