#pragma once

#include <QDateTime>
#include <QString>

namespace wabadesk {

// A customer as the store knows them (REFERENCE.md §6.1 contacts[]): keyed by wa_id, else by BSUID user_id.
struct Contact {
    QString key; // wa_id when known, else user_id
    QString waId;
    QString userId;
    QString profileName;
    QString phoneE164;          // "+4915112345678"; empty when the key is not a number
    QString phoneInternational; // "+49 1511 2345678" (libphonenumber, by the number's own region)
    QString region;             // "DE"
    QDateTime updatedAt;

    // What to show: the profile name, else the formatted number, else the key.
    QString displayName() const
    {
        if (!profileName.isEmpty())
            return profileName;
        return phoneInternational.isEmpty() ? key : phoneInternational;
    }
};

// One customer on one channel.
struct Conversation {
    QString id; // "<channel id>/<contact key>"
    QString channelId;
    Contact contact;
    QDateTime lastInboundAt; // the customer's last message (webhook timestamp, §8.4): starts the 24-h window
    QDateTime lastActivityAt;
    int unreadCount = 0;
    QString lastMessageId;
    QString lastMessageText;
    QString lastMessageType;
    QDateTime windowClosedAt; // a 131047 came back after the last inbound message: closed, whatever the clock says
    int failedCount = 0;      // failed outbound messages and failed outbox items
    bool lastMessageOutbound = false;
    QString lastMessageStatus; // the last message's status when it is ours: sent, delivered, read, failed, …
    QString lastReactionId;    // a reaction (its wamid) that is the conversation's last event, else ""
    QString draft;             // the composer's unsent text, "" when none

    // §8.4: free-form messages only within 24 h of the customer's last message; 131047 stays authoritative.
    QDateTime windowExpiresAt() const
    {
        return lastInboundAt.isValid() ? lastInboundAt.addSecs(24 * 3600) : QDateTime();
    }
    bool isWindowOpen(const QDateTime& now) const
    {
        if (!lastInboundAt.isValid() || now >= windowExpiresAt())
            return false;
        return !windowClosedAt.isValid() || windowClosedAt < lastInboundAt;
    }
};

} // namespace wabadesk
