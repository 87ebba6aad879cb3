#include "store/StoreReader.h"

#include "text/SafeText.h"

#include "store/OutboxWriter.h"
#include "store/SqlDialect.h"
#include "store/StoreLogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace wabadesk::store {

namespace {

QDateTime fromSecs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QDateTime fromMSecs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

std::optional<double> optionalDouble(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

bool execLogged(QSqlQuery& q)
{
    if (q.exec())
        return true;
    qCWarning(lcStore) << "query failed:" << q.lastError().text() << q.lastQuery().left(80);
    return false;
}

const char* const messageColumns =
    "SELECT id, channel_id, wamid, conversation_id, direction, origin, type, raw_type, text, caption, filename,"
    " media_id, media_mime, media_sha256, latitude, longitude, sender_name, sent_at, received_at_ms, status,"
    " status_at, error_code, error_title, error_details, reply_to_id, forwarded, edited_at, deleted_at,"
    " previous_text, payload,"
    " (SELECT local_path FROM media md WHERE md.channel_id = messages.channel_id AND md.media_id = messages.media_id),"
    " sender_key, subtype, data, pricing_model, pricing_category, pricing_type"
    " FROM messages";

// A reaction row whose target is not in the store (a message from before WabaDesk, or from another tool) and that is
// the reactor's current reaction to it: the history shows it as a line of its own (issue #15, item 12). Reactions to
// messages the store has are shown on them.
const char* const orphanReaction =
    "NOT EXISTS (SELECT 1 FROM messages t WHERE t.channel_id = messages.channel_id AND t.wamid = messages.target_id)"
    " AND EXISTS (SELECT 1 FROM reactions r WHERE r.channel_id = messages.channel_id"
    " AND r.message_wamid = messages.target_id AND r.reaction_wamid = messages.wamid AND r.emoji <> '')";

StoredMessage::Origin originFrom(const QString& s)
{
    if (s == QLatin1String("echo"))
        return StoredMessage::Origin::Echo;
    if (s == QLatin1String("placeholder"))
        return StoredMessage::Origin::Placeholder;
    if (s == QLatin1String("local"))
        return StoredMessage::Origin::Local;
    if (s == QLatin1String("event"))
        return StoredMessage::Origin::Event;
    return StoredMessage::Origin::Webhook;
}

StoredMessage messageFrom(const QSqlQuery& q)
{
    StoredMessage m;
    m.rowId = q.value(0).toLongLong();
    m.channelId = q.value(1).toString();
    m.wamid = q.value(2).toString();
    m.conversationId = q.value(3).toString();
    m.direction = q.value(4).toString() == QLatin1String("out") ? StoredMessage::Direction::Outbound
                                                                : StoredMessage::Direction::Inbound;
    m.origin = originFrom(q.value(5).toString());
    m.type = q.value(6).toString();
    m.rawType = q.value(7).toString();
    m.text = q.value(8).toString();
    m.caption = q.value(9).toString();
    m.filename = text::withoutBidiControls(q.value(10).toString()); // shown and used as a file name (issue #15)
    m.mediaId = q.value(11).toString();
    m.mediaMimeType = q.value(12).toString();
    m.mediaSha256 = q.value(13).toString();
    m.latitude = optionalDouble(q.value(14));
    m.longitude = optionalDouble(q.value(15));
    m.senderName = text::withoutBidiControls(q.value(16).toString());
    m.timestamp = fromSecs(q.value(17));
    m.receivedAt = fromMSecs(q.value(18));
    m.status = q.value(19).toString();
    m.statusAt = fromSecs(q.value(20));
    m.errorCode = q.value(21).toInt();
    m.errorTitle = q.value(22).toString();
    m.errorDetails = q.value(23).toString();
    m.replyToId = q.value(24).toString();
    m.isForwarded = q.value(25).toInt() >= 1;
    m.isFrequentlyForwarded = q.value(25).toInt() == 2;
    m.editedAt = fromSecs(q.value(26));
    m.deletedAt = fromSecs(q.value(27));
    m.previousText = q.value(28).toString();
    m.payload = QJsonDocument::fromJson(q.value(29).toString().toUtf8()).object();
    m.localMediaPath = q.value(30).toString();
    m.senderKey = q.value(31).toString();
    m.subtype = q.value(32).toString();
    if (!q.value(33).isNull())
        m.data = QJsonDocument::fromJson(q.value(33).toString().toUtf8()).object();
    m.pricingModel = q.value(34).toString();
    m.pricingCategory = q.value(35).toString();
    m.pricingType = q.value(36).toString();
    return m;
}

const char* const conversationColumns =
    "SELECT c.id, c.channel_id, c.contact_key, c.last_inbound_at, c.last_activity_at, c.unread_count,"
    " c.last_message_id, k.wa_id, k.user_id, k.profile_name, k.phone_e164, k.phone_international, k.phone_region,"
    " k.updated_at_ms, m.text, m.caption,"
    // A recorded voice note is "voice" (the list says "Voice message", not "Audio"); its payload is compact JSON.
    " CASE WHEN m.type = 'audio' AND m.payload LIKE '%\"voice\":true%' THEN 'voice' ELSE m.type END,"
    " c.window_closed_at,"
    " (SELECT COUNT(*) FROM messages f WHERE f.conversation_id = c.id AND f.status = 'failed') +"
    " (SELECT COUNT(*) FROM outbox o WHERE o.conversation_id = c.id AND o.state IN ('failed', 'unknown')),"
    " m.direction, m.status,"
    // A reaction as the conversation's last event (it moves the activity time, not the last message): the list says
    // "Anna reacted … to …". A range on messages_by_conversation, run only when the activity is newer than the message.
    " CASE WHEN m.sent_at IS NULL OR c.last_activity_at > m.sent_at THEN"
    "  (SELECT x.wamid FROM messages x WHERE x.conversation_id = c.id AND x.sent_at >= c.last_activity_at"
    "   AND x.type = 'reaction' ORDER BY x.sent_at DESC, x.id DESC LIMIT 1) END,"
    " d.text,"
    " k.parent_user_id, k.username, c.group_id, c.marketing_preference, c.marketing_preference_at,"
    " c.marketing_paused_until, c.call_permission, c.call_permission_until"
    " FROM conversations c JOIN contacts k ON k.contact_key = c.contact_key"
    " LEFT JOIN messages m ON m.channel_id = c.channel_id AND m.wamid = c.last_message_id"
    " LEFT JOIN drafts d ON d.conversation_id = c.id";

Contact contactFrom(const QSqlQuery& q, int first)
{
    Contact c;
    c.waId = q.value(first).toString();
    c.userId = q.value(first + 1).toString();
    c.profileName = text::withoutBidiControls(q.value(first + 2).toString()); // a name to show (issue #15)
    c.phoneE164 = q.value(first + 3).toString();
    c.phoneInternational = q.value(first + 4).toString();
    c.region = q.value(first + 5).toString();
    c.updatedAt = fromMSecs(q.value(first + 6));
    return c;
}

Conversation conversationFrom(const QSqlQuery& q)
{
    Conversation c;
    c.id = q.value(0).toString();
    c.channelId = q.value(1).toString();
    c.contact = contactFrom(q, 7);
    c.contact.key = q.value(2).toString();
    c.lastInboundAt = fromSecs(q.value(3));
    c.lastActivityAt = fromSecs(q.value(4));
    c.unreadCount = q.value(5).toInt();
    c.lastMessageId = q.value(6).toString();
    c.lastMessageText = q.value(14).isNull() ? q.value(15).toString() : q.value(14).toString();
    c.lastMessageType = q.value(16).toString();
    c.windowClosedAt = fromSecs(q.value(17));
    c.failedCount = q.value(18).toInt();
    c.lastMessageOutbound = q.value(19).toString() == QLatin1String("out");
    c.lastMessageStatus = q.value(20).toString();
    c.lastReactionId = q.value(21).toString();
    c.draft = q.value(22).toString();
    if (c.lastMessageType == QLatin1String("reaction")) // our own reaction, sent from the desk, is a message row
        c.lastReactionId = c.lastMessageId;
    c.contact.parentUserId = q.value(23).toString();
    c.contact.username = q.value(24).toString();
    c.groupId = q.value(25).toString();
    c.marketingPreference = q.value(26).toString();
    c.marketingPreferenceAt = fromSecs(q.value(27));
    c.marketingPausedUntil = fromSecs(q.value(28));
    c.callPermission = q.value(29).toString();
    c.callPermissionUntil = fromSecs(q.value(30));
    return c;
}

JournalEntry journalFrom(const QSqlQuery& q)
{
    JournalEntry e;
    e.seq = q.value(0).toLongLong();
    e.receivedAt = fromMSecs(q.value(1));
    e.peer = q.value(2).toString();
    e.channelId = q.value(3).toString();
    e.kind = q.value(4).toString();
    e.result = q.value(5).toString();
    e.reason = q.value(6).toString();
    e.messages = q.value(7).toInt();
    e.statuses = q.value(8).toInt();
    e.body = q.value(9).toByteArray();
    return e;
}

const char* const journalColumns =
    "SELECT seq, received_at_ms, peer, channel_id, kind, result, reason, messages, statuses, body FROM webhook_journal";

} // namespace

QList<Conversation> StoreReader::conversations(const QString& channelId) const
{
    QSqlQuery q(m_db);
    q.prepare(QLatin1String(conversationColumns) +
              (channelId.isEmpty() ? QString() : QStringLiteral(" WHERE c.channel_id = :channel")) +
              QStringLiteral(" ORDER BY c.last_activity_at DESC NULLS LAST, c.id"));
    if (!channelId.isEmpty())
        q.bindValue(QStringLiteral(":channel"), channelId);
    QList<Conversation> out;
    if (!execLogged(q))
        return out;
    while (q.next())
        out.append(conversationFrom(q));
    return out;
}

std::optional<Conversation> StoreReader::conversation(const QString& conversationId) const
{
    QSqlQuery q(m_db);
    q.prepare(QLatin1String(conversationColumns) + QStringLiteral(" WHERE c.id = :id"));
    q.bindValue(QStringLiteral(":id"), conversationId);
    if (!execLogged(q) || !q.next())
        return std::nullopt;
    return conversationFrom(q);
}

std::optional<Contact> StoreReader::contact(const QString& key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT wa_id, user_id, profile_name, phone_e164, phone_international, phone_region,"
                             " updated_at_ms, parent_user_id, username FROM contacts WHERE contact_key = :key"));
    q.bindValue(QStringLiteral(":key"), key);
    if (!execLogged(q) || !q.next())
        return std::nullopt;
    Contact c = contactFrom(q, 0);
    c.key = key;
    c.parentUserId = q.value(7).toString();
    c.username = q.value(8).toString();
    return c;
}

QList<MessageReaction> StoreReader::reactions(const QString& channelId, const QString& wamid) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT reactor_key, emoji, reaction_wamid, reacted_at FROM reactions"
                             " WHERE channel_id = :channel AND message_wamid = :wamid AND emoji <> ''"
                             " ORDER BY reacted_at, reactor_key"));
    q.bindValue(QStringLiteral(":channel"), channelId);
    q.bindValue(QStringLiteral(":wamid"), wamid);
    QList<MessageReaction> out;
    if (!execLogged(q))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), fromSecs(q.value(3))});
    return out;
}

void StoreReader::addReactions(QList<StoredMessage>* messages) const
{
    // One query per channel of the page (a conversation has one) with the wamids bound: the primary key
    // (channel_id, message_wamid, reactor_key) answers each.
    QHash<QString, QList<qsizetype>> byChannel;
    for (qsizetype i = 0; i < messages->size(); ++i) {
        if (!messages->at(i).wamid.isEmpty())
            byChannel[messages->at(i).channelId].append(i);
    }
    for (auto it = byChannel.cbegin(); it != byChannel.cend(); ++it) {
        const QList<qsizetype>& rows = it.value();
        QStringList placeholders;
        placeholders.reserve(rows.size());
        for (qsizetype k = 0; k < rows.size(); ++k)
            placeholders.append(QStringLiteral(":w%1").arg(k));
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT message_wamid, reactor_key, emoji, reaction_wamid, reacted_at FROM reactions"
                                 " WHERE channel_id = :channel AND message_wamid IN (%1) AND emoji <> ''"
                                 " ORDER BY reacted_at, reactor_key")
                      .arg(placeholders.join(QLatin1Char(','))));
        q.bindValue(QStringLiteral(":channel"), it.key());
        QHash<QString, qsizetype> rowOfWamid;
        for (qsizetype k = 0; k < rows.size(); ++k) {
            const QString& wamid = messages->at(rows[k]).wamid;
            q.bindValue(placeholders[k], wamid);
            rowOfWamid.insert(wamid, rows[k]);
        }
        if (!execLogged(q))
            continue;
        while (q.next()) {
            const qsizetype row = rowOfWamid.value(q.value(0).toString(), -1);
            if (row >= 0)
                (*messages)[row].reactions.append(
                    {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), fromSecs(q.value(4))});
        }
    }
}

CallRecord StoreReader::callFrom(const QSqlQuery& q, int first)
{
    CallRecord c;
    c.channelId = q.value(first).toString();
    c.callId = q.value(first + 1).toString();
    c.conversationId = q.value(first + 2).toString();
    c.isIncoming = q.value(first + 3).toString().compare(QLatin1String("USER_INITIATED"), Qt::CaseInsensitive) == 0;
    c.status = q.value(first + 4).toString();
    c.lastEvent = q.value(first + 5).toString();
    c.startedAt = fromSecs(q.value(first + 6));
    c.connectedAt = fromSecs(q.value(first + 7));
    c.endedAt = fromSecs(q.value(first + 8));
    c.durationSeconds = q.value(first + 9).isNull() ? -1 : q.value(first + 9).toLongLong();
    c.hasRecording = q.value(first + 10).toInt() != 0;
    c.hasTranscription = q.value(first + 11).toInt() != 0;
    c.errorCode = q.value(first + 12).toInt();
    c.errorTitle = q.value(first + 13).toString();
    return c;
}

const char* const StoreReader::kCallColumns =
    "channel_id, call_id, conversation_id, direction, status, last_event, started_at, connected_at, ended_at,"
    " duration, has_recording, has_transcription, error_code, error_title";

void StoreReader::addCalls(QList<StoredMessage>* messages) const
{
    for (StoredMessage& m : *messages) {
        if (!m.isCall())
            continue;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT ") + QLatin1String(kCallColumns) +
                  QStringLiteral(" FROM calls WHERE channel_id = :channel AND call_id = :call"));
        q.bindValue(QStringLiteral(":channel"), m.channelId);
        q.bindValue(QStringLiteral(":call"), m.wamid);
        if (execLogged(q) && q.next())
            m.call = callFrom(q, 0);
    }
}

QList<CallRecord> StoreReader::calls(const QString& conversationId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kCallColumns) +
              QStringLiteral(" FROM calls WHERE conversation_id = :conversation ORDER BY started_at, call_id"));
    q.bindValue(QStringLiteral(":conversation"), conversationId);
    QList<CallRecord> out;
    if (!execLogged(q))
        return out;
    while (q.next())
        out.append(callFrom(q, 0));
    return out;
}

QList<PricingCount> StoreReader::pricingCounts(const QString& channelId, const QDateTime& from, const QDateTime& to,
                                               const QString& conversationId) const
{
    // The partial index messages_priced (channel_id, sent_at) WHERE pricing_category IS NOT NULL answers it.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT pricing_category, COALESCE(pricing_type, ''), COALESCE(MAX(pricing_model), ''),"
                             " COUNT(*) FROM messages WHERE channel_id = :channel AND pricing_category IS NOT NULL"
                             " AND sent_at >= :from AND sent_at < :to") +
              (conversationId.isEmpty() ? QString() : QStringLiteral(" AND conversation_id = :conversation")) +
              QStringLiteral(" GROUP BY pricing_category, COALESCE(pricing_type, '') ORDER BY pricing_category, 2"));
    q.bindValue(QStringLiteral(":channel"), channelId);
    q.bindValue(QStringLiteral(":from"), from.toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":to"), to.toSecsSinceEpoch());
    if (!conversationId.isEmpty())
        q.bindValue(QStringLiteral(":conversation"), conversationId);
    QList<PricingCount> out;
    if (!execLogged(q))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
    return out;
}

std::optional<AccountNotice> StoreReader::latestAccountNotice(const QString& channelId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT event, at, payload FROM account_events WHERE channel_id = :channel"
                             " ORDER BY at DESC, id DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":channel"), channelId);
    if (!execLogged(q) || !q.next())
        return std::nullopt;
    AccountNotice n;
    n.channelId = channelId;
    n.event = q.value(0).toString();
    n.at = fromSecs(q.value(1));
    n.value = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    return n;
}

QList<StoredMessage> StoreReader::page(const QString& conversationId, qint64 cursorRowId, int limit, bool older) const
{
    qint64 cursorAt = older ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    qint64 cursorId = cursorAt;
    if (cursorRowId > 0) {
        QSqlQuery cursor(m_db);
        cursor.prepare(QStringLiteral("SELECT sent_at FROM messages WHERE id = :id"));
        cursor.bindValue(QStringLiteral(":id"), cursorRowId);
        if (!execLogged(cursor) || !cursor.next())
            return {};
        cursorAt = cursor.value(0).toLongLong();
        cursorId = cursorRowId;
    }
    // (sent_at, id) after/before the cursor: a range on the index messages_by_conversation (conversation_id,
    // sent_at, id), read from the cursor on however deep in the history it is (EXPLAIN QUERY PLAN: SEARCH messages
    // USING INDEX messages_by_conversation (conversation_id=? AND sent_at<?)).
    QSqlQuery q(m_db);
    q.prepare(QLatin1String(messageColumns) +
              QStringLiteral(" WHERE conversation_id = :conversation AND (type NOT IN ('reaction', 'edit', 'revoke')"
                             " OR (type = 'reaction' AND ") +
              QLatin1String(orphanReaction) + QStringLiteral("))") +
              (older ? QStringLiteral(" AND (sent_at, id) < (:at, :id) ORDER BY sent_at DESC, id DESC")
                     : QStringLiteral(" AND (sent_at, id) > (:at, :id) ORDER BY sent_at, id")) +
              QStringLiteral(" LIMIT :limit"));
    q.bindValue(QStringLiteral(":conversation"), conversationId);
    q.bindValue(QStringLiteral(":at"), cursorAt);
    q.bindValue(QStringLiteral(":id"), cursorId);
    q.bindValue(QStringLiteral(":limit"), limit);
    QList<StoredMessage> out;
    if (!execLogged(q))
        return out;
    while (q.next())
        out.append(messageFrom(q));
    if (older)
        std::reverse(out.begin(), out.end());
    addReactions(&out);
    addCalls(&out);
    return out;
}

QList<StoredMessage> StoreReader::messages(const QString& conversationId, int limit, qint64 beforeRowId) const
{
    return page(conversationId, beforeRowId, limit, true);
}

QList<StoredMessage> StoreReader::messagesAfter(const QString& conversationId, qint64 afterRowId, int limit) const
{
    return page(conversationId, afterRowId, limit, false);
}

std::optional<StoredMessage> StoreReader::message(const QString& wamid, const QString& channelId) const
{
    QSqlQuery q(m_db);
    q.prepare(QLatin1String(messageColumns) +
              (channelId.isNull() ? QStringLiteral(" WHERE wamid = :wamid ORDER BY id LIMIT 1")
                                  : QStringLiteral(" WHERE wamid = :wamid AND channel_id = :channel")));
    q.bindValue(QStringLiteral(":wamid"), wamid);
    if (!channelId.isNull())
        q.bindValue(QStringLiteral(":channel"), channelId);
    if (!execLogged(q) || !q.next())
        return std::nullopt;
    StoredMessage m = messageFrom(q);
    m.reactions = reactions(m.channelId, m.wamid);
    if (m.isCall()) {
        QList<StoredMessage> one{m};
        addCalls(&one);
        m = one.first();
    }
    return m;
}

QList<MessageStatusRecord> StoreReader::statusHistory(const QString& wamid, const QString& channelId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT status, status_at, recipient_id, conversation_ref, conversation_expiry,"
                             " conversation_origin, pricing_model, pricing_category, pricing_type, billable,"
                             " biz_opaque, error_code, error_title, error_details, errors_json"
                             " FROM message_statuses WHERE wamid = :wamid") +
              (channelId.isNull() ? QString() : QStringLiteral(" AND channel_id = :channel")) +
              QStringLiteral(" ORDER BY status_at, id"));
    q.bindValue(QStringLiteral(":wamid"), wamid);
    if (!channelId.isNull())
        q.bindValue(QStringLiteral(":channel"), channelId);
    QList<MessageStatusRecord> out;
    if (!execLogged(q))
        return out;
    while (q.next()) {
        MessageStatusRecord r;
        r.status = q.value(0).toString();
        r.timestamp = fromSecs(q.value(1));
        r.recipientId = q.value(2).toString();
        r.conversationId = q.value(3).toString();
        r.conversationExpiry = fromSecs(q.value(4));
        r.conversationOrigin = q.value(5).toString();
        r.pricingModel = q.value(6).toString();
        r.pricingCategory = q.value(7).toString();
        r.pricingType = q.value(8).toString();
        if (!q.value(9).isNull())
            r.billable = q.value(9).toInt() != 0;
        r.bizOpaqueCallbackData = q.value(10).toString();
        r.errorCode = q.value(11).toInt();
        r.errorTitle = q.value(12).toString();
        r.errorDetails = q.value(13).toString();
        r.errorsJson = q.value(14).toString();
        out.append(r);
    }
    return out;
}

QList<SearchHit> StoreReader::search(const QString& text, int limit) const
{
    const QString expression = m_dialect.searchExpression(text);
    if (expression.isEmpty())
        return {};
    QSqlQuery q(m_db);
    q.prepare(m_dialect.searchSelect());
    q.bindValue(QStringLiteral(":query"), expression);
    q.bindValue(QStringLiteral(":limit"), limit);
    QList<SearchHit> out;
    if (!execLogged(q))
        return out;
    while (q.next()) {
        // The snippet is shown: a NUL in the text would cut it there (issue #15).
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    text::withVisibleControls(q.value(4).toString())});
    }
    return out;
}

QList<JournalEntry> StoreReader::journalEntries(int limit, qint64 beforeSeq) const
{
    QSqlQuery q(m_db);
    q.prepare(QLatin1String(journalColumns) + QStringLiteral(" WHERE seq < :before ORDER BY seq DESC LIMIT :limit"));
    q.bindValue(QStringLiteral(":before"), beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max());
    q.bindValue(QStringLiteral(":limit"), limit);
    QList<JournalEntry> out;
    if (!execLogged(q))
        return out;
    while (q.next())
        out.append(journalFrom(q));
    return out;
}

std::optional<JournalEntry> StoreReader::journalEntry(qint64 seq) const
{
    QSqlQuery q(m_db);
    q.prepare(QLatin1String(journalColumns) + QStringLiteral(" WHERE seq = :seq"));
    q.bindValue(QStringLiteral(":seq"), seq);
    if (!execLogged(q) || !q.next())
        return std::nullopt;
    return journalFrom(q);
}

qint64 StoreReader::lastJournalSeq() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT MAX(seq) FROM webhook_journal")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QList<Template> StoreReader::templates(const QString& channelId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT template_id, name, language, category, status, quality, rejected_reason,"
                             " components, raw, notice_kind, notice_from, notice_to, notice_at FROM templates"
                             " WHERE channel_id = :channel ORDER BY name, language"));
    q.bindValue(QStringLiteral(":channel"), channelId);
    QList<Template> out;
    if (!execLogged(q))
        return out;
    while (q.next()) {
        Template t;
        t.id = q.value(0).toString();
        t.name = q.value(1).toString();
        t.language = q.value(2).toString();
        t.category = q.value(3).toString();
        t.status = q.value(4).toString();
        t.qualityScore = q.value(5).toString();
        t.rejectedReason = q.value(6).toString();
        t.components = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array();
        t.raw = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        // No column of its own: the element as received keeps it (NAMED templates need it to be sent, §1.8).
        t.parameterFormat = t.raw.value(QLatin1String("parameter_format")).toString().toUpper();
        t.noticeKind = q.value(9).toString();
        t.noticeFrom = q.value(10).toString();
        t.noticeTo = q.value(11).toString();
        t.noticeAt = fromSecs(q.value(12));
        out.append(t);
    }
    return out;
}

QList<OutboxItem> StoreReader::pendingOutgoing(const QString& conversationId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(OutboxWriter::kColumns) +
              QStringLiteral(" FROM outbox WHERE conversation_id = :conversation"
                             " AND state IN ('queued', 'sending', 'failed', 'unknown') ORDER BY id"));
    q.bindValue(QStringLiteral(":conversation"), conversationId);
    QList<OutboxItem> out;
    if (!execLogged(q))
        return out;
    while (q.next())
        out.append(OutboxWriter::itemFrom(q));
    return out;
}

std::optional<OutboxItem> StoreReader::outboxItem(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(OutboxWriter::kColumns) +
              QStringLiteral(" FROM outbox WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!execLogged(q) || !q.next())
        return std::nullopt;
    return OutboxWriter::itemFrom(q);
}

std::optional<qint64> StoreReader::firstRowIdAtOrAfter(const QString& conversationId, const QDateTime& at) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM messages WHERE conversation_id = :conversation"
                             " AND type NOT IN ('reaction', 'edit', 'revoke') AND sent_at >= :at"
                             " ORDER BY sent_at, id LIMIT 1"));
    q.bindValue(QStringLiteral(":conversation"), conversationId);
    q.bindValue(QStringLiteral(":at"), at.toSecsSinceEpoch());
    if (!execLogged(q) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<qint64> StoreReader::rowIdOf(const QString& channelId, const QString& wamid) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM messages WHERE channel_id = :channel AND wamid = :wamid"));
    q.bindValue(QStringLiteral(":channel"), channelId);
    q.bindValue(QStringLiteral(":wamid"), wamid);
    if (!execLogged(q) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<Draft> StoreReader::draft(const QString& conversationId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT text, reply_to, updated_at_ms FROM drafts WHERE conversation_id = :conversation"));
    q.bindValue(QStringLiteral(":conversation"), conversationId);
    if (!execLogged(q) || !q.next())
        return std::nullopt;
    Draft d;
    d.text = q.value(0).toString();
    d.replyToWamid = q.value(1).toString();
    d.updatedAt = fromMSecs(q.value(2));
    return d;
}

int StoreReader::totalUnread() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(SUM(unread_count), 0) FROM conversations")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace wabadesk::store
