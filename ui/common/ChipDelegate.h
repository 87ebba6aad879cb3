#pragma once

#include "common/Chip.h"

#include <QStyledItemDelegate>

namespace wabadesk::ui {

// Draws a column's text as a chip (common/Chip.h) whose tone the model gives in `toneRole` (a ChipTone as int);
// cells without a tone are drawn as usual. Selection and focus look as in any other column.
class ChipDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    ChipDelegate(int toneRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_toneRole;
};

} // namespace wabadesk::ui
