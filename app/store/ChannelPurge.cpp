#include "store/ChannelPurge.h"

#include "store/SqlDialect.h"
#include "webhook/parser/WebhookParser.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace wabadesk::store {

namespace {

class Purger {
public:
    Purger(QSqlDatabase& db, QString* error)
        : m_db(db)
        , m_error(error)
    {}

    // Runs `sql` with `binds`; the rows it changed, or -1 (and the error) on failure.
    int run(const QString& sql, const QVariantMap& binds = {})
    {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (auto it = binds.cbegin(); it != binds.cend(); ++it)
            q.bindValue(it.key(), it.value());
        if (!q.exec()) {
            if (m_error)
                *m_error = q.lastError().text() + QStringLiteral(" in: ") + sql.left(120);
            return -1;
        }
        return std::max(0, q.numRowsAffected());
    }

    QVariantList column(const QString& sql, const QVariantMap& binds)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (auto it = binds.cbegin(); it != binds.cend(); ++it)
            q.bindValue(it.key(), it.value());
        QVariantList out;
        if (!q.exec()) {
            if (m_error)
                *m_error = q.lastError().text() + QStringLiteral(" in: ") + sql.left(120);
            m_failed = true;
            return out;
        }
        while (q.next())
            out.append(q.value(0));
        return out;
    }

    bool failed() const { return m_failed; }

private:
    QSqlDatabase& m_db;
    QString* m_error;
    bool m_failed = false;
};

// The wamids of the messages and statuses a body carries (to find what it brought to the unrouted channel "").
QSet<QString> wamidsIn(const QByteArray& body)
{
    QSet<QString> out;
    for (const WebhookChange& change : webhook::parseWebhook(body).changes) {
        for (const InboundMessage& m : change.messages)
            out.insert(m.id);
        for (const InboundMessage& m : change.echoes)
            out.insert(m.id);
        for (const StatusUpdate& s : change.statuses)
            out.insert(s.id);
    }
    out.remove(QString());
    return out;
}

} // namespace

bool purgeChannelRows(QSqlDatabase& db, const SqlDialect& dialect, const ChannelPurge& purge, PurgeCounts* counts,
                      QString* error)
{
    *counts = PurgeCounts();
    Purger p(db, error);
    for (const QString& sql : dialect.secureDeleteOn())
        if (p.run(sql) < 0)
            return false;
    if (p.run(dialect.beginWrite()) < 0)
        return false;
    const auto fail = [&] {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        *counts = PurgeCounts();
        return false;
    };
    const QVariantMap channel{{QStringLiteral(":c"), purge.channelId}};

    // The raw bodies that carry the channel, wherever they were filed.
    QString hints = QStringLiteral("channel_id = :c");
    QVariantMap hintBinds = channel;
    for (qsizetype i = 0; i < purge.bodyHints.size(); ++i) {
        hints += QStringLiteral(" OR body LIKE :h%1").arg(i);
        hintBinds.insert(QStringLiteral(":h%1").arg(i),
                         QString(QLatin1Char('%') + purge.bodyHints.at(i) + QLatin1Char('%')));
    }
    QVariantList journalSeqs;
    QSet<QString> unroutedWamids;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT seq, channel_id, body FROM webhook_journal WHERE ") + hints);
        for (auto it = hintBinds.cbegin(); it != hintBinds.cend(); ++it)
            q.bindValue(it.key(), it.value());
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return fail();
        }
        while (q.next()) {
            const QByteArray body = q.value(2).toByteArray();
            const bool filedHere = q.value(1).toString() == purge.channelId;
            if (!filedHere && !(purge.carries && purge.carries(body)))
                continue;
            journalSeqs.append(q.value(0));
            if (!filedHere)
                unroutedWamids.unite(wamidsIn(body));
        }
    }

    counts->mediaFiles = [&] {
        QStringList files;
        for (const QVariant& v : p.column(QStringLiteral("SELECT local_path FROM media WHERE channel_id = :c AND "
                                                         "local_path IS NOT NULL"),
                                          channel))
            files << v.toString();
        return files;
    }();
    const QVariantList contactKeys =
        p.column(QStringLiteral("SELECT DISTINCT contact_key FROM conversations WHERE channel_id = :c"), channel);
    for (const QVariant& v : p.column(QStringLiteral("SELECT id FROM conversations WHERE channel_id = :c"), channel))
        counts->conversationIds << v.toString();
    if (p.failed())
        return fail();

    // What these bodies brought to the unrouted channel "" (before the channel was set up or routed).
    QSet<QString> unroutedConversations;
    for (const QString& wamid : std::as_const(unroutedWamids)) {
        const QVariantMap w{{QStringLiteral(":w"), wamid}};
        for (const QVariant& v :
             p.column(QStringLiteral("SELECT conversation_id FROM messages WHERE channel_id = '' AND wamid = :w AND "
                                     "conversation_id IS NOT NULL"),
                      w))
            unroutedConversations.insert(v.toString());
        if (p.run(
                dialect.searchDeleteFor(QStringLiteral("SELECT id FROM messages WHERE channel_id = '' AND wamid = :w")),
                w) < 0)
            return fail();
        for (const char* sql : {"DELETE FROM messages WHERE channel_id = '' AND wamid = :w",
                                "DELETE FROM message_statuses WHERE channel_id = '' AND wamid = :w",
                                "DELETE FROM reactions WHERE channel_id = '' AND message_wamid = :w"}) {
            const int n = p.run(QLatin1String(sql), w);
            if (n < 0)
                return fail();
            if (QLatin1String(sql).startsWith(QLatin1String("DELETE FROM messages")))
                counts->messages += n;
        }
    }
    if (p.failed())
        return fail();

    // The search index first (its rows are keyed by messages.id), then drafts (they reference conversations).
    if (p.run(dialect.searchDeleteFor(QStringLiteral("SELECT id FROM messages WHERE channel_id = :c")), channel) < 0 ||
        p.run(QStringLiteral("DELETE FROM drafts WHERE conversation_id IN (SELECT id FROM conversations WHERE "
                             "channel_id = :c)"),
              channel) < 0)
        return fail();
    // Every table with a channel_id column (also those later migrations add), conversations last.
    QStringList tables;
    for (const QString& table : db.tables(QSql::Tables))
        if (table != QLatin1String("conversations") && db.record(table).contains(QStringLiteral("channel_id")))
            tables << table;
    tables << QStringLiteral("conversations");
    for (const QString& table : std::as_const(tables)) {
        const int n = p.run(QStringLiteral("DELETE FROM %1 WHERE channel_id = :c").arg(table), channel);
        if (n < 0)
            return fail();
        if (table == QLatin1String("messages"))
            counts->messages += n;
        else if (table == QLatin1String("conversations"))
            counts->conversations += n;
        else if (table == QLatin1String("webhook_journal"))
            counts->journalRows += n;
    }
    for (const QVariant& seq : std::as_const(journalSeqs))
        counts->journalRows += std::max(
            0, p.run(QStringLiteral("DELETE FROM webhook_journal WHERE seq = :s"), {{QStringLiteral(":s"), seq}}));
    for (const QString& id : std::as_const(unroutedConversations)) {
        const int n = p.run(QStringLiteral("DELETE FROM conversations WHERE id = :id AND NOT EXISTS (SELECT 1 FROM "
                                           "messages m WHERE m.conversation_id = conversations.id)"),
                            {{QStringLiteral(":id"), id}});
        if (n < 0)
            return fail();
        counts->conversations += n;
        if (n > 0)
            counts->conversationIds << id;
    }
    // Contacts no other conversation has (a contact is shared by every channel the customer writes to).
    QVariantList orphanCandidates = contactKeys;
    for (const QString& id : std::as_const(unroutedConversations))
        orphanCandidates.append(id.section(QLatin1Char('/'), 1));
    for (const QVariant& key : std::as_const(orphanCandidates)) {
        const int n = p.run(QStringLiteral("DELETE FROM contacts WHERE contact_key = :k AND NOT EXISTS (SELECT 1 FROM "
                                           "conversations c WHERE c.contact_key = contacts.contact_key)"),
                            {{QStringLiteral(":k"), key}});
        if (n < 0)
            return fail();
        counts->contacts += n;
    }
    if (p.run(QStringLiteral("COMMIT")) < 0)
        return fail();
    return dialect.forgetDeleted(db, error);
}

} // namespace wabadesk::store
