#include "store/ProfileAuditTable.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace wabadesk::store {

bool appendProfileAudit(QSqlDatabase& db, const QList<ProfileAuditEntry>& entries, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO profile_audit (changed_at_ms, channel_id, field, old_value, new_value, "
                             "changed_by) VALUES (:at, :channel, :field, :old, :new, :by)"));
    for (const ProfileAuditEntry& e : entries) {
        q.bindValue(QStringLiteral(":at"),
                    (e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch());
        q.bindValue(QStringLiteral(":channel"), e.channelId);
        q.bindValue(QStringLiteral(":field"), e.field);
        // Empty, not NULL: "was empty" is a value in this table.
        q.bindValue(QStringLiteral(":old"), e.oldValue.isNull() ? QStringLiteral("") : e.oldValue);
        q.bindValue(QStringLiteral(":new"), e.newValue.isNull() ? QStringLiteral("") : e.newValue);
        q.bindValue(QStringLiteral(":by"), e.by);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

QList<ProfileAuditEntry> readProfileAudit(QSqlDatabase& db, const QString& channelId, int limit, QString* error)
{
    QString sql = QStringLiteral("SELECT id, changed_at_ms, channel_id, field, old_value, new_value, changed_by "
                                 "FROM profile_audit");
    if (!channelId.isEmpty())
        sql += QStringLiteral(" WHERE channel_id = :channel");
    sql += QStringLiteral(" ORDER BY changed_at_ms DESC, id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!channelId.isEmpty())
        q.bindValue(QStringLiteral(":channel"), channelId);
    QList<ProfileAuditEntry> out;
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        ProfileAuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        e.channelId = q.value(2).toString();
        e.field = q.value(3).toString();
        e.oldValue = q.value(4).toString();
        e.newValue = q.value(5).toString();
        e.by = q.value(6).toString();
        out.append(e);
    }
    return out;
}

} // namespace wabadesk::store
