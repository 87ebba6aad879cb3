#pragma once

#include "store/SqlStatement.h"

#include <QList>

namespace wabadesk::store {

class SqlDialect;

// Keeps the full-text index (message_search, rowid = messages.id) in step with messages, in the same transaction.
//
// Changes are queued and written by flush() just before the commit. SQLite's FTS5 (3.40) writes its pending index
// to disk at every savepoint, and every INSERT … ON CONFLICT or UPDATE opens a statement savepoint: index writes
// mixed with the other statements cost one small index segment per message. Queued, a batch costs one.
class SearchIndexWriter {
public:
    bool prepare(const QSqlDatabase& db, const SqlDialect& dialect, QString* error);

    struct Fields {
        QString text; // messages.text; for media it repeats the caption, which is then indexed once
        QString caption;
        QString filename;
        QString names; // sender's profile name and the names on shared contact cards
    };
    void index(qint64 messageRowId, const Fields& fields);
    void remove(qint64 messageRowId);
    void reindex(qint64 messageRowId, const Fields& fields)
    {
        remove(messageRowId);
        index(messageRowId, fields);
    }

    // Marks where a record starts, so that a record rolled back alone can drop its queued changes.
    qsizetype mark() const { return m_pending.size(); }
    void rollbackTo(qsizetype mark) { m_pending.resize(mark); }
    void discard() { m_pending.clear(); }
    bool flush(QString* error);

private:
    struct Pending {
        qint64 rowId = 0;
        bool isRemoval = false;
        Fields fields;
    };
    QList<Pending> m_pending;
    SqlStatement m_insert;
    SqlStatement m_delete;
};

} // namespace wabadesk::store
