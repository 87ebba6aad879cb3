#include "common/RowCard.h"

#include "theme/Theme.h"

#include <QPainter>
#include <QPainterPath>

namespace wabadesk::ui {

void paintRowCard(QPainter* painter, const QStyleOptionViewItem& option, const QRectF& card, qreal radius)
{
    if (!(option.state & (QStyle::State_Selected | QStyle::State_MouseOver)))
        return;
    const QPalette& pal = option.palette;
    const bool dark = theme::isDark(pal);
    const QColor base = pal.color(QPalette::Base);
    QPainterPath path;
    path.addRoundedRect(card, radius, radius);
    painter->fillPath(path, (option.state & QStyle::State_Selected)
                                ? theme::mix(base, pal.color(QPalette::Highlight), dark ? 0.32 : 0.16)
                                : theme::mix(base, pal.color(QPalette::Text), dark ? 0.07 : 0.045));
}

} // namespace wabadesk::ui
