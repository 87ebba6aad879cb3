#include "partner/PartnerClientDelegate.h"

#include "partner/PartnerModels.h"
#include "theme/Theme.h"

#include <QApplication>
#include <QPainter>

namespace wabadesk::ui {

namespace {
constexpr int kPadding = 6;
}

QString PartnerClientDelegate::secondLine(const QModelIndex& index)
{
    const int numbers = index.data(PartnerClientModel::ChannelCountRole).toInt();
    const QString contact = index.data(PartnerClientModel::ContactRole).toString();
    const QString count = numbers == 0 ? tr("no numbers yet") : tr("%n number(s)", nullptr, numbers);
    return contact.isEmpty() ? count : tr("%1 · %2").arg(count, contact);
}

void PartnerClientDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QRect r = opt.rect.adjusted(kPadding + 2, kPadding / 2, -kPadding, -kPadding / 2);
    const QFontMetrics fm(opt.font);
    const int top = r.top() + (r.height() - 2 * fm.height()) / 2;

    painter->save();
    QFont bold = opt.font;
    bold.setWeight(QFont::DemiBold);
    painter->setFont(bold);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect nameRect(r.left(), top, r.width(), fm.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(name, Qt::ElideRight, nameRect.width()));
    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter->setFont(small);
    painter->setPen(selected ? theme::mix(opt.palette.color(group, QPalette::HighlightedText),
                                          opt.palette.color(group, QPalette::Highlight), 0.25)
                             : opt.palette.color(group, QPalette::PlaceholderText));
    const QRect lineRect(r.left(), top + fm.height(), r.width(), fm.height());
    painter->drawText(lineRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(secondLine(index), Qt::ElideRight, lineRect.width()));
    painter->restore();
}

QSize PartnerClientDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics fm(opt.font);
    return {fm.horizontalAdvance(opt.text) + 3 * kPadding, 2 * fm.height() + 2 * kPadding};
}

} // namespace wabadesk::ui
