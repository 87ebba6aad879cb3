#pragma once

#include "model/OutboxItem.h"
#include "store/SqlStatement.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace wabadesk::store {

class SearchIndexWriter;

// The outbox table (Store's header lists the columns). The sender takes due items, marks them sending, then sent
// (with the wamid from POST /messages, REFERENCE.md §1.2) or failed (with a retry time, or none when permanent,
// §7.2). A sent item becomes an outbound message; if its statuses came first, it fills their placeholder.
class OutboxWriter {
public:
    bool prepare(const QSqlDatabase& db, QString* error);

    // notBeforeMs > 0: the first attempt waits until then (a 131049 pause, UPDATES-2026.md §8).
    qint64 enqueue(const QString& channelId, const QString& conversationId, const QJsonObject& payload, QString* error,
                   qint64 notBeforeMs = 0);
    QList<OutboxItem> due(const QDateTime& now, int limit, QString* error);
    // *taken: it was queued and is now ours (false: another sender took it, or it is gone).
    bool markSending(qint64 id, bool* taken, QString* error);
    // `messageText` is what the bubble shows (text body, caption or template name) and goes into the search index.
    // `sentPayload` (when not empty) is what went out, e.g. with the uploaded media id; the message keeps it. A sent
    // reaction is put under its message (*reactionTarget: that message's wamid).
    bool markSent(qint64 id, const QString& wamid, const QString& messageText, const QJsonObject& sentPayload,
                  SearchIndexWriter* search, QString* conversationId, QString* reactionTarget, QString* error);
    // retryAt invalid: permanent (state failed); else queued again for retryAt.
    bool markFailed(qint64 id, const QString& lastError, const QDateTime& retryAt, QString* error);

    // retry: failed → queued, due now; cancel: queued or failed → cancelled. *changed: the item was in such a state.
    bool retry(qint64 id, bool* changed, QString* error);
    bool cancel(qint64 id, bool* changed, QString* error);
    // After a crash: items left 'sending' may or may not have reached the API. They go back to queued (the API
    // has no idempotency key, so a rare duplicate is preferred to a silent loss). Returns how many.
    int requeueInterrupted(QString* error);

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

    SqlStatement m_enqueue;
    SqlStatement m_due;
    SqlStatement m_state;
    SqlStatement m_item;
    SqlStatement m_sentMessage;
    SqlStatement m_reaction;
    SqlStatement m_failed;
    SqlStatement m_retry;
    SqlStatement m_cancel;
    SqlStatement m_requeue;
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
