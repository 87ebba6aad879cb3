#pragma once

#include <QStyledItemDelegate>

namespace wabadesk::ui {

// A client in the console's list: its name, and below it, quieter, how many numbers it has and its contact.
class PartnerClientDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QString secondLine(const QModelIndex& index);
};

} // namespace wabadesk::ui
