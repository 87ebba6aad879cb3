#include "conversations/BubblePainter.h"

#include "common/LocaleFormat.h"
#include "conversations/CallCardPainter.h"
#include "theme/Theme.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace wabadesk::ui {

namespace {

constexpr qreal Radius = 9;

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

QColor toneColour(MessageLayout::Tone tone, const BubbleColors& c, const QColor& normal)
{
    switch (tone) {
    case MessageLayout::Tone::Muted:
        return c.muted;
    case MessageLayout::Tone::Accent:
        return c.accent;
    case MessageLayout::Tone::Negative:
        return c.negative;
    case MessageLayout::Tone::Link:
        return c.link;
    case MessageLayout::Tone::Normal:
    case MessageLayout::Tone::OnCard:
        break;
    }
    return normal;
}

QPainterPath bubblePath(const MessageLayout& l)
{
    QPainterPath path;
    path.addRoundedRect(l.bubble, Radius, Radius);
    if (!l.hasTail)
        return path;
    // A small tail at the top corner on the sender's side, as chat apps draw the first bubble of a group.
    QPainterPath tail;
    const QRectF b = l.bubble;
    if (l.isOutgoing) {
        tail.moveTo(b.right() - Radius, b.top());
        tail.lineTo(b.right() + 7, b.top());
        tail.quadTo(b.right() + 1, b.top() + 4, b.right(), b.top() + 13);
        tail.lineTo(b.right() - Radius, b.top() + 13);
    } else {
        tail.moveTo(b.left() + Radius, b.top());
        tail.lineTo(b.left() - 7, b.top());
        tail.quadTo(b.left() - 1, b.top() + 4, b.left(), b.top() + 13);
        tail.lineTo(b.left() + Radius, b.top() + 13);
    }
    tail.closeSubpath();
    return path.united(tail);
}

} // namespace

BubbleColors BubbleColors::from(const QPalette& palette)
{
    BubbleColors c;
    const bool dark = theme::isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    const QColor highlight = palette.color(QPalette::Highlight);
    c.text = palette.color(QPalette::Text);
    if (dark) {
        c.background = theme::mix(base, QColor(0x0b, 0x14, 0x12), 0.45);
        c.incoming = theme::mix(base, QColor(0xff, 0xff, 0xff), 0.07);
        c.outgoing = theme::mix(base, highlight, 0.62);
        c.read = QColor(0x53, 0xbd, 0xeb);
        c.findHighlight = QColor(0x8a, 0x6d, 0x12);
        c.shadow = QColor(0, 0, 0, 70);
        c.quoteBackground = QColor(0, 0, 0, 55);
        c.cardBackground = QColor(0, 0, 0, 45);
        c.pill = theme::mix(base, QColor(0xff, 0xff, 0xff), 0.1);
    } else {
        c.background = theme::mix(window, QColor(0xe9, 0xe4, 0xda), 0.65);
        c.incoming = base;
        c.outgoing = theme::mix(base, theme::mix(highlight, QColor(0x4c, 0xd9, 0x64), 0.45), 0.2);
        c.read = QColor(0x1e, 0x96, 0xd6);
        c.findHighlight = QColor(0xff, 0xe0, 0x66);
        c.shadow = QColor(0, 0, 0, 28);
        c.quoteBackground = QColor(0, 0, 0, 14);
        c.cardBackground = QColor(0, 0, 0, 10);
        c.pill = theme::mix(base, window, 0.35);
    }
    c.muted = theme::mix(c.text, c.incoming, 0.42);
    c.accent = dark ? theme::mix(highlight, QColor(0xff, 0xff, 0xff), 0.45) : theme::mix(highlight, c.text, 0.15);
    c.link = palette.color(QPalette::Link);
    if (!dark)
        c.link = QColor(0x02, 0x7e, 0xb5);
    c.negative = theme::negativeText(palette);
    c.negativeBackground = withAlpha(c.negative, dark ? 40 : 22);
    c.pillText = theme::mix(c.text, c.pill, 0.3);
    c.flash = withAlpha(c.accent, 90);
    return c;
}

void BubblePainter::paint(QPainter* painter, const MessageLayout& l, const BubbleColors& c, qreal flash,
                          const PlaybackState& playback)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (flash > 0) {
        painter->fillRect(QRectF(0, 0, l.size.width(), l.size.height()),
                          withAlpha(c.flash, qRound(c.flash.alpha() * flash)));
    }
    if (l.style == MessageLayout::Style::Day || l.style == MessageLayout::Style::System) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(c.shadow);
        painter->drawRoundedRect(l.bubble.translated(0, 1), 8, 8);
        painter->setBrush(c.pill);
        painter->drawRoundedRect(l.bubble, 8, 8);
        for (const MessageLayout::Text& t : l.texts) {
            painter->setFont(t.font);
            painter->setPen(c.pillText);
            painter->drawText(t.rect, t.flags, t.text);
        }
        painter->restore();
        return;
    }
    paintBubbleShape(painter, l, c);
    const QColor bubble = l.isOutgoing ? c.outgoing : c.incoming;
    BubbleColors local = c;
    local.muted = theme::mix(c.text, bubble, 0.42);

    if (!l.quote.isEmpty()) {
        QPainterPath clip;
        clip.addRoundedRect(l.quote, 6, 6);
        painter->fillPath(clip, c.quoteBackground);
        painter->save();
        painter->setClipPath(clip);
        painter->fillRect(QRectF(l.quote.left(), l.quote.top(), 4, l.quote.height()), c.accent);
        painter->restore();
    }
    if (!l.card.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(c.cardBackground);
        painter->drawRoundedRect(l.card, 7, 7);
        paintIcon(painter, l.icon, l.iconRect, QColor(0xff, 0xff, 0xff), c.accent);
    }
    if (!l.thumbnail.isEmpty())
        paintThumbnail(painter, l, c);
    if (!l.player.isEmpty())
        paintPlayer(painter, l, local, playback);
    if (!l.errorBox.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(c.negativeBackground);
        painter->drawRoundedRect(l.errorBox, 6, 6);
    }
    for (const MessageLayout::Text& t : l.texts) {
        painter->setFont(t.font);
        painter->setPen(toneColour(t.tone, local, c.text));
        painter->drawText(t.rect, t.flags, t.text);
    }
    if (l.body) {
        painter->save();
        painter->translate(l.bodyPos);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, c.text);
        context.palette.setColor(QPalette::Link, c.link);
        l.body->documentLayout()->draw(painter, context);
        painter->restore();
    }
    for (const MessageLayout::Action& a : l.actions) {
        if (a.kind == MessageActionKind::Quote || a.label.isEmpty()) // the quote, a player's button and bar
            continue;
        QFont font = l.metaFont;
        font.setBold(true);
        painter->setFont(font);
        if (a.isButton) {
            painter->setPen(QPen(withAlpha(c.link, 150), 1));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(a.rect.adjusted(0.5, 0.5, -0.5, -0.5), a.rect.height() / 2, a.rect.height() / 2);
        }
        painter->setPen(a.kind == MessageActionKind::Retry ? c.negative : c.link);
        painter->drawText(a.rect, Qt::AlignCenter, a.label);
    }
    painter->setFont(l.metaFont);
    painter->setPen(l.status == QLatin1String("failed") ? c.negative : local.muted);
    QRectF timeRect = l.meta;
    if (!l.ticks.isEmpty())
        timeRect.setRight(l.ticks.left() - 3);
    painter->drawText(timeRect, Qt::AlignRight | Qt::AlignVCenter, l.time);
    if (!l.ticks.isEmpty()) {
        BubbleColors tickColours = local;
        paintTicks(painter, l.status, l.ticks, tickColours);
    }
    if (!l.reactionsRect.isEmpty()) {
        const qreal r = l.reactionsRect.height() / 2;
        painter->setPen(QPen(c.background, 2));
        painter->setBrush(c.incoming);
        painter->drawRoundedRect(l.reactionsRect, r, r);
        // The emoji in the colour emoji font, the count in the text font (as measured in layoutMessage).
        const QFont& emoji = l.reactionsFont;
        const qreal emojiWidth = QFontMetricsF(emoji).horizontalAdvance(l.reactions);
        const qreal countWidth = QFontMetricsF(l.metaFont).horizontalAdvance(l.reactionCount);
        const qreal x = l.reactionsRect.center().x() - (emojiWidth + countWidth) / 2;
        painter->setPen(c.text);
        painter->setFont(emoji);
        painter->drawText(QRectF(x, l.reactionsRect.top(), emojiWidth + 1, l.reactionsRect.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, l.reactions);
        painter->setFont(l.metaFont);
        painter->drawText(QRectF(x + emojiWidth, l.reactionsRect.top(), countWidth + 1, l.reactionsRect.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, l.reactionCount);
    }
    painter->restore();
}

void BubblePainter::paintBubbleShape(QPainter* painter, const MessageLayout& l, const BubbleColors& c)
{
    const QPainterPath path = bubblePath(l);
    painter->setPen(Qt::NoPen);
    painter->setBrush(c.shadow);
    painter->drawPath(path.translated(0, 1));
    painter->setBrush(l.isOutgoing ? c.outgoing : c.incoming);
    painter->drawPath(path);
}

void BubblePainter::paintThumbnail(QPainter* painter, const MessageLayout& l, const BubbleColors& c)
{
    QPainterPath clip;
    clip.addRoundedRect(l.thumbnail, 7, 7);
    painter->save();
    painter->setClipPath(clip);
    if (!l.thumbnailImage.isNull()) {
        const QSizeF image = l.thumbnailImage.size();
        qreal scale = std::max(l.thumbnail.width() / image.width(), l.thumbnail.height() / image.height());
        if (scale > 4) { // a tiny picture: shown small on a quiet background instead of blown up into blocks
            painter->fillRect(l.thumbnail, theme::mix(c.accent, c.incoming, 0.9));
            scale = 4;
        }
        const QSizeF drawn = image * scale;
        const QRectF target(l.thumbnail.center() - QPointF(drawn.width() / 2, drawn.height() / 2), drawn);
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(target, l.thumbnailImage);
    } else {
        QLinearGradient gradient(l.thumbnail.topLeft(), l.thumbnail.bottomRight());
        gradient.setColorAt(0, theme::mix(c.accent, c.incoming, 0.72));
        gradient.setColorAt(1, theme::mix(c.accent, c.incoming, 0.86));
        painter->fillRect(l.thumbnail, gradient);
        const qreal s = std::min<qreal>(56, l.thumbnail.height() * 0.45);
        const QRectF icon(l.thumbnail.center() - QPointF(s / 2, s / 2), QSizeF(s, s));
        paintIcon(painter, l.icon, icon, QColor(0xff, 0xff, 0xff), withAlpha(c.accent, 160));
    }
    painter->restore();
}

void BubblePainter::paintPlayer(QPainter* painter, const MessageLayout& l, const BubbleColors& c,
                                const PlaybackState& playback)
{
    using Phase = PlaybackState::Phase;
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(c.cardBackground);
    painter->drawRoundedRect(l.player, 7, 7);

    // The button: play, pause, a turning arc while it loads, "!" when it failed.
    const QRectF b = l.playButton;
    // The accent is light on a dark theme: a white sign needs a deeper green under it.
    const QColor fill = c.accent.lightness() > 150 ? c.accent.darker(165) : c.accent;
    painter->setBrush(playback.phase == Phase::Failed ? c.negative : fill);
    painter->drawEllipse(b);
    const QColor fg(0xff, 0xff, 0xff);
    const QPointF mid = b.center();
    const qreal u = b.width() / 24.0;
    if (playback.phase == Phase::Playing) {
        painter->setBrush(fg);
        painter->drawRoundedRect(QRectF(mid.x() - 4.5 * u, mid.y() - 5.5 * u, 3.2 * u, 11 * u), u, u);
        painter->drawRoundedRect(QRectF(mid.x() + 1.3 * u, mid.y() - 5.5 * u, 3.2 * u, 11 * u), u, u);
    } else if (playback.phase == Phase::Loading) {
        painter->setPen(QPen(fg, 2 * u, Qt::SolidLine, Qt::RoundCap));
        painter->setBrush(Qt::NoBrush);
        const int start = int((QDateTime::currentMSecsSinceEpoch() / 4) % 360) * 16;
        painter->drawArc(QRectF(mid - QPointF(6 * u, 6 * u), QSizeF(12 * u, 12 * u)), -start, 270 * 16);
    } else if (playback.phase == Phase::Failed) {
        painter->setPen(QPen(fg, 2.2 * u, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(mid.x(), mid.y() - 5 * u), QPointF(mid.x(), mid.y() + 1.5 * u));
        painter->drawPoint(QPointF(mid.x(), mid.y() + 5 * u));
    } else {
        painter->setBrush(fg);
        painter->drawPolygon(
            QPolygonF{mid + QPointF(-3.5 * u, -6 * u), mid + QPointF(6.5 * u, 0), mid + QPointF(-3.5 * u, 6 * u)});
    }

    QFont small = l.metaFont;
    painter->setFont(small);
    if (playback.phase == Phase::Failed) {
        // Why, where the bar and the time were.
        painter->setPen(c.negative);
        const QRectF area(l.seekBar.left(), l.seekBar.top(), l.seekBar.width(),
                          l.playerTime.bottom() - l.seekBar.top());
        painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, playback.error);
        painter->restore();
        return;
    }

    const qint64 duration = playback.durationMs > 0 ? playback.durationMs : l.durationMs;
    const qreal fraction = duration > 0 ? std::clamp<qreal>(qreal(playback.positionMs) / qreal(duration), 0, 1) : 0;
    const qreal trackH = 4;
    const QRectF track(l.seekBar.left(), l.seekBar.center().y() - trackH / 2, l.seekBar.width(), trackH);
    painter->setPen(Qt::NoPen);
    painter->setBrush(theme::mix(c.muted, c.cardBackground, 0.55));
    painter->drawRoundedRect(track, trackH / 2, trackH / 2);
    painter->setBrush(c.accent);
    painter->drawRoundedRect(QRectF(track.left(), track.top(), track.width() * fraction, trackH), trackH / 2,
                             trackH / 2);
    const bool started = playback.phase != Phase::Idle || playback.positionMs > 0;
    painter->drawEllipse(QPointF(track.left() + track.width() * fraction, track.center().y()), started ? 6 : 5,
                         started ? 6 : 5);

    // "0:05" before it was played, then "0:02 / 0:05".
    QString time;
    if (started && duration > 0)
        time = MessagePresentation::tr("%1 / %2").arg(mediaTime(playback.positionMs), mediaTime(duration + 500));
    else if (duration > 0)
        time = mediaTime(duration + 500); // lengths rounded; a position counts the whole seconds gone
    else if (playback.phase == Phase::Loading)
        time = MessagePresentation::tr("Loading…");
    painter->setPen(c.muted);
    painter->drawText(l.playerTime, Qt::AlignLeft | Qt::AlignVCenter, time);
    painter->restore();
}

void BubblePainter::paintIcon(QPainter* painter, MessagePresentation::Icon icon, const QRectF& r, const QColor& fg,
                              const QColor& bg)
{
    using Icon = MessagePresentation::Icon;
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(bg);
    painter->drawEllipse(r);
    const qreal u = r.width() / 24.0; // a 24-unit grid inside the circle
    const QPointF o = r.topLeft();
    auto p = [&](qreal x, qreal y) {
        return o + QPointF(x * u, y * u);
    };
    QPen pen(fg, std::max<qreal>(1.4, 1.6 * u), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    switch (icon) {
    case Icon::Image: {
        painter->drawRoundedRect(QRectF(p(6, 7), p(18, 17)), 1.5 * u, 1.5 * u);
        QPolygonF mountain{p(7, 16), p(11, 11.5), p(14, 14.5), p(15.5, 13), p(17.5, 16)};
        painter->drawPolyline(mountain);
        painter->setBrush(fg);
        painter->drawEllipse(p(15, 9.8), 1.2 * u, 1.2 * u);
        break;
    }
    case Icon::Sticker:
        painter->drawEllipse(QRectF(p(6, 6), p(18, 18)));
        painter->drawArc(QRectF(p(9, 9), p(15, 15)), 200 * 16, 140 * 16);
        painter->setBrush(fg);
        painter->drawEllipse(p(10, 10.5), 0.6 * u, 0.6 * u);
        painter->drawEllipse(p(14, 10.5), 0.6 * u, 0.6 * u);
        break;
    case Icon::Video:
        painter->setBrush(fg);
        painter->drawPolygon(QPolygonF{p(9.5, 7.5), p(17.5, 12), p(9.5, 16.5)});
        break;
    case Icon::Audio:
        for (int i = 0; i < 5; ++i) {
            const qreal h = QList<qreal>{3, 7, 10, 6, 4}.at(i);
            painter->drawLine(p(7.5 + i * 2.25, 12 - h / 2), p(7.5 + i * 2.25, 12 + h / 2));
        }
        break;
    case Icon::Voice:
        painter->setBrush(fg);
        painter->drawRoundedRect(QRectF(p(10, 5.5), p(14, 13.5)), 2 * u, 2 * u);
        painter->setBrush(Qt::NoBrush);
        painter->drawArc(QRectF(p(7.5, 8), p(16.5, 16)), 180 * 16, 180 * 16);
        painter->drawLine(p(12, 16), p(12, 18.5));
        break;
    case Icon::Document: {
        QPolygonF page{p(8, 5.5), p(13.5, 5.5), p(16.5, 8.5), p(16.5, 18.5), p(8, 18.5)};
        painter->drawPolygon(page);
        painter->drawPolyline(QPolygonF{p(13.5, 5.5), p(13.5, 8.5), p(16.5, 8.5)});
        painter->drawLine(p(10, 12), p(14.5, 12));
        painter->drawLine(p(10, 15), p(14.5, 15));
        break;
    }
    case Icon::Location: {
        QPainterPath pin;
        pin.moveTo(p(12, 19));
        pin.cubicTo(p(7, 13), p(7, 11), p(7, 10));
        pin.arcTo(QRectF(p(7, 5), p(17, 15)), 180, -180);
        pin.cubicTo(p(17, 11), p(17, 13), p(12, 19));
        painter->drawPath(pin);
        painter->drawEllipse(p(12, 10), 1.8 * u, 1.8 * u);
        break;
    }
    case Icon::Contact:
        painter->drawEllipse(p(12, 9.5), 3 * u, 3 * u);
        painter->drawArc(QRectF(p(6.5, 14), p(17.5, 24)), 20 * 16, 140 * 16);
        break;
    case Icon::Order:
        painter->drawPolyline(QPolygonF{p(6, 7), p(8, 7), p(10, 15), p(16.5, 15), p(18, 9.5), p(8.8, 9.5)});
        painter->setBrush(fg);
        painter->drawEllipse(p(10.5, 17.5), 1 * u, 1 * u);
        painter->drawEllipse(p(15.5, 17.5), 1 * u, 1 * u);
        break;
    case Icon::Buttons:
        painter->drawRoundedRect(QRectF(p(6, 6.5), p(18, 10.5)), 2 * u, 2 * u);
        painter->drawRoundedRect(QRectF(p(6, 13.5), p(18, 17.5)), 2 * u, 2 * u);
        break;
    case Icon::Call:
    case Icon::MissedCall:
    case Icon::CallPermission:
    case Icon::Flow:
        CallCardPainter::paintGlyph(painter, icon, r, fg);
        break;
    case Icon::Unknown:
    case Icon::None: {
        QFont f = painter->font();
        f.setBold(true);
        f.setPixelSize(qRound(12 * u));
        painter->setFont(f);
        painter->drawText(r, Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    }
    painter->restore();
}

void BubblePainter::paintTicks(QPainter* painter, const QString& status, const QRectF& r, const BubbleColors& c)
{
    painter->save();
    const QPointF mid(r.center().x(), r.center().y());
    if (status == QLatin1String("failed") || status == QLatin1String("unknown")) {
        const QRectF circle(mid - QPointF(6.5, 6.5), QSizeF(13, 13));
        painter->setPen(Qt::NoPen);
        painter->setBrush(c.negative);
        painter->drawEllipse(circle);
        painter->setPen(QPen(QColor(0xff, 0xff, 0xff), 1.8, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(mid.x(), mid.y() - 3.4), QPointF(mid.x(), mid.y() + 0.8));
        painter->drawPoint(QPointF(mid.x(), mid.y() + 3.4));
    } else if (status == QLatin1String("queued") || status == QLatin1String("sending")) {
        painter->setPen(QPen(c.muted, 1.3, Qt::SolidLine, Qt::RoundCap));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(mid, 5.5, 5.5);
        painter->drawLine(mid, mid + QPointF(0, -3.5));
        painter->drawLine(mid, mid + QPointF(2.6, 1.2));
    } else if (status == QLatin1String("cancelled")) {
        painter->setPen(QPen(c.muted, 1.4, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(mid + QPointF(-4, -4), mid + QPointF(4, 4));
        painter->drawLine(mid + QPointF(-4, 4), mid + QPointF(4, -4));
    } else {
        const bool two = status != QLatin1String("sent");
        const bool read = status == QLatin1String("read") || status == QLatin1String("played");
        painter->setPen(QPen(read ? c.read : c.muted, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        auto check = [&](qreal dx, bool withShortLeg) {
            const QPointF a(mid.x() - 6 + dx, mid.y());
            const QPointF b(mid.x() - 3 + dx, mid.y() + 3.2);
            const QPointF e(mid.x() + 3 + dx, mid.y() - 3.8);
            if (withShortLeg)
                painter->drawPolyline(QPolygonF{a, b, e});
            else
                painter->drawLine(b, e);
        };
        if (two) {
            check(-2, true);
            check(2.5, false);
        } else {
            check(0.5, true);
        }
    }
    painter->restore();
}

} // namespace wabadesk::ui
