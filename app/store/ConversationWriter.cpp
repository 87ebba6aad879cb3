#include "store/ConversationWriter.h"

#include "store/PhoneFormat.h"

#include <QDateTime>

namespace wabadesk::store {

namespace {

// What an upsert of the contact would write; equal → nothing new to write.
QString signature(const ContactRef& c)
{
    return c.waId + QLatin1Char('\n') + c.userId + QLatin1Char('\n') + c.parentUserId + QLatin1Char('\n') +
           c.profileName + QLatin1Char('\n') + c.username;
}

} // namespace

bool ConversationWriter::prepare(const QSqlDatabase& db, QString* error)
{
    // COALESCE keeps what we know when a later payload leaves a field out (a status has no profile name). The phone
    // columns follow wa_id: a contact first known by its BSUID gets them when its number comes.
    return m_identities.prepare(db, error) &&
           m_upsertContact.prepare(
               db,
               QStringLiteral(
                   "INSERT INTO contacts (contact_key, wa_id, user_id, parent_user_id, profile_name, username,"
                   " phone_e164, phone_international, phone_region, updated_at_ms)"
                   " VALUES (:key, :wa_id, :user_id, :parent, :name, :username, :e164, :international, :region, :now)"
                   " ON CONFLICT (contact_key) DO UPDATE SET"
                   " wa_id = COALESCE(excluded.wa_id, contacts.wa_id),"
                   " user_id = COALESCE(excluded.user_id, contacts.user_id),"
                   " parent_user_id = COALESCE(excluded.parent_user_id, contacts.parent_user_id),"
                   " profile_name = COALESCE(excluded.profile_name, contacts.profile_name),"
                   " username = COALESCE(excluded.username, contacts.username),"
                   " phone_e164 = COALESCE(excluded.phone_e164, contacts.phone_e164),"
                   " phone_international = COALESCE(excluded.phone_international, contacts.phone_international),"
                   " phone_region = COALESCE(excluded.phone_region, contacts.phone_region),"
                   " updated_at_ms = excluded.updated_at_ms"),
               error) &&
           m_insertConversation.prepare(
               db,
               QStringLiteral("INSERT INTO conversations (id, channel_id, contact_key, kind, group_id)"
                              " VALUES (:id, :channel, :key, :kind, :group) ON CONFLICT (id) DO NOTHING"),
               error) &&
           m_activity.prepare(
               db,
               QStringLiteral(
                   // A value only tested for NULL gets its type from a CAST: PostgreSQL cannot infer it.
                   "UPDATE conversations SET"
                   " last_inbound_at = CASE WHEN CAST(:inbound_at AS BIGINT) IS NOT NULL AND"
                   "  (last_inbound_at IS NULL OR last_inbound_at < :inbound_at) THEN :inbound_at"
                   "  ELSE last_inbound_at END,"
                   " last_message_id = CASE WHEN CAST(:message_id AS TEXT) IS NOT NULL AND"
                   "  (last_activity_at IS NULL OR last_activity_at <= :activity_at) THEN :message_id"
                   "  ELSE last_message_id END,"
                   " last_activity_at = CASE WHEN last_activity_at IS NULL OR last_activity_at < :activity_at"
                   "  THEN :activity_at ELSE last_activity_at END,"
                   " unread_count = unread_count + :unread"
                   " WHERE id = :id"),
               error);
}

QString ConversationWriter::conversationId(const QString& channelId, const QString& contactKey)
{
    return channelId + QLatin1Char('/') + contactKey;
}

bool ConversationWriter::upsertContact(const QString& key, const ContactRef& contact, QString* error)
{
    const QString written = signature(contact);
    if (m_contactSeen.value(key) == written)
        return true;
    const FormattedPhone phone = formatPhone(contact.waId);
    m_upsertContact.bind(QStringLiteral(":key"), key)
        .bind(QStringLiteral(":wa_id"), nullIfEmpty(contact.waId))
        .bind(QStringLiteral(":user_id"), nullIfEmpty(contact.userId))
        .bind(QStringLiteral(":parent"), nullIfEmpty(contact.parentUserId))
        .bind(QStringLiteral(":name"), nullIfEmpty(contact.profileName))
        .bind(QStringLiteral(":username"), nullIfEmpty(contact.username))
        .bind(QStringLiteral(":e164"), nullIfEmpty(phone.e164))
        .bind(QStringLiteral(":international"), nullIfEmpty(phone.international))
        .bind(QStringLiteral(":region"), nullIfEmpty(phone.region))
        .bind(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch());
    if (!m_upsertContact.exec(error))
        return false;
    m_contactSeen.insert(key, written);
    return true;
}

bool ConversationWriter::insertConversation(const QString& id, const QString& channelId, const QString& key,
                                            const QString& groupId, QString* error)
{
    if (m_conversations.contains(id))
        return true;
    m_insertConversation.bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":channel"), channelId)
        .bind(QStringLiteral(":key"), key)
        .bind(QStringLiteral(":kind"), groupId.isEmpty() ? QStringLiteral("customer") : QStringLiteral("group"))
        .bind(QStringLiteral(":group"), nullIfEmpty(groupId));
    if (!m_insertConversation.exec(error))
        return false;
    m_conversations.insert(id);
    return true;
}

bool ConversationWriter::ensure(const QString& channelId, const ContactRef& contact, QString* conversationId,
                                QString* error, QList<ConversationMerge>* merges)
{
    conversationId->clear();
    if (contact.isEmpty())
        return true;
    // The same ids again in this batch (a busy customer): nothing to look up or write unless the name changed.
    const QString seen = channelId + QLatin1Char('\n') + contact.waId + QLatin1Char('\n') + contact.userId +
                         QLatin1Char('\n') + contact.parentUserId;
    if (const auto it = m_resolved.constFind(seen);
        it != m_resolved.cend() && (contact.profileName.isEmpty() || it->profileName == contact.profileName) &&
        (contact.username.isEmpty() || it->username == contact.username)) {
        *conversationId = it->conversationId;
        return true;
    }
    QString key;
    QList<ConversationMerge> merged;
    if (!m_identities.resolve(channelId, contact, &key, &merged, error))
        return false;
    if (!merged.isEmpty()) {
        // Rows this batch remembered may have moved or gone.
        m_contactSeen.clear();
        m_conversations.clear();
        m_resolved.clear();
        if (merges)
            *merges += merged;
    }
    if (key.isEmpty())
        key = contact.key();
    if (!upsertContact(key, contact, error) || !m_identities.link(channelId, contact, key, error))
        return false;
    *conversationId = ConversationWriter::conversationId(channelId, key);
    if (!insertConversation(*conversationId, channelId, key, QString(), error))
        return false;
    m_resolved.insert(seen, {*conversationId, contact.profileName, contact.username});
    return true;
}

bool ConversationWriter::ensureGroup(const QString& channelId, const QString& groupId, const QString& subject,
                                     QString* conversationId, QString* error)
{
    conversationId->clear();
    if (groupId.isEmpty())
        return true;
    const QString key = groupContactKey(groupId);
    ContactRef group;
    group.profileName = subject; // the group's name is what the list shows
    if (!upsertContact(key, group, error))
        return false;
    *conversationId = ConversationWriter::conversationId(channelId, key);
    return insertConversation(*conversationId, channelId, key, groupId, error);
}

bool ConversationWriter::recordActivity(const QString& conversationId, const Activity& activity, QString* error)
{
    if (conversationId.isEmpty())
        return true;
    m_activity.bind(QStringLiteral(":inbound_at"), nullIfZero(activity.inboundAt))
        .bind(QStringLiteral(":activity_at"), activity.activityAt)
        .bind(QStringLiteral(":message_id"), nullIfEmpty(activity.lastMessageId))
        .bind(QStringLiteral(":unread"), activity.countsAsUnread ? 1 : 0)
        .bind(QStringLiteral(":id"), conversationId);
    return m_activity.exec(error);
}

void ConversationWriter::forget()
{
    m_resolved.clear();
    m_contactSeen.clear();
    m_conversations.clear();
    m_identities.forget();
}

} // namespace wabadesk::store
