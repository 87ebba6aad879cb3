#pragma once

#include "store/CallWriter.h"
#include "store/ChangeSet.h"
#include "store/ConversationWriter.h"
#include "store/GroupWriter.h"
#include "store/MessageWriter.h"
#include "store/OutboxWriter.h"
#include "store/PreferenceWriter.h"
#include "store/StatusWriter.h"
#include "store/StoreTypes.h"
#include "store/TemplateWriter.h"
#include "store/TimelineWriter.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace wabadesk::store {

class SqlDialect;

// Parses journal records and applies them in one transaction per batch. Each record runs inside a savepoint: a
// record the database refuses is rolled back alone and quarantined, and the rest of the batch goes on.
class Ingestor {
public:
    Ingestor(const QSqlDatabase& db, const SqlDialect& dialect);
    bool prepare(QString* error);

    // phone_number_id, display number digits or WABA id → channel id (REFERENCE.md §5.2).
    void setRoutes(const QHash<QString, QString>& routes) { m_routes = routes; }

    // False (the whole batch rolled back, nothing written) only when the database fails outside a single record.
    // `journalId`: see Store::ingest().
    bool ingest(const QList<JournalRecord>& records, const QString& journalId, QList<IngestOutcome>* outcomes,
                ChangeSet* changes, QString* error);

    bool saveTemplates(const QString& channelId, const QList<Template>& templates, QString* error);

    // For the store's other writes, in their own transactions.
    ConversationWriter& conversations() { return m_conversations; }
    SearchIndexWriter& searchIndex() { return m_messages.searchIndex(); }
    OutboxWriter& outbox() { return m_outbox; }

private:
    QString channelFor(const WebhookChange& change) const;
    // Applies one parsed body; false on a database error.
    bool apply(const ParsedWebhook& parsed, qint64 receivedAtMs, ChangeSet* changes, QString* error);
    bool runBatch(const QList<JournalRecord>& records, const QString& journalId, bool isolateRecords,
                  QList<IngestOutcome>* outcomes, ChangeSet* changes, bool* recordRefused, QString* error);
    static void classify(const ParsedWebhook& parsed, const ChangeSet& added, IngestOutcome* o);
    // webhook_journal's keys of the records from `journalId`'s journal; also notes its last number.
    bool storeSeqs(const QList<JournalRecord>& records, const QString& journalId, QList<qint64>* seqs, QString* error);
    bool existingSeqs(const QList<qint64>& storeSeqs, QSet<qint64>* seqs, QString* error);
    bool run(const QString& sql, QString* error);

    QSqlDatabase m_db;
    const SqlDialect& m_dialect;
    QHash<QString, QString> m_routes;
    qint64 m_batchCheckpoint = 0; // the journal's last number in the batch being ingested
    ConversationWriter m_conversations;
    TimelineWriter m_timeline;
    GroupWriter m_groups{&m_conversations, &m_timeline};
    MessageWriter m_messages{&m_conversations, &m_groups};
    OutboxWriter m_outbox;
    StatusWriter m_statuses{&m_conversations, &m_groups, &m_outbox, &m_messages.searchIndex()};
    CallWriter m_calls{&m_conversations, &m_timeline};
    PreferenceWriter m_preferences{&m_conversations, &m_timeline};
    AccountEventWriter m_accountEvents;
    TemplateWriter m_templates;
    SqlStatement m_journal;
    SqlStatement m_seqRange;
};

} // namespace wabadesk::store
