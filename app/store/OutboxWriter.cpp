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
           m_state.prepare(db,
                           QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1,"
                                          " updated_at_ms = :now WHERE id = :id AND state = 'queued'"),
                           error) &&
           m_item.prepare(db,
                          QStringLiteral("UPDATE outbox SET state = 'sent', wamid = :wamid, last_error = NULL,"
                                         " updated_at_ms = :now WHERE id = :id"
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
                              " updated_at_ms = :now WHERE id = :id"),
               error) &&
           m_retry.prepare(db,
                           QStringLiteral("UPDATE outbox SET state = 'queued', next_attempt_at_ms = :now,"
                                          " updated_at_ms = :now WHERE id = :id AND state = 'failed'"),
                           error) &&
           m_cancel.prepare(db,
                            QStringLiteral("UPDATE outbox SET state = 'cancelled', updated_at_ms = :now"
                                           " WHERE id = :id AND state IN ('queued', 'failed')"),
                            error) &&
           m_requeue.prepare(db,
                             QStringLiteral("UPDATE outbox SET state = 'queued', updated_at_ms = :now"
                                            " WHERE state = 'sending' AND CAST(:now AS BIGINT) > 0"),
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

int OutboxWriter::requeueInterrupted(QString* error)
{
    m_requeue.bind(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch());
    if (!m_requeue.exec(error))
        return -1;
    return m_requeue.rowsAffected();
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

bool OutboxWriter::markSending(qint64 id, bool* taken, QString* error)
{
    return changeState(m_state, id, taken, error);
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
    const QJsonObject payload = sentPayload.isEmpty() ? queued : sentPayload;
    const QString type = payload.value(QLatin1String("type")).toString();
    const QJsonObject content = payload.value(type).toObject();
    const QString mime =
        payload.value(QLatin1String("wabadesk")).toObject().value(QLatin1String("mimeType")).toString();
    m_sentMessage.bind(QStringLiteral(":channel"), channelId)
        .bind(QStringLiteral(":wamid"), wamid)
        .bind(QStringLiteral(":conversation"), nullIfEmpty(*conversationId))
        .bind(QStringLiteral(":type"), type.isEmpty() ? QStringLiteral("unknown") : type)
        .bind(QStringLiteral(":text"), nullIfEmpty(messageText))
        .bind(QStringLiteral(":caption"), nullIfEmpty(content.value(QLatin1String("caption")).toString()))
        .bind(QStringLiteral(":filename"), nullIfEmpty(content.value(QLatin1String("filename")).toString()))
        .bind(QStringLiteral(":media_id"), nullIfEmpty(content.value(QLatin1String("id")).toString()))
        .bind(QStringLiteral(":media_mime"), nullIfEmpty(mime))
        .bind(QStringLiteral(":reply_to"),
              nullIfEmpty(
                  payload.value(QLatin1String("context")).toObject().value(QLatin1String("message_id")).toString()))
        .bind(QStringLiteral(":sent_at"), now / 1000)
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
