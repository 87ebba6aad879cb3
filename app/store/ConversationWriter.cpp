#include "store/ConversationWriter.h"

#include "store/PhoneFormat.h"

#include <QDateTime>

namespace wabadesk::store {

bool ConversationWriter::prepare(const QSqlDatabase& db, QString* error)
{
    // COALESCE keeps what we know when a later payload leaves a field out (a status has no profile name).
    return m_upsertContact.prepare(
               db,
               QStringLiteral(
                   "INSERT INTO contacts (contact_key, wa_id, user_id, parent_user_id, profile_name, phone_e164,"
                   " phone_international, phone_region, updated_at_ms)"
                   " VALUES (:key, :wa_id, :user_id, :parent, :name, :e164, :international, :region, :now)"
                   " ON CONFLICT (contact_key) DO UPDATE SET"
                   " wa_id = COALESCE(excluded.wa_id, contacts.wa_id),"
                   " user_id = COALESCE(excluded.user_id, contacts.user_id),"
                   " parent_user_id = COALESCE(excluded.parent_user_id, contacts.parent_user_id),"
                   " profile_name = COALESCE(excluded.profile_name, contacts.profile_name),"
                   " updated_at_ms = excluded.updated_at_ms"),
               error) &&
           m_insertConversation.prepare(db,
                                        QStringLiteral("INSERT INTO conversations (id, channel_id, contact_key)"
                                                       " VALUES (:id, :channel, :key) ON CONFLICT (id) DO NOTHING"),
                                        error) &&
           m_activity.prepare(
               db,
               QStringLiteral(
                   "UPDATE conversations SET"
                   " last_inbound_at = CASE WHEN :inbound_at IS NOT NULL AND"
                   "  (last_inbound_at IS NULL OR last_inbound_at < :inbound_at) THEN :inbound_at"
                   "  ELSE last_inbound_at END,"
                   " last_message_id = CASE WHEN :message_id IS NOT NULL AND"
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

bool ConversationWriter::ensure(const QString& channelId, const ContactRef& contact, QString* conversationId,
                                QString* error)
{
    const QString key = contact.key();
    if (key.isEmpty()) {
        conversationId->clear();
        return true;
    }
    const auto known = m_contactNames.constFind(key);
    const bool nameIsNew =
        !contact.profileName.isEmpty() && (known == m_contactNames.cend() || *known != contact.profileName);
    if (known == m_contactNames.cend() || nameIsNew) {
        const FormattedPhone phone = formatPhone(contact.waId);
        m_upsertContact.bind(QStringLiteral(":key"), key)
            .bind(QStringLiteral(":wa_id"), nullIfEmpty(contact.waId))
            .bind(QStringLiteral(":user_id"), nullIfEmpty(contact.userId))
            .bind(QStringLiteral(":parent"), nullIfEmpty(contact.parentUserId))
            .bind(QStringLiteral(":name"), nullIfEmpty(contact.profileName))
            .bind(QStringLiteral(":e164"), nullIfEmpty(phone.e164))
            .bind(QStringLiteral(":international"), nullIfEmpty(phone.international))
            .bind(QStringLiteral(":region"), nullIfEmpty(phone.region))
            .bind(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch());
        if (!m_upsertContact.exec(error))
            return false;
        m_contactNames.insert(
            key, contact.profileName.isEmpty() && known != m_contactNames.cend() ? *known : contact.profileName);
    }
    *conversationId = ConversationWriter::conversationId(channelId, key);
    if (m_conversations.contains(*conversationId))
        return true;
    m_insertConversation.bind(QStringLiteral(":id"), *conversationId)
        .bind(QStringLiteral(":channel"), channelId)
        .bind(QStringLiteral(":key"), key);
    if (!m_insertConversation.exec(error))
        return false;
    m_conversations.insert(*conversationId);
    return true;
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
    m_contactNames.clear();
    m_conversations.clear();
}

} // namespace wabadesk::store
