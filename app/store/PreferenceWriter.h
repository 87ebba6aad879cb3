#pragma once

#include "model/WebhookEvents.h"
#include "store/SqlStatement.h"

namespace wabadesk::store {

class ConversationWriter;
class TimelineWriter;
struct ChangeSet;

// user_preferences (UPDATES-2026.md §11): a customer's "stop" (no marketing templates until "resume") or "resume" /
// "signup" is kept on their conversation (the newest wins) and shown as a system line.
class PreferenceWriter {
public:
    PreferenceWriter(ConversationWriter* conversations, TimelineWriter* timeline)
        : m_conversations(conversations)
        , m_timeline(timeline)
    {}
    bool prepare(const QSqlDatabase& db, QString* error);
    bool apply(const QString& channelId, const UserPreference& preference, qint64 receivedAtMs, ChangeSet* changes,
               QString* error);

private:
    ConversationWriter* m_conversations;
    TimelineWriter* m_timeline;
    SqlStatement m_update;
};

// account_update (UPDATES-2026.md §11): kept per channel (account_events), the newest shown on the channel.
class AccountEventWriter {
public:
    bool prepare(const QSqlDatabase& db, QString* error);
    bool apply(const QString& channelId, const AccountEvent& event, qint64 receivedAtMs, ChangeSet* changes,
               QString* error);

private:
    SqlStatement m_insert;
};

} // namespace wabadesk::store
