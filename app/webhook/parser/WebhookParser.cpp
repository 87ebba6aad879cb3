#include "webhook/parser/WebhookParser.h"

#include "webhook/parser/ErrorItems.h"
#include "webhook/parser/EventItemParser.h"
#include "webhook/parser/JsonReader.h"
#include "webhook/parser/MessageItemParser.h"
#include "webhook/parser/StatusItemParser.h"
#include "webhook/parser/TemplateEventParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace wabadesk::webhook {

using detail::JsonReader;

namespace {

QList<WebhookContact> parseContacts(const QJsonObject& value, const QString& path, const JsonReader& r)
{
    QList<WebhookContact> contacts;
    r.forEachObject(value, "contacts", path, [&](const QJsonObject& item, const QString& itemPath) {
        WebhookContact c;
        c.waId = r.string(item, "wa_id", itemPath);
        c.userId = r.string(item, "user_id", itemPath);
        c.parentUserId = r.string(item, "parent_user_id", itemPath);
        const QString profilePath = JsonReader::member(itemPath, "profile");
        const QJsonObject profile = r.object(item, "profile", itemPath);
        c.profileName = r.string(profile, "name", profilePath);
        c.username = r.string(profile, "username", profilePath);
        contacts.append(c);
    });
    return contacts;
}

QString digitsOf(const QString& s)
{
    QString digits;
    for (const QChar c : s) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

// The value.contacts[] item that names this customer: matched by wa_id, else by BSUID; with no id to match, the only
// contact there is (a message may name its sender only in contacts[], issue #16), or the one at the same position.
const WebhookContact* contactFor(const QList<WebhookContact>& contacts, const QString& waId, const QString& userId,
                                 qsizetype index, qsizetype itemCount)
{
    for (const WebhookContact& c : contacts) {
        if ((!waId.isEmpty() && c.waId == waId) || (!userId.isEmpty() && c.userId == userId))
            return &c;
    }
    if (!waId.isEmpty() || !userId.isEmpty())
        return nullptr;
    if (contacts.size() == 1)
        return &contacts.first();
    if (contacts.size() == itemCount && index < contacts.size())
        return &contacts.at(index);
    return nullptr;
}

// Works out each message's customer (InboundMessage::customer*) and fills names, usernames and BSUIDs from
// value.contacts[] (§6.1, UPDATES-2026.md §1). An echo's customer is the side that is not the business's number
// (pywa's echo fixtures have both directions: "from" the business, and "from" the customer for edits and revokes).
void attachContacts(WebhookChange* change)
{
    const QString business = digitsOf(change->displayPhoneNumber);
    const auto isBusiness = [&](const QString& number) {
        return !number.isEmpty() && !business.isEmpty() && digitsOf(number) == business;
    };
    // The customer's ids as the item names them, completed from their contacts[] entry.
    const auto complete = [&](QList<InboundMessage>& items, qsizetype i) {
        InboundMessage& m = items[i];
        if (const WebhookContact* c = contactFor(change->contacts, m.customerWaId, m.customerUserId, i, items.size())) {
            m.profileName = c->profileName;
            m.username = c->username;
            if (m.customerWaId.isEmpty())
                m.customerWaId = c->waId;
            if (m.customerUserId.isEmpty())
                m.customerUserId = c->userId;
            if (m.customerParentUserId.isEmpty())
                m.customerParentUserId = c->parentUserId;
        }
    };
    for (qsizetype i = 0; i < change->messages.size(); ++i) {
        InboundMessage& m = change->messages[i];
        m.customerWaId = m.from;
        m.customerUserId = m.fromUserId;
        m.customerParentUserId = m.fromParentUserId;
        complete(change->messages, i);
        if (m.fromUserId.isEmpty())
            m.fromUserId = m.customerUserId;
    }
    for (qsizetype i = 0; i < change->echoes.size(); ++i) {
        InboundMessage& m = change->echoes[i];
        const bool fromCustomer = isBusiness(m.to) && !isBusiness(m.from);
        m.customerWaId = fromCustomer ? m.from : m.to;
        m.customerUserId = m.toUserId;
        m.customerParentUserId = m.toParentUserId;
        complete(change->echoes, i);
    }
    for (qsizetype i = 0; i < change->calls.size(); ++i) {
        CallEvent& call = change->calls[i];
        // The customer is the side that is not the business; the contact names them with their BSUID.
        QString customer = call.isUserInitiated() ? call.from : call.to;
        if (isBusiness(customer) || customer.isEmpty())
            customer = isBusiness(call.from) ? call.to : call.from;
        if (isBusiness(customer))
            customer.clear();
        const WebhookContact* c = contactFor(change->contacts, customer, QString(), i, change->calls.size());
        if (!c && change->contacts.size() == 1) // pywa's business-initiated fixture names other numbers
            c = &change->contacts.first();
        call.customerWaId = c && !c->waId.isEmpty() ? c->waId : customer;
        if (c) {
            call.customerUserId = c->userId;
            call.customerParentUserId = c->parentUserId;
            call.customerName = c->profileName;
            call.customerUsername = c->username;
        }
        call.errors += change->errors; // value.errors[] of a calls change belong to its calls
    }
    for (StatusUpdate& s : change->statuses) {
        const QString waId = s.isGroup() ? s.recipientParticipantId : s.recipientId;
        const QString userId = s.isGroup() ? s.recipientParticipantUserId : s.recipientUserId;
        if (const WebhookContact* c = contactFor(change->contacts, waId, userId, 0, 0)) {
            s.recipientUsername = c->username;
            if (!s.isGroup() && s.recipientUserId.isEmpty())
                s.recipientUserId = c->userId;
            if (!s.isGroup() && s.recipientParentUserId.isEmpty())
                s.recipientParentUserId = c->parentUserId;
        }
    }
    for (UserPreference& p : change->preferences) {
        if (p.waId.isEmpty() && p.userId.isEmpty() && change->contacts.size() == 1) {
            p.waId = change->contacts.first().waId;
            p.userId = change->contacts.first().userId;
        }
    }
}

// Everything a change's value can hold. Messages, statuses and errors are read whatever the field says, so that a
// field we do not know still yields them.
void parseValue(const QJsonObject& value, const QString& path, const JsonReader& r, WebhookChange* change)
{
    change->value = value;
    const QString metadataPath = JsonReader::member(path, "metadata");
    const QJsonObject metadata = r.object(value, "metadata", path);
    change->displayPhoneNumber = r.string(metadata, "display_phone_number", metadataPath);
    change->phoneNumberId = r.string(metadata, "phone_number_id", metadataPath);
    change->contacts = parseContacts(value, path, r);
    r.forEachObject(value, "messages", path, [&](const QJsonObject& item, const QString& itemPath) {
        change->messages.append(detail::parseMessageItem(item, itemPath, r, false));
    });
    r.forEachObject(value, "message_echoes", path, [&](const QJsonObject& item, const QString& itemPath) {
        change->echoes.append(detail::parseMessageItem(item, itemPath, r, true));
    });
    r.forEachObject(value, "statuses", path, [&](const QJsonObject& item, const QString& itemPath) {
        change->statuses.append(detail::parseStatusItem(item, itemPath, r));
    });
    r.forEachObject(value, "calls", path, [&](const QJsonObject& item, const QString& itemPath) {
        change->calls.append(detail::parseCallItem(item, itemPath, r));
    });
    r.forEachObject(value, "groups", path, [&](const QJsonObject& item, const QString& itemPath) {
        change->groupEvents.append(detail::parseGroupItem(change->field, item, itemPath, r));
    });
    r.forEachObject(value, "user_preferences", path, [&](const QJsonObject& item, const QString& itemPath) {
        change->preferences.append(detail::parsePreferenceItem(item, itemPath, r));
    });
    change->errors = detail::parseErrors(value, "errors", path, r);
    change->templateEvent = detail::parseTemplateEvent(change->field, value, change->entryTime, path, r);
    change->accountEvent = detail::parseAccountEvent(change->field, value, change->entryTime, path, r);
    attachContacts(change);
}

void parseCloud(const QJsonObject& root, const JsonReader& r, ParsedWebhook* out)
{
    r.forEachObject(root, "entry", QString(), [&](const QJsonObject& entry, const QString& entryPath) {
        const QString wabaId = r.string(entry, "id", entryPath);
        const qint64 entryTime = r.timestamp(entry, "time", entryPath);
        r.forEachObject(entry, "changes", entryPath, [&](const QJsonObject& changeObject, const QString& changePath) {
            WebhookChange change;
            change.wabaId = wabaId;
            change.entryTime = entryTime;
            change.field = r.string(changeObject, "field", changePath);
            const QJsonValue value = changeObject.value(QLatin1String("value"));
            if (!value.isObject()) {
                r.expected(JsonReader::member(changePath, "value"), "an object", value);
                return;
            }
            parseValue(value.toObject(), JsonReader::member(changePath, "value"), r, &change);
            out->changes.append(std::move(change));
        });
    });
}

bool hasAnyKey(const QJsonObject& o, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        if (o.contains(QLatin1String(key)))
            return true;
    }
    return false;
}

} // namespace

ParsedWebhook parseWebhook(const QByteArray& body)
{
    ParsedWebhook out;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt 6.4 refuses top-level scalars that RFC 8259 allows ("text", 42): valid JSON, but no envelope.
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + body + ']');
        if (wrapped.isArray() && wrapped.array().size() == 1) {
            out.shape = ParsedWebhook::Shape::NotAnEnvelope;
            out.reason = QCoreApplication::translate("WebhookParser", "the body is %1, not an object")
                             .arg(JsonReader::typeName(wrapped.array().first()));
            return out;
        }
        out.shape = ParsedWebhook::Shape::NotJson;
        //: %1 is Qt's description of the JSON error, %2 a byte offset
        out.reason = QCoreApplication::translate("WebhookParser", "not JSON: %1 at byte %2")
                         .arg(error.errorString())
                         .arg(error.offset);
        return out;
    }
    if (!doc.isObject()) {
        out.shape = ParsedWebhook::Shape::NotAnEnvelope;
        out.reason = QCoreApplication::translate("WebhookParser", "the body is a JSON array, not an object");
        return out;
    }
    const QJsonObject root = doc.object();
    const JsonReader r(&out.problems);
    const QJsonValue object = root.value(QLatin1String("object"));
    const QJsonValue entry = root.value(QLatin1String("entry"));
    if (!object.isUndefined() || !entry.isUndefined()) {
        // §6.1: object is "whatsapp_business_account"; other Graph objects (page, instagram, …) are not ours.
        if (!object.isUndefined() && object.toString() != QLatin1String("whatsapp_business_account")) {
            out.shape = ParsedWebhook::Shape::NotAnEnvelope;
            out.reason = QCoreApplication::translate("WebhookParser", "object is %1, not whatsapp_business_account")
                             .arg(object.isString() ? object.toString() : JsonReader::typeName(object));
            return out;
        }
        if (!entry.isArray()) {
            out.shape = ParsedWebhook::Shape::NotAnEnvelope;
            out.reason = QCoreApplication::translate("WebhookParser", "entry is %1, not an array")
                             .arg(JsonReader::typeName(entry));
            return out;
        }
        out.shape = ParsedWebhook::Shape::Cloud;
        parseCloud(root, r, &out);
        return out;
    }
    // §10: the On-Premise webhook is flat, with top-level contacts/messages/statuses/errors.
    if (hasAnyKey(root, {"messages", "statuses", "contacts", "errors"})) {
        out.shape = ParsedWebhook::Shape::OnPremise;
        WebhookChange change;
        change.field = QStringLiteral("messages");
        parseValue(root, QString(), r, &change);
        out.changes.append(std::move(change));
        return out;
    }
    out.shape = ParsedWebhook::Shape::NotAnEnvelope;
    out.reason = QCoreApplication::translate(
        "WebhookParser", "neither a Cloud API envelope (object, entry) nor the On-Premise shape (messages, statuses)");
    return out;
}

} // namespace wabadesk::webhook
