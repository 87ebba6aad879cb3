#include "store/ContactIdentities.h"

#include "store/StoreLogging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace wabadesk::store {

namespace {

QString cacheKey(const QString& channelId, const char* kind, const QString& value)
{
    return channelId + QLatin1Char('\n') + QLatin1String(kind) + QLatin1Char('\n') + value;
}

} // namespace

bool ContactIdentities::prepare(const QSqlDatabase& db, QString* error)
{
    m_db = db;
    return m_find.prepare(db,
                          QStringLiteral("SELECT contact_key FROM contact_identities"
                                         " WHERE channel_id = :channel AND kind = :kind AND value = :value"),
                          error) &&
           // The phone number is global: a contact another channel knows by it is the same person. The key first
           // (contacts made before the BSUID existed), then the wa_id column (a BSUID-keyed contact linked later).
           m_findContactByWaId.prepare(db,
                                       QStringLiteral("SELECT contact_key FROM contacts WHERE contact_key = :value"
                                                      " UNION ALL SELECT contact_key FROM contacts"
                                                      " WHERE wa_id = :value2 LIMIT 1"),
                                       error) &&
           m_findContactByUserId.prepare(db,
                                         QStringLiteral("SELECT contact_key FROM contacts WHERE contact_key = :value"
                                                        " UNION ALL SELECT contact_key FROM contacts"
                                                        " WHERE user_id = :value2 LIMIT 1"),
                                         error) &&
           m_link.prepare(db,
                          QStringLiteral("INSERT INTO contact_identities (channel_id, kind, value, contact_key)"
                                         " VALUES (:channel, :kind, :value, :key)"
                                         " ON CONFLICT (channel_id, kind, value) DO NOTHING"),
                          error);
}

bool ContactIdentities::find(const QString& channelId, const char* kind, const QString& value, QString* key,
                             QString* error)
{
    key->clear();
    if (value.isEmpty())
        return true;
    const QString cached = cacheKey(channelId, kind, value);
    if (const auto it = m_known.constFind(cached); it != m_known.cend()) {
        *key = *it;
        return true;
    }
    m_find.bind(QStringLiteral(":channel"), channelId)
        .bind(QStringLiteral(":kind"), QLatin1String(kind))
        .bind(QStringLiteral(":value"), value);
    if (!m_find.exec(error))
        return false;
    if (m_find.next())
        *key = m_find.value(0).toString();
    m_find.finish();
    if (!key->isEmpty())
        m_known.insert(cached, *key);
    return true;
}

bool ContactIdentities::findAnywhere(const char* kind, const QString& value, QString* key, QString* error)
{
    key->clear();
    if (value.isEmpty())
        return true;
    SqlStatement& q = qstrcmp(kind, "phone") == 0 ? m_findContactByWaId : m_findContactByUserId;
    q.bind(QStringLiteral(":value"), value).bind(QStringLiteral(":value2"), value);
    if (!q.exec(error))
        return false;
    if (q.next())
        *key = q.value(0).toString();
    q.finish();
    return true;
}

bool ContactIdentities::resolve(const QString& channelId, const ContactRef& ref, QString* key,
                                QList<ConversationMerge>* merges, QString* error)
{
    key->clear();
    QString byPhone;
    QString byBsuid;
    QString byParent;
    if (!find(channelId, "phone", ref.waId, &byPhone, error) ||
        !find(channelId, "bsuid", ref.userId, &byBsuid, error) ||
        !find(channelId, "parent", ref.parentUserId, &byParent, error))
        return false;
    if (byPhone.isEmpty() && !findAnywhere("phone", ref.waId, &byPhone, error))
        return false;
    if (byBsuid.isEmpty() && !findAnywhere("bsuid", ref.userId, &byBsuid, error))
        return false;
    *key = !byPhone.isEmpty() ? byPhone : (!byBsuid.isEmpty() ? byBsuid : byParent);
    if (key->isEmpty())
        return true;
    // The ids named together belong to one person: the contacts each was known by alone become one.
    for (const QString& other : {byBsuid, byParent}) {
        if (!other.isEmpty() && other != *key) {
            qCInfo(lcStore) << "one customer known as two contacts: merging" << other << "into" << *key;
            if (!merge(other, *key, merges, error))
                return false;
        }
    }
    return true;
}

bool ContactIdentities::link(const QString& channelId, const ContactRef& ref, const QString& key, QString* error)
{
    const std::pair<const char*, const QString*> ids[] = {
        {"phone", &ref.waId}, {"bsuid", &ref.userId}, {"parent", &ref.parentUserId}};
    for (const auto& [kind, value] : ids) {
        if (value->isEmpty())
            continue;
        const QString cached = cacheKey(channelId, kind, *value);
        if (m_known.value(cached) == key)
            continue;
        m_link.bind(QStringLiteral(":channel"), channelId)
            .bind(QStringLiteral(":kind"), QLatin1String(kind))
            .bind(QStringLiteral(":value"), *value)
            .bind(QStringLiteral(":key"), key);
        if (!m_link.exec(error))
            return false;
        m_known.insert(cached, key); // a conflicting older link stays (resolve() merged its contact already)
    }
    return true;
}

bool ContactIdentities::exec(const QString& sql, const QList<std::pair<QString, QVariant>>& binds, QString* error)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text() + QStringLiteral(" in: ") + sql.left(120);
        return false;
    }
    for (const auto& [name, value] : binds) {
        if (sql.contains(name)) // a name the statement does not have would be a parameter count mismatch
            q.bindValue(name, value);
    }
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text() + QStringLiteral(" in: ") + sql.left(120);
    return false;
}

bool ContactIdentities::mergeConversation(const QString& fromId, const QString& intoId, const QString& intoKey,
                                          QString* error)
{
    const QList<std::pair<QString, QVariant>> both{{QStringLiteral(":from"), fromId},
                                                   {QStringLiteral(":into"), intoId},
                                                   {QStringLiteral(":newline"), QStringLiteral("\n")}};
    // The surviving conversation: created from the merged one when the customer had none on this channel yet,
    // else it takes the later of each time, the sum of the unread counts and the newer last message.
    if (!exec(QStringLiteral(
                  "INSERT INTO conversations (id, channel_id, contact_key, last_inbound_at, last_activity_at,"
                  " last_message_id, unread_count, window_closed_at, kind, group_id, marketing_preference,"
                  " marketing_preference_at, marketing_paused_until, call_permission, call_permission_until)"
                  " SELECT :into, channel_id, :key, last_inbound_at, last_activity_at, last_message_id, 0,"
                  " window_closed_at, kind, group_id, marketing_preference, marketing_preference_at,"
                  " marketing_paused_until, call_permission, call_permission_until FROM conversations WHERE id = :from"
                  " ON CONFLICT (id) DO NOTHING"),
              {{QStringLiteral(":into"), intoId}, {QStringLiteral(":key"), intoKey}, {QStringLiteral(":from"), fromId}},
              error))
        return false;
    // Portable SQL (SQLite and PostgreSQL): no two-argument MAX, so the later time is a CASE over the merged row f.
    if (!exec(QStringLiteral(
                  "UPDATE conversations SET"
                  " last_message_id = COALESCE((SELECT CASE WHEN f.last_activity_at > COALESCE(conversations"
                  "  .last_activity_at, 0) THEN f.last_message_id END FROM conversations f WHERE f.id = :from),"
                  "  last_message_id),"
                  " last_inbound_at = COALESCE((SELECT CASE WHEN f.last_inbound_at > COALESCE(conversations"
                  "  .last_inbound_at, 0) THEN f.last_inbound_at END FROM conversations f WHERE f.id = :from),"
                  "  last_inbound_at),"
                  " last_activity_at = COALESCE((SELECT CASE WHEN f.last_activity_at > COALESCE(conversations"
                  "  .last_activity_at, 0) THEN f.last_activity_at END FROM conversations f WHERE f.id = :from),"
                  "  last_activity_at),"
                  " window_closed_at = COALESCE((SELECT CASE WHEN f.window_closed_at > COALESCE(conversations"
                  "  .window_closed_at, 0) THEN f.window_closed_at END FROM conversations f WHERE f.id = :from),"
                  "  window_closed_at),"
                  " unread_count = unread_count + (SELECT f.unread_count FROM conversations f WHERE f.id = :from),"
                  " marketing_preference = COALESCE(marketing_preference, (SELECT f.marketing_preference FROM"
                  "  conversations f WHERE f.id = :from)),"
                  " marketing_paused_until = COALESCE(marketing_paused_until, (SELECT f.marketing_paused_until FROM"
                  "  conversations f WHERE f.id = :from)),"
                  " call_permission = COALESCE(call_permission, (SELECT f.call_permission FROM conversations f"
                  "  WHERE f.id = :from)),"
                  " call_permission_until = COALESCE(call_permission_until, (SELECT f.call_permission_until FROM"
                  "  conversations f WHERE f.id = :from))"
                  " WHERE id = :into"),
              both, error))
        return false;
    // Everything that hangs on the conversation id moves; a draft joins the other one's text when both have one.
    static const char* const moves[] = {
        "UPDATE messages SET conversation_id = :into WHERE conversation_id = :from",
        "UPDATE outbox SET conversation_id = :into WHERE conversation_id = :from",
        "UPDATE calls SET conversation_id = :into WHERE conversation_id = :from",
        "UPDATE drafts SET text = text || :newline || (SELECT f.text FROM drafts f WHERE f.conversation_id = :from),"
        " reply_to = COALESCE(reply_to, (SELECT f.reply_to FROM drafts f WHERE f.conversation_id = :from))"
        " WHERE conversation_id = :into AND EXISTS (SELECT 1 FROM drafts f WHERE f.conversation_id = :from)",
        "DELETE FROM drafts WHERE conversation_id = :from AND EXISTS (SELECT 1 FROM drafts d"
        " WHERE d.conversation_id = :into)",
        "UPDATE drafts SET conversation_id = :into WHERE conversation_id = :from",
        "DELETE FROM conversations WHERE id = :from",
    };
    for (const char* sql : moves) {
        if (!exec(QLatin1String(sql), both, error))
            return false;
    }
    return true;
}

bool ContactIdentities::merge(const QString& from, const QString& into, QList<ConversationMerge>* merges,
                              QString* error)
{
    if (from == into || from.isEmpty() || into.isEmpty())
        return true;
    QSqlQuery conversations(m_db);
    conversations.prepare(QStringLiteral("SELECT id, channel_id FROM conversations WHERE contact_key = :from"));
    conversations.bindValue(QStringLiteral(":from"), from);
    if (!conversations.exec()) {
        if (error)
            *error = conversations.lastError().text();
        return false;
    }
    QList<std::pair<QString, QString>> found;
    while (conversations.next())
        found.append({conversations.value(0).toString(), conversations.value(1).toString()});
    conversations.finish();
    for (const auto& [id, channelId] : std::as_const(found)) {
        const QString target = channelId + QLatin1Char('/') + into;
        if (!mergeConversation(id, target, into, error))
            return false;
        if (merges)
            merges->append({id, target});
    }
    const QList<std::pair<QString, QVariant>> keys{{QStringLiteral(":from"), from}, {QStringLiteral(":into"), into}};
    static const char* const rest[] = {
        // The survivor learns every id and name the other had.
        "UPDATE contacts SET"
        " wa_id = COALESCE(wa_id, (SELECT f.wa_id FROM contacts f WHERE f.contact_key = :from)),"
        " user_id = COALESCE(user_id, (SELECT f.user_id FROM contacts f WHERE f.contact_key = :from)),"
        " parent_user_id = COALESCE(parent_user_id, (SELECT f.parent_user_id FROM contacts f"
        "  WHERE f.contact_key = :from)),"
        " username = COALESCE(username, (SELECT f.username FROM contacts f WHERE f.contact_key = :from)),"
        " profile_name = COALESCE(profile_name, (SELECT f.profile_name FROM contacts f WHERE f.contact_key = :from)),"
        " phone_e164 = COALESCE(phone_e164, (SELECT f.phone_e164 FROM contacts f WHERE f.contact_key = :from)),"
        " phone_international = COALESCE(phone_international, (SELECT f.phone_international FROM contacts f"
        "  WHERE f.contact_key = :from)),"
        " phone_region = COALESCE(phone_region, (SELECT f.phone_region FROM contacts f WHERE f.contact_key = :from))"
        " WHERE contact_key = :into",
        "UPDATE contact_identities SET contact_key = :into WHERE contact_key = :from",
        // The customer's reactions under the old key; where they reacted to the same message under both keys, both
        // rows stay (the newer is shown first).
        "UPDATE reactions SET reactor_key = :into WHERE reactor_key = :from AND NOT EXISTS (SELECT 1 FROM reactions r"
        " WHERE r.channel_id = reactions.channel_id AND r.message_wamid = reactions.message_wamid"
        " AND r.reactor_key = :into)",
        "DELETE FROM contacts WHERE contact_key = :from",
    };
    for (const char* sql : rest) {
        if (!exec(QLatin1String(sql), keys, error))
            return false;
    }
    m_known.clear();
    return true;
}

bool ContactIdentities::repairSplitContacts(QList<ConversationMerge>* merges, QString* error)
{
    // A contact keyed by a BSUID without a phone, while another contact has that BSUID and a phone.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT b.contact_key, a.contact_key FROM contacts a JOIN contacts b"
                               " ON b.contact_key = a.user_id WHERE a.contact_key <> b.contact_key"
                               " AND a.wa_id IS NOT NULL AND b.wa_id IS NULL"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    QList<std::pair<QString, QString>> pairs;
    while (q.next())
        pairs.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    for (const auto& [from, into] : std::as_const(pairs)) {
        qCInfo(lcStore) << "repairing a customer split in two contacts:" << from << "into" << into;
        if (!merge(from, into, merges, error))
            return false;
    }
    return true;
}

} // namespace wabadesk::store
