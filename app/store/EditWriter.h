#pragma once

#include "store/SqlStatement.h"

namespace wabadesk::store {

class SearchIndexWriter;
struct ChangeSet;

// Edits and revokes by the customer (REFERENCE.md §6.3 "Edits / deletes"): an edit replaces text and caption and
// keeps the text before it; a revoke marks the message deleted and keeps its text. Either may arrive before the
// message it acts on; it is then stored as a row of its own and applied when that message comes (applyPending).
class EditWriter {
public:
    explicit EditWriter(SearchIndexWriter* search)
        : m_search(search)
    {}
    bool prepare(const QSqlDatabase& db, QString* error);

    struct Change {
        bool isRevoke = false;
        QString targetWamid;
        QString text; // edit: the new text and caption
        QString caption;
        qint64 at = 0; // unix seconds of the edit/revoke
    };
    // Applies `change` if its target is here; later edits win over earlier ones, a revoke over every edit.
    bool apply(const QString& channelId, const Change& change, ChangeSet* changes, QString* error);
    // Applies the edits and revokes stored for `wamid` before it arrived, oldest first.
    bool applyPending(const QString& channelId, const QString& wamid, ChangeSet* changes, QString* error);

private:
    SearchIndexWriter* m_search;
    SqlStatement m_target;
    SqlStatement m_edit;
    SqlStatement m_revoke;
    SqlStatement m_pending;
};

} // namespace wabadesk::store
