#include "store/MessageWriter.h"

#include "store/ChangeSet.h"
#include "store/ConversationWriter.h"
#include "store/GroupWriter.h"
#include "text/SafeText.h"

#include <QJsonDocument>

namespace wabadesk::store {

namespace {

// Reactions, edits and revokes act on another message; they are not bubbles of their own.
bool actsOnAnotherMessage(const QString& type)
{
    return type == QLatin1String("reaction") || type == QLatin1String("edit") || type == QLatin1String("revoke");
}

// What kind of interactive reply or system message it is (the type alone says "interactive" / "system").
QString subtypeOf(const MessageContent& c)
{
    if (c.type == QLatin1String("interactive"))
        return c.interactiveType;
    if (c.type == QLatin1String("system"))
        return c.systemType;
    return {};
}

// The typed extras of a subtype, as a small JSON object (StoredMessage::data): a Flow's answers, a call permission.
QString dataOf(const MessageContent& c)
{
    QJsonObject o;
    if (!c.flowResponseJson.isEmpty()) {
        o.insert(QStringLiteral("response_json"), c.flowResponseJson);
        if (!c.flowName.isEmpty())
            o.insert(QStringLiteral("name"), c.flowName);
    }
    if (c.interactiveType == QLatin1String("call_permission_reply")) {
        o.insert(QStringLiteral("response"), c.callPermissionResponse);
        if (c.callPermissionExpiresAt > 0)
            o.insert(QStringLiteral("expiration_timestamp"), c.callPermissionExpiresAt);
        if (!c.callPermissionSource.isEmpty())
            o.insert(QStringLiteral("response_source"), c.callPermissionSource);
    }
    if (!c.systemWaId.isEmpty())
        o.insert(QStringLiteral("wa_id"), c.systemWaId);
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The words search finds a message by: its text, and a Flow's answers (nfm_reply, issue #16).
QString searchableText(const MessageContent& c)
{
    if (c.flowResponseJson.isEmpty())
        return c.text;
    QStringList words{c.text};
    const QJsonObject answers = QJsonDocument::fromJson(c.flowResponseJson.toUtf8()).object();
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (it.key() != QLatin1String("flow_token") && it.value().isString())
            words << it.value().toString();
    }
    return words.join(QLatin1Char(' '));
}

} // namespace

MessageWriter::MessageWriter(ConversationWriter* conversations, GroupWriter* groups)
    : m_conversations(conversations)
    , m_groups(groups)
{}

bool MessageWriter::prepare(const QSqlDatabase& db, const SqlDialect& dialect, QString* error)
{
    // DO UPDATE … WHERE origin = 'placeholder': a known wamid returns no row (a duplicate); a placeholder made by an
    // early status gets its content and keeps its status and error.
    static const char* const insertSql =
        "INSERT INTO messages (channel_id, wamid, conversation_id, direction, origin, type, raw_type, text, caption,"
        " filename, media_id, media_mime, media_sha256, latitude, longitude, sender_name, sender_key, subtype, data,"
        " target_id, reply_to_id, forwarded, sent_at, received_at_ms, error_code, error_title, error_details,"
        " payload)"
        " VALUES (:channel, :wamid, :conversation, :direction, :origin, :type, :raw_type, :text, :caption,"
        " :filename, :media_id, :media_mime, :media_sha256, :latitude, :longitude, :sender, :sender_key, :subtype,"
        " :data, :target, :reply_to, :forwarded, :sent_at, :received_at, :error_code, :error_title, :error_details,"
        " :payload)"
        " ON CONFLICT (channel_id, wamid) DO UPDATE SET"
        " conversation_id = COALESCE(messages.conversation_id, excluded.conversation_id),"
        " direction = excluded.direction, origin = excluded.origin, type = excluded.type,"
        " raw_type = excluded.raw_type, text = excluded.text, caption = excluded.caption,"
        " filename = excluded.filename, media_id = excluded.media_id, media_mime = excluded.media_mime,"
        " media_sha256 = excluded.media_sha256, latitude = excluded.latitude, longitude = excluded.longitude,"
        " sender_name = excluded.sender_name, sender_key = excluded.sender_key, subtype = excluded.subtype,"
        " data = excluded.data, target_id = excluded.target_id, reply_to_id = excluded.reply_to_id,"
        " forwarded = excluded.forwarded, sent_at = COALESCE(excluded.sent_at, messages.sent_at),"
        " error_code = COALESCE(messages.error_code, excluded.error_code),"
        " error_title = COALESCE(messages.error_title, excluded.error_title),"
        " error_details = COALESCE(messages.error_details, excluded.error_details),"
        " payload = excluded.payload"
        " WHERE messages.origin = 'placeholder'"
        " RETURNING id";
    // A reaction replaces the same person's earlier one; an older one arriving late changes nothing (§5.5).
    static const char* const reactionSql =
        "INSERT INTO reactions (channel_id, message_wamid, reactor_key, emoji, reaction_wamid, reacted_at)"
        " VALUES (:channel, :target, :reactor, :emoji, :wamid, :at)"
        " ON CONFLICT (channel_id, message_wamid, reactor_key) DO UPDATE SET emoji = excluded.emoji,"
        " reaction_wamid = excluded.reaction_wamid, reacted_at = excluded.reacted_at"
        " WHERE excluded.reacted_at >= reactions.reacted_at";
    static const char* const mediaSql =
        "INSERT INTO media (channel_id, media_id, wamid, mime_type, sha256, filename, url)"
        " VALUES (:channel, :media_id, :wamid, :mime, :sha256, :filename, :url)"
        " ON CONFLICT (channel_id, media_id) DO NOTHING";
    // call_permission_reply (UPDATES-2026.md §2): the conversation knows whether, and until when, calls are allowed.
    static const char* const permissionSql =
        "UPDATE conversations SET call_permission = :response, call_permission_until = :until WHERE id = :id";
    return m_search.prepare(db, dialect, error) && m_edits.prepare(db, error) &&
           m_insert.prepare(db, QLatin1String(insertSql), error) &&
           m_permission.prepare(db, QLatin1String(permissionSql), error) &&
           m_reaction.prepare(db, QLatin1String(reactionSql), error) &&
           m_media.prepare(db, QLatin1String(mediaSql), error);
}

bool MessageWriter::write(const QString& channelId, const InboundMessage& m, const QList<WebhookError>& valueErrors,
                          qint64 receivedAtMs, ChangeSet* changes, QString* error)
{
    if (m.id.isEmpty())
        return true; // nothing to key it by; the parser reported it and the journal keeps the body
    QString conversationId;
    Sender sender;
    if (!m.groupId.isEmpty()) {
        // A group message (UPDATES-2026.md §3): the group's conversation; `from` is the participant who wrote.
        if (!m_groups->ensureConversation(channelId, m.groupId, &conversationId, error))
            return false;
        if (!m.isEcho) {
            GroupParticipant participant;
            participant.waId = m.customerWaId;
            participant.userId = m.customerUserId;
            participant.name = m.profileName;
            participant.username = m.username;
            sender.key = participant.key();
            if (!m_groups->recordParticipant(channelId, m.groupId, participant, QStringLiteral("member"),
                                             m.timestamp > 0 ? m.timestamp : receivedAtMs / 1000, error))
                return false;
        }
    } else {
        ContactRef contact;
        contact.waId = m.customerWaId;
        contact.userId = m.customerUserId;
        contact.parentUserId = m.customerParentUserId;
        contact.profileName = m.profileName;
        contact.username = m.username;
        if (!m_conversations->ensure(channelId, contact, &conversationId, error, &changes->merges))
            return false;
    }
    sender.name = m.isEcho ? QString() : m.profileName;
    qint64 rowId = 0;
    if (!insert(channelId, conversationId, m, sender, valueErrors, receivedAtMs, &rowId, error))
        return false;
    if (rowId == 0)
        return true; // a duplicate delivery (§5.5)
    ++changes->newMessages;

    const QString& type = m.content.type;
    const qint64 at = m.timestamp > 0 ? m.timestamp : receivedAtMs / 1000;
    if (type == QLatin1String("reaction")) {
        if (!applyReaction(channelId, m, at, error))
            return false;
        if (!conversationId.isEmpty()) {
            changes->touch(conversationId, m.content.reactionMessageId);
            changes->touch(conversationId, m.id); // shown on its own while its message is not in the store
        }
    } else if (type == QLatin1String("edit") || type == QLatin1String("revoke")) {
        EditWriter::Change change;
        change.isRevoke = type == QLatin1String("revoke");
        change.targetWamid = m.content.originalMessageId;
        change.at = at;
        if (m.edited) {
            change.text = m.edited->text;
            change.caption = m.edited->caption;
            if (!recordMedia(channelId, change.targetWamid, m.edited->media, error))
                return false;
        }
        if (!change.targetWamid.isEmpty() && !m_edits.apply(channelId, change, changes, error))
            return false;
    } else {
        QStringList names = m.content.contactNames;
        if (!m.profileName.isEmpty())
            names.prepend(m.profileName);
        if (!m.username.isEmpty())
            names.append(m.username);
        const SearchIndexWriter::Fields fields{searchableText(m.content), m.content.caption, m.content.media.filename,
                                               names.join(QLatin1Char(' '))};
        m_search.index(rowId, fields);
        if (!recordMedia(channelId, m.id, m.content.media, error) ||
            !m_edits.applyPending(channelId, m.id, changes, error))
            return false;
        if (!conversationId.isEmpty())
            changes->touch(conversationId, m.id);
        if (m.content.interactiveType == QLatin1String("call_permission_reply") && !conversationId.isEmpty()) {
            m_permission.bind(QStringLiteral(":response"), nullIfEmpty(m.content.callPermissionResponse))
                .bind(QStringLiteral(":until"), nullIfZero(m.content.callPermissionExpiresAt))
                .bind(QStringLiteral(":id"), conversationId);
            if (!m_permission.exec(error))
                return false;
        }
        if (!m.isEcho && !conversationId.isEmpty()) {
            NewMessageNotice notice;
            notice.channelId = channelId;
            notice.conversationId = conversationId;
            notice.wamid = m.id;
            notice.senderName = text::withoutBidiControls(!m.profileName.isEmpty() ? m.profileName
                                                          : !m.username.isEmpty()  ? QLatin1Char('@') + m.username
                                                                                   : m.customerKey());
            notice.type = type;
            notice.preview = m.content.text.isEmpty() ? m.content.caption : m.content.text;
            notice.at = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
            changes->inbound.append(notice);
        }
    }

    ConversationWriter::Activity activity;
    activity.inboundAt = m.isEcho ? 0 : m.timestamp; // §8.4: the window runs from the webhook timestamp
    activity.activityAt = at;
    if (!actsOnAnotherMessage(type)) {
        activity.lastMessageId = m.id;
        activity.countsAsUnread = !m.isEcho;
    }
    return m_conversations->recordActivity(conversationId, activity, error);
}

bool MessageWriter::insert(const QString& channelId, const QString& conversationId, const InboundMessage& m,
                           const Sender& sender, const QList<WebhookError>& valueErrors, qint64 receivedAtMs,
                           qint64* rowId, QString* error)
{
    const MessageContent& c = m.edited && m.content.type == QLatin1String("edit") ? *m.edited : m.content;
    QString target = m.content.originalMessageId;
    if (m.content.type == QLatin1String("reaction"))
        target = m.content.reactionMessageId;
    const WebhookError err = !m.errors.isEmpty() ? m.errors.first() : valueErrors.value(0);
    const QVariant noNumber(QMetaType::fromType<double>());
    m_insert.bind(QStringLiteral(":channel"), channelId)
        .bind(QStringLiteral(":wamid"), m.id)
        .bind(QStringLiteral(":conversation"), nullIfEmpty(conversationId))
        .bind(QStringLiteral(":direction"), m.isEcho ? QStringLiteral("out") : QStringLiteral("in"))
        .bind(QStringLiteral(":origin"), m.isEcho ? QStringLiteral("echo") : QStringLiteral("webhook"))
        .bind(QStringLiteral(":type"), m.content.type)
        .bind(QStringLiteral(":raw_type"), nullIfEmpty(m.content.rawType))
        // a reaction row keeps its emoji as text; an edit row its new text, applied when its target arrives
        .bind(QStringLiteral(":text"),
              nullIfEmpty(m.content.type == QLatin1String("reaction") ? m.content.reactionEmoji : c.text))
        .bind(QStringLiteral(":caption"), nullIfEmpty(c.caption))
        .bind(QStringLiteral(":filename"), nullIfEmpty(c.media.filename))
        .bind(QStringLiteral(":media_id"), nullIfEmpty(c.media.id))
        .bind(QStringLiteral(":media_mime"), nullIfEmpty(c.media.mimeType))
        .bind(QStringLiteral(":media_sha256"), nullIfEmpty(c.media.sha256))
        .bind(QStringLiteral(":latitude"), c.location ? QVariant(c.location->latitude) : noNumber)
        .bind(QStringLiteral(":longitude"), c.location ? QVariant(c.location->longitude) : noNumber)
        .bind(QStringLiteral(":sender"), nullIfEmpty(sender.name))
        .bind(QStringLiteral(":sender_key"), nullIfEmpty(sender.key))
        .bind(QStringLiteral(":subtype"), nullIfEmpty(subtypeOf(c)))
        .bind(QStringLiteral(":data"), nullIfEmpty(dataOf(c)))
        .bind(QStringLiteral(":target"), nullIfEmpty(target))
        .bind(QStringLiteral(":reply_to"), nullIfEmpty(m.context.id))
        .bind(QStringLiteral(":forwarded"), m.context.isFrequentlyForwarded ? 2
                                            : m.context.isForwarded         ? 1
                                                                            : 0)
        // the webhook timestamp; the receive time when it has none, so that every row sorts into the timeline
        .bind(QStringLiteral(":sent_at"), m.timestamp > 0 ? m.timestamp : receivedAtMs / 1000)
        .bind(QStringLiteral(":received_at"), receivedAtMs)
        .bind(QStringLiteral(":error_code"), nullIfZero(err.code))
        .bind(QStringLiteral(":error_title"), nullIfEmpty(err.title))
        .bind(QStringLiteral(":error_details"), nullIfEmpty(err.details.isEmpty() ? err.message : err.details))
        .bind(QStringLiteral(":payload"), QString::fromUtf8(QJsonDocument(m.raw).toJson(QJsonDocument::Compact)));
    if (!m_insert.exec(error))
        return false;
    *rowId = m_insert.next() ? m_insert.value(0).toLongLong() : 0;
    m_insert.finish();
    return true;
}

bool MessageWriter::applyReaction(const QString& channelId, const InboundMessage& m, qint64 at, QString* error)
{
    if (m.content.reactionMessageId.isEmpty())
        return true;
    // Removal (emoji "" or missing, §6.3) is stored as "": the reaction is gone, and stays gone if an older
    // delivery of the reaction itself comes late.
    m_reaction.bind(QStringLiteral(":channel"), channelId)
        .bind(QStringLiteral(":target"), m.content.reactionMessageId)
        .bind(QStringLiteral(":reactor"), m.customerKey())
        .bind(QStringLiteral(":emoji"), m.content.reactionEmoji.isNull() ? QStringLiteral("") : m.content.reactionEmoji)
        .bind(QStringLiteral(":wamid"), m.id)
        .bind(QStringLiteral(":at"), at);
    return m_reaction.exec(error);
}

bool MessageWriter::recordMedia(const QString& channelId, const QString& wamid, const InboundMedia& media,
                                QString* error)
{
    if (media.id.isEmpty() || wamid.isEmpty())
        return true;
    m_media.bind(QStringLiteral(":channel"), channelId)
        .bind(QStringLiteral(":media_id"), media.id)
        .bind(QStringLiteral(":wamid"), wamid)
        .bind(QStringLiteral(":mime"), nullIfEmpty(media.mimeType))
        .bind(QStringLiteral(":sha256"), nullIfEmpty(media.sha256))
        .bind(QStringLiteral(":filename"), nullIfEmpty(media.filename))
        .bind(QStringLiteral(":url"), nullIfEmpty(media.url));
    return m_media.exec(error);
}

} // namespace wabadesk::store
