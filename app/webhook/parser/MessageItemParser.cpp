#include "webhook/parser/MessageItemParser.h"

#include "webhook/parser/ErrorItems.h"

#include <QJsonDocument>
#include <QSet>

namespace wabadesk::webhook::detail {

namespace {

// The inbound types of §6.3 (and Meta's own "unknown"). Anything else is read as type "unknown" and kept as is.
bool isKnownType(const QString& type)
{
    static const QSet<QString> known{
        QStringLiteral("text"),     QStringLiteral("image"),       QStringLiteral("video"),
        QStringLiteral("audio"),    QStringLiteral("document"),    QStringLiteral("sticker"),
        QStringLiteral("location"), QStringLiteral("contacts"),    QStringLiteral("interactive"),
        QStringLiteral("button"),   QStringLiteral("reaction"),    QStringLiteral("order"),
        QStringLiteral("system"),   QStringLiteral("unsupported"), QStringLiteral("edit"),
        QStringLiteral("revoke"),   QStringLiteral("unknown"),
    };
    return known.contains(type);
}

bool isMediaType(const QString& type)
{
    return type == QLatin1String("image") || type == QLatin1String("video") || type == QLatin1String("audio") ||
           type == QLatin1String("document") || type == QLatin1String("sticker");
}

QString joinNonEmpty(const QStringList& parts, const QString& separator)
{
    QStringList kept;
    for (const QString& p : parts) {
        if (!p.isEmpty())
            kept.append(p);
    }
    return kept.join(separator);
}

void readMedia(const QJsonObject& o, const QString& path, const JsonReader& r, MessageContent* c)
{
    c->media.id = r.string(o, "id", path);
    c->media.mimeType = r.string(o, "mime_type", path);
    c->media.sha256 = r.string(o, "sha256", path);
    c->media.url = r.string(o, "url", path);
    c->media.caption = r.string(o, "caption", path);
    c->media.filename = r.string(o, "filename", path);
    c->media.isVoice = r.boolean(o, "voice", path);
    c->media.isAnimated = r.boolean(o, "animated", path);
    c->caption = c->media.caption;
    c->text = c->caption;
}

void readLocation(const QJsonObject& o, const QString& path, const JsonReader& r, MessageContent* c)
{
    InboundLocation l;
    l.latitude = r.number(o, "latitude", path).value_or(0);
    l.longitude = r.number(o, "longitude", path).value_or(0);
    l.name = r.string(o, "name", path);
    l.address = r.string(o, "address", path);
    l.url = r.string(o, "url", path);
    c->text = joinNonEmpty({l.name, l.address}, QStringLiteral("\n"));
    c->location = l;
}

// contacts[]: vCard-like cards (§1.6); the name is formatted_name, else the parts.
void readContacts(const QJsonObject& holder, const QString& path, const JsonReader& r, MessageContent* c)
{
    r.forEachObject(holder, "contacts", path, [&](const QJsonObject& card, const QString& cardPath) {
        const QString namePath = JsonReader::member(cardPath, "name");
        const QJsonObject name = r.object(card, "name", cardPath);
        QString display = r.string(name, "formatted_name", namePath);
        if (display.isEmpty()) {
            display = joinNonEmpty({r.string(name, "first_name", namePath), r.string(name, "middle_name", namePath),
                                    r.string(name, "last_name", namePath)},
                                   QStringLiteral(" "));
        }
        if (!display.isEmpty())
            c->contactNames.append(display);
    });
    c->text = c->contactNames.join(QStringLiteral(", "));
}

void readInteractive(const QJsonObject& o, const QString& path, const JsonReader& r, MessageContent* c)
{
    c->interactiveType = r.string(o, "type", path);
    if (c->interactiveType.isEmpty())
        return;
    // button_reply / list_reply / nfm_reply, and whatever comes later under the same naming rule.
    const QByteArray key = c->interactiveType.toUtf8();
    const QString replyPath = JsonReader::member(path, key.constData());
    const QJsonObject reply = r.object(o, key.constData(), path);
    c->replyId = r.string(reply, "id", replyPath);
    c->replyTitle = r.string(reply, "title", replyPath);
    c->replyDescription = r.string(reply, "description", replyPath);
    const QJsonValue response = reply.value(QLatin1String("response_json")); // a JSON string (§6.3 nfm_reply)
    if (response.isString())
        c->flowResponseJson = response.toString();
    else if (response.isObject()) // not in any fixture, but harmless to accept
        c->flowResponseJson = QString::fromUtf8(QJsonDocument(response.toObject()).toJson(QJsonDocument::Compact));
    else if (!response.isUndefined())
        r.expected(JsonReader::member(replyPath, "response_json"), "a string", response);
    c->flowName = r.string(reply, "name", replyPath);
    if (c->interactiveType == QLatin1String("call_permission_reply")) {
        // UPDATES-2026.md §2 [pywa call_permission_update.json]: the customer's answer to a call permission request.
        c->callPermissionResponse = r.string(reply, "response", replyPath);
        c->callPermissionExpiresAt = r.timestamp(reply, "expiration_timestamp", replyPath);
        c->callPermissionSource = r.string(reply, "response_source", replyPath);
    }
    c->text = c->replyTitle.isEmpty() ? r.string(reply, "body", replyPath) : c->replyTitle;
}

} // namespace

MessageContent parseContent(const QJsonObject& holder, const QString& path, const JsonReader& r)
{
    MessageContent c;
    c.rawType = r.string(holder, "type", path);
    c.type = isKnownType(c.rawType) ? c.rawType : QStringLiteral("unknown");
    const QByteArray key = c.rawType.toUtf8();
    const QString objectPath = JsonReader::member(path, key.constData());
    // Unknown types are not looked into: their item stays whole in `raw`.
    const bool hasObject = c.type != QLatin1String("unknown") && c.type != QLatin1String("contacts");
    const QJsonObject o = hasObject ? r.object(holder, key.constData(), path) : QJsonObject();
    if (c.type == QLatin1String("text")) {
        c.text = r.string(o, "body", objectPath);
    } else if (isMediaType(c.type)) {
        readMedia(o, objectPath, r, &c);
    } else if (c.type == QLatin1String("location")) {
        readLocation(o, objectPath, r, &c);
    } else if (c.type == QLatin1String("contacts")) {
        readContacts(holder, path, r, &c);
    } else if (c.type == QLatin1String("interactive")) {
        readInteractive(o, objectPath, r, &c);
    } else if (c.type == QLatin1String("button")) {
        c.replyId = r.string(o, "payload", objectPath);
        c.replyTitle = r.string(o, "text", objectPath);
        c.text = c.replyTitle;
    } else if (c.type == QLatin1String("reaction")) {
        c.reactionMessageId = r.string(o, "message_id", objectPath);
        c.reactionEmoji = r.string(o, "emoji", objectPath); // "" or missing: removal (§6.3)
    } else if (c.type == QLatin1String("order")) {
        c.text = r.string(o, "text", objectPath);
    } else if (c.type == QLatin1String("system")) {
        c.text = r.string(o, "body", objectPath);
        c.systemType = r.string(o, "type", objectPath);
        c.systemWaId = r.string(o, "wa_id", objectPath);
    } else if (c.type == QLatin1String("edit") || c.type == QLatin1String("revoke")) {
        c.originalMessageId = r.string(o, "original_message_id", objectPath);
    }
    return c;
}

InboundMessage parseMessageItem(const QJsonObject& item, const QString& path, const JsonReader& r, bool isEcho)
{
    InboundMessage m;
    m.raw = item;
    m.isEcho = isEcho;
    m.id = r.string(item, "id", path);
    if (m.id.isEmpty())
        r.problem(JsonReader::member(path, "id"), QStringLiteral("missing message id"));
    m.from = r.string(item, "from", path);
    m.fromUserId = r.string(item, "from_user_id", path);
    m.fromParentUserId = r.string(item, "from_parent_user_id", path);
    m.to = r.string(item, "to", path);
    m.toUserId = r.string(item, "to_user_id", path);
    m.toParentUserId = r.string(item, "to_parent_user_id", path);
    m.groupId = r.string(item, "group_id", path);
    m.timestamp = r.timestamp(item, "timestamp", path);
    m.content = parseContent(item, path, r);
    if (m.content.type == QLatin1String("edit")) {
        // The new content sits in edit.message, with its own type (§6.3 "Edits / deletes").
        const QString editPath = JsonReader::member(path, "edit");
        const QJsonObject edit = r.object(item, "edit", path);
        if (edit.value(QLatin1String("message")).isObject())
            m.edited = parseContent(r.object(edit, "message", editPath), JsonReader::member(editPath, "message"), r);
    }
    const QString contextPath = JsonReader::member(path, "context");
    const QJsonObject context = r.object(item, "context", path);
    m.context.id = r.string(context, "id", contextPath);
    m.context.from = r.string(context, "from", contextPath);
    m.context.isForwarded = r.boolean(context, "forwarded", contextPath);
    m.context.isFrequentlyForwarded = r.boolean(context, "frequently_forwarded", contextPath);
    m.referral = r.object(item, "referral", path);
    m.errors = parseErrors(item, "errors", path, r);
    return m;
}

} // namespace wabadesk::webhook::detail
