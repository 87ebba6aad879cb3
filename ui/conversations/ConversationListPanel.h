#pragma once

#include "model/Channel.h"
#include "store/StoreLocation.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QToolButton;

namespace wabadesk::store {
class ChangeHub;
class Store;
} // namespace wabadesk::store

namespace wabadesk::ui {

class ConversationFilterModel;
class ConversationListModel;
class NewConversationDialog;
class SearchPanel;

// The left column of the desk: a search field that filters the conversations as the agent types (and searches the
// messages of all conversations below them), filter chips (Unread, Window open, Failed), the conversation list and
// a "New conversation" button. Selecting a conversation (click, arrow keys) emits conversationActivated.
class ConversationListPanel : public QWidget {
    Q_OBJECT
public:
    // Message search runs on a connection of its own, opened through `openStore`.
    ConversationListPanel(store::Store* store, store::ChangeHub* hub, store::StoreOpener openStore,
                          QWidget* parent = nullptr);

    void setChannels(const QList<Channel>& channels);
    // "" = all channels.
    void setChannelFilter(const QString& channelId);
    QString channelFilter() const;

    QString currentConversationId() const;
    // Selects (and scrolls to) a conversation, e.g. after a notification or startConversation; false when it is
    // not in the list. Emits conversationActivated when the selection changed.
    bool setCurrentConversationId(const QString& conversationId);
    // Alt+Up/Down: the previous/next conversation in the list; Alt+Shift+Down: the next with unread messages (the
    // panel's actions carry these shortcuts, window-wide; Ctrl+N opens "New conversation").
    void selectRelative(int step);
    void selectNextUnread();
    void focusSearch();

    // Tests answer the dialog: called with the dialog after it is shown (non-modal use: open()).
    void setDialogHook(std::function<void(NewConversationDialog*)> hook) { m_dialogHook = std::move(hook); }
    // Opens the "New conversation" dialog (what the button does).
    void requestNewConversation();

    ConversationListModel* model() const { return m_model; }
    ConversationFilterModel* filterModel() const { return m_filter; }
    QListView* view() const { return m_view; }
    SearchPanel* searchPanel() const { return m_search; }

Q_SIGNALS:
    void conversationActivated(const QString& conversationId);
    // A search result was activated: open the conversation at that message.
    void openMessage(const QString& conversationId, const QString& wamid);
    // The agent entered a valid number in "New conversation": the lead calls MessageSender::startConversation and
    // then setCurrentConversationId.
    void startConversation(const QString& channelId, const QString& waId);
    void totalUnreadChanged(int total);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onTextChanged(const QString& text);
    void onCurrentChanged();
    // Makes `index` current as the agent's choice (it opens the conversation).
    void choose(const QModelIndex& index);
    // The view's current row follows the open conversation again after the model moved it (queued).
    void scheduleSync();
    void syncSelection();
    void updateChips();
    void updateEmptyState();
    void applyStyle();
    QToolButton* makeChip(const QString& objectName);

    store::Store* m_store;
    QList<Channel> m_channels;
    ConversationListModel* m_model;
    ConversationFilterModel* m_filter;
    QLineEdit* m_searchField;
    QToolButton* m_newButton;
    QToolButton* m_unreadChip;
    QToolButton* m_windowChip;
    QToolButton* m_failedChip;
    QStackedWidget* m_stack;
    QListView* m_view;
    QLabel* m_chatsHeader;
    SearchPanel* m_search;
    QString m_currentId;
    bool m_styling = false; // applyStyle() runs: its own palette changes do not restart it
    // > 0 while the agent (a click, a key, an API call) moves the current row: only then does a new current row open
    // a conversation. Filtering moves the current row too (the selection model picks a neighbour of a removed row),
    // and that must neither open another conversation nor re-filter while the proxy is busy.
    int m_userDriven = 0;
    bool m_syncQueued = false;
    std::function<void(NewConversationDialog*)> m_dialogHook;
};

} // namespace wabadesk::ui
