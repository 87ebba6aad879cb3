#pragma once

#include "model/OutboxItem.h"
#include "model/StoredMessage.h"
#include "model/Template.h"

#include <QAbstractListModel>
#include <QDate>
#include <QHash>
#include <QList>

#include <memory>

namespace wabadesk::store {
class ChangeHub;
class Store;
} // namespace wabadesk::store

Q_DECLARE_METATYPE(wabadesk::StoredMessage)

namespace wabadesk::ui {

// The rows of one conversation for the conversation view: its stored messages (oldest at the top), the outbox
// items not sent yet (queued, sending, failed) as outgoing bubbles at the bottom, and a day separator before the
// first message of each day.
//
// History is paged and windowed: setConversation() loads the newest page; fetchOlder() prepends the page before
// it. At most WindowMessages stay loaded: beyond that, paging one way drops messages at the other end, so a
// conversation of 100,000 messages costs what one of a few hundred does. A jump far outside what is loaded
// (ensureLoaded: a reply quote, a search hit, a date) loads a window around the target instead of every page in
// between; fetchNewer() then pages towards the newest, and jumpToLatest() returns to the live bottom. While the
// window is away from the newest (canFetchNewer()), outbox items are not shown and new messages are not added
// (they would leave a gap); the agent queuing a new item returns to the live bottom. (Not
// canFetchMore()/fetchMore(): Qt's views call those whenever the *last* row is visible, which in a chat is the
// normal state, so they would page in history nobody scrolled to. ConversationView calls fetchOlder() when the
// user reaches the top.)
//
// Live: ChangeHub::messagesChanged/outboxChanged for this conversation update only the rows concerned
// (dataChanged) or insert/remove rows; rows are keyed, so a prepended page never resets the view.
class MessageListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum class RowKind { Message, Pending, DaySeparator };
    Q_ENUM(RowKind)

    enum Role {
        KindRole = Qt::UserRole + 1, // RowKind
        KeyRole,                     // stable id of the row: "m<rowId>", "o<outboxId>", "d<yyyy-MM-dd>"
        RevisionRole,                // int; changes whenever what the row shows changes (layout cache key)
        MessageRole,                 // StoredMessage; pending items as an outbound message with status queued/…
        WamidRole,
        RowIdRole,    // messages.id; 0 for pending items
        OutboxIdRole, // 0 for stored messages
        IsOutgoingRole,
        TypeRole,
        TimestampRole, // QDateTime (UTC)
        StatusRole,    // queued, sending, sent, delivered, read, played, failed ("" for inbound)
        ErrorTextRole, // "131047: explanation" for a failed message or outbox item
        SenderNameRole,
        BodyTextRole,  // the text as sent (caption for media), unformatted
        PlainTextRole, // what the bubble shows as plain text (markers removed): copy, find
        QuotedWamidRole,
        QuotedSenderRole,
        QuotedTextRole,
        ReactionsRole, // QStringList of emoji, one per reacting person
        IsEditedRole,
        IsDeletedRole,
        PreviousTextRole,
        DayRole,            // QDate (local) of the row
        IsFirstInGroupRole, // bool: not a continuation of the previous bubble (same side, within minutes)
        ContactNameRole,    // the customer's name, for quotes and sender lines
        TemplateBodyRole,   // outbound templates: the body with its parameters filled in ("" when not known)
    };

    static constexpr int PageSize = 50;
    // The most messages kept loaded (paging drops the far end beyond this); a far jump loads a page before the
    // target and a page from it on.
    static constexpr int WindowMessages = 400;
    // What scrolling pages in at a time: each new message is laid out when it comes in, so small pages keep a
    // scroll step that pages in under a frame (50 at once cost ~20 ms; 20 cost ~8 ms).
    static constexpr int ScrollPageSize = 20;

    MessageListModel(store::Store* store, store::ChangeHub* hub, QObject* parent = nullptr);
    ~MessageListModel() override;

    void setConversation(const QString& conversationId);
    QString conversationId() const { return m_conversationId; }
    QString channelId() const { return m_channelId; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool canFetchOlder() const { return m_hasOlder; }
    // Prepends up to `count` older messages (dropping the newest beyond WindowMessages); returns how many came.
    int fetchOlder(int count = PageSize);
    // True while the newest loaded message is not the conversation's newest (after a jump into the history).
    bool canFetchNewer() const { return m_hasNewer; }
    // Appends the next page of newer messages (dropping the oldest beyond WindowMessages); at the newest, the
    // outbox items come back. Returns how many messages came.
    int fetchNewer(int count = PageSize);
    // Back to the newest page (End, "jump to the newest"); emits windowMoved() when the window was elsewhere.
    void jumpToLatest();
    // Makes the message with this row id loaded (for jumps): pages when it is near what is loaded, else loads a
    // window around it. False (nothing changed) when it is not a message of this conversation.
    bool ensureLoaded(qint64 rowId);
    int rowForWamid(const QString& wamid) const;
    int rowForRowId(qint64 rowId) const;
    int rowForOutbox(qint64 outboxId) const;
    int rowForKey(const QString& key) const;
    int loadedMessageCount() const { return static_cast<int>(m_messages.size()); }

    // Re-reads these messages (and the newest page when one is not loaded yet).
    void refreshMessages(const QStringList& wamids);
    // Re-reads the outbox items of the conversation and the newest page (a sent item became a message).
    void refreshOutbox();

Q_SIGNALS:
    // After a page was prepended or the conversation switched; the view keeps its scroll anchor.
    void olderLoaded(int count);
    void newerLoaded(int count);
    void conversationReset();
    // The loaded window was replaced (a far jump, back to the newest): a model reset; the caller scrolls.
    void windowMoved();

private:
    struct Item {
        StoredMessage message;
        int revision = 0;
        qint64 outboxId = 0;
        QString key; // the row key: "m<rowId>" / "o<outboxId>"
        QDate day;   // local day of the shown time (computed once: time zone conversions are not cheap)
    };
    using Entry = std::shared_ptr<const Item>;
    struct Row {
        RowKind kind = RowKind::Message;
        QString key;
        Entry item;
        QDate day;
        int revision = 0;
        bool isFirstInGroup = true;
    };

    void rebuild();
    QList<Row> buildRows() const;
    void applyRows(QList<Row> rows);
    Entry makeEntry(StoredMessage message, qint64 outboxId = 0) const;
    void addMessages(const QList<StoredMessage>& messages);
    // Keeps at most WindowMessages, dropping from the newest end (or the oldest); sets m_hasNewer/m_hasOlder.
    void trimWindow(bool dropNewest);
    // Replaces the loaded messages (a model reset) and emits windowMoved().
    void resetWindow(const QList<StoredMessage>& messages, bool hasOlder, bool hasNewer);
    QList<Entry> pendingFromStore(const QList<Entry>& before) const;
    bool replaceMessage(const StoredMessage& message);
    void reindex();
    std::shared_ptr<const StoredMessage> quoted(const QString& wamid) const;
    QString templateBody(const StoredMessage& m) const;

    store::Store* m_store;
    QString m_conversationId;
    QString m_channelId;
    QString m_contactName;
    QList<Entry> m_messages; // oldest first
    QList<Entry> m_pending;  // outbox items as messages, oldest first (shown when the window is at the newest)
    QHash<QString, Entry> m_byWamid;
    QHash<qint64, Entry> m_byRowId;
    mutable QHash<QString, std::shared_ptr<const StoredMessage>> m_quoteCache; // wamid → message (null: not found)
    QList<Row> m_rows;
    mutable QHash<QString, QList<Template>> m_templates; // channel → templates, for template bodies
    bool m_hasOlder = false;
    bool m_hasNewer = false;
    mutable int m_nextRevision = 1;
};

} // namespace wabadesk::ui
