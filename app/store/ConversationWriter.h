#pragma once

#include "store/ContactIdentities.h"
#include "store/SqlStatement.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

class QSqlDatabase;

namespace wabadesk::store {

// Contacts and conversations: found by any id a webhook names (ContactIdentities), created on first sight, profile
// names and usernames kept current, the 24-h window (§8.4) and the unread count moved forward. Rows already written
// in this batch are remembered, so a busy customer costs one statement per message instead of three.
class ConversationWriter {
public:
    bool prepare(const QSqlDatabase& db, QString* error);

    // The conversation id for (channel, contact), creating contact and conversation when new; "" when the contact
    // has no id at all (then the message is kept without a conversation). Conversations merged on the way (the
    // contact turned out to be one already known by another id) are appended to `merges`.
    bool ensure(const QString& channelId, const ContactRef& contact, QString* conversationId, QString* error,
                QList<ConversationMerge>* merges = nullptr);
    // A group's conversation (UPDATES-2026.md §3): contact "group:<id>" named after the subject, kind 'group'.
    bool ensureGroup(const QString& channelId, const QString& groupId, const QString& subject, QString* conversationId,
                     QString* error);

    struct Activity {
        qint64 inboundAt = 0;  // webhook time of a customer message (0: not one, or unknown)
        qint64 activityAt = 0; // for sorting the list
        QString lastMessageId; // a message shown as a bubble; "" for reactions, edits, revokes
        bool countsAsUnread = false;
    };
    bool recordActivity(const QString& conversationId, const Activity& activity, QString* error);

    // After a rollback the remembered rows may be gone.
    void forget();

    ContactIdentities& identities() { return m_identities; }

    static QString conversationId(const QString& channelId, const QString& contactKey);
    static QString groupContactKey(const QString& groupId) { return QStringLiteral("group:") + groupId; }

private:
    bool upsertContact(const QString& key, const ContactRef& contact, QString* error);
    bool insertConversation(const QString& id, const QString& channelId, const QString& key, const QString& groupId,
                            QString* error);

    ContactIdentities m_identities;
    SqlStatement m_upsertContact;
    SqlStatement m_insertConversation;
    SqlStatement m_activity;
    struct Resolved {
        QString conversationId;
        QString profileName;
        QString username;
    };
    QHash<QString, Resolved> m_resolved;   // "channel\nwa_id\nuser_id\nparent" → its conversation, this batch
    QHash<QString, QString> m_contactSeen; // contact key → what was last written (name, username, ids)
    QSet<QString> m_conversations;
};

} // namespace wabadesk::store
