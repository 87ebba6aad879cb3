#pragma once

#include <QDateTime>
#include <QString>

namespace wabadesk {

// A customer as the store knows them (REFERENCE.md §6.1 contacts[], UPDATES-2026.md §1): keyed by the id it was
// first seen with (wa_id, else the BSUID user_id); later ids are linked to it. A group's conversation has a contact
// too: key "group:<id>", named after the group's subject.
struct Contact {
    QString key;    // wa_id or user_id when first seen ("group:<id>" for a group)
    QString waId;   // the phone number; empty for a username-only customer
    QString userId; // the business-scoped user id (BSUID), e.g. US.13491208655302741918
    QString parentUserId;
    QString username; // profile.username, without the "@"
    QString profileName;
    QString phoneE164;          // "+4915112345678"; empty when the key is not a number
    QString phoneInternational; // "+49 1511 2345678" (libphonenumber, by the number's own region)
    QString region;             // "DE"
    QDateTime updatedAt;

    // What to show: the profile name, else "@username", else the formatted number, else the key.
    QString displayName() const
    {
        if (!profileName.isEmpty())
            return profileName;
        if (!username.isEmpty())
            return QLatin1Char('@') + username;
        return phoneInternational.isEmpty() ? key : phoneInternational;
    }
    bool hasPhone() const { return !waId.isEmpty(); }
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
    QString lastMessageType;  // the message type; "voice" for a recorded voice note (an audio message)
    QDateTime windowClosedAt; // a 131047 came back after the last inbound message: closed, whatever the clock says
    int failedCount = 0;      // failed outbound messages and failed outbox items
    bool lastMessageOutbound = false;
    QString lastMessageStatus;   // the last message's status when it is ours: sent, delivered, read, failed, …
    QString lastReactionId;      // a reaction (its wamid) that is the conversation's last event, else ""
    QString draft;               // the composer's unsent text, "" when none
    QString groupId;             // a group's conversation (UPDATES-2026.md §3); empty for a customer
    QString marketingPreference; // user_preferences: "stop", "resume", "signup"; empty when never said
    QDateTime marketingPreferenceAt;
    QDateTime marketingPausedUntil; // a 131049 came back: no marketing template before then
    QString callPermission;         // call_permission_reply: "accept" or "reject"; empty when never asked
    QDateTime callPermissionUntil;

    bool isGroup() const { return !groupId.isEmpty(); }
    // The customer said "stop" to marketing messages (and not "resume" since): no marketing templates.
    bool hasStoppedMarketing() const { return marketingPreference == QLatin1String("stop"); }

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
