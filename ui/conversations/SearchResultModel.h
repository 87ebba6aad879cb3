#pragma once

#include "conversations/SearchWorker.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QThread>

#include <functional>

namespace wabadesk::store {
class Store;
}

namespace wabadesk::ui {

// Full-text search results (Store::search, FTS5) across all conversations, as rows with the conversation's name,
// the message's time and the snippet. searchAsync() runs on a SearchWorker thread with its own connection; only
// the answer to the latest query is shown. The snippet is the message's text around the first match with WhatsApp's
// markers removed (SearchSnippet); SnippetPartsRole gives it as (text, matched) parts for painting, so customer text
// is never parsed as markup.
class SearchResultModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        ConversationIdRole = Qt::UserRole + 1,
        ChannelIdRole,
        WamidRole,
        NameRole,         // the conversation's contact
        SnippetRole,      // plain: "Document: invoice-2024.pdf" (type label, "You: " for outgoing)
        SnippetPartsRole, // QList<QPair<QString, bool>>: the snippet in parts, true for the matches
        TimeTextRole,     // like the conversation list's times
        AtRole,           // QDateTime of the message
    };

    // searchAsync() runs on a connection of its own, opened through `openStore` in the worker's thread.
    SearchResultModel(store::Store* store, store::StoreOpener openStore, QObject* parent = nullptr);
    ~SearchResultModel() override;

    // Searches now, on the UI thread's store (empty text: no results). At most `limit` results, best first.
    void search(const QString& text, int limit = 50);
    // Searches on the worker thread; searchFinished() follows (at once for empty text).
    void searchAsync(const QString& text, int limit = 50);
    QString query() const { return m_query; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void searchFinished(const QString& query, int count);

private:
    void show(const QString& query, const QList<SearchResult>& results);

    store::Store* m_store;
    QString m_query;
    QList<SearchResult> m_results;
    quint64 m_generation = 0;
    QThread m_thread;
    SearchWorker* m_worker = nullptr; // deleted in its thread when the thread finishes
    std::function<QDateTime()> m_clock;
};

} // namespace wabadesk::ui
