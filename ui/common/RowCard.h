#pragma once

#include <QRectF>
#include <QStyleOptionViewItem>

class QPainter;

namespace wabadesk::ui {

// The rounded card behind a hovered or selected row of the desk's lists (search hits, quick replies): the highlight
// colour mixed into the base for the selected row, a faint shade for the hovered one, nothing otherwise.
void paintRowCard(QPainter* painter, const QStyleOptionViewItem& option, const QRectF& card, qreal radius);

} // namespace wabadesk::ui
