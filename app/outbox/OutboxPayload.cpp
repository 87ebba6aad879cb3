#include "outbox/OutboxPayload.h"

#include <QJsonArray>
#include <QStringList>

namespace wabadesk::outbox {

namespace {

const QString kPrivate = QStringLiteral("wabadesk");

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject obj(const QJsonObject& o, const QString& key)
{
    return o.value(key).toObject();
}

bool isMediaType(const QString& type)
{
    return type == QLatin1String("image") || type == QLatin1String("audio") || type == QLatin1String("video") ||
           type == QLatin1String("document") || type == QLatin1String("sticker");
}

QString locationText(const QJsonObject& location)
{
    QString label = str(location, "name");
    if (label.isEmpty())
        label = str(location, "address");
    if (label.isEmpty()) {
        label = QStringLiteral("%1, %2")
                    .arg(location.value(QLatin1String("latitude")).toDouble(), 0, 'f', 5)
                    .arg(location.value(QLatin1String("longitude")).toDouble(), 0, 'f', 5);
    }
    return QStringLiteral("\U0001F4CD ") + label;
}

QString contactsText(const QJsonArray& contacts)
{
    QStringList names;
    for (const QJsonValue& c : contacts) {
        const QJsonObject name = c.toObject().value(QLatin1String("name")).toObject();
        QString formatted = str(name, "formatted_name");
        if (formatted.isEmpty())
            formatted = QStringList{str(name, "first_name"), str(name, "last_name")}.join(QLatin1Char(' ')).trimmed();
        if (!formatted.isEmpty())
            names << formatted;
    }
    return QStringLiteral("\U0001F464 ") + names.join(QStringLiteral(", "));
}

} // namespace

QString localFile(const QJsonObject& payload)
{
    return str(obj(payload, kPrivate), "localFile");
}

QString localMimeType(const QJsonObject& payload)
{
    return str(obj(payload, kPrivate), "mimeType");
}

QJsonObject withLocalFile(QJsonObject payload, const QString& filePath, const QString& mimeType)
{
    QJsonObject own = obj(payload, kPrivate);
    own.insert(QStringLiteral("localFile"), filePath);
    own.insert(QStringLiteral("mimeType"), mimeType);
    payload.insert(kPrivate, own);
    return payload;
}

bool viaMarketingMessages(const QJsonObject& payload)
{
    return obj(payload, kPrivate).value(QLatin1String("marketingMessages")).toBool();
}

QJsonObject withMarketingMessages(QJsonObject payload)
{
    QJsonObject own = obj(payload, kPrivate);
    own.insert(QStringLiteral("marketingMessages"), true);
    payload.insert(kPrivate, own);
    return payload;
}

QJsonObject withUploadedMedia(QJsonObject payload, const QString& mediaId)
{
    const QString type = str(payload, "type");
    QJsonObject media = obj(payload, type);
    media.remove(QStringLiteral("link"));
    media.insert(QStringLiteral("id"), mediaId);
    payload.insert(type, media);
    return wireBody(payload);
}

QJsonObject wireBody(QJsonObject payload)
{
    payload.remove(kPrivate);
    return payload;
}

QString displayText(const QJsonObject& payload)
{
    const QString type = str(payload, "type");
    const QJsonObject content = obj(payload, type);
    if (type == QLatin1String("text"))
        return str(content, "body");
    if (isMediaType(type)) {
        const QString caption = str(content, "caption");
        if (caption.isEmpty() && type == QLatin1String("document"))
            return str(content, "filename");
        return caption;
    }
    if (type == QLatin1String("reaction"))
        return str(content, "emoji");
    if (type == QLatin1String("location"))
        return locationText(content);
    if (type == QLatin1String("contacts"))
        return contactsText(payload.value(QLatin1String("contacts")).toArray());
    if (type == QLatin1String("interactive"))
        return str(obj(content, QStringLiteral("body")), "text");
    if (type == QLatin1String("template"))
        return str(content, "name");
    return {};
}

bool isFreeForm(const QJsonObject& payload)
{
    return str(payload, "type") != QLatin1String("template");
}

QString orderingKey(const OutboxItem& item)
{
    if (!item.conversationId.isEmpty())
        return item.conversationId;
    const QString to = str(item.payload, "to");
    return item.channelId + QLatin1Char('/') + (to.isEmpty() ? str(item.payload, "recipient") : to);
}

} // namespace wabadesk::outbox
