#include "store/GroupWriter.h"

#include "store/ChangeSet.h"
#include "store/ConversationWriter.h"
#include "store/TimelineWriter.h"

#include <QJsonArray>

namespace wabadesk::store {

namespace {

// The group's state after an event; "" leaves it.
QString stateAfter(const GroupEvent& e)
{
    const bool failed = !e.errors.isEmpty();
    if (e.type == QLatin1String("group_create"))
        return failed ? QStringLiteral("failed") : QStringLiteral("active");
    if (e.type == QLatin1String("group_delete"))
        return failed ? QString() : QStringLiteral("deleted");
    if (e.type == QLatin1String("group_suspend"))
        return QStringLiteral("suspended");
    if (e.type == QLatin1String("group_suspend_cleared"))
        return QStringLiteral("active");
    return {};
}

QJsonArray participantsJson(const QList<GroupParticipant>& participants)
{
    QJsonArray out;
    for (const GroupParticipant& p : participants) {
        QJsonObject o;
        const auto put = [&o](const char* key, const QString& value) {
            if (!value.isEmpty())
                o.insert(QLatin1String(key), value);
        };
        put("wa_id", p.waId);
        put("user_id", p.userId);
        put("input", p.input);
        put("name", p.name);
        put("username", p.username);
        if (!p.errors.isEmpty())
            o.insert(QStringLiteral("error_code"), p.errors.first().code);
        out.append(o);
    }
    return out;
}

} // namespace

bool GroupWriter::prepare(const QSqlDatabase& db, QString* error)
{
    return m_upsertGroup.prepare(
               db,
               QStringLiteral(
                   "INSERT INTO groups (channel_id, group_id, subject, description, invite_link, join_approval_mode,"
                   " state, created_at, updated_at) VALUES (:channel, :group, :subject, :description, :link, :mode,"
                   " COALESCE(:state, 'active'), :created, :at)"
                   " ON CONFLICT (channel_id, group_id) DO UPDATE SET"
                   " subject = COALESCE(excluded.subject, groups.subject),"
                   " description = COALESCE(excluded.description, groups.description),"
                   " invite_link = COALESCE(excluded.invite_link, groups.invite_link),"
                   " join_approval_mode = COALESCE(excluded.join_approval_mode, groups.join_approval_mode),"
                   " state = CASE WHEN CAST(:state AS TEXT) IS NOT NULL AND (groups.updated_at IS NULL OR"
                   "  groups.updated_at <= :at) THEN :state ELSE groups.state END,"
                   " created_at = COALESCE(groups.created_at, excluded.created_at),"
                   " updated_at = CASE WHEN groups.updated_at IS NULL OR groups.updated_at < :at THEN :at"
                   "  ELSE groups.updated_at END"),
               error) &&
           m_subject.prepare(
               db, QStringLiteral("SELECT subject FROM groups WHERE channel_id = :channel AND group_id = :group"),
               error) &&
           m_participant.prepare(
               db,
               QStringLiteral(
                   "INSERT INTO group_participants (channel_id, group_id, participant_key, wa_id, user_id, name,"
                   " username, state, updated_at) VALUES (:channel, :group, :key, :wa_id, :user_id, :name,"
                   " :username, :state, :at)"
                   " ON CONFLICT (channel_id, group_id, participant_key) DO UPDATE SET"
                   " wa_id = COALESCE(excluded.wa_id, group_participants.wa_id),"
                   " user_id = COALESCE(excluded.user_id, group_participants.user_id),"
                   " name = COALESCE(excluded.name, group_participants.name),"
                   " username = COALESCE(excluded.username, group_participants.username),"
                   " state = CASE WHEN group_participants.updated_at IS NULL OR group_participants.updated_at <= :at"
                   "  THEN excluded.state ELSE group_participants.state END,"
                   " updated_at = CASE WHEN group_participants.updated_at IS NULL OR"
                   "  group_participants.updated_at < :at THEN :at ELSE group_participants.updated_at END"),
               error);
}

bool GroupWriter::ensureConversation(const QString& channelId, const QString& groupId, QString* conversationId,
                                     QString* error)
{
    m_subject.bind(QStringLiteral(":channel"), channelId).bind(QStringLiteral(":group"), groupId);
    if (!m_subject.exec(error))
        return false;
    const QString subject = m_subject.next() ? m_subject.value(0).toString() : QString();
    m_subject.finish();
    return m_conversations->ensureGroup(channelId, groupId, subject, conversationId, error);
}

bool GroupWriter::recordParticipant(const QString& channelId, const QString& groupId,
                                    const GroupParticipant& participant, const QString& state, qint64 at,
                                    QString* error)
{
    if (participant.key().isEmpty() || groupId.isEmpty())
        return true;
    m_participant.bind(QStringLiteral(":channel"), channelId)
        .bind(QStringLiteral(":group"), groupId)
        .bind(QStringLiteral(":key"), participant.key())
        .bind(QStringLiteral(":wa_id"), nullIfEmpty(participant.waId))
        .bind(QStringLiteral(":user_id"), nullIfEmpty(participant.userId))
        .bind(QStringLiteral(":name"), nullIfEmpty(participant.name))
        .bind(QStringLiteral(":username"), nullIfEmpty(participant.username))
        .bind(QStringLiteral(":state"), state)
        .bind(QStringLiteral(":at"), at);
    return m_participant.exec(error);
}

bool GroupWriter::apply(const QString& channelId, const GroupEvent& e, qint64 receivedAtMs, ChangeSet* changes,
                        QString* error)
{
    if (e.groupId.isEmpty())
        return true; // a create that failed before it had an id: the journal keeps it
    const qint64 at = e.timestamp > 0 ? e.timestamp : receivedAtMs / 1000;
    const QString state = stateAfter(e);
    m_upsertGroup.bind(QStringLiteral(":channel"), channelId)
        .bind(QStringLiteral(":group"), e.groupId)
        .bind(QStringLiteral(":subject"), nullIfEmpty(e.subject))
        .bind(QStringLiteral(":description"), nullIfEmpty(e.description))
        .bind(QStringLiteral(":link"), nullIfEmpty(e.inviteLink))
        .bind(QStringLiteral(":mode"), nullIfEmpty(e.joinApprovalMode))
        .bind(QStringLiteral(":state"), nullIfEmpty(state))
        .bind(QStringLiteral(":created"), nullIfZero(e.type == QLatin1String("group_create") ? at : 0))
        .bind(QStringLiteral(":at"), at);
    if (!m_upsertGroup.exec(error))
        return false;
    QString conversationId;
    if (!ensureConversation(channelId, e.groupId, &conversationId, error))
        return false;

    for (const GroupParticipant& p : e.added) {
        if (!recordParticipant(channelId, e.groupId, p, QStringLiteral("member"), at, error))
            return false;
    }
    for (const GroupParticipant& p : e.removed) {
        const QString gone =
            e.initiatedBy == QLatin1String("participant") ? QStringLiteral("left") : QStringLiteral("removed");
        if (!recordParticipant(channelId, e.groupId, p, gone, at, error))
            return false;
    }
    if (!e.waId.isEmpty()) { // a join request made or withdrawn
        GroupParticipant asking;
        asking.waId = e.waId;
        const bool created = e.type == QLatin1String("group_join_request_created");
        if (!recordParticipant(channelId, e.groupId, asking,
                               created ? QStringLiteral("requested") : QStringLiteral("request_withdrawn"), at, error))
            return false;
    }

    // The system line: what happened, with whom, and whether it failed.
    TimelineWriter::Entry line;
    line.channelId = channelId;
    line.id = TimelineWriter::eventId(e.field, e.raw);
    line.conversationId = conversationId;
    line.type = QStringLiteral("system");
    line.subtype = e.type.isEmpty() ? e.field : e.type;
    QStringList words;
    for (const QList<GroupParticipant>* list : {&e.added, &e.removed, &e.failed}) {
        for (const GroupParticipant& p : *list)
            words << (p.name.isEmpty() ? p.key() : p.name);
    }
    if (!e.subject.isEmpty())
        words << e.subject;
    line.text = words.join(QStringLiteral(", "));
    QJsonObject data;
    const auto put = [&data](const char* key, const QString& value) {
        if (!value.isEmpty())
            data.insert(QLatin1String(key), value);
    };
    put("subject", e.subject);
    put("description", e.description);
    put("invite_link", e.inviteLink);
    put("reason", e.reason);
    put("initiated_by", e.initiatedBy);
    put("wa_id", e.waId);
    if (!e.added.isEmpty())
        data.insert(QStringLiteral("added"), participantsJson(e.added));
    if (!e.removed.isEmpty())
        data.insert(QStringLiteral("removed"), participantsJson(e.removed));
    if (!e.failed.isEmpty())
        data.insert(QStringLiteral("failed"), participantsJson(e.failed));
    if (e.subjectUpdated)
        data.insert(QStringLiteral("subject_updated"), *e.subjectUpdated);
    if (e.descriptionUpdated)
        data.insert(QStringLiteral("description_updated"), *e.descriptionUpdated);
    if (e.pictureUpdated)
        data.insert(QStringLiteral("picture_updated"), *e.pictureUpdated);
    if (!e.errors.isEmpty()) {
        data.insert(QStringLiteral("error_code"), e.errors.first().code);
        put("error_title", e.errors.first().title.isEmpty() ? e.errors.first().message : e.errors.first().title);
    }
    line.data = data;
    line.at = at;
    line.receivedAtMs = receivedAtMs;
    qint64 rowId = 0;
    if (!m_timeline->insert(line, &rowId, error))
        return false;
    if (rowId == 0)
        return true; // a redelivery
    ++changes->otherEvents;
    changes->touch(conversationId, line.id);
    ConversationWriter::Activity activity;
    activity.activityAt = at;
    activity.lastMessageId = line.id;
    return m_conversations->recordActivity(conversationId, activity, error);
}

} // namespace wabadesk::store
