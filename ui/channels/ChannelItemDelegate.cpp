#include "channels/ChannelItemDelegate.h"

#include "theme/Theme.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>

namespace wabadesk::ui {

namespace {
constexpr int kPadding = 6;
}

void ChannelItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    const QIcon icon = opt.icon;
    // The style draws the selection and focus background; the content is drawn here.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QRect r = opt.rect.adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);
    const int iconSize = opt.decorationSize.width();
    const QFontMetrics fm(opt.font);
    const int lineHeight = fm.height();
    const int top = r.top() + (r.height() - 2 * lineHeight) / 2;

    painter->save();
    const QRect dot(r.left(), top + (lineHeight - iconSize) / 2, iconSize, iconSize);
    icon.paint(painter, dot, Qt::AlignCenter, selected ? QIcon::Selected : QIcon::Normal);

    const int textLeft = dot.right() + kPadding + 2;
    const QRect nameRect(textLeft, top, r.right() - textLeft, lineHeight);
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(name, Qt::ElideRight, nameRect.width()));

    const QString number = index.data(NumberRole).toString();
    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter->setFont(small);
    const QColor quiet = selected ? theme::mix(opt.palette.color(group, QPalette::HighlightedText),
                                               opt.palette.color(group, QPalette::Highlight), 0.25)
                                  : opt.palette.color(group, QPalette::PlaceholderText);
    painter->setPen(quiet);
    const QRect numberRect(textLeft, top + lineHeight, nameRect.width(), lineHeight);
    painter->drawText(numberRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(number, Qt::ElideRight, numberRect.width()));
    painter->restore();
}

QSize ChannelItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics fm(opt.font);
    const int width = opt.decorationSize.width() + 3 * kPadding + fm.horizontalAdvance(opt.text);
    return {width, 2 * fm.height() + 2 * kPadding};
}

} // namespace wabadesk::ui
