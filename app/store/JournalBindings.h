#pragma once

#include "store/StoreTypes.h"

#include <optional>

class QSqlDatabase;

namespace wabadesk::store {

// The journal_bindings table (migration 7, issue #15 item 6): which listener journals the store has read, and how
// far. A journal's records are kept in webhook_journal under seq = base_seq + the journal's own number, so that a new
// journal (numbering from 1 again) never collides with what an earlier one left; last_seq is the journal's number
// of the last record ingested, written in the same transaction as the events. The binding with the highest
// generation is the journal the store reads now.
std::optional<JournalBinding> readJournalBinding(QSqlDatabase& db, const QString& journalId, QString* error);
// Binds a journal (replacing an earlier binding of the same id): the current one from now on.
bool writeJournalBinding(QSqlDatabase& db, const QString& journalId, qint64 baseSeq, qint64 lastSeq, QString* error);
// Moves a bound journal's checkpoint forward to `lastSeq` (never back).
bool advanceJournalBinding(QSqlDatabase& db, const QString& journalId, qint64 lastSeq, QString* error);

} // namespace wabadesk::store
