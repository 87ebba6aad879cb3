// The SQLite dialect: the store's only SQLite-specific SQL (PRAGMAs, FTS5, BEGIN IMMEDIATE).
#include "common/PrivateFiles.h"
#include "store/SqlDialect.h"
#include "store/StoreLogging.h"

#include "store/PostgresDialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace wabadesk::store {

namespace {

class SqliteDialect final : public SqlDialect {
public:
    QString driverName() const override { return QStringLiteral("QSQLITE"); }

    bool setUp(QSqlDatabase& db, const StoreLocation& location, QString* error) const override
    {
        // Customer messages are for the user alone (issue #15): the data folder 0700 (a folder chosen elsewhere for
        // the database keeps its mode), the database created 0600 before SQLite opens it; SQLite gives its -wal and
        // -shm files the database's mode.
        const QString folder = QFileInfo(location.connection).absolutePath();
        const bool inDataDir = !location.dataDir.isEmpty() && QDir(folder) == QDir(location.dataDir);
        if (!(inDataDir ? makePrivateDirectory(folder) : QDir().mkpath(folder))) {
            if (error)
                *error = QCoreApplication::translate("Store", "cannot create the data folder %1").arg(folder);
            return false;
        }
        if (!QFile::exists(location.connection)) {
            QFile create(location.connection);
            if (create.open(QIODevice::WriteOnly))
                create.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        }
        for (const char* suffix : {"", "-wal", "-shm"})
            makePrivateFile(location.connection + QLatin1String(suffix));
        db.setDatabaseName(location.connection);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        return true;
    }

    bool configure(QSqlDatabase& db, QString* error) const override
    {
        // WAL: readers (UI thread) never block the writer (ingest worker) and vice versa. synchronous=NORMAL is
        // durable across application crashes in WAL mode; the listener's own journal covers power loss (issue #4).
        static const char* const pragmas[] = {
            "PRAGMA journal_mode = WAL",   "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
            "PRAGMA busy_timeout = 10000", "PRAGMA temp_store = MEMORY",  "PRAGMA cache_size = -16000",
        };
        QSqlQuery q(db);
        for (const char* pragma : pragmas) {
            if (!q.exec(QLatin1String(pragma))) {
                if (error)
                    *error = QLatin1String(pragma) + QStringLiteral(": ") + q.lastError().text();
                return false;
            }
        }
        // journal_mode answers with the mode it got; a read-only or network file system may refuse WAL.
        if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() &&
            q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            if (error)
                *error = QStringLiteral("SQLite refused WAL mode (journal_mode is %1)").arg(q.value(0).toString());
            return false;
        }
        return true;
    }

    QString expandTypes(QString sql) const override
    {
        // INTEGER PRIMARY KEY is SQLite's rowid alias: the fastest key, generated when not given.
        sql.replace(QLatin1String("{{AUTO_PK}}"), QLatin1String("INTEGER PRIMARY KEY"));
        sql.replace(QLatin1String("{{INT_PK}}"), QLatin1String("INTEGER PRIMARY KEY"));
        sql.replace(QLatin1String("{{BLOB}}"), QLatin1String("BLOB"));
        return sql;
    }

    bool makeDurable(QSqlDatabase& db, QString* error) const override
    {
        // PASSIVE never waits for readers; it still syncs the WAL before copying anything back.
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
            return true;
        if (error)
            *error = q.lastError().text();
        return false;
    }

    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }

    QStringList secureDeleteOn() const override { return {QStringLiteral("PRAGMA secure_delete = ON")}; }

    bool forgetDeleted(QSqlDatabase& db, QString* error) const override
    {
        QSqlQuery q(db);
        // FTS5 keeps a deleted row's terms in older index segments until they are merged: merge everything.
        if (!q.exec(QStringLiteral("INSERT INTO message_search (message_search) VALUES ('optimize')"))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        // The WAL still holds the old pages (the deleted content) until it is copied back and cut to nothing. Other
        // connections' read transactions are short; the busy timeout waits for them, and a retry or two covers
        // one that starts in between.
        for (int attempt = 0; attempt < 5; ++attempt) {
            if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next()) {
                if (error)
                    *error = q.lastError().text();
                return false;
            }
            if (q.value(0).toInt() == 0)
                return true; // not busy: the WAL is empty now
            q.finish();
        }
        // Another connection kept reading throughout: the deletion stands (and its pages are zeroed in the
        // database); only the write-ahead log keeps old page images until a later checkpoint overwrites them.
        qCWarning(lcStore) << "after a purge, the write-ahead log could not be emptied: another connection is reading";
        return true;
    }
    QStringList lockSchema() const override { return {}; }

    QStringList searchSchema() const override
    {
        // A regular (content-storing) FTS5 table keyed by messages.id: rows can be deleted by rowid alone, which an
        // external-content or contentless table (SQLite 3.40) cannot do without the old values. remove_diacritics
        // lets "cafe" find "café".
        return {QStringLiteral("CREATE VIRTUAL TABLE message_search USING fts5("
                               "body, caption, filename, names, tokenize = 'unicode61 remove_diacritics 2')")};
    }

    QString searchInsert() const override
    {
        return QStringLiteral("INSERT INTO message_search (rowid, body, caption, filename, names) "
                              "VALUES (:id, :body, :caption, :filename, :names)");
    }

    QString searchDelete() const override { return QStringLiteral("DELETE FROM message_search WHERE rowid = :id"); }

    QString searchDeleteFor(const QString& messageIdQuery) const override
    {
        return QStringLiteral("DELETE FROM message_search WHERE rowid IN (%1)").arg(messageIdQuery);
    }

    QString searchSelect() const override
    {
        // Newest first (highest row id: the most recently stored), as chat search lists them. Not ORDER BY rank:
        // that scores every match before taking the first few, and a common word matches half of a large store
        // (1.2 s for "delivery" in 1,000,000 messages; newest first walks the index backwards and stops: 30 ms).
        return QStringLiteral("SELECT m.id, m.channel_id, m.wamid, m.conversation_id,"
                              " snippet(message_search, -1, '[', ']', '…', 12)"
                              " FROM message_search JOIN messages m ON m.id = message_search.rowid"
                              " WHERE message_search MATCH :query ORDER BY message_search.rowid DESC LIMIT :limit");
    }

    QString searchExpression(const QString& userText) const override
    {
        // Every word becomes a quoted FTS5 string ("" escapes a quote) with a prefix star: AND, OR, NOT, NEAR,
        // column filters, parentheses and stray quotes in the user's text stay literal words. Words without a
        // letter or digit would tokenize to nothing and are dropped.
        QStringList terms;
        const QStringList words = userText.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        for (QString word : words) {
            bool hasWordCharacter = false;
            for (const QChar c : std::as_const(word))
                hasWordCharacter = hasWordCharacter || c.isLetterOrNumber();
            if (!hasWordCharacter)
                continue;
            word.replace(QLatin1Char('"'), QLatin1String("\"\""));
            terms.append(QLatin1Char('"') + word + QLatin1String("\"*"));
        }
        if (terms.isEmpty())
            return {};
        // Every word somewhere (the sender's name in `names` narrows a search), and at least one in the message itself:
        // a customer's name alone finds their conversation, not every message they wrote. Contact cards' names are in
        // `body` too (their text).
        return terms.join(QLatin1Char(' ')) + QStringLiteral(" AND {body caption filename} : (") +
               terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
};

} // namespace

std::unique_ptr<SqlDialect> SqlDialect::forEngine(StoreLocation::Engine engine)
{
    switch (engine) {
    case StoreLocation::Engine::Sqlite:
        return std::make_unique<SqliteDialect>();
    case StoreLocation::Engine::PostgreSql:
        return makePostgresDialect();
    }
    return nullptr;
}

} // namespace wabadesk::store
