#include "conversations/SearchResultDelegate.h"

#include "common/RowCard.h"
#include "conversations/SearchResultModel.h"
#include "theme/Theme.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace wabadesk::ui {

using Roles = SearchResultModel::Role;

namespace {

constexpr int kPadding = 12;

QFont withWeight(const QFont& base, QFont::Weight weight, qreal factor = 1.0)
{
    QFont f = base;
    if (factor != 1.0 && f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    f.setWeight(weight);
    return f;
}

} // namespace

void SearchResultDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QPalette& pal = opt.palette;
    const bool dark = theme::isDark(pal);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor quiet = theme::mix(text, base, 0.45);
    const QRect row = opt.rect;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    paintRowCard(painter, opt, QRectF(row).adjusted(4, 1.5, -4, -1.5), 8);

    const QFont nameFont = withWeight(opt.font, QFont::DemiBold);
    const QFont small = withWeight(opt.font, QFont::Normal, 0.92);
    const QFont smallBold = withWeight(small, QFont::Bold);
    const QFontMetrics nameFm(nameFont);
    const QFontMetrics smallFm(small);
    const int left = row.left() + kPadding;
    const int right = row.right() - kPadding;
    const int top = row.top() + (row.height() - nameFm.height() - 3 - smallFm.height()) / 2;

    const QString time = index.data(Roles::TimeTextRole).toString();
    const int timeWidth = smallFm.horizontalAdvance(time);
    painter->setFont(small);
    painter->setPen(quiet);
    painter->drawText(QRect(right - timeWidth, top, timeWidth, nameFm.height()), Qt::AlignRight | Qt::AlignVCenter,
                      time);
    painter->setFont(nameFont);
    painter->setPen(text);
    const QRect nameRect(left, top, qMax(0, right - timeWidth - 8 - left), nameFm.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      nameFm.elidedText(index.data(Roles::NameRole).toString(), Qt::ElideRight, nameRect.width()));

    // The snippet, part by part; the last part that does not fit is elided. When the first match would sit far to the
    // right, the words before it are elided on the left so the match shows.
    const int y = top + nameFm.height() + 3;
    int x = left;
    const QColor matchColour = theme::positiveText(pal);
    auto parts = index.data(Roles::SnippetPartsRole).value<QList<QPair<QString, bool>>>();
    if (parts.size() > 1 && !parts.first().second) {
        const int width = right - left;
        const int match = QFontMetrics(smallBold).horizontalAdvance(parts.at(1).first);
        if (smallFm.horizontalAdvance(parts.first().first) + std::min(match, width / 2) > width)
            parts.first().first =
                smallFm.elidedText(parts.first().first, Qt::ElideLeft, std::max(width / 3, width - match));
    }
    for (const auto& [partText, matched] : std::as_const(parts)) {
        const QFont& font = matched ? smallBold : small;
        const QFontMetrics fm(font);
        const int available = right - x;
        if (available <= 0)
            break;
        QString shown = partText;
        const bool fits = fm.horizontalAdvance(shown) <= available;
        if (!fits)
            shown = fm.elidedText(shown, Qt::ElideRight, available);
        painter->setFont(font);
        painter->setPen(matched ? matchColour : quiet);
        const int width = fm.horizontalAdvance(shown);
        painter->drawText(QRect(x, y, width + 1, smallFm.height()), Qt::AlignLeft | Qt::AlignVCenter, shown);
        x += width;
        if (!fits)
            break;
    }
    painter->setPen(QPen(theme::mix(base, text, dark ? 0.12 : 0.09), 1));
    if (!(opt.state & QStyle::State_Selected))
        painter->drawLine(QPointF(left, row.bottom() + 0.5), QPointF(right, row.bottom() + 0.5));
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index)
    const QFontMetrics fm(option.font);
    return {fm.height() * 14, qRound(fm.height() * 2.1) + 2 * 9};
}

} // namespace wabadesk::ui
