#pragma once

#include "store/StoreLocation.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;

namespace wabadesk::store {
class Store;
}

namespace wabadesk::ui {

class SearchResultModel;

// Search in the messages of all conversations (FTS5, Store::search): text, captions, file names and names on
// contact cards. Results show the conversation, the time and a snippet with the matches; activating one (click,
// Enter) emits openMessage. Used inside ConversationListPanel (its search field drives setQuery) and on its own
// with its own field (setSearchFieldVisible(true), e.g. in a dialog for Ctrl+Shift+F).
class SearchPanel : public QWidget {
    Q_OBJECT
public:
    // Typing pauses this long before the store is searched.
    static constexpr int kDebounceMs = 200;

    // Searches run on a connection of their own, opened through `openStore`.
    SearchPanel(store::Store* store, store::StoreOpener openStore, QWidget* parent = nullptr);

    void setSearchFieldVisible(bool visible);
    QLineEdit* searchField() const { return m_field; }
    // Searches after kDebounceMs (restarted by every call).
    void setQuery(const QString& text);
    // Starts the search at once (what the debounce timer does); searched() follows when the results are in.
    void searchNow();
    QString query() const { return m_query; }
    int resultCount() const;
    SearchResultModel* results() const { return m_model; }
    QListView* view() const { return m_view; }

Q_SIGNALS:
    void openMessage(const QString& conversationId, const QString& wamid);
    // After every search (count may be 0).
    void searched(const QString& query, int count);

private:
    void activate(const QModelIndex& index);
    void onFinished(const QString& query, int count);

    QString m_query;
    bool m_focusResults = false; // Enter in the field: move to the first result once they are in
    QTimer m_debounce;
    QLineEdit* m_field;
    QLabel* m_status;
    QListView* m_view;
    SearchResultModel* m_model;
};

} // namespace wabadesk::ui
