#include "store/Ingestor.h"

#include "common/PhoneInput.h"
#include "store/JournalBindings.h"
#include "store/SqlDialect.h"
#include "store/StoreLogging.h"
#include "webhook/parser/WebhookParser.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace wabadesk::store {

namespace {

// At most a few of the parser's problems, for the journal's reason column.
QString summarise(const QStringList& problems)
{
    constexpr int shown = 5;
    QString text = problems.mid(0, shown).join(QStringLiteral("; "));
    if (problems.size() > shown)
        text += QCoreApplication::translate("Store", " (and %n more)", nullptr, int(problems.size() - shown));
    return text;
}

QString resultName(IngestOutcome::Result result)
{
    switch (result) {
    case IngestOutcome::Result::Stored:
        return QStringLiteral("stored");
    case IngestOutcome::Result::Duplicate:
        return QStringLiteral("duplicate");
    case IngestOutcome::Result::Quarantined:
        break;
    }
    return QStringLiteral("quarantined");
}

} // namespace

Ingestor::Ingestor(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{}

bool Ingestor::prepare(QString* error)
{
    return m_conversations.prepare(m_db, error) && m_timeline.prepare(m_db, error) && m_groups.prepare(m_db, error) &&
           m_messages.prepare(m_db, m_dialect, error) && m_outbox.prepare(m_db, error) &&
           m_statuses.prepare(m_db, error) && m_calls.prepare(m_db, error) && m_preferences.prepare(m_db, error) &&
           m_accountEvents.prepare(m_db, error) && m_templates.prepare(m_db, error) &&
           m_journal.prepare(m_db,
                             QStringLiteral("INSERT INTO webhook_journal (seq, received_at_ms, peer, channel_id, kind,"
                                            " result, reason, messages, statuses, body) VALUES (:seq, :received_at,"
                                            " :peer, :channel, :kind, :result, :reason, :messages, :statuses, :body)"),
                             error) &&
           m_seqRange.prepare(
               m_db, QStringLiteral("SELECT seq FROM webhook_journal WHERE seq BETWEEN :first AND :last"), error);
}

bool Ingestor::run(const QString& sql, QString* error)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text() + QStringLiteral(" in: ") + sql;
    return false;
}

QString Ingestor::channelFor(const WebhookChange& change) const
{
    // §5.2: one WABA webhook serves every number; route by phone_number_id, then by the display number.
    for (const QString& key : {change.phoneNumberId, phoneDigits(change.displayPhoneNumber), change.wabaId}) {
        if (key.isEmpty())
            continue;
        const auto it = m_routes.constFind(key);
        if (it != m_routes.cend())
            return *it;
    }
    return QStringLiteral(""); // not null: the unrouted channel is a real key in the tables
}

bool Ingestor::storeSeqs(const QList<JournalRecord>& records, const QString& journalId, QList<qint64>* seqs,
                         QString* error)
{
    // A journal's numbers go after its binding's base (store/JournalBindings.h); without a journal id they are kept.
    qint64 base = 0;
    m_batchCheckpoint = 0;
    if (!journalId.isEmpty()) {
        QSqlDatabase db = m_db;
        const auto binding = readJournalBinding(db, journalId, error);
        if (!binding) {
            if (error && error->isEmpty())
                *error = QStringLiteral("journal %1 is not bound to this store").arg(journalId);
            return false;
        }
        base = binding->baseSeq;
    }
    seqs->clear();
    for (const JournalRecord& r : records) {
        seqs->append(base + r.seq);
        m_batchCheckpoint = std::max(m_batchCheckpoint, r.seq);
    }
    return true;
}

bool Ingestor::existingSeqs(const QList<qint64>& storeSeqs, QSet<qint64>* seqs, QString* error)
{
    qint64 first = storeSeqs.first();
    qint64 last = first;
    for (const qint64 s : storeSeqs) {
        first = std::min(first, s);
        last = std::max(last, s);
    }
    m_seqRange.bind(QStringLiteral(":first"), first).bind(QStringLiteral(":last"), last);
    if (!m_seqRange.exec(error))
        return false;
    while (m_seqRange.next())
        seqs->insert(m_seqRange.value(0).toLongLong());
    m_seqRange.finish();
    return true;
}

bool Ingestor::apply(const ParsedWebhook& parsed, qint64 receivedAtMs, ChangeSet* changes, QString* error)
{
    for (const WebhookChange& change : parsed.changes) {
        const QString channelId = channelFor(change);
        for (const InboundMessage& m : change.messages) {
            if (!m_messages.write(channelId, m, change.errors, receivedAtMs, changes, error))
                return false;
        }
        for (const InboundMessage& m : change.echoes) {
            if (!m_messages.write(channelId, m, {}, receivedAtMs, changes, error))
                return false;
        }
        for (const StatusUpdate& s : change.statuses) {
            // A call's status (type "call", UPDATES-2026.md §2) is not a message's: it never makes a placeholder.
            const bool ok = s.isCallStatus() ? m_calls.applyStatus(channelId, s, receivedAtMs, changes, error)
                                             : m_statuses.write(channelId, s, receivedAtMs, changes, error);
            if (!ok)
                return false;
        }
        for (const CallEvent& c : change.calls) {
            if (!m_calls.apply(channelId, c, receivedAtMs, changes, error))
                return false;
        }
        for (const GroupEvent& g : change.groupEvents) {
            if (!m_groups.apply(channelId, g, receivedAtMs, changes, error))
                return false;
        }
        for (const UserPreference& p : change.preferences) {
            if (!m_preferences.apply(channelId, p, receivedAtMs, changes, error))
                return false;
        }
        if (change.accountEvent &&
            !m_accountEvents.apply(channelId, *change.accountEvent, receivedAtMs, changes, error))
            return false;
        if (change.templateEvent) {
            if (!m_templates.apply(channelId, *change.templateEvent, error))
                return false;
            ++changes->templateEvents;
            changes->templateChannels.insert(channelId);
        }
        if (!change.errors.isEmpty() && change.messages.isEmpty() && change.calls.isEmpty()) {
            // §6.6: system- or app-level errors; the journal keeps them, the log says that they came.
            qCWarning(lcStore) << "webhook error" << change.errors.first().code << change.errors.first().title;
        }
    }
    return true;
}

bool Ingestor::ingest(const QList<JournalRecord>& records, const QString& journalId, QList<IngestOutcome>* outcomes,
                      ChangeSet* changes, QString* error)
{
    outcomes->clear();
    if (records.isEmpty())
        return true;
    // Fast path: the batch in one transaction without savepoints (FTS5 writes its pending index at every savepoint,
    // which costs a fifth of the ingest time). If the database refuses a record, the batch is rolled back and done
    // again with a savepoint per record, so that only that record is lost to quarantine.
    bool recordRefused = false;
    if (runBatch(records, journalId, false, outcomes, changes, &recordRefused, error))
        return true;
    if (!recordRefused)
        return false;
    qCInfo(lcStore) << "a record was refused; the batch is redone record by record";
    return runBatch(records, journalId, true, outcomes, changes, &recordRefused, error);
}

bool Ingestor::runBatch(const QList<JournalRecord>& records, const QString& journalId, bool isolateRecords,
                        QList<IngestOutcome>* outcomes, ChangeSet* changes, bool* recordRefused, QString* error)
{
    outcomes->clear();
    QSet<qint64> seen;
    if (!run(m_dialect.beginWrite(), error))
        return false;
    SearchIndexWriter& search = m_messages.searchIndex();
    const auto fail = [&] {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        m_conversations.forget();
        search.discard();
        outcomes->clear();
        return false;
    };
    QList<qint64> keys;
    if (!storeSeqs(records, journalId, &keys, error) || !existingSeqs(keys, &seen, error))
        return fail();
    ChangeSet batch;
    for (qsizetype index = 0; index < records.size(); ++index) {
        const JournalRecord& record = records.at(index);
        const qint64 key = keys.at(index);
        IngestOutcome o;
        o.seq = record.seq;
        if (seen.contains(key)) {
            o.result = IngestOutcome::Result::Duplicate;
            o.reason = QCoreApplication::translate("Store", "this journal record was already ingested");
            outcomes->append(o);
            continue;
        }
        seen.insert(key);
        const qint64 receivedAtMs =
            record.receivedAt.isValid() ? record.receivedAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
        const ParsedWebhook parsed = webhook::parseWebhook(record.body);
        o.kind = parsed.kind();
        if (!parsed.isEnvelope()) {
            o.result = IngestOutcome::Result::Quarantined;
            o.reason = parsed.reason;
        } else {
            o.channelId = parsed.changes.isEmpty() ? QString() : channelFor(parsed.changes.first());
            // Isolated, a record collects its changes apart, to be dropped if it is rolled back.
            ChangeSet recordChanges;
            ChangeSet* target = isolateRecords ? &recordChanges : &batch;
            const ChangeSet before = ChangeSet::countsOf(*target);
            const qsizetype searchMark = search.mark();
            QString applyError;
            if (isolateRecords && !run(QStringLiteral("SAVEPOINT record"), error))
                return fail();
            if (apply(parsed, receivedAtMs, target, &applyError)) {
                if (isolateRecords && !run(QStringLiteral("RELEASE SAVEPOINT record"), error))
                    return fail();
                ChangeSet added;
                added.newMessages = target->newMessages - before.newMessages;
                added.newStatuses = target->newStatuses - before.newStatuses;
                added.templateEvents = target->templateEvents - before.templateEvents;
                added.otherEvents = target->otherEvents - before.otherEvents;
                classify(parsed, added, &o);
                if (isolateRecords)
                    batch.merge(recordChanges);
            } else if (!isolateRecords) {
                *recordRefused = true;
                if (error)
                    *error = applyError;
                return fail();
            } else {
                // This record alone is rolled back and kept for the inspector; the batch goes on.
                // Not prepared statements: PostgreSQL prepares only queries and data changes.
                if (!run(QStringLiteral("ROLLBACK TO SAVEPOINT record"), error) ||
                    !run(QStringLiteral("RELEASE SAVEPOINT record"), error))
                    return fail();
                m_conversations.forget();
                search.rollbackTo(searchMark);
                qCWarning(lcStore) << "journal record" << record.seq << "could not be stored:" << applyError;
                o.result = IngestOutcome::Result::Quarantined;
                o.reason = QCoreApplication::translate("Store", "could not be stored: %1").arg(applyError);
            }
        }
        m_journal.bind(QStringLiteral(":seq"), key)
            .bind(QStringLiteral(":received_at"), receivedAtMs)
            .bind(QStringLiteral(":peer"), nullIfEmpty(record.peer))
            .bind(QStringLiteral(":channel"), o.channelId)
            .bind(QStringLiteral(":kind"), o.kind)
            .bind(QStringLiteral(":result"), resultName(o.result))
            .bind(QStringLiteral(":reason"), nullIfEmpty(o.reason))
            .bind(QStringLiteral(":messages"), o.messages)
            .bind(QStringLiteral(":statuses"), o.statuses)
            .bind(QStringLiteral(":body"), record.body);
        if (!m_journal.exec(error))
            return fail();
        batch.appended(key);
        outcomes->append(o);
    }
    if (!journalId.isEmpty()) {
        QSqlDatabase db = m_db;
        if (!advanceJournalBinding(db, journalId, m_batchCheckpoint, error))
            return fail();
    }
    if (!search.flush(error) || !run(QStringLiteral("COMMIT"), error))
        return fail();
    changes->merge(batch);
    return true;
}

void Ingestor::classify(const ParsedWebhook& parsed, const ChangeSet& added, IngestOutcome* o)
{
    // Template and account events are always applied (they carry no id to deduplicate on); the others count as a
    // redelivery when none of them was new.
    const int events = parsed.messageCount() + parsed.echoCount() + parsed.statusCount() + parsed.callCount() +
                       parsed.groupEventCount() + parsed.preferenceCount();
    o->messages = added.newMessages;
    o->statuses = added.newStatuses;
    if (events + parsed.templateEventCount() + parsed.accountEventCount() == 0 && !parsed.problems.isEmpty()) {
        o->result = IngestOutcome::Result::Quarantined; // an envelope, but nothing in it could be read
    } else if (events > 0 && added.newMessages + added.newStatuses + added.templateEvents + added.otherEvents == 0) {
        o->result = IngestOutcome::Result::Duplicate; // a redelivery (§5.5)
        o->reason = QCoreApplication::translate("Store", "every event in it was already stored");
    }
    if (!parsed.problems.isEmpty())
        o->reason = summarise(parsed.problems);
}

bool Ingestor::saveTemplates(const QString& channelId, const QList<Template>& templates, QString* error)
{
    if (!run(m_dialect.beginWrite(), error))
        return false;
    for (const Template& t : templates) {
        if (!m_templates.save(channelId, t, error)) {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return run(QStringLiteral("COMMIT"), error);
}

} // namespace wabadesk::store
