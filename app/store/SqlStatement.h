#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

class QSqlDatabase;

namespace wabadesk::store {

// A statement prepared once and run many times (the ingest path reuses every statement for a whole batch).
class SqlStatement {
public:
    bool prepare(const QSqlDatabase& db, const QString& sql, QString* error);
    SqlStatement& bind(const QString& name, const QVariant& value)
    {
        m_query.bindValue(name, value);
        return *this;
    }
    // Runs it; on failure `error` gets the driver's message and the start of the SQL.
    bool exec(QString* error);
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    void finish() { m_query.finish(); }

private:
    QSqlQuery m_query;
    QString m_sql;
};

// NULL for an empty string or a zero, so that COALESCE keeps what is there and the columns stay queryable.
inline QVariant nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}
inline QVariant nullIfZero(qint64 v)
{
    return v == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(v);
}

} // namespace wabadesk::store
