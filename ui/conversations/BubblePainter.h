#pragma once

#include "conversations/MessageLayout.h"
#include "media/PlaybackState.h"

#include <QColor>
#include <QPalette>

class QPainter;

namespace wabadesk::ui {

// The conversation view's colours, derived from the palette so that light and dark (WABADESK_THEME) both work.
struct BubbleColors {
    QColor background; // behind the bubbles
    QColor incoming;
    QColor outgoing;
    QColor text;
    QColor muted;
    QColor accent; // sender names, quote bars
    QColor link;
    QColor read; // blue ticks
    QColor negative;
    QColor negativeBackground;
    QColor quoteBackground;
    QColor cardBackground;
    QColor pill; // day separators, system messages
    QColor pillText;
    QColor findHighlight;
    QColor flash;
    QColor shadow;

    static BubbleColors from(const QPalette& palette);
};

// Paints one MessageLayout at the painter's origin (the row's top left).
class BubblePainter {
public:
    // flash 0..1: the "you jumped here" highlight fading out. `playback`: the row's inline player (audio rows).
    static void paint(QPainter* painter, const MessageLayout& layout, const BubbleColors& colors, qreal flash = 0,
                      const PlaybackState& playback = {});
    // The status ticks (queued clock, one or two ticks, blue when read, failed mark) in `rect`; also the list's.
    static void paintTicks(QPainter* painter, const QString& status, const QRectF& rect, const BubbleColors& colors);

private:
    static void paintBubbleShape(QPainter* painter, const MessageLayout& layout, const BubbleColors& colors);
    static void paintIcon(QPainter* painter, MessagePresentation::Icon icon, const QRectF& rect, const QColor& fg,
                          const QColor& bg);
    static void paintThumbnail(QPainter* painter, const MessageLayout& layout, const BubbleColors& colors);
    static void paintPlayer(QPainter* painter, const MessageLayout& layout, const BubbleColors& colors,
                            const PlaybackState& playback);
};

} // namespace wabadesk::ui
