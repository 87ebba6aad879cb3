#include "conversations/MessageLayout.h"

#include "common/EmojiFont.h"
#include "common/LocaleFormat.h"
#include "conversations/BubblePainter.h"
#include "conversations/MessageListModel.h"
#include "text/WhatsAppText.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QImageReader>
#include <QLocale>
#include <QModelIndex>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>

#include <algorithm>

namespace wabadesk::ui {

namespace {

constexpr qreal SideMargin = 14; // between the view's edge and a bubble
constexpr qreal PadX = 9;        // inside a bubble
constexpr qreal PadY = 6;
constexpr qreal GroupGap = 7; // above the first bubble of a group
constexpr qreal Gap = 2;      // between bubbles of a group
constexpr qreal ReactionsHeight = 22;
constexpr qreal ThumbWidth = 260;
constexpr qreal IconSize = 38;
constexpr qreal PlayerButton = 40; // a voice note's play/pause button
constexpr qreal PlayerWidth = 270; // a voice note's card, when the bubble is wide enough

QFont scaled(const QFont& base, qreal factor, bool bold = false, bool italic = false)
{
    QFont f = base;
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * factor);
    else
        f.setPixelSize(qRound(base.pixelSize() * factor));
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

qreal wrappedHeight(const QFont& font, qreal width, const QString& text)
{
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

QString dayText(const QDate& day)
{
    const QDate today = QDate::currentDate();
    if (!day.isValid())
        return MessagePresentation::tr("Unknown date");
    if (day == today)
        return MessagePresentation::tr("Today");
    if (day == today.addDays(-1))
        return MessagePresentation::tr("Yesterday");
    const QLocale locale;
    if (day > today.addDays(-7) && day < today)
        return locale.dayName(day.dayOfWeek(), QLocale::LongFormat);
    if (day.year() == today.year())
        return dayAndMonth(day, locale);
    return locale.toString(day, QLocale::LongFormat);
}

void layoutDay(const QModelIndex& index, const LayoutContext& c, MessageLayout& l)
{
    l.style = MessageLayout::Style::Day;
    const QFont font = scaled(c.font, 0.9, true);
    const QString text = dayText(index.data(MessageListModel::DayRole).toDate());
    const qreal w = QFontMetricsF(font).horizontalAdvance(text) + 24;
    const qreal h = QFontMetricsF(font).height() + 10;
    l.size = QSize(c.width, qCeil(h + 20));
    l.bubble = QRectF((c.width - w) / 2, 12, w, h);
    l.texts.append({l.bubble, text, font, MessageLayout::Tone::Muted, Qt::AlignCenter});
}

void layoutSystem(const MessagePresentation& p, const LayoutContext& c, MessageLayout& l)
{
    l.style = MessageLayout::Style::System;
    const QFont font = scaled(c.font, 0.9);
    const qreal maxW = std::max<qreal>(120, c.width * 0.7);
    const QFontMetricsF fm(font);
    const qreal natural = fm.boundingRect(QRectF(0, 0, maxW, 1e6), Qt::TextWordWrap, p.body).width();
    const qreal w = std::min(maxW, natural) + 24;
    const qreal h = wrappedHeight(font, w - 24, p.body) + 12;
    l.size = QSize(c.width, qCeil(h + 14));
    l.bubble = QRectF((c.width - w) / 2, 7, w, h);
    l.texts.append({l.bubble.adjusted(12, 6, -12, -6), p.body, font, MessageLayout::Tone::Muted,
                    Qt::AlignCenter | Qt::TextWordWrap});
}

QString metaTime(const QDateTime& at)
{
    if (!at.isValid())
        return {};
    return shortTime(at.toLocalTime().time());
}

// Width of the last line of a laid-out document (the time fits next to it when there is room).
qreal lastLineWidth(const QTextDocument& doc)
{
    const QTextBlock block = doc.lastBlock();
    const QTextLayout* layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return 0;
    return layout->lineAt(layout->lineCount() - 1).naturalTextWidth();
}

void highlight(QTextDocument* doc, const QString& find, const QColor& colour)
{
    if (find.isEmpty())
        return;
    QTextCharFormat format;
    format.setBackground(colour);
    QTextCursor cursor(doc);
    while (true) {
        cursor = doc->find(find, cursor);
        if (cursor.isNull())
            break;
        cursor.mergeCharFormat(format);
    }
}

QString elided(const QFont& font, const QString& text, qreal width)
{
    return QFontMetricsF(font).elidedText(text, Qt::ElideRight, width);
}

} // namespace

std::optional<MessageLayout::Action> MessageLayout::actionAt(const QPointF& pos) const
{
    for (const Action& a : actions) {
        if (a.rect.contains(pos))
            return a;
    }
    if (body) {
        const QRectF bodyRect(bodyPos, body->size());
        if (bodyRect.contains(pos)) {
            const QString anchor = body->documentLayout()->anchorAt(pos - bodyPos);
            if (!anchor.isEmpty())
                return Action{MessageActionKind::Link, bodyRect, anchor, QUrl(anchor)};
        }
    }
    return std::nullopt;
}

std::unique_ptr<MessageLayout> layoutMessage(const QModelIndex& index, const LayoutContext& c)
{
    auto l = std::make_unique<MessageLayout>();
    const auto kind = index.data(MessageListModel::KindRole).value<MessageListModel::RowKind>();
    if (kind == MessageListModel::RowKind::DaySeparator) {
        layoutDay(index, c, *l);
        return l;
    }
    const StoredMessage m = index.data(MessageListModel::MessageRole).value<StoredMessage>();
    const MessagePresentation p =
        MessagePresentation::of(m, index.data(MessageListModel::TemplateBodyRole).toString(), c.locateMedia);
    if (p.isSystem) {
        layoutSystem(p, c, *l);
        return l;
    }
    const BubbleColors colours = BubbleColors::from(c.palette);
    const bool first = index.data(MessageListModel::IsFirstInGroupRole).toBool();
    l->isOutgoing = index.data(MessageListModel::IsOutgoingRole).toBool();
    l->hasTail = first;

    const QFont font = c.font;
    const QFont bold = scaled(font, 1.0, true);
    const QFont small = scaled(font, 0.86);
    const QFont smallBold = scaled(font, 0.86, true);
    const QFont smallItalic = scaled(font, 0.86, false, true);
    const QFontMetricsF fm(font);
    const QFontMetricsF smallFm(small);
    const qreal maxBubble = std::clamp<qreal>(c.width * 0.72, 180, 560);
    const qreal maxInner = maxBubble - 2 * PadX;

    // Body: WhatsApp text as HTML, or a notice in italics above it.
    QString html;
    if (!p.notice.isEmpty()) {
        html = QStringLiteral("<i style=\"color:%1\">%2</i>").arg(colours.muted.name(), text::escape(p.notice));
        if (!p.body.isEmpty())
            html += QStringLiteral("<br>");
    }
    if (!p.body.isEmpty())
        html += text::toHtml(p.body);
    if (!html.isEmpty()) {
        l->body = std::make_unique<QTextDocument>();
        l->body->setDocumentMargin(0);
        l->body->setDefaultFont(font);
        l->body->setDefaultStyleSheet(
            QStringLiteral("a { color: %1; text-decoration: none; } code, tt { font-family: monospace; }")
                .arg(colours.link.name()));
        // Most messages have no formatting: plain text skips the HTML parser (the biggest part of a layout).
        QString withoutBreaks = html;
        withoutBreaks.remove(QLatin1String("<br>"));
        if (p.notice.isEmpty() && !withoutBreaks.contains(QLatin1Char('<')) && !html.contains(QLatin1Char('&')))
            l->body->setPlainText(p.body);
        else
            l->body->setHtml(html);
        highlight(l->body.get(), c.findText, colours.findHighlight);
        // Keep the shaped glyphs after layout: painting then draws them instead of shaping the text again (by
        // default QTextLayout drops them, and every frame of a scroll re-shaped every visible bubble).
        for (QTextBlock block = l->body->begin(); block.isValid(); block = block.next()) {
            if (block.layout())
                block.layout()->setCacheEnabled(true);
        }
        l->body->setTextWidth(maxInner);
    }

    // Meta: time, "edited", ticks.
    l->metaFont = small;
    l->time = metaTime(index.data(MessageListModel::TimestampRole).toDateTime());
    if (m.isEdited() && !m.isDeleted())
        l->time = MessagePresentation::tr("edited %1").arg(l->time);
    l->status = index.data(MessageListModel::StatusRole).toString();
    const qreal tickWidth = l->status.isEmpty() ? 0 : 18;
    const qreal metaWidth = smallFm.horizontalAdvance(l->time) + tickWidth + (tickWidth > 0 ? 3 : 0);

    const QString errorText = index.data(MessageListModel::ErrorTextRole).toString();
    const QString quotedWamid = index.data(MessageListModel::QuotedWamidRole).toString();

    // The inner width: as wide as the widest part, at most maxInner.
    qreal w = metaWidth;
    if (!p.senderLine.isEmpty())
        w = std::max(w, QFontMetricsF(smallBold).horizontalAdvance(p.senderLine));
    for (const QString& label : p.labels)
        w = std::max(w, QFontMetricsF(smallItalic).horizontalAdvance(label));
    if (!quotedWamid.isEmpty())
        w = std::max(w, std::min<qreal>(maxInner, 200));
    if (p.thumbnail)
        w = std::max(w, p.smallThumbnail ? 190.0 : std::min(ThumbWidth, maxInner));
    else if (p.player)
        w = std::max(w, std::min(PlayerWidth, maxInner));
    else if (p.hasCard()) {
        // The card's text column starts at IconSize + 20 and keeps 8 free on the right (see below), plus a little
        // so that rounding never elides a line that fits.
        const qreal textRoom = IconSize + 20 + 8 + 2;
        qreal cardW = textRoom + QFontMetricsF(bold).horizontalAdvance(p.cardTitle);
        cardW = std::max(cardW, textRoom + smallFm.horizontalAdvance(p.cardSubtitle));
        for (const QString& line : p.cardLines)
            cardW = std::max(cardW, textRoom + smallFm.horizontalAdvance(line));
        qreal buttonsW = IconSize + 20 + 8; // the card's buttons, in one row under the text
        for (const MessagePresentation::Action& a : p.actions)
            buttonsW += QFontMetricsF(smallBold).horizontalAdvance(a.label) + 22 + 8;
        cardW = std::max(cardW, buttonsW);
        w = std::max(w, std::clamp<qreal>(cardW, 220, maxInner));
    }
    if (l->body)
        w = std::max(w, l->body->idealWidth());
    if (!errorText.isEmpty())
        w = std::max(w, std::min<qreal>(maxInner, smallFm.horizontalAdvance(errorText) + 16));
    if (!p.historyLabel.isEmpty())
        w = std::max(w, QFontMetricsF(smallBold).horizontalAdvance(p.historyLabel) + 4);
    w = std::min(std::ceil(w), maxInner);
    if (l->body && w < maxInner)
        l->body->setTextWidth(w);

    // Top to bottom, in bubble coordinates.
    qreal y = PadY;
    const qreal x = PadX;
    if (!p.senderLine.isEmpty()) {
        const qreal h = QFontMetricsF(smallBold).height();
        l->texts.append({QRectF(x, y, w, h), elided(smallBold, p.senderLine, w), smallBold, MessageLayout::Tone::Accent,
                         Qt::AlignLeft | Qt::AlignVCenter});
        y += h + 2;
    }
    for (const QString& label : p.labels) {
        const qreal h = QFontMetricsF(smallItalic).height();
        l->texts.append({QRectF(x, y, w, h), elided(smallItalic, label, w), smallItalic, MessageLayout::Tone::Muted,
                         Qt::AlignLeft | Qt::AlignVCenter});
        y += h + 2;
    }
    if (!quotedWamid.isEmpty()) {
        const qreal lineH = smallFm.height();
        l->quote = QRectF(x, y + 2, w, 2 * lineH + 10);
        const QRectF inner = l->quote.adjusted(10, 5, -8, -5);
        const QString sender = index.data(MessageListModel::QuotedSenderRole).toString();
        l->texts.append({QRectF(inner.left(), inner.top(), inner.width(), lineH),
                         elided(smallBold, sender.isEmpty() ? MessagePresentation::tr("Reply") : sender, inner.width()),
                         smallBold, MessageLayout::Tone::Accent, Qt::AlignLeft | Qt::AlignVCenter});
        l->texts.append({QRectF(inner.left(), inner.top() + lineH, inner.width(), lineH),
                         elided(small, index.data(MessageListModel::QuotedTextRole).toString(), inner.width()), small,
                         MessageLayout::Tone::Muted, Qt::AlignLeft | Qt::AlignVCenter});
        l->actions.append({MessageActionKind::Quote, l->quote, quotedWamid, {}, false});
        y = l->quote.bottom() + 6;
    }
    if (p.thumbnail) {
        const qreal tw = p.smallThumbnail ? 140 : std::min(ThumbWidth, w);
        qreal th = p.smallThumbnail ? 140 : tw * 0.62;
        if (!p.localImage.isEmpty()) {
            QImageReader reader(p.localImage);
            reader.setAutoTransform(true);
            const QSize natural = reader.size();
            if (natural.isValid() && natural.width() > 0) {
                th = std::clamp<qreal>(tw * natural.height() / natural.width(), 80, 340);
                if (natural.width() > tw * 2) // decode large photos small; never enlarge small ones here
                    reader.setScaledSize(QSizeF(tw * 2, th * 2).toSize());
                l->thumbnailImage = reader.read();
            }
        }
        l->thumbnail = QRectF(x - PadX + 3, y <= PadY ? 3 : y, w + 2 * PadX - 6, th);
        l->icon = p.icon;
        y = l->thumbnail.bottom() + 6;
        const qreal lineH = smallFm.height();
        const QString title =
            p.cardSubtitle.isEmpty() ? p.cardTitle : p.cardTitle + QStringLiteral(" · ") + p.cardSubtitle;
        qreal actionsW = 0;
        for (const MessagePresentation::Action& a : p.actions)
            actionsW += QFontMetricsF(smallBold).horizontalAdvance(a.label) + 14;
        // The actions share the line with the title when both fit, else they go under it.
        const bool ownLine = smallFm.horizontalAdvance(title) + 8 > w - actionsW;
        const qreal titleW = ownLine ? w : w - actionsW;
        l->texts.append({QRectF(x, y, titleW, lineH), elided(small, title, titleW - 4), small,
                         MessageLayout::Tone::Muted, Qt::AlignLeft | Qt::AlignVCenter});
        if (ownLine)
            y += lineH + 2;
        qreal ax = x + w;
        for (qsizetype i = p.actions.size() - 1; i >= 0; --i) {
            const MessagePresentation::Action& a = p.actions[i];
            const qreal aw = QFontMetricsF(smallBold).horizontalAdvance(a.label) + 4;
            ax -= aw;
            l->actions.append({a.kind, QRectF(ax, y, aw, lineH), a.label, a.url, false});
            ax -= 10;
        }
        y += lineH + 4;
    } else if (p.player) {
        // [▶]  ────●──────────        (a file's name and type above, for audio that is not a voice note)
        //      0:02 / 0:05    Open  Save…
        const qreal lineH = smallFm.height();
        qreal cy = 6;
        if (!p.isVoice) {
            const QString title =
                p.cardSubtitle.isEmpty() ? p.cardTitle : p.cardTitle + QStringLiteral(" · ") + p.cardSubtitle;
            l->texts.append({QRectF(x + 10, y + cy, w - 20, lineH), elided(small, title, w - 20), small,
                             MessageLayout::Tone::Muted, Qt::AlignLeft | Qt::AlignVCenter});
            cy += lineH + 2;
        }
        l->playButton = QRectF(x + 8, y + cy, PlayerButton, PlayerButton);
        const qreal barLeft = l->playButton.right() + 12;
        const qreal barTop = l->playButton.top() + 4;
        l->seekBar = QRectF(barLeft, barTop, std::max<qreal>(40, x + w - 12 - barLeft), PlayerButton / 2);
        const qreal rowY = l->seekBar.bottom() + 1;
        l->playerTime = QRectF(barLeft, rowY, l->seekBar.width() / 2, lineH);
        l->durationMs = p.durationMs;
        l->actions.append({MessageActionKind::Play, l->playButton, {}, {}, false});
        l->actions.append({MessageActionKind::Seek, l->seekBar, {}, {}, false});
        qreal ax = x + w - 10;
        for (qsizetype i = p.actions.size() - 1; i >= 0; --i) {
            const MessagePresentation::Action& a = p.actions[i];
            const qreal aw = QFontMetricsF(smallBold).horizontalAdvance(a.label) + 4;
            ax -= aw;
            l->actions.append({a.kind, QRectF(ax, rowY, aw, lineH), a.label, a.url, false});
            ax -= 10;
        }
        l->player = QRectF(x, y, w, std::max(l->playButton.bottom(), rowY + lineH) - y + 6);
        y = l->player.bottom() + 6;
    } else if (p.hasCard()) {
        const qreal lineH = smallFm.height();
        const qreal titleH = QFontMetricsF(bold).height();
        const qreal textX = IconSize + 20;
        const qreal textW = w - textX - 8;
        qreal cy = 8;
        QList<MessageLayout::Text> cardTexts;
        cardTexts.append({QRectF(textX, cy, textW, titleH), elided(bold, p.cardTitle, textW), bold,
                          MessageLayout::Tone::Normal, Qt::AlignLeft | Qt::AlignVCenter});
        cy += titleH;
        if (!p.cardSubtitle.isEmpty()) {
            cardTexts.append({QRectF(textX, cy, textW, lineH), elided(small, p.cardSubtitle, textW), small,
                              MessageLayout::Tone::Muted, Qt::AlignLeft | Qt::AlignVCenter});
            cy += lineH;
        }
        for (const QString& line : p.cardLines) {
            cardTexts.append({QRectF(textX, cy, textW, lineH), elided(small, line, textW), small,
                              MessageLayout::Tone::Normal, Qt::AlignLeft | Qt::AlignVCenter});
            cy += lineH;
        }
        cy = std::max(cy, IconSize + 8) + 8;
        if (!p.actions.isEmpty()) {
            qreal ax = textX;
            const qreal buttonH = lineH + 8;
            for (const MessagePresentation::Action& a : p.actions) {
                const qreal aw = QFontMetricsF(smallBold).horizontalAdvance(a.label) + 22;
                l->actions.append({a.kind, QRectF(x + ax, y + cy - 2, aw, buttonH), a.label, a.url, true});
                ax += aw + 8;
            }
            cy += buttonH + 6;
        }
        l->card = QRectF(x, y, w, cy);
        l->icon = p.icon;
        l->iconRect = QRectF(x + 10, y + 8, IconSize, IconSize);
        if (p.icon == MessagePresentation::Icon::Video) // the round play sign plays it too
            l->actions.append({MessageActionKind::Play, l->iconRect, {}, {}, false});
        for (MessageLayout::Text& t : cardTexts) {
            t.rect.translate(x, y);
            l->texts.append(t);
        }
        y = l->card.bottom() + 6;
    }
    qreal metaY = -1;
    if (l->body) {
        l->bodyPos = QPointF(x, y);
        y += l->body->size().height();
        const qreal last = lastLineWidth(*l->body);
        if (p.historyLabel.isEmpty() && errorText.isEmpty() && last + 10 + metaWidth <= w)
            metaY = y - smallFm.height();
        else if (p.historyLabel.isEmpty() && errorText.isEmpty() && last + 10 + metaWidth <= maxInner) {
            // Widen the bubble a little rather than give the time a line of its own.
            w = std::max(w, last + 10 + metaWidth);
            metaY = y - smallFm.height();
        }
    }
    if (!p.historyLabel.isEmpty()) {
        y += 4;
        if (c.isExpanded) {
            const QString before =
                p.historyIsRaw ? p.historyText : MessagePresentation::tr("Before: %1").arg(p.historyText);
            const qreal h = wrappedHeight(smallItalic, w, before);
            l->texts.append({QRectF(x, y, w, h), before, smallItalic, MessageLayout::Tone::Muted,
                             Qt::AlignLeft | Qt::TextWordWrap});
            y += h + 2;
        }
        const QString hide =
            p.historyHideLabel.isEmpty() ? MessagePresentation::tr("Hide previous text") : p.historyHideLabel;
        const QString label = c.isExpanded ? hide : p.historyLabel;
        const qreal lw = QFontMetricsF(smallBold).horizontalAdvance(label) + 4;
        l->actions.append({MessageActionKind::ToggleHistory, QRectF(x, y, lw, smallFm.height()), label, {}, false});
        y += smallFm.height();
    }
    if (!errorText.isEmpty()) {
        y += 4;
        const QString retry = MessagePresentation::tr("Retry");
        const qreal textH = wrappedHeight(small, w - 16, errorText);
        l->errorBox = QRectF(x, y, w, textH + smallFm.height() + 14);
        l->texts.append({QRectF(x + 8, y + 5, w - 16, textH), errorText, small, MessageLayout::Tone::Negative,
                         Qt::AlignLeft | Qt::TextWordWrap});
        const qreal rw = QFontMetricsF(smallBold).horizontalAdvance(retry) + 4;
        l->actions.append(
            {MessageActionKind::Retry, QRectF(x + 8, y + 7 + textH, rw, smallFm.height()), retry, {}, false});
        y = l->errorBox.bottom();
    }
    if (metaY < 0) {
        metaY = y + 2;
        y = metaY + smallFm.height();
    }
    if (!l->quote.isEmpty())
        l->quote.setWidth(w); // w may have grown for the time
    if (!l->card.isEmpty())
        l->card.setWidth(w);
    if (!l->player.isEmpty())
        l->player.setWidth(w);
    l->meta = QRectF(x + w - metaWidth, metaY, metaWidth, smallFm.height());
    l->ticks = tickWidth > 0 ? QRectF(l->meta.right() - tickWidth, metaY, tickWidth, smallFm.height()) : QRectF();
    y += PadY;

    // Place the bubble in the row.
    const qreal bubbleW = w + 2 * PadX;
    const qreal top = first ? GroupGap : Gap;
    const qreal left = l->isOutgoing ? c.width - SideMargin - bubbleW : SideMargin;
    l->bubble = QRectF(left, top, bubbleW, y);
    const QPointF offset(left, top);
    for (MessageLayout::Text& t : l->texts)
        t.rect.translate(offset);
    for (MessageLayout::Action& a : l->actions)
        a.rect.translate(offset);
    l->quote.translate(offset);
    l->card.translate(offset);
    l->iconRect.translate(offset);
    l->thumbnail.translate(offset);
    l->player.translate(offset);
    l->playButton.translate(offset);
    l->seekBar.translate(offset);
    l->playerTime.translate(offset);
    l->errorBox.translate(offset);
    l->meta.translate(offset);
    l->ticks.translate(offset);
    l->bodyPos += offset;
    if (l->thumbnail.height() > 0)
        l->thumbnail.setWidth(l->bubble.width() - 6); // the picture fills the bubble, whatever widened it

    qreal height = l->bubble.bottom() + 1;
    const QStringList reactions = index.data(MessageListModel::ReactionsRole).toStringList();
    if (!reactions.isEmpty()) {
        QStringList distinct;
        for (const QString& e : reactions) {
            if (!distinct.contains(e))
                distinct.append(e);
        }
        l->reactions = distinct.join(QString());
        if (reactions.size() > 1)
            l->reactionCount = QStringLiteral(" %1").arg(reactions.size());
        l->reactionsFont = emojiFont(l->metaFont);
        l->reactionsFont.setPixelSize(qRound(ReactionsHeight * 0.62));
        const qreal rw = QFontMetricsF(l->reactionsFont).horizontalAdvance(l->reactions) +
                         QFontMetricsF(l->metaFont).horizontalAdvance(l->reactionCount) + 16;
        const qreal rx = l->isOutgoing ? l->bubble.right() - rw - 8 : l->bubble.left() + 8;
        l->reactionsRect = QRectF(rx, l->bubble.bottom() - 4, rw, ReactionsHeight);
        height = l->reactionsRect.bottom() + 2;
    }
    l->size = QSize(c.width, qCeil(height));
    return l;
}

} // namespace wabadesk::ui
