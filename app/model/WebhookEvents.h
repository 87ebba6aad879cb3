#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

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
    QString flowResponseJson;  // nfm_reply.response_json (a JSON string)
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
    QString id;          // wamid
    QString from;        // wa_id; may be absent for users with a username (BSUID, §6.1)
    QString fromUserId;  // from_user_id (BSUID)
    QString to;          // echoes: the customer's number
    QString toUserId;    // echoes: to_user_id
    QString profileName; // from value.contacts[] when the wa_id/user_id matches
    qint64 timestamp = 0;
    bool isEcho = false;
    MessageContent content;
    std::optional<MessageContent> edited; // type "edit": the new content
    MessageContextInfo context;
    QJsonObject referral;       // Click-to-WhatsApp ad or post (§6.3 referral, §8.4)
    QList<WebhookError> errors; // messages[].errors (e.g. unsupported)
    QJsonObject raw;

    // The customer this message belongs to: wa_id when known, else the BSUID (§6.1 "Key contacts by wa_id").
    QString customerKey() const
    {
        if (isEcho)
            return to.isEmpty() ? toUserId : to;
        return from.isEmpty() ? fromUserId : from;
    }
};

struct StatusPricing {
    QString model;                // CBP (per conversation, legacy) or PMP (per message, from 1 Jul 2025)
    QString category;             // marketing, utility, authentication, service, referral_conversion, …
    QString type;                 // PMP: regular, free_customer_service, free_entry_point
    std::optional<bool> billable; // CBP only; deprecated
    bool isEmpty() const { return model.isEmpty() && category.isEmpty() && type.isEmpty() && !billable; }
};

// One statuses[] item (§6.4).
struct StatusUpdate {
    QString id;     // the wamid of our outgoing message
    QString status; // sent, delivered, read, played, failed; other values kept as sent
    qint64 timestamp = 0;
    QString recipientId;
    QString recipientUserId;
    QString recipientType;          // "group" for the Groups API
    QString recipientParticipantId; // group: the participant
    QString conversationId;
    qint64 conversationExpiry = 0; // only with the first status of a conversation
    QString conversationOrigin;    // conversation.origin.type
    StatusPricing pricing;
    QString bizOpaqueCallbackData;
    QList<WebhookError> errors;
    QJsonObject raw;
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
    QList<StatusUpdate> statuses;
    QList<WebhookError> errors; // value.errors[]: asynchronous errors (§6.6)
    std::optional<TemplateEvent> templateEvent;
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
    // For the journal: messages, statuses, template, errors or unknown (the first that applies, in that order).
    QString kind() const
    {
        if (messageCount() + echoCount() > 0)
            return QStringLiteral("messages");
        if (statusCount() > 0)
            return QStringLiteral("statuses");
        if (templateEventCount() > 0)
            return QStringLiteral("template");
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
