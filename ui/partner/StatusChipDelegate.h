#pragma once

#include <QStyledItemDelegate>

namespace wabadesk::ui {

// Draws a cell whose ChipRole (PartnerChannelModel::Chip) is set as a small rounded chip in a status colour —
// green for running and high quality, amber for set-up and medium quality, red for low quality, quiet for the rest —
// readable on light and dark palettes. Other cells are drawn as usual.
class StatusChipDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit StatusChipDelegate(int chipRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_chipRole;
};

} // namespace wabadesk::ui
