#include "partner/StatusChipDelegate.h"

#include "partner/PartnerModels.h"
#include "theme/Theme.h"

#include <QApplication>
#include <QPainter>

namespace wabadesk::ui {

namespace {
constexpr int kHorizontalPadding = 8;
constexpr int kVerticalPadding = 2;
constexpr int kMargin = 4;

QColor chipColour(int chip, const QPalette& palette)
{
    switch (chip) {
    case PartnerChannelModel::PositiveChip:
        return theme::positiveText(palette);
    case PartnerChannelModel::WarningChip:
        return theme::warningText(palette);
    case PartnerChannelModel::NegativeChip:
        return theme::negativeText(palette);
    default:
        return palette.color(QPalette::PlaceholderText);
    }
}
} // namespace

StatusChipDelegate::StatusChipDelegate(int chipRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_chipRole(chipRole)
{}

void StatusChipDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int chip = index.data(m_chipRole).toInt();
    if (chip == PartnerChannelModel::NoChip) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // selection background

    const QFontMetrics fm(opt.font);
    // +2: horizontalAdvance rounds, and elidedText must not elide a text that fits.
    const int width = std::min(fm.horizontalAdvance(text) + 2 * kHorizontalPadding + 2, opt.rect.width() - 2 * kMargin);
    const int height = std::min(fm.height() + 2 * kVerticalPadding, opt.rect.height() - 2);
    const QRectF chipRect(opt.rect.left() + kMargin, opt.rect.center().y() - height / 2.0 + 0.5, width, height);
    const QColor colour = chipColour(chip, opt.palette);
    const bool selected = opt.state & QStyle::State_Selected;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // On a selected row the chip is drawn in the selection's own colours, so that it stays visible on any highlight.
    const QColor base = selected ? opt.palette.color(QPalette::Highlight) : opt.palette.color(QPalette::Base);
    const QColor ink = selected ? opt.palette.color(QPalette::HighlightedText) : colour;
    painter->setPen(QPen(theme::mix(base, ink, selected ? 0.45 : 0.55), 1));
    painter->setBrush(theme::mix(base, ink, selected ? 0.16 : 0.14));
    painter->drawRoundedRect(chipRect.adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText) : colour);
    painter->setFont(opt.font);
    painter->drawText(chipRect, Qt::AlignCenter,
                      fm.elidedText(text, Qt::ElideRight, width - 2 * kHorizontalPadding + 2));
    painter->restore();
}

QSize StatusChipDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(m_chipRole).toInt() != PartnerChannelModel::NoChip) {
        const QFontMetrics fm(option.font);
        size.setWidth(std::max(size.width(),
                               fm.horizontalAdvance(index.data().toString()) + 2 * kHorizontalPadding + 2 * kMargin));
        size.setHeight(std::max(size.height(), fm.height() + 2 * kVerticalPadding + 6));
    }
    return size;
}

} // namespace wabadesk::ui
