#include "store/PreferenceWriter.h"

#include "store/ChangeSet.h"
#include "store/ConversationWriter.h"
#include "store/TimelineWriter.h"

#include <QJsonDocument>

namespace wabadesk::store {

bool PreferenceWriter::prepare(const QSqlDatabase& db, QString* error)
{
    return m_update.prepare(db,
                            QStringLiteral("UPDATE conversations SET marketing_preference = :value,"
                                           " marketing_preference_at = :at WHERE id = :id AND"
                                           " (marketing_preference_at IS NULL OR marketing_preference_at <= :at)"),
                            error);
}

bool PreferenceWriter::apply(const QString& channelId, const UserPreference& p, qint64 receivedAtMs, ChangeSet* changes,
                             QString* error)
{
    ContactRef customer;
    customer.waId = p.waId;
    customer.userId = p.userId;
    QString conversationId;
    if (!m_conversations->ensure(channelId, customer, &conversationId, error, &changes->merges))
        return false;
    if (conversationId.isEmpty())
        return true;
    const qint64 at = p.timestamp > 0 ? p.timestamp : receivedAtMs / 1000;
    TimelineWriter::Entry line;
    line.channelId = channelId;
    line.id = TimelineWriter::eventId(QStringLiteral("user_preferences"), p.raw);
    line.conversationId = conversationId;
    line.type = QStringLiteral("system");
    line.subtype = QStringLiteral("user_preferences");
    line.text = p.detail;
    line.data = QJsonObject{{QStringLiteral("category"), p.category}, {QStringLiteral("value"), p.value}};
    line.at = at;
    line.receivedAtMs = receivedAtMs;
    qint64 rowId = 0;
    if (!m_timeline->insert(line, &rowId, error))
        return false;
    if (rowId == 0)
        return true;
    ++changes->otherEvents;
    changes->touch(conversationId, line.id);
    if (p.category.isEmpty() || p.category == QLatin1String("marketing_messages")) {
        m_update.bind(QStringLiteral(":value"), p.value)
            .bind(QStringLiteral(":at"), at)
            .bind(QStringLiteral(":id"), conversationId);
        if (!m_update.exec(error))
            return false;
    }
    ConversationWriter::Activity activity;
    activity.activityAt = at;
    activity.lastMessageId = line.id;
    return m_conversations->recordActivity(conversationId, activity, error);
}

bool AccountEventWriter::prepare(const QSqlDatabase& db, QString* error)
{
    // The same event at the same time twice (a redelivery) is stored once.
    return m_insert.prepare(db,
                            QStringLiteral("INSERT INTO account_events (channel_id, event, at, received_at_ms, payload)"
                                           " SELECT :channel, :event, :at, :received_at, :payload WHERE NOT EXISTS"
                                           " (SELECT 1 FROM account_events WHERE channel_id = :channel2 AND"
                                           " event = :event2 AND at = :at2 AND payload = :payload2)"),
                            error);
}

bool AccountEventWriter::apply(const QString& channelId, const AccountEvent& e, qint64 receivedAtMs, ChangeSet* changes,
                               QString* error)
{
    const QString payload = QString::fromUtf8(QJsonDocument(e.raw).toJson(QJsonDocument::Compact));
    const qint64 at = e.time > 0 ? e.time : receivedAtMs / 1000;
    const QString event = e.event.isEmpty() ? QStringLiteral("UNKNOWN") : e.event;
    m_insert.bind(QStringLiteral(":channel"), channelId)
        .bind(QStringLiteral(":event"), event)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":received_at"), receivedAtMs)
        .bind(QStringLiteral(":payload"), payload)
        .bind(QStringLiteral(":channel2"), channelId)
        .bind(QStringLiteral(":event2"), event)
        .bind(QStringLiteral(":at2"), at)
        .bind(QStringLiteral(":payload2"), payload);
    if (!m_insert.exec(error))
        return false;
    if (m_insert.rowsAffected() > 0) {
        ++changes->otherEvents;
        changes->accountChannels.insert(channelId);
    }
    return true;
}

} // namespace wabadesk::store
