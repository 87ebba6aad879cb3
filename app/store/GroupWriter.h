#pragma once

#include "model/WebhookEvents.h"
#include "store/SqlStatement.h"

namespace wabadesk::store {

class ConversationWriter;
class TimelineWriter;
struct ChangeSet;

// Groups (UPDATES-2026.md §3, Meta "Webhooks for Groups API"): the groups table (subject, invite link, state), who
// takes part (group_participants), and a system line in the group's conversation for each lifecycle, participant,
// settings and status event (created, joined, left, removed, asked to join, renamed, suspended, …).
class GroupWriter {
public:
    GroupWriter(ConversationWriter* conversations, TimelineWriter* timeline)
        : m_conversations(conversations)
        , m_timeline(timeline)
    {}
    bool prepare(const QSqlDatabase& db, QString* error);

    // The group's conversation (created when new, with the subject known so far).
    bool ensureConversation(const QString& channelId, const QString& groupId, QString* conversationId, QString* error);
    // A participant wrote or joined: kept with their ids and name.
    bool recordParticipant(const QString& channelId, const QString& groupId, const GroupParticipant& participant,
                           const QString& state, qint64 at, QString* error);
    bool apply(const QString& channelId, const GroupEvent& event, qint64 receivedAtMs, ChangeSet* changes,
               QString* error);

private:
    ConversationWriter* m_conversations;
    TimelineWriter* m_timeline;
    SqlStatement m_upsertGroup;
    SqlStatement m_subject;
    SqlStatement m_participant;
};

} // namespace wabadesk::store
