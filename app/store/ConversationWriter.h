#pragma once

#include "store/SqlStatement.h"

#include <QHash>
#include <QSet>
#include <QString>

class QSqlDatabase;

namespace wabadesk::store {

// Who a message is with: wa_id when known, else the BSUID (REFERENCE.md §6.1).
struct ContactRef {
    QString waId;
    QString userId;
    QString parentUserId;
    QString profileName;
    QString key() const { return waId.isEmpty() ? userId : waId; }
};

// Contacts and conversations: created on first sight, profile names kept current, the 24-h window (§8.4) and the
// unread count moved forward. Rows already written in this batch are remembered, so a busy customer costs one
// statement per message instead of three.
class ConversationWriter {
public:
    bool prepare(const QSqlDatabase& db, QString* error);

    // The conversation id for (channel, contact), creating contact and conversation when new; "" when the contact
    // has no key (then the message is kept without a conversation).
    bool ensure(const QString& channelId, const ContactRef& contact, QString* conversationId, QString* error);

    struct Activity {
        qint64 inboundAt = 0;  // webhook time of a customer message (0: not one, or unknown)
        qint64 activityAt = 0; // for sorting the list
        QString lastMessageId; // a message shown as a bubble; "" for reactions, edits, revokes
        bool countsAsUnread = false;
    };
    bool recordActivity(const QString& conversationId, const Activity& activity, QString* error);

    // After a rollback the remembered rows may be gone.
    void forget();

    static QString conversationId(const QString& channelId, const QString& contactKey);

private:
    SqlStatement m_upsertContact;
    SqlStatement m_insertConversation;
    SqlStatement m_activity;
    QHash<QString, QString> m_contactNames; // contact key → profile name as last written
    QSet<QString> m_conversations;
};

} // namespace wabadesk::store
