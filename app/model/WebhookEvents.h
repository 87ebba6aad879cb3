#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace wabadesk {

// Values read from a webhook body (REFERENCE.md §6, and the On-Premise flat shape of §10). Every item keeps the JSON
// it was read from (`raw`), so nothing the parser does not understand is ever lost. Timestamps are unix seconds as
// Meta sends them (strings, sometimes numbers, §6.1); 0 means absent or unreadable.

// An error object: value.errors[], messages[].errors[] or statuses[].errors[] (§6.6, codes in §7.2).
struct WebhookError {
    int code = 0;
    QString title;
    QString message;
    QString details; // error_data.details
    QString href;
    QJsonObject raw;
};

// A media object of an image/video/audio/document/sticker message (§6.3).
struct InboundMedia {
    QString id;
    QString mimeType;
    QString sha256;
    QString url; // newer payloads carry a direct lookaside url (never log it)
    QString caption;
    QString filename;
    bool isVoice = false;    // audio.voice: a recorded push-to-talk note
    bool isAnimated = false; // sticker.animated
    bool isEmpty() const { return id.isEmpty() && url.isEmpty(); }
};

struct InboundLocation {
    double latitude = 0;
    double longitude = 0;
    QString name;
    QString address;
    QString url;
};

// What a message says, apart from who sent it when. Also the new content of an edit (§6.3 "Edits / deletes").
struct MessageContent {
    QString type;    // text, image, …, unsupported; "unknown" for a type this parser does not know
    QString rawType; // the type string as sent ("poll", "call_permission_reply", …; empty when missing)
    QString text;    // the searchable text: body, caption, reply title, button text, place, contact names, …
    QString caption;
    InboundMedia media;
    std::optional<InboundLocation> location;
    QString reactionMessageId; // reaction.message_id: the message reacted to
    QString reactionEmoji;     // empty: the reaction was removed (emoji "" or no emoji key)
    QString interactiveType;   // button_reply, list_reply, nfm_reply, …
    QString replyId;           // button_reply/list_reply id, button payload: the callback data
    QString replyTitle;
    QString replyDescription;
    QString flowResponseJson; // nfm_reply.response_json (a JSON string)
    QString flowName;         // nfm_reply.name ("flow")
    // call_permission_reply (UPDATES-2026.md §2): "accept" or "reject", until when, and why (user_action, …).
    QString callPermissionResponse;
    qint64 callPermissionExpiresAt = 0;
    QString callPermissionSource;
    QStringList contactNames;  // names of the shared contact cards
    QString systemType;        // user_changed_number, customer_identity_changed, …
    QString systemWaId;        // system.wa_id: the user's new number
    QString originalMessageId; // edit/revoke: the message edited or deleted
    bool isReactionRemoval() const { return type == QLatin1String("reaction") && reactionEmoji.isEmpty(); }
};

struct MessageContextInfo {
    QString id;   // the quoted message (or the interactive message a reply answers)
    QString from; // the business number when a user quotes one of ours
    bool isForwarded = false;
    bool isFrequentlyForwarded = false; // forwarded many times (> 5, from memory: §6.3)
    bool isEmpty() const { return id.isEmpty() && from.isEmpty() && !isForwarded && !isFrequentlyForwarded; }
};

// One messages[] item, or one message_echoes[] item (the business writing from the WhatsApp Business app, §6.3).
struct InboundMessage {
    QString id;               // wamid
    QString from;             // wa_id; may be absent for users with a username (BSUID, §6.1)
    QString fromUserId;       // from_user_id (BSUID)
    QString fromParentUserId; // from_parent_user_id (UPDATES-2026.md §1)
    QString to;               // echoes: the customer's number
    QString toUserId;         // echoes: to_user_id
    QString toParentUserId;   // echoes: to_parent_user_id
    QString groupId;          // group_id: a message in a group (UPDATES-2026.md §3); `from` is the participant
    QString profileName;      // from value.contacts[] when the wa_id/user_id matches
    QString username;         // contacts[].profile.username
    // Who the business talks to, worked out by the parser from from/to, the BSUID fields and value.contacts[]: the
    // sender of an inbound message (a group's participant in a group), the other side of an echo (never the
    // business's own number). Empty when the payload names nobody.
    QString customerWaId;
    QString customerUserId;
    QString customerParentUserId;
    qint64 timestamp = 0;
    bool isEcho = false;
    MessageContent content;
    std::optional<MessageContent> edited; // type "edit": the new content
    MessageContextInfo context;
    QJsonObject referral;       // Click-to-WhatsApp ad or post (§6.3 referral, §8.4)
    QList<WebhookError> errors; // messages[].errors (e.g. unsupported)
    QJsonObject raw;

    // The customer this message belongs to: wa_id when known, else the BSUID (§6.1 "Key contacts by wa_id").
    QString customerKey() const { return customerWaId.isEmpty() ? customerUserId : customerWaId; }
};

// A calls[] item of field "calls" (UPDATES-2026.md §2): connect, terminate, and the later recording/transcription
// notices. The customer is in value.contacts[] (attached as `customer*`), else the side that is not the business.
struct CallEvent {
    QString id;        // wacid.…
    QString event;     // connect, terminate, call_recording_available, call_transcription_available, …
    QString direction; // USER_INITIATED, BUSINESS_INITIATED
    QString from;
    QString to;
    QString status; // terminate: COMPLETED, FAILED, …
    qint64 timestamp = 0;
    qint64 startTime = 0;
    qint64 endTime = 0;
    qint64 durationSeconds = -1; // -1: not given
    QString bizOpaqueCallbackData;
    QString customerWaId;
    QString customerUserId;
    QString customerParentUserId;
    QString customerName;
    QString customerUsername;
    QList<WebhookError> errors; // the call's own errors and value.errors[] of its change
    QJsonObject raw;
    bool isUserInitiated() const
    {
        return direction.compare(QLatin1String("USER_INITIATED"), Qt::CaseInsensitive) == 0;
    }
};

struct StatusPricing {
    QString model;                // CBP (per conversation, legacy) or PMP (per message, from 1 Jul 2025)
    QString category;             // marketing, utility, authentication, service, referral_conversion, …
    QString type;                 // PMP: regular, free_customer_service, free_entry_point
    std::optional<bool> billable; // CBP only; deprecated
    bool isEmpty() const { return model.isEmpty() && category.isEmpty() && type.isEmpty() && !billable; }
};

// One statuses[] item (§6.4). With type "call" (field "calls", ids "wacid.…") it is a call's status (RINGING,
// ACCEPTED, REJECTED, …), not a message's: see isCallStatus().
struct StatusUpdate {
    QString id;     // the wamid of our outgoing message, or a call id
    QString status; // sent, delivered, read, played, failed; other values kept as sent
    QString type;   // "call" for call statuses (UPDATES-2026.md §2); usually absent
    qint64 timestamp = 0;
    QString recipientId; // the customer, or the group id when recipientType is "group"
    QString recipientUserId;
    QString recipientParentUserId;
    QString recipientUsername;          // contacts[].profile.username (delivered/read only, UPDATES-2026.md §1)
    QString recipientType;              // "group" for the Groups API
    QString recipientParticipantId;     // group: the participant
    QString recipientParticipantUserId; // group: the participant's BSUID
    QString conversationId;
    qint64 conversationExpiry = 0; // only with the first status of a conversation
    QString conversationOrigin;    // conversation.origin.type
    StatusPricing pricing;
    QString bizOpaqueCallbackData;
    QList<WebhookError> errors;
    QJsonObject raw;
    bool isCallStatus() const { return type == QLatin1String("call") || id.startsWith(QLatin1String("wacid.")); }
    bool isGroup() const { return recipientType == QLatin1String("group"); }
};

// A participant named by a group webhook (added_participants[], removed_participants[], failed_participants[]).
struct GroupParticipant {
    QString input; // as the business sent it (phone number or wa_id)
    QString waId;
    QString userId;
    QString name;
    QString username;
    QList<WebhookError> errors;
    QString key() const
    {
        if (!waId.isEmpty())
            return waId;
        return userId.isEmpty() ? input : userId;
    }
};

// A groups[] item of fields group_lifecycle_update, group_participants_update, group_settings_update and
// group_status_update (Meta "Webhooks for Groups API", UPDATES-2026.md §3).
struct GroupEvent {
    QString field; // the change's field
    QString type;  // group_create, group_delete, group_participants_add/_remove, group_join_request_created/
                   // _revoked, group_settings_update, group_suspend, group_suspend_cleared, …
    QString groupId;
    qint64 timestamp = 0;
    QString requestId;
    QString subject; // group_create; group_subject.text of a settings update
    QString description;
    QString inviteLink;
    QString joinApprovalMode;
    QString reason;      // invite_link, …
    QString initiatedBy; // business, participant
    QString joinRequestId;
    QString waId; // join requests: who asked
    QList<GroupParticipant> added;
    QList<GroupParticipant> removed;
    QList<GroupParticipant> failed;
    std::optional<bool> subjectUpdated; // settings: update_successful per part
    std::optional<bool> descriptionUpdated;
    std::optional<bool> pictureUpdated;
    QList<WebhookError> errors;
    QJsonObject raw;
};

// A user_preferences[] item (UPDATES-2026.md §11): the customer stopped or resumed marketing messages.
struct UserPreference {
    QString waId;
    QString userId;
    QString category; // marketing_messages
    QString value;    // stop, resume, signup
    QString detail;
    qint64 timestamp = 0;
    QJsonObject raw;
};

// An account_update value (UPDATES-2026.md §11; pywa account_update.json): ACCOUNT_RESTRICTION, ACCOUNT_VIOLATION,
// DISABLED_UPDATE, PARTNER_REMOVED, MM_LITE_TERMS_SIGNED, … Kept whole; the channel shows the latest.
struct AccountEvent {
    QString event;
    qint64 time = 0; // entry.time
    QJsonObject raw; // the value object
};

// message_template_status_update / _quality_update / template_category_update / _components_update (§6.5).
struct TemplateEvent {
    enum class Kind { Status, Quality, Category, Components };
    Kind kind = Kind::Status;
    QString templateId; // a number in the payload; kept as digits
    QString name;
    QString language;
    QString event;    // status: APPROVED, REJECTED, PAUSED, … (upper case)
    QString reason;   // status: NONE, INVALID_FORMAT, …
    QString category; // status: message_template_category
    QString rejectionReason;
    QString recommendation;
    QString previousQuality;
    QString newQuality;
    QString previousCategory;
    QString newCategory;
    QString correctCategory;
    qint64 categoryUpdateTimestamp = 0;
    qint64 time = 0; // entry.time
    QJsonObject raw; // the value object
};

// A value.contacts[] item.
struct WebhookContact {
    QString waId;
    QString userId;
    QString parentUserId;
    QString profileName;
    QString username; // profile.username (UPDATES-2026.md §1)
};

// One entry[].changes[] item; the On-Premise shape gives exactly one, without metadata.
struct WebhookChange {
    QString wabaId; // entry.id
    qint64 entryTime = 0;
    QString field; // messages, smb_message_echoes, message_template_status_update, …
    QString displayPhoneNumber;
    QString phoneNumberId;
    QList<WebhookContact> contacts;
    QList<InboundMessage> messages;
    QList<InboundMessage> echoes;
    QList<StatusUpdate> statuses; // message statuses and call statuses (StatusUpdate::isCallStatus)
    QList<CallEvent> calls;
    QList<GroupEvent> groupEvents;
    QList<UserPreference> preferences;
    QList<WebhookError> errors; // value.errors[]: asynchronous errors (§6.6)
    std::optional<TemplateEvent> templateEvent;
    std::optional<AccountEvent> accountEvent;
    QJsonObject value; // the value as received (fields we do not read stay here)
};

struct ParsedWebhook {
    enum class Shape {
        Cloud,         // {"object":"whatsapp_business_account","entry":[…]} (§6.1)
        OnPremise,     // top-level contacts/messages/statuses/errors (§10)
        NotAnEnvelope, // valid JSON, but neither shape
        NotJson,
    };
    Shape shape = Shape::NotJson;
    QString reason;       // NotJson/NotAnEnvelope: why
    QStringList problems; // what could not be read, as "path: problem"; the rest was read
    QList<WebhookChange> changes;

    bool isEnvelope() const { return shape == Shape::Cloud || shape == Shape::OnPremise; }
    int messageCount() const
    {
        return count([](const WebhookChange& c) { return c.messages.size(); });
    }
    int echoCount() const
    {
        return count([](const WebhookChange& c) { return c.echoes.size(); });
    }
    int statusCount() const
    {
        return count([](const WebhookChange& c) { return c.statuses.size(); });
    }
    int errorCount() const
    {
        return count([](const WebhookChange& c) { return c.errors.size(); });
    }
    int templateEventCount() const
    {
        return count([](const WebhookChange& c) { return c.templateEvent ? 1 : 0; });
    }
    int callCount() const
    {
        return count([](const WebhookChange& c) { return c.calls.size(); });
    }
    int groupEventCount() const
    {
        return count([](const WebhookChange& c) { return c.groupEvents.size(); });
    }
    int preferenceCount() const
    {
        return count([](const WebhookChange& c) { return c.preferences.size(); });
    }
    int accountEventCount() const
    {
        return count([](const WebhookChange& c) { return c.accountEvent ? 1 : 0; });
    }
    // Everything the store can apply besides messages and statuses.
    int otherEventCount() const
    {
        return templateEventCount() + callCount() + groupEventCount() + preferenceCount() + accountEventCount();
    }
    // For the journal: messages, calls, statuses, groups, preferences, template, account, errors or unknown (the first
    // that applies, in that order; a call status makes a body "calls").
    QString kind() const
    {
        if (messageCount() + echoCount() > 0)
            return QStringLiteral("messages");
        const bool callStatuses = count([](const WebhookChange& c) {
            return std::count_if(c.statuses.cbegin(), c.statuses.cend(),
                                 [](const StatusUpdate& s) { return s.isCallStatus(); });
        });
        if (callCount() > 0 || callStatuses)
            return QStringLiteral("calls");
        if (statusCount() > 0)
            return QStringLiteral("statuses");
        if (groupEventCount() > 0)
            return QStringLiteral("groups");
        if (preferenceCount() > 0)
            return QStringLiteral("preferences");
        if (templateEventCount() > 0)
            return QStringLiteral("template");
        if (accountEventCount() > 0)
            return QStringLiteral("account");
        if (errorCount() > 0)
            return QStringLiteral("errors");
        return QStringLiteral("unknown");
    }

private:
    template <typename F>
    int count(F f) const
    {
        int n = 0;
        for (const WebhookChange& c : changes)
            n += int(f(c));
        return n;
    }
};

} // namespace wabadesk
