#pragma once

#include <QStyledItemDelegate>

namespace wabadesk::ui {

// Paints one conversation of ConversationListModel as a chat-app row: avatar (initials, or a person for a bare
// number) with the channel's colour dot when all channels are listed; name and time; the last message; the 24-h
// window chip, the failed marker and the unread badge. Plain text only (customer text is never rich text).
class ConversationDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

    // Where the window chip of a row painted in `rect` is (for its tooltip); empty when it has none.
    QRect windowChipRect(const QStyleOptionViewItem& option, const QModelIndex& index) const;

private:
    struct Layout;
    Layout layout(const QStyleOptionViewItem& option, const QModelIndex& index) const;
};

} // namespace wabadesk::ui
