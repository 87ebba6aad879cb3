#pragma once

#include "store/StoreLocation.h"

#include <QString>
#include <QStringList>

#include <memory>

class QSqlDatabase;

namespace wabadesk::store {

// Everything in the store that differs between SQL engines. The rest of the store (Schema.cpp, the writers and the
// reader) is SQL that SQLite and PostgreSQL both run: INSERT … ON CONFLICT, RETURNING, CASE, COALESCE, savepoints.
// SQLite-only features — PRAGMAs, FTS5, BEGIN IMMEDIATE — live in the SQLite implementation and nowhere else, and
// PostgreSQL's — tsvector search, identity columns, table locks — in PostgresDialect.cpp.
class SqlDialect {
public:
    virtual ~SqlDialect() = default;

    // The dialect of an engine.
    static std::unique_ptr<SqlDialect> forEngine(StoreLocation::Engine engine);

    // The Qt SQL driver it speaks through.
    virtual QString driverName() const = 0;
    // Points a new, not yet open connection at the location (SQLite: the file, created with its folder; the busy
    // timeout). False and why when it cannot (a folder that cannot be made).
    virtual bool setUp(QSqlDatabase& db, const StoreLocation& location, QString* error) const = 0;
    // Connection settings, run once after opening (SQLite: WAL, synchronous, foreign keys, busy timeout).
    virtual bool configure(QSqlDatabase& db, QString* error) const = 0;
    // Replaces the type placeholders of the portable schema: {{AUTO_PK}} (generated integer key), {{INT_PK}}
    // (integer key given by us), {{BLOB}}.
    virtual QString expandTypes(QString sql) const = 0;
    // Makes every committed transaction survive a power loss (SQLite with synchronous=NORMAL: a WAL checkpoint,
    // which syncs the WAL first). Commits themselves only survive a crash of the process.
    virtual bool makeDurable(QSqlDatabase& db, QString* error) const = 0;
    // Starts a write transaction (SQLite: BEGIN IMMEDIATE, so that a reader turning writer cannot deadlock).
    virtual QString beginWrite() const = 0;
    // Run after beginWrite() by a migration, so that two connections never migrate at once (SQLite: nothing, BEGIN
    // IMMEDIATE already excludes other writers; PostgreSQL: a lock on schema_version).
    virtual QStringList lockSchema() const = 0;

    // Purging a history (issue #15, item 7): what was deleted must not stay readable in the database's files.
    // Statements run on the purging connection before its deletes (SQLite: secure_delete, which zeroes deleted
    // cells and freed pages).
    virtual QStringList secureDeleteOn() const = 0;
    // After the deletes: rewrites what still holds deleted content (SQLite: FTS5 'optimize' merges away the index
    // entries of deleted rows, and a TRUNCATE checkpoint empties the WAL, whose old frames hold old page images; when
    // another connection keeps reading through every retry, that is logged and the WAL emptied later).
    virtual bool forgetDeleted(QSqlDatabase& db, QString* error) const = 0;

    // Full-text search over message_search (its key = messages.id; body, caption, filename, names).
    virtual QStringList searchSchema() const = 0;
    virtual QString searchInsert() const = 0; // :id, :body, :caption, :filename, :names
    virtual QString searchDelete() const = 0; // :id
    // Deletes the index rows of the messages whose ids `messageIdQuery` (a SELECT of messages.id) returns.
    virtual QString searchDeleteFor(const QString& messageIdQuery) const = 0;
    // Rows (messages.id, channel_id, wamid, conversation_id, snippet) for :query, best first, at most :limit.
    virtual QString searchSelect() const = 0;
    // The user's words as a query the engine cannot misread (no operators, no syntax errors); empty: match nothing.
    virtual QString searchExpression(const QString& userText) const = 0;
};

} // namespace wabadesk::store
