#include "webhook/parser/WebhookParser.h"

#include "webhook/parser/ErrorItems.h"
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
        c.profileName = r.string(r.object(item, "profile", itemPath), "name", JsonReader::member(itemPath, "profile"));
        contacts.append(c);
    });
    return contacts;
}

// The profile name comes in value.contacts[], matched by wa_id, else by BSUID user_id (§6.1).
void attachProfileNames(WebhookChange* change)
{
    for (InboundMessage& m : change->messages) {
        for (const WebhookContact& c : std::as_const(change->contacts)) {
            if ((!m.from.isEmpty() && c.waId == m.from) || (!m.fromUserId.isEmpty() && c.userId == m.fromUserId)) {
                m.profileName = c.profileName;
                if (m.fromUserId.isEmpty())
                    m.fromUserId = c.userId;
                break;
            }
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
    change->errors = detail::parseErrors(value, "errors", path, r);
    change->templateEvent = detail::parseTemplateEvent(change->field, value, change->entryTime, path, r);
    attachProfileNames(change);
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
