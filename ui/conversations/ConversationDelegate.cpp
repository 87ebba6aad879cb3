#include "conversations/ConversationDelegate.h"

#include "common/Avatar.h"
#include "common/LocaleFormat.h"
#include "conversations/BubblePainter.h"
#include "conversations/ConversationListModel.h"
#include "theme/Theme.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace wabadesk::ui {

using Roles = ConversationListModel::Role;

namespace {

constexpr int kPadding = 12;
constexpr int kGap = 6;

QFont scaled(const QFont& base, qreal factor, QFont::Weight weight = QFont::Normal)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    else
        f.setPixelSize(qMax(8, qRound(f.pixelSize() * factor)));
    f.setWeight(weight);
    return f;
}

// The green of "open", the grey of "closed", the amber of "closing soon".
QColor chipColour(const QPalette& palette, bool open, bool closingSoon)
{
    if (!open)
        return theme::mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45);
    return closingSoon ? theme::warningText(palette) : theme::positiveText(palette);
}

// "@username · number" after the name, quieter, where there is room left on the name's line.
void paintIdentity(QPainter* painter, const QRect& nameRect, int nameWidth, const QFont& font, const QColor& colour,
                   const QString& identity)
{
    const int left = nameRect.left() + nameWidth + 8;
    if (identity.isEmpty() || left + 24 > nameRect.right())
        return;
    painter->save();
    painter->setFont(font);
    painter->setPen(colour);
    const QRect room(left, nameRect.top(), nameRect.right() - left, nameRect.height());
    painter->drawText(room, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(font).elidedText(identity, Qt::ElideRight, room.width()));
    painter->restore();
}

} // namespace

struct ConversationDelegate::Layout {
    QRect row;
    QRectF avatar;
    QRect name;
    QRect time;
    QRect preview;
    QRect chip;
    QRect failed;
    QRect badge;
    QFont nameFont;
    QFont smallFont;
    QFont chipFont;
    QFont badgeFont;
    QString timeText;
    QString chipText;
    QString badgeText;
};

ConversationDelegate::Layout ConversationDelegate::layout(const QStyleOptionViewItem& option,
                                                          const QModelIndex& index) const
{
    Layout l;
    l.row = option.rect;
    const bool unread = index.data(Roles::UnreadCountRole).toInt() > 0;
    l.nameFont = scaled(option.font, 1.05, unread ? QFont::Bold : QFont::DemiBold);
    l.smallFont = scaled(option.font, 0.92);
    l.chipFont = scaled(option.font, 0.78, QFont::DemiBold);
    l.badgeFont = scaled(option.font, 0.8, QFont::Bold);
    const QFontMetrics nameFm(l.nameFont);
    const QFontMetrics smallFm(l.smallFont);

    const int avatarSize = qRound(nameFm.height() * 2.4);
    l.avatar = QRectF(l.row.left() + kPadding, l.row.center().y() - avatarSize / 2.0 + 0.5, avatarSize, avatarSize);
    const int left = int(l.avatar.right()) + kPadding;
    const int right = l.row.right() - kPadding;
    const int lineGap = 4;
    const int textHeight = nameFm.height() + lineGap + smallFm.height();
    const int top = l.row.top() + (l.row.height() - textHeight) / 2;

    l.timeText = index.data(Roles::TimeTextRole).toString();
    const int timeWidth = smallFm.horizontalAdvance(l.timeText);
    l.time = QRect(right - timeWidth, top, timeWidth, nameFm.height());
    l.name = QRect(left, top, qMax(0, l.time.left() - kGap - left), nameFm.height());

    const int second = top + nameFm.height() + lineGap;
    const int lineHeight = smallFm.height();
    int x = right + 1;
    const int unreadCount = index.data(Roles::UnreadCountRole).toInt();
    if (unreadCount > 0) {
        l.badgeText = count(unreadCount, 999);
        const QFontMetrics fm(l.badgeFont);
        const int h = fm.height() + 4;
        const int w = qMax(h, fm.horizontalAdvance(l.badgeText) + 12);
        l.badge = QRect(x - w, second + (lineHeight - h) / 2, w, h);
        x = l.badge.left() - kGap;
    }
    if (index.data(Roles::FailedCountRole).toInt() > 0) {
        const int h = QFontMetrics(l.badgeFont).height() + 4;
        l.failed = QRect(x - h, second + (lineHeight - h) / 2, h, h);
        x = l.failed.left() - kGap;
    }
    l.chipText = index.data(Roles::WindowTextRole).toString();
    if (!l.chipText.isEmpty()) {
        const QFontMetrics fm(l.chipFont);
        const int h = fm.height() + 2;
        const int w = fm.horizontalAdvance(l.chipText) + 12;
        l.chip = QRect(x - w, second + (lineHeight - h) / 2, w, h);
        x = l.chip.left() - kGap;
    }
    l.preview = QRect(left, second, qMax(0, x - left), lineHeight);
    return l;
}

QRect ConversationDelegate::windowChipRect(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return layout(option, index).chip;
}

void ConversationDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Layout l = layout(opt, index);
    const QPalette& pal = opt.palette;
    const bool selected = opt.state & QStyle::State_Selected;
    const bool hovered = opt.state & QStyle::State_MouseOver;
    const bool dark = theme::isDark(pal);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor quiet = theme::mix(text, base, dark ? 0.4 : 0.45);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);

    // Background: a soft tint of the accent for the open conversation, a softer one on hover; rounded like cards.
    QColor background = base;
    if (selected)
        background = theme::mix(base, accent, dark ? 0.32 : 0.16);
    else if (hovered)
        background = theme::mix(base, text, dark ? 0.07 : 0.045);
    if (background != base) {
        QPainterPath card;
        card.addRoundedRect(QRectF(l.row).adjusted(4, 1.5, -4, -1.5), 8, 8);
        painter->fillPath(card, background);
    } else {
        // A hairline between rows, from the text column to the right edge (none around the tinted row).
        painter->setPen(QPen(theme::mix(base, text, dark ? 0.12 : 0.09), 1));
        const int y = l.row.bottom();
        painter->drawLine(QPointF(l.name.left(), y + 0.5), QPointF(l.row.right() - kPadding, y + 0.5));
    }

    // Avatar (the same as in the conversation's header).
    const QColor avatarColour = index.data(Roles::AvatarColourRole).value<QColor>();
    avatar::paint(painter, l.avatar, index.data(Roles::InitialsRole).toString(),
                  avatarColour.isValid() ? avatarColour : quiet, scaled(opt.font, 1.1, QFont::DemiBold),
                  index.data(Roles::IsGroupRole).toBool() ? avatar::Kind::Group : avatar::Kind::Person);
    if (index.data(Roles::ShowChannelRole).toBool()) {
        const QColor channel = index.data(Roles::ChannelColourRole).value<QColor>();
        const qreal d = l.avatar.width() * 0.34;
        const QRectF dot(l.avatar.right() - d * 0.85, l.avatar.bottom() - d * 0.85, d, d);
        painter->setBrush(channel.isValid() ? channel : quiet);
        painter->setPen(QPen(background, 2.5));
        painter->drawEllipse(dot);
    }

    // Name and time.
    const int unreadCount = index.data(Roles::UnreadCountRole).toInt();
    painter->setFont(l.nameFont);
    painter->setPen(text);
    const QString name = index.data(Roles::NameRole).toString();
    const QString shownName = QFontMetrics(l.nameFont).elidedText(name, Qt::ElideRight, l.name.width());
    painter->drawText(l.name, Qt::AlignLeft | Qt::AlignVCenter, shownName);
    paintIdentity(painter, l.name, QFontMetrics(l.nameFont).horizontalAdvance(shownName), l.smallFont, quiet,
                  index.data(Roles::IdentityRole).toString());
    painter->setFont(l.smallFont);
    painter->setPen(unreadCount > 0 ? theme::positiveText(pal) : quiet);
    painter->drawText(l.time, Qt::AlignRight | Qt::AlignVCenter, l.timeText);

    // Preview: "Draft: …" in the accent colour (not for the open conversation, whose composer shows it), else the
    // ticks of our own last message and the last event.
    QRect previewRect = l.preview;
    QString preview = index.data(Roles::PreviewRole).toString();
    const QString draft = index.data(Roles::DraftRole).toString();
    const QFontMetrics smallFm(l.smallFont);
    if (!draft.isEmpty() && !selected) {
        QFont marker = l.smallFont;
        marker.setWeight(QFont::DemiBold);
        const QString label = tr("Draft:") + QLatin1Char(' ');
        const int width = std::min(QFontMetrics(marker).horizontalAdvance(label), previewRect.width());
        painter->setFont(marker);
        painter->setPen(theme::positiveText(pal));
        painter->drawText(QRect(previewRect.left(), previewRect.top(), width, previewRect.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, label);
        previewRect.setLeft(previewRect.left() + width);
        preview = draft;
    } else if (const QString status = index.data(Roles::LastStatusRole).toString();
               !status.isEmpty() && previewRect.width() > 40) {
        const qreal tickWidth = 18;
        BubblePainter::paintTicks(painter, status,
                                  QRectF(previewRect.left(), previewRect.top(), tickWidth, previewRect.height()),
                                  BubbleColors::from(pal));
        previewRect.setLeft(previewRect.left() + int(tickWidth) + 3);
    }
    painter->setFont(l.smallFont);
    painter->setPen(unreadCount > 0 ? theme::mix(text, base, 0.15) : quiet);
    painter->drawText(previewRect, Qt::AlignLeft | Qt::AlignVCenter,
                      smallFm.elidedText(preview, Qt::ElideRight, previewRect.width()));

    // Window chip: tinted pill.
    if (!l.chip.isEmpty()) {
        const QColor c = chipColour(pal, index.data(Roles::WindowOpenRole).toBool(),
                                    index.data(Roles::WindowClosingSoonRole).toBool());
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme::mix(background, c, dark ? 0.22 : 0.13));
        painter->drawRoundedRect(QRectF(l.chip), l.chip.height() / 2.0, l.chip.height() / 2.0);
        painter->setFont(l.chipFont);
        painter->setPen(c);
        painter->drawText(l.chip, Qt::AlignCenter, l.chipText);
    }

    // Failed marker: a red disc with "!".
    if (!l.failed.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme::negativeText(pal));
        painter->drawEllipse(QRectF(l.failed));
        painter->setFont(l.badgeFont);
        painter->setPen(dark ? QColor(0x1f, 0x21, 0x23) : Qt::white);
        painter->drawText(l.failed, Qt::AlignCenter, QStringLiteral("!"));
    }

    // Unread badge: the accent pill with the count.
    if (!l.badge.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme::positiveText(pal));
        painter->drawRoundedRect(QRectF(l.badge), l.badge.height() / 2.0, l.badge.height() / 2.0);
        painter->setFont(l.badgeFont);
        painter->setPen(dark ? QColor(0x11, 0x1b, 0x21) : Qt::white);
        painter->drawText(l.badge, Qt::AlignCenter, l.badgeText);
    }

    if (opt.state & QStyle::State_HasFocus && opt.widget && opt.widget->hasFocus() && !selected) {
        painter->setPen(QPen(theme::mix(base, accent, 0.6), 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(l.row).adjusted(4.5, 2, -4.5, -2), 8, 8);
    }
    painter->restore();
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index)
    const QFontMetrics fm(scaled(option.font, 1.05, QFont::DemiBold));
    const int height = qRound(fm.height() * 2.4) + 2 * kPadding;
    return {qRound(fm.height() * 14.0), height};
}

bool ConversationDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                                     const QModelIndex& index)
{
    if (event && view && index.isValid()) {
        const Layout l = layout(option, index);
        QString tip;
        if (l.chip.contains(event->pos()))
            tip = index.data(Roles::WindowToolTipRole).toString();
        else if (l.failed.contains(event->pos()))
            tip = tr("%n message(s) could not be sent", nullptr, index.data(Roles::FailedCountRole).toInt());
        else if (l.badge.contains(event->pos()))
            tip = tr("%n unread message(s)", nullptr, index.data(Roles::UnreadCountRole).toInt());
        if (!tip.isEmpty()) {
            QToolTip::showText(event->globalPos(), tip, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace wabadesk::ui
