#pragma once

#include "model/QuickReply.h"
#include "quickreplies/QuickReplyText.h"

#include <QAbstractListModel>
#include <QStyledItemDelegate>

#include <optional>

namespace wabadesk::ui {

// Quick replies as list rows: for the composer's "/" popup (the matches) and the Quick Replies dialog (the library).
class QuickReplyModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, ShortcutRole, TextRole };

    using QAbstractListModel::QAbstractListModel;

    void setReplies(const QList<QuickReply>& replies);
    const QList<QuickReply>& replies() const { return m_replies; }
    QuickReply reply(int row) const { return m_replies.value(row); }
    int rowForId(qint64 id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<QuickReply> m_replies;
};

// Two lines per reply: "/shortcut" in bold, the text (its first line, elided) under it, quieter. With variables set
// (the composer's popup) the text is shown as it would be inserted.
class QuickReplyDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setVariables(std::optional<quickreplies::QuickReplyVariables> variables)
    {
        m_variables = std::move(variables);
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    std::optional<quickreplies::QuickReplyVariables> m_variables;
};

} // namespace wabadesk::ui
