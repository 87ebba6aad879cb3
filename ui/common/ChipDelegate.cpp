#include "common/ChipDelegate.h"

#include <QApplication>
#include <QPainter>

namespace wabadesk::ui {

namespace {
constexpr int kCellMargin = 6; // between the cell's edge and the chip
} // namespace

ChipDelegate::ChipDelegate(int toneRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_toneRole(toneRole)
{}

void ChipDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant tone = index.data(m_toneRole);
    const QString text = index.data(Qt::DisplayRole).toString();
    if (!tone.isValid() || text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget); // background, selection, focus
    painter->save();
    painter->setFont(cell.font);
    chip::paint(painter, option.rect.adjusted(kCellMargin, 2, -kCellMargin, -2), text, ChipTone(tone.toInt()),
                option.palette);
    painter->restore();
}

QSize ChipDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    if (!index.data(m_toneRole).isValid())
        return base;
    const QSize chipSize = chip::sizeFor(option.fontMetrics, index.data(Qt::DisplayRole).toString());
    return {chipSize.width() + 2 * kCellMargin, std::max(base.height(), chipSize.height() + 4)};
}

} // namespace wabadesk::ui
