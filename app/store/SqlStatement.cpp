#include "store/SqlStatement.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace wabadesk::store {

bool SqlStatement::prepare(const QSqlDatabase& db, const QString& sql, QString* error)
{
    m_sql = sql;
    m_query = QSqlQuery(db);
    m_query.setForwardOnly(true);
    if (m_query.prepare(sql))
        return true;
    if (error)
        *error = m_query.lastError().text() + QStringLiteral(" preparing: ") + sql.left(100);
    return false;
}

bool SqlStatement::exec(QString* error)
{
    if (m_query.exec())
        return true;
    if (error)
        *error = m_query.lastError().text() + QStringLiteral(" in: ") + m_sql.left(100);
    return false;
}

} // namespace wabadesk::store
