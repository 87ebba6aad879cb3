#pragma once

#include "model/OutboxItem.h"
#include "store/SqlStatement.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace wabadesk::store {

class SearchIndexWriter;

// The outbox table (Store's header lists the columns). Several senders (desktops, later servers) may work one outbox:
// - a sender claims a due item (queued → sending) with its id and a lease; the claim is one conditional UPDATE checked
//   by the rows it changed, so two senders never both take an item (SQLite writes one at a time; PostgreSQL's row
//   lock makes the second UPDATE see 'sending' and change nothing);
// - it renews its leases while it works, and records just before the request leaves that it left (only while the
//   claim is still its own: a sender that lost its claim does not send);
// - then sent (with the wamid from POST /messages, REFERENCE.md §1.2) or failed (with a retry time, or none when
//   permanent, §7.2). A sent item becomes an outbound message; if its statuses came first, it fills their placeholder;
// - a lease that ran out means its sender is gone: settleInterrupted() puts the item back in the queue if its request
//   never left, else marks it 'unknown' (it may have been sent; the API has no idempotency key). An unknown item is
//   settled by its status webhook (settleByStatus, biz_opaque_callback_data = OutboxItem::callbackData) or retried by
//   the agent.
class OutboxWriter {
public:
    bool prepare(const QSqlDatabase& db, QString* error);

    // notBeforeMs > 0: the first attempt waits until then (a 131049 pause, UPDATES-2026.md §8).
    qint64 enqueue(const QString& channelId, const QString& conversationId, const QJsonObject& payload, QString* error,
                   qint64 notBeforeMs = 0);
    QList<OutboxItem> due(const QDateTime& now, int limit, QString* error);
    // *taken: it was queued and is now claimed by `sender` until nowMs + leaseMs (false: another sender took it, or it
    // is gone).
    bool claim(qint64 id, const QString& sender, qint64 leaseMs, bool* taken, QString* error);
    // Every item `sender` has in flight is claimed until `untilMs`. Returns how many, -1 on a database error.
    int renewClaims(const QString& sender, qint64 untilMs, QString* error);
    // The request is about to leave; `text` is what the bubble will show. *stillOurs false: the claim was lost (the
    // lease ran out and the item was settled): the request must not leave.
    bool markRequestSent(qint64 id, const QString& sender, const QString& text, bool* stillOurs, QString* error);
    // `messageText` is what the bubble shows (text body, caption or template name) and goes into the search index.
    // `sentPayload` (when not empty) is what went out, e.g. with the uploaded media id; the message keeps it. A sent
    // reaction is put under its message (*reactionTarget: that message's wamid).
    bool markSent(qint64 id, const QString& wamid, const QString& messageText, const QJsonObject& sentPayload,
                  SearchIndexWriter* search, QString* conversationId, QString* reactionTarget, QString* error);
    // retryAt invalid: permanent (state failed); else queued again for retryAt.
    bool markFailed(qint64 id, const QString& lastError, const QDateTime& retryAt, QString* error);

    // retry: failed or unknown → queued, due now; cancel: queued, failed or unknown → cancelled. *changed: the item
    // was in such a state.
    bool retry(qint64 id, bool* changed, QString* error);
    bool cancel(qint64 id, bool* changed, QString* error);
    // Items 'sending' whose lease ran out before nowMs (their sender crashed or hung; items of a version without
    // leases too): back to queued if their request never left, else 'unknown'. *settled: the ids changed.
    bool settleInterrupted(qint64 nowMs, QList<qint64>* requeued, QList<qint64>* unknown, QString* error);
    // Whether settleInterrupted(nowMs) has anything to do: a read, so that every sender's poll does not take the
    // write lock for nothing.
    bool hasInterrupted(qint64 nowMs, QString* error);
    // A status webhook for `wamid` carried biz_opaque_callback_data `callbackData`: if it names an unknown item of
    // `channelId`, the item was sent after all and becomes the message (as markSent, sent when its request left).
    // *settled: that item, else id 0.
    struct Settled {
        qint64 id = 0;
        QString conversationId;
        qint64 sentAtMs = 0;
    };
    bool settleByStatus(const QString& channelId, const QString& callbackData, const QString& wamid,
                        SearchIndexWriter* search, Settled* settled, QString* error);

    static QString stateName(OutboxItem::State state);
    static OutboxItem::State stateFrom(const QString& name);
    // The columns itemFrom() reads, in order, for "SELECT <kColumns> FROM outbox …".
    static constexpr const char* kColumns = "id, channel_id, conversation_id, payload, state, attempts, "
                                            "next_attempt_at_ms, last_error, wamid, created_at_ms";
    // One row selected with kColumns, from a QSqlQuery or a SqlStatement.
    template <class Row>
    static OutboxItem itemFrom(const Row& row);

private:
    bool changeState(SqlStatement& statement, qint64 id, bool* changed, QString* error);
    // The message for a sent item: fills a placeholder its statuses made, indexes its text, puts a reaction.
    bool recordSentMessage(const QString& channelId, const QString& conversationId, const QString& wamid,
                           const QString& messageText, const QJsonObject& payload, qint64 sentAtMs,
                           SearchIndexWriter* search, QString* reactionTarget, QString* error);

    SqlStatement m_enqueue;
    SqlStatement m_due;
    SqlStatement m_state;
    SqlStatement m_item;
    SqlStatement m_sentMessage;
    SqlStatement m_reaction;
    SqlStatement m_failed;
    SqlStatement m_retry;
    SqlStatement m_cancel;
    SqlStatement m_renew;
    SqlStatement m_requestSent;
    SqlStatement m_interrupted;
    SqlStatement m_settleUnknown;
    SqlStatement m_settleQueued;
    SqlStatement m_statusSettles;
};

template <class Row>
OutboxItem OutboxWriter::itemFrom(const Row& row)
{
    OutboxItem item;
    item.id = row.value(0).toLongLong();
    item.channelId = row.value(1).toString();
    item.conversationId = row.value(2).toString();
    item.payload = QJsonDocument::fromJson(row.value(3).toString().toUtf8()).object();
    item.state = stateFrom(row.value(4).toString());
    item.attempts = row.value(5).toInt();
    item.nextAttemptAt = QDateTime::fromMSecsSinceEpoch(row.value(6).toLongLong(), Qt::UTC);
    item.lastError = row.value(7).toString();
    item.wamid = row.value(8).toString();
    item.createdAt = QDateTime::fromMSecsSinceEpoch(row.value(9).toLongLong(), Qt::UTC);
    return item;
}

} // namespace wabadesk::store
