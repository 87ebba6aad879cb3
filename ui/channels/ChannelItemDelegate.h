#pragma once

#include <QStyledItemDelegate>

namespace wabadesk::ui {

// Draws a channel in the switcher: its colour dot, the name, and the number underneath in a quieter colour.
// Reads Qt::DisplayRole (name), Qt::DecorationRole (dot) and NumberRole.
class ChannelItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int NumberRole = Qt::UserRole + 1;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace wabadesk::ui
