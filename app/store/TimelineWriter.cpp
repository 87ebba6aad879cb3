#include "store/TimelineWriter.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace wabadesk::store {

bool TimelineWriter::prepare(const QSqlDatabase& db, QString* error)
{
    return m_insert.prepare(
        db,
        QStringLiteral("INSERT INTO messages (channel_id, wamid, conversation_id, direction, origin, type, raw_type,"
                       " subtype, text, data, sender_key, sender_name, sent_at, received_at_ms)"
                       " VALUES (:channel, :wamid, :conversation, :direction, 'event', :type, :type, :subtype, :text,"
                       " :data, :sender_key, :sender_name, :at, :received_at)"
                       " ON CONFLICT (channel_id, wamid) DO NOTHING RETURNING id"),
        error);
}

bool TimelineWriter::insert(const Entry& e, qint64* rowId, QString* error)
{
    *rowId = 0;
    m_insert.bind(QStringLiteral(":channel"), e.channelId)
        .bind(QStringLiteral(":wamid"), e.id)
        .bind(QStringLiteral(":conversation"), nullIfEmpty(e.conversationId))
        .bind(QStringLiteral(":direction"), e.isOutgoing ? QStringLiteral("out") : QStringLiteral("in"))
        .bind(QStringLiteral(":type"), e.type)
        .bind(QStringLiteral(":subtype"), nullIfEmpty(e.subtype))
        .bind(QStringLiteral(":text"), nullIfEmpty(e.text))
        .bind(QStringLiteral(":data"),
              nullIfEmpty(e.data.isEmpty() ? QString()
                                           : QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact))))
        .bind(QStringLiteral(":sender_key"), nullIfEmpty(e.senderKey))
        .bind(QStringLiteral(":sender_name"), nullIfEmpty(e.senderName))
        .bind(QStringLiteral(":at"), e.at > 0 ? e.at : e.receivedAtMs / 1000)
        .bind(QStringLiteral(":received_at"), e.receivedAtMs);
    if (!m_insert.exec(error))
        return false;
    if (m_insert.next())
        *rowId = m_insert.value(0).toLongLong();
    m_insert.finish();
    return true;
}

QString TimelineWriter::eventId(const QString& kind, const QJsonObject& item)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(kind.toUtf8());
    hash.addData(QJsonDocument(item).toJson(QJsonDocument::Compact)); // keys sorted: stable for equal objects
    return QStringLiteral("event.") + QString::fromLatin1(hash.result().toHex().left(32));
}

} // namespace wabadesk::store
