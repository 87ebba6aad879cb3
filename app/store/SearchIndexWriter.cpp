#include "store/SearchIndexWriter.h"

#include "store/SqlDialect.h"

namespace wabadesk::store {

bool SearchIndexWriter::prepare(const QSqlDatabase& db, const SqlDialect& dialect, QString* error)
{
    return m_insert.prepare(db, dialect.searchInsert(), error) && m_delete.prepare(db, dialect.searchDelete(), error);
}

void SearchIndexWriter::index(qint64 messageRowId, const Fields& fields)
{
    const QString body = fields.text == fields.caption ? QString() : fields.text;
    if (body.isEmpty() && fields.caption.isEmpty() && fields.filename.isEmpty() && fields.names.isEmpty())
        return;
    m_pending.append({messageRowId, false, {body, fields.caption, fields.filename, fields.names}});
}

void SearchIndexWriter::remove(qint64 messageRowId)
{
    m_pending.append({messageRowId, true, {}});
}

bool SearchIndexWriter::flush(QString* error)
{
    for (const Pending& p : std::as_const(m_pending)) {
        if (p.isRemoval) {
            m_delete.bind(QStringLiteral(":id"), p.rowId);
            if (!m_delete.exec(error))
                return false;
            continue;
        }
        // Text goes in as bound values: quotes, HTML and FTS operators in it are just words (nothing is parsed).
        m_insert.bind(QStringLiteral(":id"), p.rowId)
            .bind(QStringLiteral(":body"), p.fields.text)
            .bind(QStringLiteral(":caption"), p.fields.caption)
            .bind(QStringLiteral(":filename"), p.fields.filename)
            .bind(QStringLiteral(":names"), p.fields.names);
        if (!m_insert.exec(error))
            return false;
    }
    m_pending.clear();
    return true;
}

} // namespace wabadesk::store
