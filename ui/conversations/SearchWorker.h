#pragma once

#include "conversations/SearchSnippet.h"
#include "store/StoreLocation.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

namespace wabadesk::ui {

// One message found by the full-text search, with what the result row shows.
struct SearchResult {
    QString conversationId;
    QString channelId;
    QString wamid;
    QString name;          // the conversation's contact
    SearchSnippet snippet; // one line with the matches, after "You: " / "Photo: " prefixes; markup removed
    QDateTime at;
};

// Runs message searches off the UI thread (DESIGN.md "Performance habits": search is database work that can take
// more than a millisecond) on its own Store connection, opened through `openStore` on first use in the worker's
// thread. Lives in a QThread owned by SearchResultModel.
class SearchWorker : public QObject {
    Q_OBJECT
public:
    explicit SearchWorker(store::StoreOpener openStore);
    ~SearchWorker() override;

    // The search itself, on `store` in the calling thread: FTS5 plus the name and time of each hit.
    static QList<SearchResult> run(const store::Store& store, const QString& text, int limit);

public Q_SLOTS:
    void search(quint64 generation, const QString& text, int limit);

Q_SIGNALS:
    void finished(quint64 generation, const QList<wabadesk::ui::SearchResult>& results);

private:
    store::StoreOpener m_openStore;
    std::unique_ptr<store::Store> m_store;
};

} // namespace wabadesk::ui

Q_DECLARE_METATYPE(wabadesk::ui::SearchResult)
