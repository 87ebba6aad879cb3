#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace wabadesk::store {
class Store;
}

namespace wabadesk::ui {

// Full-text search results (Store::search, FTS5) across all conversations, as rows with the conversation's name,
// the message's time and the snippet. The snippet keeps the store's [brackets] around matches; SnippetPartsRole
// gives it as (text, matched) parts for painting, so customer text is never parsed as markup.
class SearchResultModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        ConversationIdRole = Qt::UserRole + 1,
        ChannelIdRole,
        WamidRole,
        NameRole,     // the conversation's contact
        SnippetRole,  // plain: "Document: [invoice]-2024.pdf" (type label, "You: " for outgoing)
        TimeTextRole, // like the conversation list's times
        AtRole,       // QDateTime of the message
    };

    explicit SearchResultModel(store::Store* store, QObject* parent = nullptr);

    // Searches now (empty text: no results). At most `limit` results, best first.
    void search(const QString& text, int limit = 50);
    QString query() const { return m_query; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // "a [b] c" → ("a ", false), ("b", true), (" c", false).
    static QList<QPair<QString, bool>> snippetParts(const QString& snippet);

private:
    struct Result {
        QString conversationId;
        QString channelId;
        QString wamid;
        QString name;
        QString snippet;
        QDateTime at;
    };

    store::Store* m_store;
    QString m_query;
    QList<Result> m_results;
    std::function<QDateTime()> m_clock;
};

} // namespace wabadesk::ui
