#include "store/CallWriter.h"

#include "model/Call.h"
#include "store/ChangeSet.h"
#include "store/ConversationWriter.h"
#include "store/TimelineWriter.h"

#include <QDateTime>
#include <QJsonDocument>

namespace wabadesk::store {

bool CallWriter::prepare(const QSqlDatabase& db, QString* error)
{
    // Events can come in any order (a terminate before its connect): every column keeps what it knows, the end and
    // the duration come from the terminate whenever it arrives, a status after the end does not undo it.
    static const char* const upsertSql =
        "INSERT INTO calls (channel_id, call_id, conversation_id, direction, status, last_event, started_at,"
        " connected_at, ended_at, duration, has_recording, has_transcription, biz_opaque, error_code, error_title,"
        " error_details, updated_at_ms)"
        " VALUES (:channel, :call, :conversation, :direction, :status, :event, :started, :connected, :ended,"
        " :duration, :recording, :transcription, :opaque, :error_code, :error_title, :error_details, :now)"
        " ON CONFLICT (channel_id, call_id) DO UPDATE SET"
        " conversation_id = COALESCE(calls.conversation_id, excluded.conversation_id),"
        " direction = COALESCE(calls.direction, excluded.direction),"
        " status = CASE WHEN calls.ended_at IS NOT NULL AND excluded.ended_at IS NULL THEN calls.status"
        "  ELSE COALESCE(excluded.status, calls.status) END,"
        " last_event = CASE WHEN calls.last_event = 'terminate' AND excluded.last_event IN ('connect', 'status')"
        "  THEN calls.last_event ELSE excluded.last_event END,"
        " started_at = CASE WHEN calls.started_at IS NULL OR (excluded.started_at IS NOT NULL AND"
        "  excluded.started_at < calls.started_at) THEN excluded.started_at ELSE calls.started_at END,"
        " connected_at = COALESCE(calls.connected_at, excluded.connected_at),"
        " ended_at = COALESCE(excluded.ended_at, calls.ended_at),"
        " duration = COALESCE(excluded.duration, calls.duration),"
        " has_recording = CASE WHEN excluded.has_recording = 1 THEN 1 ELSE calls.has_recording END,"
        " has_transcription = CASE WHEN excluded.has_transcription = 1 THEN 1 ELSE calls.has_transcription END,"
        " biz_opaque = COALESCE(excluded.biz_opaque, calls.biz_opaque),"
        " error_code = COALESCE(excluded.error_code, calls.error_code),"
        " error_title = COALESCE(excluded.error_title, calls.error_title),"
        " error_details = COALESCE(excluded.error_details, calls.error_details),"
        " updated_at_ms = excluded.updated_at_ms";
    return m_event.prepare(db,
                           QStringLiteral("INSERT INTO call_events (channel_id, call_id, event, status, at,"
                                          " received_at_ms, payload) VALUES (:channel, :call, :event, :status, :at,"
                                          " :received_at, :payload) ON CONFLICT (channel_id, call_id, event, status)"
                                          " DO NOTHING"),
                           error) &&
           m_upsert.prepare(db, QLatin1String(upsertSql), error);
}

bool CallWriter::apply(const QString& channelId, const CallEvent& call, qint64 receivedAtMs, ChangeSet* changes,
                       QString* error)
{
    if (call.id.isEmpty())
        return true; // reported by the parser; the journal keeps the body
    ContactRef customer;
    customer.waId = call.customerWaId;
    customer.userId = call.customerUserId;
    customer.parentUserId = call.customerParentUserId;
    customer.profileName = call.customerName;
    customer.username = call.customerUsername;
    Fold f;
    f.channelId = channelId;
    f.callId = call.id;
    if (!m_conversations->ensure(channelId, customer, &f.conversationId, error, &changes->merges))
        return false;
    f.direction = call.direction.toUpper();
    f.status = call.status.toUpper();
    f.event = call.event.isEmpty() ? QStringLiteral("unknown") : call.event;
    f.at = call.timestamp > 0 ? call.timestamp : receivedAtMs / 1000;
    if (f.event == QLatin1String("connect"))
        f.startedAt = f.at;
    if (f.event == QLatin1String("terminate")) {
        f.endedAt = call.endTime > 0 ? call.endTime : f.at;
        f.duration = call.durationSeconds;
        if (call.durationSeconds > 0) // start_time is when the call was connected
            f.connectedAt = call.startTime > 0 ? call.startTime : f.endedAt - call.durationSeconds;
        f.startedAt = call.startTime > 0 ? call.startTime : 0;
    }
    f.recording = f.event == QLatin1String("call_recording_available");
    f.transcription = f.event == QLatin1String("call_transcription_available");
    f.bizOpaque = call.bizOpaqueCallbackData;
    f.errors = call.errors;
    f.raw = call.raw;
    f.customerName = call.customerName.isEmpty() ? call.customerWaId : call.customerName;
    bool isNew = false;
    if (!fold(f, receivedAtMs, &isNew, error))
        return false;
    if (!isNew)
        return true;
    ++changes->otherEvents;
    return touchConversation(f, call.isUserInitiated(), receivedAtMs, changes, error);
}

bool CallWriter::applyStatus(const QString& channelId, const StatusUpdate& s, qint64 receivedAtMs, ChangeSet* changes,
                             QString* error)
{
    if (s.id.isEmpty())
        return true;
    ContactRef customer;
    customer.waId = s.recipientId;
    customer.userId = s.recipientUserId;
    customer.parentUserId = s.recipientParentUserId;
    customer.username = s.recipientUsername;
    Fold f;
    f.channelId = channelId;
    f.callId = s.id;
    if (!m_conversations->ensure(channelId, customer, &f.conversationId, error, &changes->merges))
        return false;
    f.direction = QStringLiteral("BUSINESS_INITIATED"); // statuses are about calls the business placed
    f.status = s.status.toUpper();
    f.event = QStringLiteral("status");
    f.at = s.timestamp > 0 ? s.timestamp : receivedAtMs / 1000;
    f.startedAt = f.at;
    if (f.status == QLatin1String("ACCEPTED"))
        f.connectedAt = f.at;
    f.bizOpaque = s.bizOpaqueCallbackData;
    f.errors = s.errors;
    f.raw = s.raw;
    bool isNew = false;
    if (!fold(f, receivedAtMs, &isNew, error))
        return false;
    if (!isNew)
        return true;
    ++changes->newStatuses;
    return touchConversation(f, false, receivedAtMs, changes, error);
}

bool CallWriter::fold(const Fold& f, qint64 receivedAtMs, bool* isNew, QString* error)
{
    m_event.bind(QStringLiteral(":channel"), f.channelId)
        .bind(QStringLiteral(":call"), f.callId)
        .bind(QStringLiteral(":event"), f.event)
        .bind(QStringLiteral(":status"), f.status.isNull() ? QStringLiteral("") : f.status) // "": no status
        .bind(QStringLiteral(":at"), f.at)
        .bind(QStringLiteral(":received_at"), receivedAtMs)
        .bind(QStringLiteral(":payload"), QString::fromUtf8(QJsonDocument(f.raw).toJson(QJsonDocument::Compact)));
    if (!m_event.exec(error))
        return false;
    *isNew = m_event.rowsAffected() > 0;
    if (!*isNew)
        return true;
    const WebhookError err = f.errors.value(0);
    const QVariant noNumber(QMetaType::fromType<qint64>());
    m_upsert.bind(QStringLiteral(":channel"), f.channelId)
        .bind(QStringLiteral(":call"), f.callId)
        .bind(QStringLiteral(":conversation"), nullIfEmpty(f.conversationId))
        .bind(QStringLiteral(":direction"), nullIfEmpty(f.direction))
        .bind(QStringLiteral(":status"), nullIfEmpty(f.status))
        .bind(QStringLiteral(":event"), f.event)
        .bind(QStringLiteral(":started"), nullIfZero(f.startedAt))
        .bind(QStringLiteral(":connected"), nullIfZero(f.connectedAt))
        .bind(QStringLiteral(":ended"), nullIfZero(f.endedAt))
        .bind(QStringLiteral(":duration"), f.duration >= 0 ? QVariant(f.duration) : noNumber)
        .bind(QStringLiteral(":recording"), f.recording ? 1 : 0)
        .bind(QStringLiteral(":transcription"), f.transcription ? 1 : 0)
        .bind(QStringLiteral(":opaque"), nullIfEmpty(f.bizOpaque))
        .bind(QStringLiteral(":error_code"), nullIfZero(err.code))
        .bind(QStringLiteral(":error_title"), nullIfEmpty(err.title.isEmpty() ? err.message : err.title))
        .bind(QStringLiteral(":error_details"), nullIfEmpty(err.details))
        .bind(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch());
    return m_upsert.exec(error);
}

bool CallWriter::touchConversation(const Fold& f, bool isIncoming, qint64 receivedAtMs, ChangeSet* changes,
                                   QString* error)
{
    if (f.conversationId.isEmpty())
        return true;
    // The card, placed at the call's first event (later events find it there).
    TimelineWriter::Entry card;
    card.channelId = f.channelId;
    card.id = f.callId;
    card.conversationId = f.conversationId;
    card.isOutgoing = !isIncoming;
    card.type = QStringLiteral("call");
    card.subtype = QStringLiteral("call");
    card.at = f.at;
    card.receivedAtMs = receivedAtMs;
    qint64 rowId = 0;
    if (!m_timeline->insert(card, &rowId, error))
        return false;
    changes->touch(f.conversationId, f.callId);

    const bool missed = isIncoming && f.event == QLatin1String("terminate") && f.duration <= 0;
    ConversationWriter::Activity activity;
    activity.activityAt = f.at;
    activity.lastMessageId = f.callId;
    // §8.4: a call from the customer opens the window like a message; their missed call waits to be seen.
    activity.inboundAt = isIncoming && f.event == QLatin1String("connect") ? f.at : 0;
    activity.countsAsUnread = missed;
    if (missed) {
        NewMessageNotice notice;
        notice.channelId = f.channelId;
        notice.conversationId = f.conversationId;
        notice.wamid = f.callId;
        notice.type = QStringLiteral("call");
        notice.senderName = f.customerName;
        notice.at = QDateTime::fromSecsSinceEpoch(f.at, Qt::UTC);
        changes->inbound.append(notice);
    }
    return m_conversations->recordActivity(f.conversationId, activity, error);
}

} // namespace wabadesk::store
