#include "store/QuickReplyTable.h"

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

QList<QuickReply> readQuickReplies(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QList<QuickReply> out;
    if (!q.exec(QStringLiteral("SELECT id, shortcut, text, position, updated_at_ms FROM quick_replies "
                               "ORDER BY position, id"))) {
        failed(q, error);
        return out;
    }
    while (q.next()) {
        QuickReply r;
        r.id = q.value(0).toLongLong();
        r.shortcut = q.value(1).toString();
        r.text = q.value(2).toString();
        r.position = q.value(3).toInt();
        r.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
        out.append(r);
    }
    return out;
}

bool writeQuickReply(QSqlDatabase& db, QuickReply* reply, QString* error)
{
    QSqlQuery q(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (reply->id == 0) {
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM quick_replies")) || !q.next())
            return failed(q, error);
        reply->position = q.value(0).toInt();
        q.prepare(QStringLiteral("INSERT INTO quick_replies (shortcut, text, position, updated_at_ms) "
                                 "VALUES (:shortcut, :text, :position, :at) RETURNING id"));
        q.bindValue(QStringLiteral(":position"), reply->position);
    } else {
        q.prepare(QStringLiteral("UPDATE quick_replies SET shortcut = :shortcut, text = :text, updated_at_ms = :at "
                                 "WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), reply->id);
    }
    q.bindValue(QStringLiteral(":shortcut"), reply->shortcut);
    q.bindValue(QStringLiteral(":text"), reply->text);
    q.bindValue(QStringLiteral(":at"), now.toMSecsSinceEpoch());
    if (!q.exec())
        return failed(q, error);
    if (reply->id == 0) {
        if (!q.next())
            return failed(q, error);
        reply->id = q.value(0).toLongLong();
    } else if (q.numRowsAffected() == 0) {
        if (error)
            *error = QStringLiteral("no quick reply with id %1").arg(reply->id);
        return false;
    }
    reply->updatedAt = now;
    return true;
}

bool deleteQuickReply(QSqlDatabase& db, qint64 id, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM quick_replies WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    return q.exec() || failed(q, error);
}

bool orderQuickReplies(QSqlDatabase& db, const QList<qint64>& ids, QString* error)
{
    QList<qint64> order = ids;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id FROM quick_replies ORDER BY position, id")))
            return failed(q, error);
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (!order.contains(id))
                order.append(id);
        }
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE quick_replies SET position = :position WHERE id = :id"));
    for (int i = 0; i < order.size(); ++i) {
        q.bindValue(QStringLiteral(":position"), i);
        q.bindValue(QStringLiteral(":id"), order.at(i));
        if (!q.exec())
            return failed(q, error);
    }
    return true;
}

} // namespace wabadesk::store
