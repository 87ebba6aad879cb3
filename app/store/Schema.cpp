#include "store/Schema.h"

#include "store/SchemaV8.h"
#include "store/SqlDialect.h"
#include "store/StoreLogging.h"

#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace wabadesk::store {

namespace {

// Migration 1: the tables, in SQL that SQLite and PostgreSQL both accept (types through SqlDialect::expandTypes).
const char* const schemaV1[] = {
    "CREATE TABLE contacts ("
    " contact_key TEXT NOT NULL PRIMARY KEY, wa_id TEXT, user_id TEXT, parent_user_id TEXT, profile_name TEXT,"
    " phone_e164 TEXT, phone_international TEXT, phone_region TEXT, updated_at_ms BIGINT NOT NULL)",

    "CREATE TABLE conversations ("
    " id TEXT NOT NULL PRIMARY KEY, channel_id TEXT NOT NULL,"
    " contact_key TEXT NOT NULL REFERENCES contacts (contact_key),"
    " last_inbound_at BIGINT, last_activity_at BIGINT, last_message_id TEXT,"
    " unread_count INTEGER NOT NULL DEFAULT 0, UNIQUE (channel_id, contact_key))",
    "CREATE INDEX conversations_by_activity ON conversations (channel_id, last_activity_at)",

    "CREATE TABLE messages ("
    " id {{AUTO_PK}}, channel_id TEXT NOT NULL, wamid TEXT NOT NULL,"
    " conversation_id TEXT REFERENCES conversations (id),"
    " direction TEXT NOT NULL, origin TEXT NOT NULL, type TEXT NOT NULL, raw_type TEXT,"
    " text TEXT, caption TEXT, filename TEXT, media_id TEXT, media_mime TEXT, media_sha256 TEXT,"
    " latitude DOUBLE PRECISION, longitude DOUBLE PRECISION, sender_name TEXT,"
    " target_id TEXT, reply_to_id TEXT, forwarded INTEGER NOT NULL DEFAULT 0,"
    " sent_at BIGINT, received_at_ms BIGINT NOT NULL,"
    " status TEXT, status_rank INTEGER NOT NULL DEFAULT 0, status_at BIGINT,"
    " error_code INTEGER, error_title TEXT, error_details TEXT,"
    " edited_at BIGINT, deleted_at BIGINT, previous_text TEXT, payload TEXT,"
    " UNIQUE (channel_id, wamid))",
    "CREATE INDEX messages_by_conversation ON messages (conversation_id, sent_at, id)",
    "CREATE INDEX messages_by_wamid ON messages (wamid)",
    "CREATE INDEX messages_by_target ON messages (channel_id, target_id) WHERE target_id IS NOT NULL",

    "CREATE TABLE message_statuses ("
    " id {{AUTO_PK}}, channel_id TEXT NOT NULL, wamid TEXT NOT NULL, status TEXT NOT NULL, status_at BIGINT,"
    " recipient_id TEXT, conversation_ref TEXT, conversation_expiry BIGINT, conversation_origin TEXT,"
    " pricing_model TEXT, pricing_category TEXT, pricing_type TEXT, billable INTEGER, biz_opaque TEXT,"
    " error_code INTEGER, error_title TEXT, error_details TEXT, errors_json TEXT,"
    " received_at_ms BIGINT NOT NULL, payload TEXT,"
    " UNIQUE (channel_id, wamid, status))",

    "CREATE TABLE reactions ("
    " channel_id TEXT NOT NULL, message_wamid TEXT NOT NULL, reactor_key TEXT NOT NULL, emoji TEXT NOT NULL,"
    " reaction_wamid TEXT, reacted_at BIGINT NOT NULL,"
    " PRIMARY KEY (channel_id, message_wamid, reactor_key))",

    "CREATE TABLE media ("
    " channel_id TEXT NOT NULL, media_id TEXT NOT NULL, wamid TEXT NOT NULL, mime_type TEXT, sha256 TEXT,"
    " filename TEXT, url TEXT, local_path TEXT, byte_size BIGINT, downloaded_at_ms BIGINT,"
    " PRIMARY KEY (channel_id, media_id))",

    "CREATE TABLE templates ("
    " channel_id TEXT NOT NULL, name TEXT NOT NULL, language TEXT NOT NULL, template_id TEXT, category TEXT,"
    " status TEXT, quality TEXT, rejected_reason TEXT, components TEXT, raw TEXT, updated_at_ms BIGINT NOT NULL,"
    " PRIMARY KEY (channel_id, name, language))",

    "CREATE TABLE outbox ("
    " id {{AUTO_PK}}, channel_id TEXT NOT NULL, conversation_id TEXT, payload TEXT NOT NULL,"
    " state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at_ms BIGINT, last_error TEXT,"
    " wamid TEXT, created_at_ms BIGINT NOT NULL, updated_at_ms BIGINT NOT NULL)",
    "CREATE INDEX outbox_due ON outbox (state, next_attempt_at_ms)",

    "CREATE TABLE webhook_journal ("
    " seq {{INT_PK}}, received_at_ms BIGINT NOT NULL, peer TEXT, channel_id TEXT, kind TEXT NOT NULL,"
    " result TEXT NOT NULL, reason TEXT, messages INTEGER NOT NULL DEFAULT 0, statuses INTEGER NOT NULL DEFAULT 0,"
    " body {{BLOB}})",
};

// Migration 3 (issue #5): a 131047 closes the 24-h window before its time; unsent composer text survives restarts;
// the conversation list counts failed messages without scanning histories (partial indexes, SQLite and PostgreSQL).
const char* const schemaV3[] = {
    "ALTER TABLE conversations ADD COLUMN window_closed_at BIGINT",
    "CREATE TABLE drafts ("
    " conversation_id TEXT NOT NULL PRIMARY KEY REFERENCES conversations (id),"
    " text TEXT NOT NULL, reply_to TEXT, updated_at_ms BIGINT NOT NULL)",
    "CREATE INDEX messages_failed ON messages (conversation_id) WHERE status = 'failed'",
    "CREATE INDEX outbox_by_conversation ON outbox (conversation_id, state)",
};

// Migration 4 (issue #7, media library): uploads are `media` rows too (origin 'uploaded', wamid ''), with their kind,
// upload time and expiry (ids from uploads live 30 days, REFERENCE.md §2); state 'deleted' once deleted from
// 360dialog. Received media are found through their messages (messages_with_media).
const char* const schemaV4[] = {
    "ALTER TABLE media ADD COLUMN origin TEXT NOT NULL DEFAULT 'received'",
    "ALTER TABLE media ADD COLUMN state TEXT NOT NULL DEFAULT 'valid'",
    "ALTER TABLE media ADD COLUMN kind TEXT",
    "ALTER TABLE media ADD COLUMN created_at BIGINT",
    "ALTER TABLE media ADD COLUMN expires_at BIGINT",
    "ALTER TABLE media ADD COLUMN deleted_at BIGINT",
    "CREATE INDEX media_uploads_by_sha256 ON media (channel_id, sha256) WHERE origin = 'uploaded'",
    "CREATE INDEX messages_with_media ON messages (channel_id, id) WHERE media_id IS NOT NULL",
};

// Migration 5 (issue #8): every business-profile change, per field, with who made it (the window or the CLI). The id
// was {{INT_PK}} until issue #18 although it is generated (in SQLite both are INTEGER PRIMARY KEY: nothing to migrate).
const char* const schemaV5[] = {
    "CREATE TABLE profile_audit ("
    " id {{AUTO_PK}}, changed_at_ms BIGINT NOT NULL, channel_id TEXT NOT NULL, field TEXT NOT NULL,"
    " old_value TEXT NOT NULL, new_value TEXT NOT NULL, changed_by TEXT NOT NULL)",
    "CREATE INDEX profile_audit_by_channel ON profile_audit (channel_id, changed_at_ms)",
};

// Migration 6 (issue #14): the desk's quick replies, in the agents' order; a shortcut once, whatever its case.
const char* const schemaV6[] = {
    "CREATE TABLE quick_replies ("
    " id {{AUTO_PK}}, shortcut TEXT NOT NULL, text TEXT NOT NULL, position INTEGER NOT NULL,"
    " updated_at_ms BIGINT NOT NULL)",
    "CREATE UNIQUE INDEX quick_replies_by_shortcut ON quick_replies (lower(shortcut))",
};

// Migration 7 (issue #15): the store's ingest checkpoint is bound to the listener journal's identity
// (store/JournalBindings.h); a lost or restored journal can no longer make it skip new records.
const char* const schemaV7[] = {
    "CREATE TABLE journal_bindings ("
    " journal_id TEXT NOT NULL PRIMARY KEY, base_seq BIGINT NOT NULL, last_seq BIGINT NOT NULL,"
    " generation BIGINT NOT NULL, bound_at_ms BIGINT NOT NULL)",
};

// Migration 9 (issue #17 item 9, several senders): an outbox row says which sender claimed it and until when (a
// lease its sender renews), and when its request left with what the bubble shows; a row whose request left without
// an answer is 'unknown' after a crash, never sent again silently (store/OutboxWriter.h).
const char* const schemaV9[] = {
    "ALTER TABLE outbox ADD COLUMN claimed_by TEXT",
    "ALTER TABLE outbox ADD COLUMN claim_until_ms BIGINT",
    "ALTER TABLE outbox ADD COLUMN request_sent_at_ms BIGINT",
    "ALTER TABLE outbox ADD COLUMN request_text TEXT",
    "CREATE INDEX outbox_claims ON outbox (claim_until_ms) WHERE state = 'sending'",
};

bool runAll(QSqlDatabase& db, const QStringList& statements, QString* error)
{
    QSqlQuery q(db);
    for (const QString& sql : statements) {
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text() + QStringLiteral(" in: ") + sql.left(120);
            return false;
        }
    }
    return true;
}

struct Migration {
    int version;
    const char* description;
    std::function<QStringList(const SqlDialect&)> statements;
};

const QList<Migration>& migrations()
{
    static const QList<Migration> list{
        {1, "tables",
         [](const SqlDialect& d) {
             QStringList out;
             for (const char* sql : schemaV1)
                 out.append(d.expandTypes(QString::fromLatin1(sql)));
             return out;
         }},
        {2, "full-text search",
         [](const SqlDialect& d) {
             return d.searchSchema();
         }},
        {3, "conversation desk: window closed by 131047, drafts, failed-message lookups",
         [](const SqlDialect& d) {
             QStringList out;
             for (const char* sql : schemaV3)
                 out.append(d.expandTypes(QString::fromLatin1(sql)));
             return out;
         }},
        {4, "media library: uploads with expiry and state, received media by channel",
         [](const SqlDialect& d) {
             QStringList out;
             for (const char* sql : schemaV4)
                 out.append(d.expandTypes(QString::fromLatin1(sql)));
             return out;
         }},
        {5, "business-profile audit log",
         [](const SqlDialect& d) {
             QStringList out;
             for (const char* sql : schemaV5)
                 out.append(d.expandTypes(QString::fromLatin1(sql)));
             return out;
         }},
        {6, "quick replies",
         [](const SqlDialect& d) {
             QStringList out;
             for (const char* sql : schemaV6)
                 out.append(d.expandTypes(QString::fromLatin1(sql)));
             return out;
         }},
        {7, "webhook journal identities: the ingest checkpoint per journal",
         [](const SqlDialect& d) {
             QStringList out;
             for (const char* sql : schemaV7)
                 out.append(d.expandTypes(QString::fromLatin1(sql)));
             return out;
         }},
        {8, "2026 WhatsApp: customer identities, groups, calls, per-message pricing, template notices",
         [](const SqlDialect& d) {
             return schemaV8(d);
         }},
        {9, "several senders: outbox claims with a lease, requests that left, outcomes unknown",
         [](const SqlDialect& d) {
             QStringList out;
             for (const char* sql : schemaV9)
                 out.append(d.expandTypes(QString::fromLatin1(sql)));
             return out;
         }},
    };
    return list;
}

} // namespace

QList<int> schemaVersions()
{
    QList<int> versions;
    for (const Migration& m : migrations())
        versions.append(m.version);
    std::sort(versions.begin(), versions.end());
    return versions;
}

int latestSchemaVersion()
{
    int latest = 0; // the highest, wherever parallel branches put their entries in the list
    for (const Migration& m : migrations())
        latest = std::max(latest, m.version);
    return latest;
}

// The versions applied, from schema_version (migrations may be applied out of order: see migrate()).
static QSet<int> appliedVersions(QSqlDatabase& db)
{
    QSet<int> versions;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT version FROM schema_version")))
        while (q.next())
            versions.insert(q.value(0).toInt());
    return versions;
}

int schemaVersion(QSqlDatabase& db)
{
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool migrate(QSqlDatabase& db, const SqlDialect& dialect, QString* error)
{
    if (!runAll(db,
                {QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY,"
                                " description TEXT NOT NULL, applied_at_ms BIGINT NOT NULL)")},
                error))
        return false;
    const int current = schemaVersion(db);
    const QSet<int> applied = appliedVersions(db);
    if (current > latestSchemaVersion()) {
        if (error)
            *error = QStringLiteral("the database has schema version %1; this WabaDesk knows up to %2")
                         .arg(current)
                         .arg(latestSchemaVersion());
        return false;
    }
    for (const Migration& m : migrations()) {
        // Each missing version runs, not only those above the highest: branches add migrations in parallel (media 4,
        // profile 5), so a database may hold 5 before 4 exists.
        if (applied.contains(m.version))
            continue;
        QSqlQuery q(db);
        if (!q.exec(dialect.beginWrite())) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        if (!runAll(db, dialect.lockSchema(), error)) {
            q.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        // Another connection (the UI's, the ingest worker's) may have migrated since we looked.
        if (appliedVersions(db).contains(m.version)) {
            q.exec(QStringLiteral("COMMIT"));
            continue;
        }
        bool ok = runAll(db, m.statements(dialect), error);
        if (ok) {
            q.prepare(QStringLiteral("INSERT INTO schema_version (version, description, applied_at_ms) "
                                     "VALUES (:version, :description, :at)"));
            q.bindValue(QStringLiteral(":version"), m.version);
            q.bindValue(QStringLiteral(":description"), QString::fromLatin1(m.description));
            q.bindValue(QStringLiteral(":at"), QDateTime::currentMSecsSinceEpoch());
            ok = q.exec();
            if (!ok && error)
                *error = q.lastError().text();
        }
        if (!ok || !q.exec(QStringLiteral("COMMIT"))) {
            if (ok && error)
                *error = q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            qCWarning(lcStore) << "migration" << m.version << "failed:" << (error ? *error : QString());
            return false;
        }
        qCInfo(lcStore) << "schema migrated to version" << m.version << m.description;
    }
    return true;
}

} // namespace wabadesk::store
