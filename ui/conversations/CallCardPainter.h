#pragma once

#include "conversations/MessagePresentation.h"

#include <QColor>
#include <QRectF>

class QPainter;

namespace wabadesk::ui {

// The glyphs of the issue #16 cards, on BubblePainter's 24-unit icon grid: a handset (a call), a handset with a
// crossing arrow on red (a missed call), a handset with a check (a call permission), a form (a Flow's answers).
class CallCardPainter {
public:
    // Paints over the icon's circle (`rect`), the pen already set up by BubblePainter::paintIcon.
    static void paintGlyph(QPainter* painter, MessagePresentation::Icon icon, const QRectF& rect, const QColor& fg);
    static bool paints(MessagePresentation::Icon icon);
};

} // namespace wabadesk::ui
