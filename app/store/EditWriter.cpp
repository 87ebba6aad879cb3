#include "store/EditWriter.h"

#include "store/ChangeSet.h"
#include "store/SearchIndexWriter.h"

#include <QList>

namespace wabadesk::store {

bool EditWriter::prepare(const QSqlDatabase& db, QString* error)
{
    return m_target.prepare(db,
                            QStringLiteral("SELECT id, text, caption, edited_at, deleted_at, conversation_id, origin,"
                                           " filename, sender_name FROM messages"
                                           " WHERE channel_id = :channel AND wamid = :wamid"),
                            error) &&
           m_edit.prepare(db,
                          QStringLiteral("UPDATE messages SET previous_text = :previous, text = :text,"
                                         " caption = :caption, edited_at = :at WHERE id = :id"),
                          error) &&
           m_revoke.prepare(db,
                            QStringLiteral("UPDATE messages SET previous_text = :previous, text = NULL,"
                                           " caption = NULL, deleted_at = :at WHERE id = :id"),
                            error) &&
           m_pending.prepare(db,
                             QStringLiteral("SELECT type, text, caption, sent_at, received_at_ms FROM messages"
                                            " WHERE channel_id = :channel AND target_id = :wamid"
                                            " AND type IN ('edit', 'revoke') ORDER BY sent_at, id"),
                             error);
}

bool EditWriter::apply(const QString& channelId, const Change& change, ChangeSet* changes, QString* error)
{
    m_target.bind(QStringLiteral(":channel"), channelId).bind(QStringLiteral(":wamid"), change.targetWamid);
    if (!m_target.exec(error))
        return false;
    if (!m_target.next()) {
        m_target.finish();
        return true; // not here yet: applyPending() picks it up when it comes
    }
    const qint64 rowId = m_target.value(0).toLongLong();
    const QString text = m_target.value(1).toString();
    const QString caption = m_target.value(2).toString();
    const qint64 editedAt = m_target.value(3).toLongLong();
    const bool isDeleted = !m_target.value(4).isNull();
    const QString conversationId = m_target.value(5).toString();
    const bool isPlaceholder = m_target.value(6).toString() == QLatin1String("placeholder");
    const QString filename = m_target.value(7).toString();
    const QString senderName = m_target.value(8).toString();
    m_target.finish();
    if (isPlaceholder || isDeleted)
        return true;
    const QString previous = text.isEmpty() ? caption : text;
    if (change.isRevoke) {
        m_revoke.bind(QStringLiteral(":previous"), nullIfEmpty(previous))
            .bind(QStringLiteral(":at"), change.at)
            .bind(QStringLiteral(":id"), rowId);
        if (!m_revoke.exec(error))
            return false;
        m_search->remove(rowId);
    } else {
        if (editedAt > change.at)
            return true; // a later edit is already shown
        m_edit.bind(QStringLiteral(":previous"), nullIfEmpty(previous))
            .bind(QStringLiteral(":text"), nullIfEmpty(change.text))
            .bind(QStringLiteral(":caption"), nullIfEmpty(change.caption))
            .bind(QStringLiteral(":at"), change.at)
            .bind(QStringLiteral(":id"), rowId);
        if (!m_edit.exec(error))
            return false;
        m_search->reindex(rowId, {change.text, change.caption, filename, senderName});
    }
    if (!conversationId.isEmpty())
        changes->touch(conversationId, change.targetWamid);
    return true;
}

bool EditWriter::applyPending(const QString& channelId, const QString& wamid, ChangeSet* changes, QString* error)
{
    m_pending.bind(QStringLiteral(":channel"), channelId).bind(QStringLiteral(":wamid"), wamid);
    if (!m_pending.exec(error))
        return false;
    QList<Change> pending;
    while (m_pending.next()) {
        Change c;
        c.isRevoke = m_pending.value(0).toString() == QLatin1String("revoke");
        c.targetWamid = wamid;
        c.text = m_pending.value(1).toString();
        c.caption = m_pending.value(2).toString();
        c.at = m_pending.value(3).isNull() ? m_pending.value(4).toLongLong() / 1000 : m_pending.value(3).toLongLong();
        pending.append(c);
    }
    m_pending.finish();
    for (const Change& c : std::as_const(pending)) {
        if (!apply(channelId, c, changes, error))
            return false;
    }
    return true;
}

} // namespace wabadesk::store
