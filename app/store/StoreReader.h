#pragma once

#include "model/Conversation.h"
#include "model/JournalEntry.h"
#include "model/OutboxItem.h"
#include "model/StoredMessage.h"
#include "model/Template.h"
#include "store/StoreTypes.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace wabadesk::store {

class SqlDialect;

// The read side of the store: plain queries on the caller's connection, mapped to model values.
class StoreReader {
public:
    StoreReader(const QSqlDatabase& db, const SqlDialect& dialect)
        : m_db(db)
        , m_dialect(dialect)
    {}

    QList<Conversation> conversations(const QString& channelId) const;
    std::optional<Conversation> conversation(const QString& conversationId) const;
    std::optional<Contact> contact(const QString& key) const;
    // The newest `limit` bubbles before the message with row id `beforeRowId` (0: the newest), oldest first.
    // Reactions, edits and revokes are folded into the messages they act on.
    QList<StoredMessage> messages(const QString& conversationId, int limit, qint64 beforeRowId) const;
    // The oldest `limit` bubbles after the message with row id `afterRowId` (0: from the first), oldest first.
    QList<StoredMessage> messagesAfter(const QString& conversationId, qint64 afterRowId, int limit) const;
    // channelId null: any channel (wamids are unique in practice).
    std::optional<StoredMessage> message(const QString& wamid, const QString& channelId) const;
    QList<MessageStatusRecord> statusHistory(const QString& wamid, const QString& channelId) const;
    QList<SearchHit> search(const QString& text, int limit) const;
    QList<JournalEntry> journalEntries(int limit, qint64 beforeSeq) const;
    std::optional<JournalEntry> journalEntry(qint64 seq) const;
    qint64 lastJournalSeq() const;
    QList<Template> templates(const QString& channelId) const;
    // Outbox items of a conversation not sent yet: queued, sending and failed, oldest first.
    QList<OutboxItem> pendingOutgoing(const QString& conversationId) const;
    std::optional<OutboxItem> outboxItem(qint64 id) const;
    std::optional<qint64> firstRowIdAtOrAfter(const QString& conversationId, const QDateTime& at) const;
    std::optional<qint64> rowIdOf(const QString& channelId, const QString& wamid) const;
    std::optional<Draft> draft(const QString& conversationId) const;
    int totalUnread() const;
    QList<CallRecord> calls(const QString& conversationId) const;
    QList<PricingCount> pricingCounts(const QString& channelId, const QDateTime& from, const QDateTime& to,
                                      const QString& conversationId) const;
    std::optional<AccountNotice> latestAccountNotice(const QString& channelId) const;

private:
    static const char* const kCallColumns;
    static CallRecord callFrom(const QSqlQuery& q, int first);
    // The call of each call card on a page (a handful at most: one query each).
    void addCalls(QList<StoredMessage>* messages) const;
    QList<MessageReaction> reactions(const QString& channelId, const QString& wamid) const;
    // The reactions of a page of messages, in one query per channel (not one per message).
    void addReactions(QList<StoredMessage>* messages) const;
    // A page of bubbles next to the cursor row (the order of the conversation: sent_at, then id).
    QList<StoredMessage> page(const QString& conversationId, qint64 cursorRowId, int limit, bool older) const;

    QSqlDatabase m_db;
    const SqlDialect& m_dialect;
};

} // namespace wabadesk::store
