#include "store/OutboxWriter.h"

#include <algorithm>

#include "model/StoredMessage.h"
#include "store/SearchIndexWriter.h"

#include <QJsonDocument>

namespace wabadesk::store {

namespace {

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

OutboxItem::State OutboxWriter::stateFrom(const QString& s)
{
    if (s == QLatin1String("sending"))
        return OutboxItem::State::Sending;
    if (s == QLatin1String("sent"))
        return OutboxItem::State::Sent;
    if (s == QLatin1String("failed"))
        return OutboxItem::State::Failed;
    if (s == QLatin1String("cancelled"))
        return OutboxItem::State::Cancelled;
    if (s == QLatin1String("unknown"))
        return OutboxItem::State::Unknown;
    return OutboxItem::State::Queued;
}

QString OutboxWriter::stateName(OutboxItem::State state)
{
    switch (state) {
    case OutboxItem::State::Queued:
        break;
    case OutboxItem::State::Sending:
        return QStringLiteral("sending");
    case OutboxItem::State::Sent:
        return QStringLiteral("sent");
    case OutboxItem::State::Failed:
        return QStringLiteral("failed");
    case OutboxItem::State::Cancelled:
        return QStringLiteral("cancelled");
    case OutboxItem::State::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("queued");
}

bool OutboxWriter::prepare(const QSqlDatabase& db, QString* error)
{
    // A sent item becomes (or completes) the outbound message: statuses that came before it made a placeholder.
    static const char* const sentMessageSql =
        "INSERT INTO messages (channel_id, wamid, conversation_id, direction, origin, type, text, caption, filename,"
        " media_id, media_mime, reply_to_id, sent_at, received_at_ms, payload) VALUES (:channel, :wamid,"
        " :conversation, 'out', 'local', :type, :text, :caption, :filename, :media_id, :media_mime, :reply_to,"
        " :sent_at, :now, :payload)"
        " ON CONFLICT (channel_id, wamid) DO UPDATE SET"
        " conversation_id = COALESCE(messages.conversation_id, excluded.conversation_id), direction = 'out',"
        " origin = 'local', type = excluded.type, text = excluded.text, caption = excluded.caption,"
        " filename = excluded.filename, media_id = excluded.media_id, media_mime = excluded.media_mime,"
        " reply_to_id = excluded.reply_to_id, sent_at = excluded.sent_at, payload = excluded.payload"
        " WHERE messages.origin = 'placeholder'"
        " RETURNING id";
    return m_enqueue.prepare(db,
                             QStringLiteral("INSERT INTO outbox (channel_id, conversation_id, payload, state, attempts,"
                                            " next_attempt_at_ms, created_at_ms, updated_at_ms) VALUES (:channel,"
                                            " :conversation, :payload, 'queued', 0, :due, :now, :now) RETURNING id"),
                             error) &&
           m_due.prepare(db,
                         QStringLiteral("SELECT ") + QLatin1String(kColumns) +
                             QStringLiteral(" FROM outbox WHERE state = 'queued' AND next_attempt_at_ms <= :now"
                                            " ORDER BY id LIMIT :limit"),
                         error) &&
           m_state.prepare(
               db,
               QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1,"
                              " claimed_by = :sender, claim_until_ms = :until, request_sent_at_ms = NULL,"
                              " request_text = NULL, updated_at_ms = :now WHERE id = :id AND state = 'queued'"),
               error) &&
           m_renew.prepare(db,
                           QStringLiteral("UPDATE outbox SET claim_until_ms = :until WHERE state = 'sending'"
                                          " AND claimed_by = :sender"),
                           error) &&
           m_requestSent.prepare(db,
                                 QStringLiteral("UPDATE outbox SET request_sent_at_ms = :now, request_text = :text,"
                                                " updated_at_ms = :now WHERE id = :id AND state = 'sending'"
                                                " AND claimed_by = :sender"),
                                 error) &&
           m_interrupted.prepare(db,
                                 QStringLiteral("SELECT id FROM outbox WHERE state = 'sending' AND"
                                                " (claim_until_ms IS NULL OR claim_until_ms < :now) LIMIT 1"),
                                 error) &&
           // Sending without a lease: left by a version before leases; whether it left is unknown.
           m_settleUnknown.prepare(
               db,
               QStringLiteral("UPDATE outbox SET state = 'unknown', claimed_by = NULL, claim_until_ms = NULL,"
                              " updated_at_ms = :now WHERE state = 'sending' AND (claim_until_ms IS NULL OR"
                              " (claim_until_ms < :now AND request_sent_at_ms IS NOT NULL)) RETURNING id"),
               error) &&
           m_settleQueued.prepare(
               db,
               QStringLiteral("UPDATE outbox SET state = 'queued', claimed_by = NULL, claim_until_ms = NULL,"
                              " updated_at_ms = :now WHERE state = 'sending' AND claim_until_ms < :now"
                              " AND request_sent_at_ms IS NULL RETURNING id"),
               error) &&
           m_statusSettles.prepare(
               db,
               QStringLiteral("UPDATE outbox SET state = 'sent', wamid = :wamid, last_error = NULL,"
                              " updated_at_ms = :now WHERE id = :id AND channel_id = :channel AND state = 'unknown'"
                              " RETURNING conversation_id, payload, request_text, request_sent_at_ms"),
               error) &&
           m_item.prepare(db,
                          QStringLiteral("UPDATE outbox SET state = 'sent', wamid = :wamid, last_error = NULL,"
                                         " claimed_by = NULL, claim_until_ms = NULL, updated_at_ms = :now"
                                         " WHERE id = :id"
                                         " RETURNING channel_id, conversation_id, payload"),
                          error) &&
           m_sentMessage.prepare(db, QLatin1String(sentMessageSql), error) &&
           m_reaction.prepare(
               db,
               QStringLiteral("INSERT INTO reactions (channel_id, message_wamid, reactor_key, emoji, reaction_wamid,"
                              " reacted_at) VALUES (:channel, :target, :reactor, :emoji, :wamid, :at)"
                              " ON CONFLICT (channel_id, message_wamid, reactor_key) DO UPDATE SET"
                              " emoji = excluded.emoji, reaction_wamid = excluded.reaction_wamid,"
                              " reacted_at = excluded.reacted_at"),
               error) &&
           m_failed.prepare(
               db,
               QStringLiteral("UPDATE outbox SET state = CASE WHEN CAST(:retry_at AS BIGINT) IS NULL THEN 'failed'"
                              " ELSE 'queued' END, next_attempt_at_ms = :retry_at, last_error = :error,"
                              " claimed_by = NULL, claim_until_ms = NULL, request_sent_at_ms = NULL,"
                              " updated_at_ms = :now WHERE id = :id"),
               error) &&
           m_retry.prepare(db,
                           QStringLiteral("UPDATE outbox SET state = 'queued', next_attempt_at_ms = :now,"
                                          " request_sent_at_ms = NULL, updated_at_ms = :now"
                                          " WHERE id = :id AND state IN ('failed', 'unknown')"),
                           error) &&
           m_cancel.prepare(db,
                            QStringLiteral("UPDATE outbox SET state = 'cancelled', updated_at_ms = :now"
                                           " WHERE id = :id AND state IN ('queued', 'failed', 'unknown')"),
                            error);
}

bool OutboxWriter::changeState(SqlStatement& statement, qint64 id, bool* changed, QString* error)
{
    statement.bind(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch()).bind(QStringLiteral(":id"), id);
    if (!statement.exec(error))
        return false;
    *changed = statement.rowsAffected() == 1;
    return true;
}

bool OutboxWriter::retry(qint64 id, bool* changed, QString* error)
{
    return changeState(m_retry, id, changed, error);
}

bool OutboxWriter::cancel(qint64 id, bool* changed, QString* error)
{
    return changeState(m_cancel, id, changed, error);
}

bool OutboxWriter::settleInterrupted(qint64 nowMs, QList<qint64>* requeued, QList<qint64>* unknown, QString* error)
{
    const auto run = [nowMs, error](SqlStatement& statement, QList<qint64>* ids) {
        statement.bind(QStringLiteral(":now"), nowMs);
        if (!statement.exec(error))
            return false;
        while (statement.next())
            ids->append(statement.value(0).toLongLong());
        statement.finish();
        return true;
    };
    return run(m_settleUnknown, unknown) && run(m_settleQueued, requeued);
}

bool OutboxWriter::hasInterrupted(qint64 nowMs, QString* error)
{
    m_interrupted.bind(QStringLiteral(":now"), nowMs);
    if (!m_interrupted.exec(error))
        return false;
    const bool found = m_interrupted.next();
    m_interrupted.finish();
    return found;
}

bool OutboxWriter::claim(qint64 id, const QString& sender, qint64 leaseMs, bool* taken, QString* error)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_state.bind(QStringLiteral(":sender"), sender)
        .bind(QStringLiteral(":until"), now + leaseMs)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":id"), id);
    if (!m_state.exec(error))
        return false;
    *taken = m_state.rowsAffected() == 1;
    return true;
}

int OutboxWriter::renewClaims(const QString& sender, qint64 untilMs, QString* error)
{
    m_renew.bind(QStringLiteral(":until"), untilMs).bind(QStringLiteral(":sender"), sender);
    if (!m_renew.exec(error))
        return -1;
    return m_renew.rowsAffected();
}

bool OutboxWriter::markRequestSent(qint64 id, const QString& sender, const QString& text, bool* stillOurs,
                                   QString* error)
{
    m_requestSent.bind(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch())
        .bind(QStringLiteral(":text"), nullIfEmpty(text))
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":sender"), sender);
    if (!m_requestSent.exec(error))
        return false;
    *stillOurs = m_requestSent.rowsAffected() == 1;
    return true;
}

bool OutboxWriter::settleByStatus(const QString& channelId, const QString& callbackData, const QString& wamid,
                                  SearchIndexWriter* search, Settled* settled, QString* error)
{
    *settled = {};
    const qint64 itemId = OutboxItem::idFromCallbackData(callbackData);
    if (itemId == 0 || wamid.isEmpty())
        return true;
    m_statusSettles.bind(QStringLiteral(":wamid"), wamid)
        .bind(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch())
        .bind(QStringLiteral(":id"), itemId)
        .bind(QStringLiteral(":channel"), channelId);
    if (!m_statusSettles.exec(error))
        return false;
    if (!m_statusSettles.next()) {
        m_statusSettles.finish();
        return true; // not unknown (sent and recorded already, say), or not ours
    }
    const QString conversationId = m_statusSettles.value(0).toString();
    const QJsonObject payload = QJsonDocument::fromJson(m_statusSettles.value(1).toString().toUtf8()).object();
    const QString text = m_statusSettles.value(2).toString();
    const qint64 sentAtMs = m_statusSettles.value(3).toLongLong();
    m_statusSettles.finish();
    *settled = {itemId, conversationId, sentAtMs > 0 ? sentAtMs : QDateTime::currentMSecsSinceEpoch()};
    return recordSentMessage(channelId, conversationId, wamid, text, payload, settled->sentAtMs, search, nullptr,
                             error);
}

qint64 OutboxWriter::enqueue(const QString& channelId, const QString& conversationId, const QJsonObject& payload,
                             QString* error, qint64 notBeforeMs)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_enqueue.bind(QStringLiteral(":channel"), channelId)
        .bind(QStringLiteral(":conversation"), nullIfEmpty(conversationId))
        .bind(QStringLiteral(":payload"), compact(payload))
        .bind(QStringLiteral(":due"), std::max(now, notBeforeMs))
        .bind(QStringLiteral(":now"), now);
    if (!m_enqueue.exec(error))
        return 0;
    const qint64 id = m_enqueue.next() ? m_enqueue.value(0).toLongLong() : 0;
    m_enqueue.finish();
    return id;
}

QList<OutboxItem> OutboxWriter::due(const QDateTime& now, int limit, QString* error)
{
    QList<OutboxItem> out;
    m_due.bind(QStringLiteral(":now"), now.toMSecsSinceEpoch()).bind(QStringLiteral(":limit"), limit);
    if (!m_due.exec(error))
        return out;
    while (m_due.next())
        out.append(itemFrom(m_due));
    m_due.finish();
    return out;
}

bool OutboxWriter::markSent(qint64 id, const QString& wamid, const QString& messageText, const QJsonObject& sentPayload,
                            SearchIndexWriter* search, QString* conversationId, QString* reactionTarget, QString* error)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_item.bind(QStringLiteral(":wamid"), wamid).bind(QStringLiteral(":now"), now).bind(QStringLiteral(":id"), id);
    if (!m_item.exec(error))
        return false;
    if (!m_item.next()) {
        m_item.finish();
        if (error)
            *error = QStringLiteral("no outbox item %1").arg(id);
        return false;
    }
    const QString channelId = m_item.value(0).toString();
    *conversationId = m_item.value(1).toString();
    const QJsonObject queued = QJsonDocument::fromJson(m_item.value(2).toString().toUtf8()).object();
    m_item.finish();
    // What went out (with an uploaded media id, say) is what the message keeps.
    return recordSentMessage(channelId, *conversationId, wamid, messageText,
                             sentPayload.isEmpty() ? queued : sentPayload, now, search, reactionTarget, error);
}

bool OutboxWriter::recordSentMessage(const QString& channelId, const QString& conversationId, const QString& wamid,
                                     const QString& messageText, const QJsonObject& payload, qint64 sentAtMs,
                                     SearchIndexWriter* search, QString* reactionTarget, QString* error)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString type = payload.value(QLatin1String("type")).toString();
    const QJsonObject content = payload.value(type).toObject();
    const QString mime =
        payload.value(QLatin1String("wabadesk")).toObject().value(QLatin1String("mimeType")).toString();
    m_sentMessage.bind(QStringLiteral(":channel"), channelId)
        .bind(QStringLiteral(":wamid"), wamid)
        .bind(QStringLiteral(":conversation"), nullIfEmpty(conversationId))
        .bind(QStringLiteral(":type"), type.isEmpty() ? QStringLiteral("unknown") : type)
        .bind(QStringLiteral(":text"), nullIfEmpty(messageText))
        .bind(QStringLiteral(":caption"), nullIfEmpty(content.value(QLatin1String("caption")).toString()))
        .bind(QStringLiteral(":filename"), nullIfEmpty(content.value(QLatin1String("filename")).toString()))
        .bind(QStringLiteral(":media_id"), nullIfEmpty(content.value(QLatin1String("id")).toString()))
        .bind(QStringLiteral(":media_mime"), nullIfEmpty(mime))
        .bind(QStringLiteral(":reply_to"),
              nullIfEmpty(
                  payload.value(QLatin1String("context")).toObject().value(QLatin1String("message_id")).toString()))
        .bind(QStringLiteral(":sent_at"), sentAtMs / 1000)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":payload"), compact(payload));
    if (!m_sentMessage.exec(error))
        return false;
    if (m_sentMessage.next())
        search->index(m_sentMessage.value(0).toLongLong(), {messageText, QString(), QString(), QString()});
    m_sentMessage.finish();
    // The business's own reaction shows under the message it reacts to (§1.9; "" removes it).
    if (type == QLatin1String("reaction")) {
        const QString target = content.value(QLatin1String("message_id")).toString();
        if (!target.isEmpty()) {
            const QString emoji = content.value(QLatin1String("emoji")).toString();
            m_reaction.bind(QStringLiteral(":channel"), channelId)
                .bind(QStringLiteral(":target"), target)
                .bind(QStringLiteral(":reactor"), QString::fromLatin1(MessageReaction::kBusiness))
                .bind(QStringLiteral(":emoji"), emoji.isNull() ? QStringLiteral("") : emoji)
                .bind(QStringLiteral(":wamid"), wamid)
                .bind(QStringLiteral(":at"), now / 1000);
            if (!m_reaction.exec(error))
                return false;
            if (reactionTarget)
                *reactionTarget = target;
        }
    }
    return true;
}

bool OutboxWriter::markFailed(qint64 id, const QString& lastError, const QDateTime& retryAt, QString* error)
{
    m_failed
        .bind(QStringLiteral(":retry_at"),
              retryAt.isValid() ? QVariant(retryAt.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>()))
        .bind(QStringLiteral(":error"), lastError)
        .bind(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch())
        .bind(QStringLiteral(":id"), id);
    return m_failed.exec(error);
}

} // namespace wabadesk::store
