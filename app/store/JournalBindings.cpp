#include "store/JournalBindings.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace wabadesk::store {

namespace {

bool failed(const QSqlQuery& q, QString* error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

std::optional<JournalBinding> readJournalBinding(QSqlDatabase& db, const QString& journalId, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT base_seq, last_seq, generation, (SELECT MAX(generation) FROM journal_bindings)"
                             " FROM journal_bindings WHERE journal_id = :id"));
    q.bindValue(QStringLiteral(":id"), journalId);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    JournalBinding b;
    b.journalId = journalId;
    b.baseSeq = q.value(0).toLongLong();
    b.lastSeq = q.value(1).toLongLong();
    b.isCurrent = q.value(2).toLongLong() == q.value(3).toLongLong();
    return b;
}

bool writeJournalBinding(QSqlDatabase& db, const QString& journalId, qint64 baseSeq, qint64 lastSeq, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO journal_bindings (journal_id, base_seq, last_seq, generation, bound_at_ms)"
                             " VALUES (:id, :base, :last, (SELECT COALESCE(MAX(generation), 0) + 1 FROM"
                             " journal_bindings), :at)"
                             " ON CONFLICT (journal_id) DO UPDATE SET base_seq = excluded.base_seq,"
                             " last_seq = excluded.last_seq, generation = excluded.generation,"
                             " bound_at_ms = excluded.bound_at_ms"));
    q.bindValue(QStringLiteral(":id"), journalId);
    q.bindValue(QStringLiteral(":base"), baseSeq);
    q.bindValue(QStringLiteral(":last"), lastSeq);
    q.bindValue(QStringLiteral(":at"), QDateTime::currentMSecsSinceEpoch());
    return q.exec() || failed(q, error);
}

bool advanceJournalBinding(QSqlDatabase& db, const QString& journalId, qint64 lastSeq, QString* error)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE journal_bindings SET last_seq = :last WHERE journal_id = :id AND last_seq < :last"));
    q.bindValue(QStringLiteral(":id"), journalId);
    q.bindValue(QStringLiteral(":last"), lastSeq);
    return q.exec() || failed(q, error);
}

} // namespace wabadesk::store
