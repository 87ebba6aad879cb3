#pragma once

#include "model/Call.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace wabadesk {

// A reaction on a message (REFERENCE.md §6.3 reaction). One per reacting person; a removal deletes it.
struct MessageReaction {
    static constexpr const char* kBusiness = "business"; // reactorKey of the business's own reaction
    QString reactorKey;                                  // the customer's wa_id/BSUID, or kBusiness
    QString emoji;
    QString reactionMessageId;
    QDateTime reactedAt;
};

// One row of a message's status history (§6.4): every (status, timestamp) received, with errors and pricing.
struct MessageStatusRecord {
    QString status;
    QDateTime timestamp;
    QString recipientId;
    QString conversationId;
    QDateTime conversationExpiry;
    QString conversationOrigin;
    QString pricingModel;
    QString pricingCategory;
    QString pricingType;
    std::optional<bool> billable;
    QString bizOpaqueCallbackData;
    int errorCode = 0;
    QString errorTitle;
    QString errorDetails;
    QString errorsJson; // the errors[] array as received
};

// A message as the store keeps it: inbound, echoed (sent from the WhatsApp Business app) or outbound.
struct StoredMessage {
    enum class Direction { Inbound, Outbound };
    enum class Origin {
        Webhook,     // an inbound message
        Echo,        // smb_message_echoes: the business wrote from the WhatsApp Business app
        Placeholder, // only statuses (or edits) arrived so far; the message itself is not known
        Local,       // sent by WabaDesk
        Event,       // a timeline entry nobody typed: a call's card, a group's system line (store/TimelineWriter.h)
    };

    qint64 rowId = 0;
    QString channelId;
    QString wamid;
    QString conversationId;
    Direction direction = Direction::Inbound;
    Origin origin = Origin::Webhook;
    QString type;    // as the parser reads it ("unknown" for types it does not know)
    QString rawType; // as sent
    QString text;
    QString caption;
    QString filename;
    QString mediaId;
    QString mediaMimeType;
    QString mediaSha256;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString senderName;
    QString senderKey; // in a group: the participant's wa_id or BSUID
    QString subtype;   // interactive: button_reply, list_reply, nfm_reply, call_permission_reply; system: its type;
                       // events: call, group_participants_add, user_preferences, …
    QJsonObject data;  // the subtype's extras: a Flow's response_json, a call permission, a group event's participants
    QString pricingModel;           // PMP or CBP, from the statuses (UPDATES-2026.md §7)
    QString pricingCategory;        // marketing, utility, authentication, service, …
    QString pricingType;            // regular, free_customer_service, free_entry_point
    std::optional<CallRecord> call; // type "call": the call this card shows
    QDateTime timestamp;            // the webhook timestamp (send time); invalid when unknown
    QDateTime receivedAt;           // when the store got it
    QString status;                 // the current status: never moved backwards, failed wins (§5.5)
    QDateTime statusAt;
    int errorCode = 0; // failed statuses and inbound errors (unsupported, value-level)
    QString errorTitle;
    QString errorDetails;
    QString replyToId;
    bool isForwarded = false;
    bool isFrequentlyForwarded = false;
    QDateTime editedAt;
    QDateTime deletedAt;
    QString previousText; // the text before the last edit, or before the revoke
    QList<MessageReaction> reactions;
    QJsonObject payload;    // the item as received (empty for placeholders)
    QString localMediaPath; // the media file kept in the data directory, once archived (Store::recordMediaFile)

    bool isDeleted() const { return deletedAt.isValid(); }
    bool isEdited() const { return editedAt.isValid(); }
    bool isFailed() const { return status == QLatin1String("failed"); }
    bool isCall() const { return type == QLatin1String("call"); }
    bool isEcho() const { return origin == Origin::Echo; }
    bool isFlowReply() const { return subtype == QLatin1String("nfm_reply"); }
    bool isCallPermissionReply() const { return subtype == QLatin1String("call_permission_reply"); }
    // A line in the timeline rather than a bubble: a group event, a marketing stop.
    bool isSystemLine() const { return origin == Origin::Event && type == QLatin1String("system"); }
};

} // namespace wabadesk
