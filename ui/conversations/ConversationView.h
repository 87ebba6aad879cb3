#pragma once

#include "conversations/MessagePresentation.h"

#include <QDate>
#include <QPointer>
#include <QVariant>
#include <QWidget>

#include <functional>

class QMenu;
class QModelIndex;
class QTimer;
class QVariantAnimation;

namespace wabadesk::store {
class ChangeHub;
class Store;
} // namespace wabadesk::store

namespace wabadesk::ui {

class ConversationHeader;
class EmojiPicker;
class EmptyState;
class FindBar;
class MessageDelegate;
class MessageListModel;
class MessageListView;
class PlaybackController;

// One conversation's messages: header (customer, number, 24-hour window), the message list (MessageListModel +
// MessageDelegate, history paged as the agent scrolls up), find in conversation (Ctrl+F) and jump to date.
// Sending is not here: replies, reactions and retries leave as signals for the composer / outbox.
class ConversationView : public QWidget {
    Q_OBJECT

public:
    ConversationView(store::Store* store, store::ChangeHub* hub, QWidget* parent = nullptr);
    ~ConversationView() override;

    void setConversation(const QString& conversationId);
    QString conversationId() const;

    // Brings a message into view (loading history pages as needed) and highlights it briefly. False when it is
    // not in this conversation.
    bool jumpToMessage(const QString& wamid);
    // Scrolls to the first message on or after the start of `date` (local time); false when there is none.
    bool jumpToDate(const QDate& date);
    void showFind();

    // The context menu of a row (Reply, React, Copy text, Retry, Message info); nullptr for day separators.
    // The caller owns it. Public so that tests and keyboard users get the same actions.
    QMenu* createContextMenu(const QModelIndex& index, QWidget* parent);
    void showMessageInfo(const QModelIndex& index);
    // The emoji grid for any reaction to `wamid` (the message menu's "+"); the pick is a reactRequested.
    void openReactionPicker(const QString& wamid, const QPoint& globalPos);
    EmojiPicker* reactionPicker() const { return m_reactionPicker; }

    // How links and "Open in maps" are opened (default: QDesktopServices::openUrl). Tests record instead.
    void setUrlOpener(std::function<void(const QUrl&)> opener);
    // The media archive's hook: a local file for a media message, shown as the picture.
    void setMediaLocator(MessagePresentation::MediaLocator locator);
    // Voice notes play inline through `playback` (their rows repaint as it moves); it pauses when another conversation
    // is opened.
    void setPlayback(PlaybackController* playback);

    MessageListModel* model() const { return m_model; }
    MessageDelegate* delegate() const { return m_delegate; }
    MessageListView* listView() const { return m_list; }
    ConversationHeader* header() const { return m_header; }
    FindBar* findBar() const { return m_find; }

    static QStringList quickReactions();

Q_SIGNALS:
    void replyRequested(const QString& wamid);
    void reactRequested(const QString& wamid, const QString& emoji);
    // wamidOrOutboxId: a QString wamid (a stored message that failed) or a qint64 outbox id (an item that failed
    // before it got one).
    void retryRequested(const QString& conversationId, const QVariant& wamidOrOutboxId);
    void openMediaRequested(const QString& wamid);
    // A voice note's play button (or the menu's Play) on the row `key`: the caller finds the file and plays it.
    void playRequested(const QString& key, const QString& wamid);
    void openVideoRequested(const QString& wamid);
    void saveMediaRequested(const QString& wamid);
    // After a quote was clicked whose message is not in the store.
    void messageNotFound(const QString& wamid);

private:
    void refreshHeader();
    void flashRow(int row);
    void retry(const QModelIndex& index);
    void updateFind(bool keepCurrent);
    void stepFind(bool older);
    QList<int> findMatches() const;
    void openJumpToDateMenu();

    store::Store* m_store;
    MessageListModel* m_model;
    MessageDelegate* m_delegate;
    ConversationHeader* m_header;
    FindBar* m_find;
    MessageListView* m_list;
    EmptyState* m_empty;
    QTimer* m_minuteTimer;
    QTimer* m_spinner; // turns a loading voice note's arc
    PlaybackController* m_playback = nullptr;
    QVariantAnimation* m_flash;
    QString m_flashKey;
    QString m_findCurrentKey;
    std::function<void(const QUrl&)> m_openUrl;
    EmojiPicker* m_reactionPicker = nullptr; // made on first use
    QString m_reactionTarget;
};

} // namespace wabadesk::ui
