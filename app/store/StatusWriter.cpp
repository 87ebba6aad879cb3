#include "store/StatusWriter.h"

#include "store/ChangeSet.h"
#include "store/ConversationWriter.h"
#include "store/GroupWriter.h"
#include "store/OutboxWriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace wabadesk::store {

namespace {

constexpr int failedRank = 100;

QString errorsJson(const QList<WebhookError>& errors)
{
    if (errors.isEmpty())
        return {};
    QJsonArray array;
    for (const WebhookError& e : errors)
        array.append(e.raw);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// The item as received, only when it has fields the history has no column for (the journal keeps every body
// anyway): serialising every status would cost a tenth of the ingest time.
QString extraPayload(const QJsonObject& raw)
{
    static const QSet<QString> columns{
        QStringLiteral("id"),           QStringLiteral("status"),
        QStringLiteral("timestamp"),    QStringLiteral("recipient_id"),
        QStringLiteral("conversation"), QStringLiteral("pricing"),
        QStringLiteral("errors"),       QStringLiteral("biz_opaque_callback_data"),
    };
    for (auto it = raw.begin(); it != raw.end(); ++it) {
        if (!columns.contains(it.key()))
            return QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace

int StatusWriter::rank(const QString& status)
{
    if (status == QLatin1String("failed"))
        return failedRank;
    static const char* const ticks[] = {"queued", "sent", "delivered", "read", "played"};
    for (int i = 0; i < int(std::size(ticks)); ++i) {
        if (status == QLatin1String(ticks[i]))
            return i + 1;
    }
    return 0;
}

bool StatusWriter::prepare(const QSqlDatabase& db, QString* error)
{
    static const char* const historySql =
        "INSERT INTO message_statuses (channel_id, wamid, status, status_at, recipient_id, conversation_ref,"
        " conversation_expiry, conversation_origin, pricing_model, pricing_category, pricing_type, billable,"
        " biz_opaque, error_code, error_title, error_details, errors_json, received_at_ms, payload)"
        " VALUES (:channel, :wamid, :status, :at, :recipient, :conversation, :expiry, :origin, :model, :category,"
        " :pricing_type, :billable, :opaque, :error_code, :error_title, :error_details, :errors, :received_at,"
        " :payload)"
        " ON CONFLICT (channel_id, wamid, status) DO NOTHING";
    // Only upwards; the error columns change only with a failure (a tick never clears them).
    static const char* const advanceSql =
        "UPDATE messages SET status = :status, status_rank = :rank, status_at = :at,"
        " error_code = CASE WHEN :rank = 100 THEN :error_code ELSE error_code END,"
        " error_title = CASE WHEN :rank = 100 THEN :error_title ELSE error_title END,"
        " error_details = CASE WHEN :rank = 100 THEN :error_details ELSE error_details END,"
        // PMP (UPDATES-2026.md §7): the first pricing a status brings (sent, delivered and read repeat it), for
        // Message info and the month's billable counts. In this statement, not one of its own: a status costs one
        // UPDATE.
        " pricing_model = CASE WHEN pricing_category IS NULL THEN :model ELSE pricing_model END,"
        " pricing_type = CASE WHEN pricing_category IS NULL THEN :pricing_type ELSE pricing_type END,"
        " pricing_category = COALESCE(pricing_category, :category)"
        " WHERE channel_id = :channel AND wamid = :wamid AND status_rank < :rank"
        " RETURNING conversation_id";
    static const char* const placeholderSql =
        "INSERT INTO messages (channel_id, wamid, conversation_id, direction, origin, type, sent_at, received_at_ms,"
        " status, status_rank, status_at, error_code, error_title, error_details, pricing_model, pricing_category,"
        " pricing_type)"
        " VALUES (:channel, :wamid, :conversation, 'out', 'placeholder', 'unknown', :at, :received_at, :status,"
        " :rank, :at, :error_code, :error_title, :error_details, :model, :category, :pricing_type)"
        " ON CONFLICT (channel_id, wamid) DO NOTHING"
        " RETURNING conversation_id";
    // 131049, the per-user marketing limit: no marketing template to this customer for 24 hours (UPDATES §8).
    static const char* const pauseSql =
        "UPDATE conversations SET marketing_paused_until = :until WHERE id = (SELECT conversation_id FROM messages"
        " WHERE channel_id = :channel AND wamid = :wamid) AND (marketing_paused_until IS NULL OR"
        " marketing_paused_until < :until)";
    return m_history.prepare(db, QLatin1String(historySql), error) &&
           m_pause.prepare(db, QLatin1String(pauseSql), error) &&
           m_advance.prepare(db, QLatin1String(advanceSql), error) &&
           m_placeholder.prepare(db, QLatin1String(placeholderSql), error);
}

bool StatusWriter::insertHistory(const QString& channelId, const StatusUpdate& s, qint64 receivedAtMs, bool* isNew,
                                 QString* error)
{
    const WebhookError err = s.errors.value(0);
    m_history.bind(QStringLiteral(":channel"), channelId)
        .bind(QStringLiteral(":wamid"), s.id)
        .bind(QStringLiteral(":status"), s.status)
        .bind(QStringLiteral(":at"), nullIfZero(s.timestamp))
        .bind(QStringLiteral(":recipient"), nullIfEmpty(s.recipientId))
        .bind(QStringLiteral(":conversation"), nullIfEmpty(s.conversationId))
        .bind(QStringLiteral(":expiry"), nullIfZero(s.conversationExpiry))
        .bind(QStringLiteral(":origin"), nullIfEmpty(s.conversationOrigin))
        .bind(QStringLiteral(":model"), nullIfEmpty(s.pricing.model))
        .bind(QStringLiteral(":category"), nullIfEmpty(s.pricing.category))
        .bind(QStringLiteral(":pricing_type"), nullIfEmpty(s.pricing.type))
        .bind(QStringLiteral(":billable"),
              s.pricing.billable ? QVariant(*s.pricing.billable ? 1 : 0) : QVariant(QMetaType::fromType<int>()))
        .bind(QStringLiteral(":opaque"), nullIfEmpty(s.bizOpaqueCallbackData))
        .bind(QStringLiteral(":error_code"), nullIfZero(err.code))
        .bind(QStringLiteral(":error_title"), nullIfEmpty(err.title))
        .bind(QStringLiteral(":error_details"), nullIfEmpty(err.details.isEmpty() ? err.message : err.details))
        .bind(QStringLiteral(":errors"), nullIfEmpty(errorsJson(s.errors)))
        .bind(QStringLiteral(":received_at"), receivedAtMs)
        .bind(QStringLiteral(":payload"), nullIfEmpty(extraPayload(s.raw)));
    if (!m_history.exec(error))
        return false;
    *isNew = m_history.rowsAffected() > 0;
    return true;
}

bool StatusWriter::write(const QString& channelId, const StatusUpdate& s, qint64 receivedAtMs, ChangeSet* changes,
                         QString* error)
{
    if (s.id.isEmpty() || s.status.isEmpty())
        return true; // reported by the parser; the journal keeps the body
    bool isNew = false;
    if (!insertHistory(channelId, s, receivedAtMs, &isNew, error))
        return false;
    if (!isNew)
        return true; // the same (wamid, status) again (§5.5)
    ++changes->newStatuses;
    if (!s.bizOpaqueCallbackData.isEmpty()) {
        OutboxWriter::Settled settled;
        if (!m_outbox->settleByStatus(channelId, s.bizOpaqueCallbackData, s.id, m_search, &settled, error))
            return false;
        if (settled.id > 0) {
            changes->outboxItems.insert(settled.id);
            ConversationWriter::Activity activity;
            activity.activityAt = settled.sentAtMs / 1000;
            activity.lastMessageId = s.id;
            if (!settled.conversationId.isEmpty() &&
                !m_conversations->recordActivity(settled.conversationId, activity, error))
                return false;
        }
    }

    const int statusRank = rank(s.status);
    const WebhookError err = s.errors.value(0);
    const QVariant at = nullIfZero(s.timestamp > 0 ? s.timestamp : receivedAtMs / 1000);
    const QVariant errorCode = nullIfZero(err.code);
    const QVariant errorTitle = nullIfEmpty(err.title);
    const QVariant errorDetails = nullIfEmpty(err.details.isEmpty() ? err.message : err.details);
    if (statusRank > 0) {
        m_advance.bind(QStringLiteral(":status"), s.status)
            .bind(QStringLiteral(":rank"), statusRank)
            .bind(QStringLiteral(":at"), at)
            .bind(QStringLiteral(":error_code"), errorCode)
            .bind(QStringLiteral(":error_title"), errorTitle)
            .bind(QStringLiteral(":error_details"), errorDetails)
            .bind(QStringLiteral(":model"), nullIfEmpty(s.pricing.model))
            .bind(QStringLiteral(":pricing_type"), nullIfEmpty(s.pricing.type))
            .bind(QStringLiteral(":category"), nullIfEmpty(s.pricing.category))
            .bind(QStringLiteral(":channel"), channelId)
            .bind(QStringLiteral(":wamid"), s.id);
        if (!m_advance.exec(error))
            return false;
        const bool advanced = m_advance.next();
        const QString conversationId = advanced ? m_advance.value(0).toString() : QString();
        m_advance.finish();
        if (advanced && statusRank == failedRank && err.code == 131049 && !pauseMarketing(channelId, s, error))
            return false;
        if (advanced) {
            if (!conversationId.isEmpty())
                changes->touch(conversationId, s.id);
            return true;
        }
    }
    // Not advanced: the message has a status as high already, or we do not have it. In the second case a
    // placeholder keeps the status until the message itself (an echo, our own send) arrives.
    QString conversationId;
    if (s.isGroup()) {
        // A group message's status: recipient_id is the group (Meta "Webhooks for Groups API").
        if (!m_groups->ensureConversation(channelId, s.recipientId, &conversationId, error))
            return false;
    } else {
        ContactRef recipient;
        recipient.waId = s.recipientId;
        recipient.userId = s.recipientUserId;
        recipient.parentUserId = s.recipientParentUserId;
        recipient.username = s.recipientUsername;
        if (!m_conversations->ensure(channelId, recipient, &conversationId, error, &changes->merges))
            return false;
    }
    m_placeholder.bind(QStringLiteral(":channel"), channelId)
        .bind(QStringLiteral(":wamid"), s.id)
        .bind(QStringLiteral(":conversation"), nullIfEmpty(conversationId))
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":received_at"), receivedAtMs)
        .bind(QStringLiteral(":status"), statusRank > 0 ? nullIfEmpty(s.status) : nullIfEmpty(QString()))
        .bind(QStringLiteral(":rank"), statusRank)
        .bind(QStringLiteral(":error_code"),
              statusRank == failedRank ? errorCode : QVariant(QMetaType::fromType<qint64>()))
        .bind(QStringLiteral(":error_title"),
              statusRank == failedRank ? errorTitle : QVariant(QMetaType::fromType<QString>()))
        .bind(QStringLiteral(":error_details"),
              statusRank == failedRank ? errorDetails : QVariant(QMetaType::fromType<QString>()))
        .bind(QStringLiteral(":model"), nullIfEmpty(s.pricing.model))
        .bind(QStringLiteral(":category"), nullIfEmpty(s.pricing.category))
        .bind(QStringLiteral(":pricing_type"), nullIfEmpty(s.pricing.type));
    if (!m_placeholder.exec(error))
        return false;
    const bool created = m_placeholder.next();
    m_placeholder.finish();
    if (created && statusRank == failedRank && err.code == 131049 && !pauseMarketing(channelId, s, error))
        return false;
    if (created && !conversationId.isEmpty())
        changes->touch(conversationId, s.id);
    return true;
}

bool StatusWriter::pauseMarketing(const QString& channelId, const StatusUpdate& s, QString* error)
{
    constexpr qint64 kDay = 24 * 3600;
    m_pause.bind(QStringLiteral(":until"), (s.timestamp > 0 ? s.timestamp : QDateTime::currentSecsSinceEpoch()) + kDay)
        .bind(QStringLiteral(":channel"), channelId)
        .bind(QStringLiteral(":wamid"), s.id);
    return m_pause.exec(error);
}

} // namespace wabadesk::store
