#pragma once

#include <QStyledItemDelegate>

namespace wabadesk::ui {

// One search result: the conversation's name and the time on the first line, the snippet with its matches in bold
// on the second (plain text; the matches come from SearchResultModel::SnippetPartsRole).
class SearchResultDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace wabadesk::ui
