#pragma once

#include "model/WebhookEvents.h"
#include "store/SqlStatement.h"

namespace wabadesk::store {

class ConversationWriter;
class GroupWriter;
class OutboxWriter;
class SearchIndexWriter;
struct ChangeSet;

// Status updates (REFERENCE.md §6.4) into the status history and the message's current status (§5.5):
// - the same (wamid, status) twice adds nothing;
// - the current status only moves forward: sent < delivered < read < played; a read before its delivered stays read;
// - failed outranks every tick, carries its error and is never replaced by a later tick;
// - a status for a wamid we do not have creates a placeholder outbound message, so nothing depends on arrival order;
// - values we do not know (On-Premise "deleted", …) go into the history only;
// - per-message pricing (PMP) is copied onto the message; a 131049 failure pauses marketing to the customer for 24 h;
// - a group message's status belongs to the group's conversation. Call statuses are CallWriter's;
// - a status naming an outbox item whose outcome is unknown (biz_opaque_callback_data) says it was sent: the item
//   becomes its message (OutboxWriter::settleByStatus).
class StatusWriter {
public:
    StatusWriter(ConversationWriter* conversations, GroupWriter* groups, OutboxWriter* outbox,
                 SearchIndexWriter* search)
        : m_conversations(conversations)
        , m_groups(groups)
        , m_outbox(outbox)
        , m_search(search)
    {}
    bool prepare(const QSqlDatabase& db, QString* error);
    bool write(const QString& channelId, const StatusUpdate& s, qint64 receivedAtMs, ChangeSet* changes,
               QString* error);

    // 0 for values that must not change the current status.
    static int rank(const QString& status);

private:
    bool insertHistory(const QString& channelId, const StatusUpdate& s, qint64 receivedAtMs, bool* isNew,
                       QString* error);
    // A 131049 failure: the customer's conversation takes no marketing template for 24 hours.
    bool pauseMarketing(const QString& channelId, const StatusUpdate& s, QString* error);

    ConversationWriter* m_conversations;
    GroupWriter* m_groups;
    OutboxWriter* m_outbox;
    SearchIndexWriter* m_search;
    SqlStatement m_history;
    SqlStatement m_advance;
    SqlStatement m_placeholder;
    SqlStatement m_pause;
};

} // namespace wabadesk::store
