#pragma once

#include "model/Conversation.h"
#include "model/JournalEntry.h"
#include "model/MediaItem.h"
#include "model/OutboxItem.h"
#include "model/ProfileAuditEntry.h"
#include "model/QuickReply.h"
#include "model/StoredMessage.h"
#include "model/Template.h"
#include "store/ChannelPurge.h"
#include "store/StoreLocation.h"
#include "store/StoreTypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace wabadesk::store {

class ChangeAnnouncer;
class ChangeHub;
class Ingestor;
class MediaLibrary;
class OutboxWriter;
class SqlDialect;
class StoreReader;

// The message store through Qt SQL, wherever its StoreLocation says (one desk: a SQLite file in the data directory).
// The only way to the data; the UI never runs SQL (issue #4). Tables and migrations: store/Schema.h; what differs
// between engines: store/SqlDialect.h.
//
// One instance per thread: each opens its own connection (WAL lets the UI thread read while the ingest worker
// writes). Signals are emitted after the transaction that caused them committed.
class Store : public QObject {
    Q_OBJECT

public:
    static std::unique_ptr<Store> open(const StoreLocation& location, QString* error, QObject* parent = nullptr);
    // What opens more connections to the store at `location` (one per worker thread).
    static StoreOpener openerFor(const StoreLocation& location);
    ~Store() override;

    const StoreLocation& location() const { return m_location; }
    int schemaVersion() const;
    // The last database error (ingest() returned an empty list, a write returned false).
    QString lastError() const { return m_lastError; }

    // phone_number_id (and display number digits, and WABA ids) → channel id, for routing (REFERENCE.md §5.2).
    // Unknown numbers go to channel "" and are kept.
    void setChannelRoutes(const QHash<QString, QString>& routes);
    // Re-emits every change signal of this store on `hub` (directly, from this store's thread), for the UI.
    void setChangeHub(ChangeHub* hub);

    // Parses and applies journal records in ONE transaction, and writes each into webhook_journal with its result.
    // Idempotent: a record whose seq is already in webhook_journal is skipped (returned as Duplicate). An empty
    // list for a non-empty input means the database failed and nothing was written (see lastError()).
    // `journalId`: the listener journal they come from (Journal::id()); its binding (bindJournal) says where their
    // numbers go in webhook_journal. Empty: each record's seq is webhook_journal's key as it is.
    QList<IngestOutcome> ingest(const QList<JournalRecord>& records, const QString& journalId = QString());
    qint64 lastJournalSeq() const; // highest seq in webhook_journal (0 when none)
    // How the store reads the listener journal with this identity, if it ever did (issue #15 item 6).
    std::optional<JournalBinding> journalBinding(const QString& journalId) const;
    // Binds a journal: its records are kept under seq = baseSeq + its number, it is read on after lastSeq, and it is
    // the current journal from now on. False on a database error.
    bool bindJournal(const QString& journalId, qint64 baseSeq, qint64 lastSeq);
    // Commits survive a crash of the process at once, a power loss only after this (WAL synchronous=NORMAL): call
    // it before deleting listener journal records up to lastJournalSeq().
    bool makeDurable();

    // Deletes every row of a channel's history and makes the database forget it (store/ChannelPurge.h, issue #15
    // item 7); `counts` says what went (and which media files the caller should delete). False on a database error.
    bool purgeChannel(const ChannelPurge& purge, PurgeCounts* counts);

    // Read side.
    QList<Conversation> conversations(const QString& channelId) const; // "" = every channel
    std::optional<Conversation> conversation(const QString& conversationId) const;
    std::optional<Contact> contact(const QString& key) const;
    // The newest `limit` messages before `beforeRowId` (0: the newest), oldest first.
    QList<StoredMessage> messages(const QString& conversationId, int limit = 100, qint64 beforeRowId = 0) const;
    // The oldest `limit` messages after `afterRowId` (0: from the first), oldest first: paging towards the newest
    // after a jump into the history.
    QList<StoredMessage> messagesAfter(const QString& conversationId, qint64 afterRowId, int limit = 100) const;
    std::optional<StoredMessage> message(const QString& wamid, const QString& channelId = QString()) const;
    QList<MessageStatusRecord> statusHistory(const QString& wamid, const QString& channelId = QString()) const;
    // Full-text search over text, captions, file names and contact names, newest first. The user's text is taken
    // literally: quotes, *, AND/OR/NOT are words, never query syntax.
    QList<SearchHit> search(const QString& text, int limit = 50) const;
    QList<JournalEntry> journalEntries(int limit = 100, qint64 beforeSeq = 0) const;
    std::optional<JournalEntry> journalEntry(qint64 seq) const;
    QList<Template> templates(const QString& channelId) const;
    // The first message at or after `at` (jump to date), and a message's row id (jump to a reply or search hit).
    std::optional<qint64> firstRowIdAtOrAfter(const QString& conversationId, const QDateTime& at) const;
    std::optional<qint64> rowIdOf(const QString& channelId, const QString& wamid) const;
    std::optional<Draft> draft(const QString& conversationId) const;
    int totalUnread() const; // unread messages over every conversation of every channel
    // The calls with the conversation's customer, oldest first (issue #16).
    QList<CallRecord> calls(const QString& conversationId) const;
    // Outgoing messages with pricing sent in [from, to) on the channel (conversationId "": all of them), per
    // category and type: the month's billable messages (UPDATES-2026.md §7).
    QList<PricingCount> pricingCounts(const QString& channelId, const QDateTime& from, const QDateTime& to,
                                      const QString& conversationId = QString()) const;
    // The newest account_update of the channel.
    std::optional<AccountNotice> latestAccountNotice(const QString& channelId) const;

    // Writes for the UI.
    bool markConversationRead(const QString& conversationId);
    bool saveTemplates(const QString& channelId, const QList<Template>& templates);
    // The conversation with wa_id on a channel, created when new (to write first); "" on a database error.
    QString ensureConversation(const QString& channelId, const QString& waId);
    // A 131047 came back (REFERENCE.md §8.4): the conversation's window is closed from now until the customer
    // writes again, whatever the clock says.
    bool closeWindow(const QString& conversationId);
    // The message's media was downloaded to `path` (the media archive): recorded with its size, and the message
    // shown again (messagesChanged). False on a database error.
    bool recordMediaFile(const StoredMessage& message, const QString& path, qint64 bytes);
    // Keeps the composer's unsent text; an empty draft deletes it.
    bool saveDraft(const QString& conversationId, const Draft& draft);

    // The media library (issue #7, store/MediaLibrary.h): uploads and received media, newest first (within the same
    // second the larger media id first), filtered.
    QList<MediaItem> mediaLibrary(const MediaFilter& filter,
                                  const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    std::optional<MediaItem> mediaItem(const QString& channelId, const QString& mediaId) const;
    // Dedupe: the newest upload of this content (sha256, hex) on the channel still usable for `margin`.
    std::optional<MediaItem> findUploadBySha256(const QString& channelId, const QString& sha256,
                                                const QDateTime& now = QDateTime::currentDateTimeUtc(),
                                                std::chrono::seconds margin = std::chrono::hours(1)) const;
    // An upload (POST /media) succeeded: kept with its expiry (createdAt + 30 days unless given).
    bool recordUpload(const MediaItem& item);
    // Deleted from 360dialog (DELETE /{id}): the id is no longer usable; a local copy may remain.
    bool markMediaDeleted(const QString& channelId, const QString& mediaId);
    // The local copy is gone (deleted by the agent, or pruned by retention).
    bool forgetLocalMedia(const QString& channelId, const QString& mediaId);
    // An upload's row removed from the library (received media stay with their message).
    bool removeUpload(const QString& channelId, const QString& mediaId);
    // Received media archived locally before `cutoff` (retention pruning).
    QList<MediaItem> archivedMediaBefore(const QDateTime& cutoff) const;

    // The outbox (DESIGN.md "Outbox"): write first, then send. 0 / empty / false on a database error.
    // notBefore valid: the first attempt waits until then (a customer's 131049 marketing pause).
    qint64 enqueueOutgoing(const QString& channelId, const QString& conversationId, const QJsonObject& payload,
                           const QDateTime& notBefore = QDateTime());
    QList<OutboxItem> dueOutgoing(const QDateTime& now, int limit = 20);
    // Claims a queued item for `sender` (one id per sending process) until now + lease. False also when it was not
    // queued (another sender took it). The sender renews its claims while it works (renewOutgoingClaims).
    bool markOutgoingSending(qint64 id, const QString& sender = QString(),
                             std::chrono::milliseconds lease = std::chrono::minutes(2));
    int renewOutgoingClaims(const QString& sender, std::chrono::milliseconds lease); // how many; -1 on an error
    // Just before the request leaves: false when `sender` no longer holds the claim (or the database failed); then
    // the request must not leave. `text`: what the bubble shows once sent (kept for settling an unknown outcome).
    bool markOutgoingRequestSent(qint64 id, const QString& sender, const QString& text);
    // Accepted by the API (REFERENCE.md §1.2): the item becomes the outbound message `wamid`, showing `text`.
    // `sentPayload`: what went out when it differs from what was queued (an uploaded media id); the message keeps it.
    bool markOutgoingSent(qint64 id, const QString& wamid, const QString& text, const QJsonObject& sentPayload = {});
    // retryAt invalid: failed for good (§7.2 permanent codes); else queued again for then.
    bool markOutgoingFailed(qint64 id, const QString& error, const QDateTime& retryAt = QDateTime());
    // Not yet sent items of a conversation (queued, sending, failed), oldest first: the view shows them as bubbles.
    QList<OutboxItem> pendingOutgoing(const QString& conversationId) const;
    std::optional<OutboxItem> outboxItem(qint64 id) const;
    bool retryOutgoing(qint64 id);  // failed or unknown → queued, due now; false when neither
    bool cancelOutgoing(qint64 id); // queued, failed or unknown → cancelled; false when none of these
    // Items 'sending' whose sender's lease ran out before `now` (a crash, of this process or another): queued again
    // if their request never left, else 'unknown' (see OutboxWriter). False on a database error.
    bool settleInterruptedOutgoing(int* requeued = nullptr, int* unknown = nullptr,
                                   const QDateTime& now = QDateTime::currentDateTimeUtc());

    // The business-profile audit log (issue #8): rows of successful changes, and the log newest first (channelId "":
    // every channel; limit <= 0: all).
    bool appendProfileAudit(const QList<ProfileAuditEntry>& entries);
    QList<ProfileAuditEntry> profileAudit(const QString& channelId, int limit = 0) const;

    // Quick replies (issue #14, store/QuickReplyTable.h), in the library's order. The rules are
    // quickreplies::QuickReplyLibrary's; here a duplicate shortcut only fails. Writes emit quickRepliesChanged().
    QList<QuickReply> quickReplies() const;
    bool saveQuickReply(QuickReply* reply); // id 0: added at the end (id and position written back)
    bool removeQuickReply(qint64 id);
    bool reorderQuickReplies(const QList<qint64>& ids);

Q_SIGNALS:
    void conversationsChanged(const QStringList& conversationIds);
    void messagesChanged(const QString& conversationId, const QStringList& messageIds);
    void journalAppended(qint64 firstSeq, qint64 lastSeq);
    void outboxChanged(const QString& conversationId, qint64 id);
    void inboundMessages(const QList<wabadesk::store::NewMessageNotice>& notices);
    void templatesChanged(const QString& channelId);
    void draftChanged(const QString& conversationId);
    void profileAuditChanged(const QString& channelId);
    void mediaChanged(const QString& channelId); // the media library of a channel changed
    void conversationMerged(const QString& from, const QString& into);
    void accountEventsChanged(const QString& channelId);
    void quickRepliesChanged();

private:
    Store(QString connectionName, StoreLocation location, std::unique_ptr<SqlDialect> dialect, QObject* parent);
    // Runs `body` in a write transaction; false (rolled back, lastError() set) when it or the commit fails.
    bool write(const std::function<bool(QString*)>& body);
    void emitOutboxChanged(qint64 id);

    QString m_connectionName;
    StoreLocation m_location;
    QString m_lastError;
    std::unique_ptr<SqlDialect> m_dialect;
    std::unique_ptr<Ingestor> m_ingestor;
    std::unique_ptr<StoreReader> m_reader;
    OutboxWriter* m_outbox = nullptr; // the ingestor's (statuses settle outbox items too)
    std::unique_ptr<MediaLibrary> m_media;
    std::unique_ptr<ChangeAnnouncer> m_announcer; // PostgreSQL only
};

} // namespace wabadesk::store
