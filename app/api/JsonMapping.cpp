#include "api/JsonMapping.h"

#include <QJsonArray>
#include <QJsonObject>

namespace wabadesk::api::json {

namespace {

// A string field that may be absent; wrong type makes the whole object malformed.
bool optionalString(const QJsonObject& o, const char* key, QString* out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return false;
    *out = v.toString();
    return true;
}

} // namespace

std::optional<SendResult> sendResult(const QJsonDocument& doc)
{
    const QJsonObject root = doc.object();
    const QJsonArray messages = root.value(QStringLiteral("messages")).toArray();
    if (!doc.isObject() || messages.isEmpty() || !messages.first().isObject())
        return std::nullopt;
    SendResult r;
    const QJsonObject first = messages.first().toObject();
    if (!first.value(QStringLiteral("id")).isString() || first.value(QStringLiteral("id")).toString().isEmpty())
        return std::nullopt;
    r.messageId = first.value(QStringLiteral("id")).toString();
    r.messageStatus = first.value(QStringLiteral("message_status")).toString();
    const QJsonObject contact = root.value(QStringLiteral("contacts")).toArray().first().toObject();
    r.waId = contact.value(QStringLiteral("wa_id")).toString();
    r.input = contact.value(QStringLiteral("input")).toString();
    return r;
}

std::optional<bool> success(const QJsonDocument& doc)
{
    const QJsonValue v = doc.object().value(QStringLiteral("success"));
    if (!doc.isObject() || !v.isBool())
        return std::nullopt;
    return v.toBool();
}

std::optional<QString> mediaId(const QJsonDocument& doc)
{
    const QJsonValue v = doc.object().value(QStringLiteral("id"));
    if (v.isString() && !v.toString().isEmpty())
        return v.toString();
    if (v.isDouble()) // tolerate a numeric id
        return QString::number(qint64(v.toDouble()));
    return std::nullopt;
}

std::optional<MediaInfo> mediaInfo(const QJsonDocument& doc)
{
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    MediaInfo m;
    QString url;
    if (!optionalString(o, "url", &url) || !optionalString(o, "mime_type", &m.mimeType) ||
        !optionalString(o, "sha256", &m.sha256))
        return std::nullopt;
    const auto id = mediaId(doc);
    if (!id || url.isEmpty())
        return std::nullopt;
    m.id = *id;
    m.url = QUrl(url, QUrl::StrictMode);
    if (!m.url.isValid())
        return std::nullopt;
    // file_size is a string in wajs's type and a number elsewhere (§2.2).
    const QJsonValue size = o.value(QStringLiteral("file_size"));
    if (size.isDouble())
        m.fileSize = qint64(size.toDouble());
    else if (size.isString()) {
        bool ok = false;
        m.fileSize = size.toString().toLongLong(&ok);
        if (!ok)
            return std::nullopt;
    }
    return m;
}

std::optional<Template> templateFrom(const QJsonObject& o)
{
    Template t;
    if (!optionalString(o, "name", &t.name) || t.name.isEmpty())
        return std::nullopt;
    if (!optionalString(o, "language", &t.language) || !optionalString(o, "category", &t.category) ||
        !optionalString(o, "status", &t.status) || !optionalString(o, "rejected_reason", &t.rejectedReason) ||
        !optionalString(o, "parameter_format", &t.parameterFormat))
        return std::nullopt;
    const QJsonValue id = o.value(QStringLiteral("id"));
    t.id = id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
    // 360dialog lists lowercase statuses, Meta and webhooks uppercase (§3.1): normalise.
    t.status = t.status.toUpper();
    t.category = t.category.toUpper();
    const QJsonValue quality = o.value(QStringLiteral("quality_score"));
    t.qualityScore =
        (quality.isObject() ? quality.toObject().value(QStringLiteral("score")).toString() : quality.toString())
            .toUpper();
    const QJsonValue components = o.value(QStringLiteral("components"));
    if (!components.isUndefined() && !components.isArray())
        return std::nullopt;
    t.components = components.toArray();
    t.raw = o;
    return t;
}

std::optional<QList<Template>> templateList(const QJsonDocument& doc)
{
    const QJsonValue list = doc.object().value(QStringLiteral("waba_templates"));
    if (!doc.isObject() || !list.isArray())
        return std::nullopt;
    QList<Template> out;
    for (const auto& v : list.toArray()) {
        if (!v.isObject())
            return std::nullopt;
        auto t = templateFrom(v.toObject());
        if (!t)
            return std::nullopt;
        out.append(*t);
    }
    return out;
}

std::optional<TemplateCreated> templateCreated(const QJsonDocument& doc)
{
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    TemplateCreated t;
    const QJsonValue id = o.value(QStringLiteral("id"));
    t.id = id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
    if (!optionalString(o, "status", &t.status) || !optionalString(o, "category", &t.category))
        return std::nullopt;
    t.status = t.status.toUpper();
    return t;
}

std::optional<BusinessProfile> businessProfile(const QJsonDocument& doc)
{
    // {"data": [ {...} ]}: note the array wrapper (§4.1).
    const QJsonArray data = doc.object().value(QStringLiteral("data")).toArray();
    if (!doc.isObject() || data.isEmpty() || !data.first().isObject())
        return std::nullopt;
    const QJsonObject o = data.first().toObject();
    BusinessProfile p;
    if (!optionalString(o, "about", &p.about) || !optionalString(o, "address", &p.address) ||
        !optionalString(o, "description", &p.description) || !optionalString(o, "email", &p.email) ||
        !optionalString(o, "profile_picture_url", &p.profilePictureUrl) || !optionalString(o, "vertical", &p.vertical))
        return std::nullopt;
    const QJsonValue websites = o.value(QStringLiteral("websites"));
    if (!websites.isUndefined() && !websites.isArray())
        return std::nullopt;
    for (const auto& w : websites.toArray())
        if (w.isString())
            p.websites.append(w.toString());
    return p;
}

QJsonObject businessProfileUpdate(const BusinessProfileUpdate& u)
{
    QJsonObject o{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")}};
    if (u.about)
        o.insert(QStringLiteral("about"), *u.about);
    if (u.address)
        o.insert(QStringLiteral("address"), *u.address);
    if (u.description)
        o.insert(QStringLiteral("description"), *u.description);
    if (u.email)
        o.insert(QStringLiteral("email"), *u.email);
    if (u.vertical)
        o.insert(QStringLiteral("vertical"), *u.vertical);
    if (u.websites)
        o.insert(QStringLiteral("websites"), QJsonArray::fromStringList(*u.websites));
    if (u.profilePictureHandle)
        o.insert(QStringLiteral("profile_picture_handle"), *u.profilePictureHandle);
    return o;
}

std::optional<PhoneNumberInfo> phoneNumberInfo(const QJsonDocument& doc)
{
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    PhoneNumberInfo p;
    if (!optionalString(o, "verified_name", &p.verifiedName))
        return std::nullopt;
    const QJsonValue id = o.value(QStringLiteral("id"));
    p.id = id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
    // 360dialog's client code reads phone_number; Meta's object has display_phone_number.
    p.phoneNumber = o.value(QStringLiteral("phone_number")).toString();
    if (p.phoneNumber.isEmpty())
        p.phoneNumber = o.value(QStringLiteral("display_phone_number")).toString();
    if (p.phoneNumber.isEmpty() && p.id.isEmpty())
        return std::nullopt;
    return p;
}

std::optional<WebhookConfig> webhookConfig(const QJsonDocument& doc)
{
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    WebhookConfig c;
    QString url;
    if (!optionalString(o, "url", &url))
        return std::nullopt;
    c.url = QUrl(url);
    const QJsonValue headers = o.value(QStringLiteral("headers"));
    if (!headers.isUndefined() && !headers.isNull() && !headers.isObject())
        return std::nullopt;
    const QJsonObject h = headers.toObject();
    for (auto it = h.begin(); it != h.end(); ++it)
        c.headers.insert(it.key(), it.value().toString());
    return c;
}

QJsonObject webhookConfigBody(const WebhookConfig& config)
{
    QJsonObject o{{QStringLiteral("url"), config.url.toString()}};
    QJsonObject headers;
    for (auto it = config.headers.begin(); it != config.headers.end(); ++it)
        headers.insert(it.key(), it.value());
    if (!headers.isEmpty())
        o.insert(QStringLiteral("headers"), headers);
    return o;
}

std::optional<HealthStatus> healthStatus(const QJsonDocument& doc)
{
    const QJsonObject health = doc.object().value(QLatin1String("health_status")).toObject();
    const QJsonValue overall = health.value(QLatin1String("can_send_message"));
    if (!overall.isString())
        return std::nullopt;
    HealthStatus h;
    h.canSendMessage = overall.toString();
    h.checkedAt = QDateTime::currentDateTimeUtc();
    // additional_info and errors: strings, or objects with a message (both appear in third-party copies).
    const auto texts = [](const QJsonValue& v) {
        QStringList out;
        for (const QJsonValue& item : v.toArray()) {
            if (item.isString()) {
                out << item.toString();
                continue;
            }
            const QJsonObject o = item.toObject();
            QString text = o.value(QLatin1String("error_description")).toString();
            if (text.isEmpty())
                text = o.value(QLatin1String("message")).toString();
            const int code = o.value(QLatin1String("error_code")).toInt(o.value(QLatin1String("code")).toInt());
            if (code != 0)
                text = QString::number(code) + QStringLiteral(": ") + text;
            if (!text.isEmpty())
                out << text;
        }
        return out;
    };
    for (const QJsonValue& v : health.value(QLatin1String("entities")).toArray()) {
        const QJsonObject o = v.toObject();
        HealthEntity e;
        e.type = o.value(QLatin1String("entity_type")).toString();
        e.id = o.value(QLatin1String("id")).toVariant().toString();
        e.canSendMessage = o.value(QLatin1String("can_send_message")).toString();
        e.canReceiveCallSip = o.value(QLatin1String("can_receive_call_sip")).toString();
        e.additionalInfo = texts(o.value(QLatin1String("additional_info")));
        e.errors = texts(o.value(QLatin1String("errors")));
        h.entities.append(e);
    }
    return h;
}

} // namespace wabadesk::api::json
