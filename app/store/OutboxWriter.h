#pragma once

#include "model/OutboxItem.h"
#include "store/SqlStatement.h"

#include <QList>

namespace wabadesk::store {

class SearchIndexWriter;

// The outbox table (Store's header lists the columns). The sender takes due items, marks them sending, then sent
// (with the wamid from POST /messages, REFERENCE.md §1.2) or failed (with a retry time, or none when permanent,
// §7.2). A sent item becomes an outbound message; if its statuses came first, it fills their placeholder.
class OutboxWriter {
public:
    bool prepare(const QSqlDatabase& db, QString* error);

    qint64 enqueue(const QString& channelId, const QString& conversationId, const QJsonObject& payload, QString* error);
    QList<OutboxItem> due(const QDateTime& now, int limit, QString* error);
    // *taken: it was queued and is now ours (false: another sender took it, or it is gone).
    bool markSending(qint64 id, bool* taken, QString* error);
    // `messageText` is what the bubble shows (text body, caption or template name) and goes into the search index.
    bool markSent(qint64 id, const QString& wamid, const QString& messageText, SearchIndexWriter* search,
                  QString* conversationId, QString* error);
    // retryAt invalid: permanent (state failed); else queued again for retryAt.
    bool markFailed(qint64 id, const QString& lastError, const QDateTime& retryAt, QString* error);

    static QString stateName(OutboxItem::State state);

private:
    SqlStatement m_enqueue;
    SqlStatement m_due;
    SqlStatement m_state;
    SqlStatement m_item;
    SqlStatement m_sentMessage;
    SqlStatement m_failed;
};

} // namespace wabadesk::store
