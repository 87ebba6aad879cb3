#pragma once

#include "model/WebhookEvents.h"
#include "store/SqlStatement.h"

namespace wabadesk::store {

class ConversationWriter;
struct ChangeSet;

// Status updates (REFERENCE.md §6.4) into the status history and the message's current status (§5.5):
// - the same (wamid, status) twice adds nothing;
// - the current status only moves forward: sent < delivered < read < played; a read before its delivered stays read;
// - failed outranks every tick, carries its error and is never replaced by a later tick;
// - a status for a wamid we do not have creates a placeholder outbound message, so nothing depends on arrival order;
// - values we do not know (On-Premise "deleted", …) go into the history only.
class StatusWriter {
public:
    explicit StatusWriter(ConversationWriter* conversations)
        : m_conversations(conversations)
    {}
    bool prepare(const QSqlDatabase& db, QString* error);
    bool write(const QString& channelId, const StatusUpdate& s, qint64 receivedAtMs, ChangeSet* changes,
               QString* error);

    // 0 for values that must not change the current status.
    static int rank(const QString& status);

private:
    bool insertHistory(const QString& channelId, const StatusUpdate& s, qint64 receivedAtMs, bool* isNew,
                       QString* error);

    ConversationWriter* m_conversations;
    SqlStatement m_history;
    SqlStatement m_advance;
    SqlStatement m_placeholder;
};

} // namespace wabadesk::store
