#include "api/OutgoingMessage.h"

namespace wabadesk::api {

namespace {

const QString kWhatsapp = QStringLiteral("whatsapp");

QJsonObject mediaObject(const MediaRef& ref)
{
    QJsonObject o;
    if (!ref.id.isEmpty())
        o.insert(QStringLiteral("id"), ref.id);
    if (!ref.link.isEmpty())
        o.insert(QStringLiteral("link"), ref.link);
    return o;
}

QJsonObject textObject(const QString& text)
{
    return QJsonObject{{QStringLiteral("text"), text}};
}

// Interactive header (§1.7): text, or media without caption.
QJsonObject headerObject(const InteractiveHeader& header)
{
    if (header.mediaKind) {
        const QString kind = mediaKindName(*header.mediaKind);
        return QJsonObject{{QStringLiteral("type"), kind}, {kind, mediaObject(header.media)}};
    }
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), header.text}};
}

OutgoingMessage make(const QString& to, const QString& type, const QJsonValue& content)
{
    OutgoingMessage m;
    m.to = to;
    m.type = type;
    m.content = content;
    return m;
}

QJsonObject interactive(const QString& type, const QString& body, const InteractiveHeader& header,
                        const QString& footer, const QJsonObject& action)
{
    QJsonObject o{{QStringLiteral("type"), type}};
    if (!header.isEmpty())
        o.insert(QStringLiteral("header"), headerObject(header));
    o.insert(QStringLiteral("body"), textObject(body));
    if (!footer.isEmpty())
        o.insert(QStringLiteral("footer"), textObject(footer));
    o.insert(QStringLiteral("action"), action);
    return o;
}

void addParameterName(QJsonObject& o, const QString& name)
{
    if (!name.isEmpty())
        o.insert(QStringLiteral("parameter_name"), name);
}

QJsonObject bodyParameter(const TemplateBodyParameter& p)
{
    QJsonObject o;
    if (const auto* t = std::get_if<TemplateTextParameter>(&p)) {
        o.insert(QStringLiteral("type"), QStringLiteral("text"));
        addParameterName(o, t->parameterName);
        o.insert(QStringLiteral("text"), t->text);
    } else if (const auto* c = std::get_if<TemplateCurrencyParameter>(&p)) {
        o.insert(QStringLiteral("type"), QStringLiteral("currency"));
        addParameterName(o, c->parameterName);
        o.insert(QStringLiteral("currency"), QJsonObject{{QStringLiteral("fallback_value"), c->fallbackValue},
                                                         {QStringLiteral("code"), c->code},
                                                         {QStringLiteral("amount_1000"), c->amount1000}});
    } else if (const auto* d = std::get_if<TemplateDateTimeParameter>(&p)) {
        o.insert(QStringLiteral("type"), QStringLiteral("date_time"));
        addParameterName(o, d->parameterName);
        o.insert(QStringLiteral("date_time"), QJsonObject{{QStringLiteral("fallback_value"), d->fallbackValue}});
    }
    return o;
}

QJsonObject headerParameter(const TemplateHeaderParameter& p)
{
    if (const auto* t = std::get_if<TemplateTextParameter>(&p)) {
        QJsonObject o{{QStringLiteral("type"), QStringLiteral("text")}};
        addParameterName(o, t->parameterName);
        o.insert(QStringLiteral("text"), t->text);
        return o;
    }
    if (const auto* m = std::get_if<TemplateMediaParameter>(&p)) {
        const QString kind = mediaKindName(m->kind);
        QJsonObject media = mediaObject(m->media);
        if (m->kind == MediaKind::Document && !m->filename.isEmpty())
            media.insert(QStringLiteral("filename"), m->filename);
        return QJsonObject{{QStringLiteral("type"), kind}, {kind, media}};
    }
    if (const auto* l = std::get_if<TemplateLocationParameter>(&p)) {
        QJsonObject loc{{QStringLiteral("latitude"), l->latitude}, {QStringLiteral("longitude"), l->longitude}};
        if (!l->name.isEmpty())
            loc.insert(QStringLiteral("name"), l->name);
        if (!l->address.isEmpty())
            loc.insert(QStringLiteral("address"), l->address);
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("location")}, {QStringLiteral("location"), loc}};
    }
    return {};
}

QJsonObject buttonComponent(const TemplateButtonParameter& b)
{
    QJsonObject param;
    if (b.subType == QLatin1String("quick_reply")) {
        param = {{QStringLiteral("type"), QStringLiteral("payload")}, {QStringLiteral("payload"), b.value}};
    } else if (b.subType == QLatin1String("copy_code")) {
        param = {{QStringLiteral("type"), QStringLiteral("coupon_code")}, {QStringLiteral("coupon_code"), b.value}};
    } else { // url (and the OTP url button of authentication templates)
        param = {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), b.value}};
    }
    // index as a string, as NodeSDK and Meta's examples send it (§11.1 item 10: both work).
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("button")},
                       {QStringLiteral("sub_type"), b.subType},
                       {QStringLiteral("index"), QString::number(b.index)},
                       {QStringLiteral("parameters"), QJsonArray{param}}};
}

} // namespace

QString mediaKindName(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Image:
        return QStringLiteral("image");
    case MediaKind::Audio:
        return QStringLiteral("audio");
    case MediaKind::Video:
        return QStringLiteral("video");
    case MediaKind::Document:
        return QStringLiteral("document");
    case MediaKind::Sticker:
        return QStringLiteral("sticker");
    }
    return {};
}

std::optional<MediaKind> mediaKindFromName(const QString& name)
{
    for (MediaKind k : {MediaKind::Image, MediaKind::Audio, MediaKind::Video, MediaKind::Document, MediaKind::Sticker})
        if (mediaKindName(k) == name)
            return k;
    return std::nullopt;
}

QJsonObject OutgoingMessage::toJson() const
{
    QJsonObject o{{QStringLiteral("messaging_product"), kWhatsapp},
                  {QStringLiteral("recipient_type"), isGroup ? QStringLiteral("group") : QStringLiteral("individual")},
                  {QStringLiteral("type"), type}};
    // A username-only customer is addressed by BSUID in `recipient` (§1.1, UPDATES-2026.md §1); `to` when known.
    if (!to.isEmpty() || recipient.isEmpty())
        o.insert(QStringLiteral("to"), to);
    if (!recipient.isEmpty() && to.isEmpty())
        o.insert(QStringLiteral("recipient"), recipient);
    if (type == QLatin1String("contacts"))
        o.insert(QStringLiteral("contacts"), content.toArray());
    else
        o.insert(type, content);
    if (!replyToMessageId.isEmpty())
        o.insert(QStringLiteral("context"), QJsonObject{{QStringLiteral("message_id"), replyToMessageId}});
    if (!bizOpaqueCallbackData.isEmpty())
        o.insert(QStringLiteral("biz_opaque_callback_data"), bizOpaqueCallbackData);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

OutgoingMessage OutgoingMessage::fromJson(const QJsonObject& message)
{
    OutgoingMessage m;
    m.to = message.value(QStringLiteral("to")).toString();
    m.recipient = message.value(QStringLiteral("recipient")).toString();
    m.isGroup = message.value(QStringLiteral("recipient_type")).toString() == QLatin1String("group");
    m.type = message.value(QStringLiteral("type")).toString();
    m.content = message.value(m.type);
    m.replyToMessageId =
        message.value(QStringLiteral("context")).toObject().value(QStringLiteral("message_id")).toString();
    m.bizOpaqueCallbackData = message.value(QStringLiteral("biz_opaque_callback_data")).toString();
    const QStringList known{QStringLiteral("to"),
                            QStringLiteral("type"),
                            m.type,
                            QStringLiteral("context"),
                            QStringLiteral("recipient"),
                            QStringLiteral("recipient_type"),
                            QStringLiteral("biz_opaque_callback_data")};
    for (auto it = message.begin(); it != message.end(); ++it)
        if (!known.contains(it.key()))
            m.extra.insert(it.key(), it.value());
    return m;
}

QJsonObject TemplateSend::toJson() const
{
    QJsonArray components;
    if (!std::holds_alternative<std::monostate>(header))
        components.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("header")},
                                      {QStringLiteral("parameters"), QJsonArray{headerParameter(header)}}});
    if (!body.isEmpty()) {
        QJsonArray params;
        for (const auto& p : body)
            params.append(bodyParameter(p));
        components.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("body")}, {QStringLiteral("parameters"), params}});
    }
    for (const auto& b : buttons)
        components.append(buttonComponent(b));
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("language"), QJsonObject{{QStringLiteral("policy"), QStringLiteral("deterministic")},
                                                           {QStringLiteral("code"), languageCode}}}};
    if (!components.isEmpty())
        o.insert(QStringLiteral("components"), components);
    return o;
}

namespace messages {

OutgoingMessage text(const QString& to, const QString& body, bool previewUrl)
{
    return make(to, QStringLiteral("text"),
                QJsonObject{{QStringLiteral("preview_url"), previewUrl}, {QStringLiteral("body"), body}});
}

OutgoingMessage media(const QString& to, MediaKind kind, const MediaRef& ref, const QString& caption,
                      const QString& filename, bool voice)
{
    QJsonObject o = mediaObject(ref);
    if (!caption.isEmpty())
        o.insert(QStringLiteral("caption"), caption);
    if (!filename.isEmpty())
        o.insert(QStringLiteral("filename"), filename);
    if (voice)
        o.insert(QStringLiteral("voice"), true);
    return make(to, mediaKindName(kind), o);
}

OutgoingMessage location(const QString& to, double latitude, double longitude, const QString& name,
                         const QString& address)
{
    // Numbers, not strings, and latitude first (§1.5 warns about NodeSDK's swapped example).
    QJsonObject o{{QStringLiteral("latitude"), latitude}, {QStringLiteral("longitude"), longitude}};
    if (!name.isEmpty())
        o.insert(QStringLiteral("name"), name);
    if (!address.isEmpty())
        o.insert(QStringLiteral("address"), address);
    return make(to, QStringLiteral("location"), o);
}

OutgoingMessage contacts(const QString& to, const QJsonArray& contactList)
{
    return make(to, QStringLiteral("contacts"), contactList);
}

OutgoingMessage replyButtons(const QString& to, const QString& body, const QList<ReplyButton>& buttons,
                             const InteractiveHeader& header, const QString& footer)
{
    QJsonArray array;
    for (const auto& b : buttons)
        array.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("reply")},
            {QStringLiteral("reply"), QJsonObject{{QStringLiteral("id"), b.id}, {QStringLiteral("title"), b.title}}}});
    return make(
        to, QStringLiteral("interactive"),
        interactive(QStringLiteral("button"), body, header, footer, QJsonObject{{QStringLiteral("buttons"), array}}));
}

OutgoingMessage list(const QString& to, const QString& body, const QString& buttonLabel,
                     const QList<ListSection>& sections, const QString& headerText, const QString& footer)
{
    QJsonArray sectionArray;
    for (const auto& s : sections) {
        QJsonArray rows;
        for (const auto& r : s.rows) {
            QJsonObject row{{QStringLiteral("id"), r.id}, {QStringLiteral("title"), r.title}};
            if (!r.description.isEmpty())
                row.insert(QStringLiteral("description"), r.description);
            rows.append(row);
        }
        QJsonObject section;
        if (!s.title.isEmpty())
            section.insert(QStringLiteral("title"), s.title);
        section.insert(QStringLiteral("rows"), rows);
        sectionArray.append(section);
    }
    InteractiveHeader header;
    header.text = headerText;
    return make(
        to, QStringLiteral("interactive"),
        interactive(QStringLiteral("list"), body, header, footer,
                    QJsonObject{{QStringLiteral("button"), buttonLabel}, {QStringLiteral("sections"), sectionArray}}));
}

OutgoingMessage ctaUrl(const QString& to, const QString& body, const QString& displayText, const QString& url,
                       const InteractiveHeader& header, const QString& footer)
{
    const QJsonObject action{{QStringLiteral("name"), QStringLiteral("cta_url")},
                             {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("display_text"), displayText},
                                                                        {QStringLiteral("url"), url}}}};
    return make(to, QStringLiteral("interactive"),
                interactive(QStringLiteral("cta_url"), body, header, footer, action));
}

OutgoingMessage locationRequest(const QString& to, const QString& body)
{
    return make(to, QStringLiteral("interactive"),
                interactive(QStringLiteral("location_request_message"), body, {}, {},
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("send_location")}}));
}

OutgoingMessage templateMessage(const QString& to, const TemplateSend& send)
{
    return make(to, QStringLiteral("template"), send.toJson());
}

OutgoingMessage reaction(const QString& to, const QString& messageId, const QString& emoji)
{
    // An empty emoji removes the reaction (§1.9).
    return make(to, QStringLiteral("reaction"),
                QJsonObject{{QStringLiteral("message_id"), messageId}, {QStringLiteral("emoji"), emoji}});
}

QJsonObject markRead(const QString& messageId, bool typingIndicator)
{
    QJsonObject o{{QStringLiteral("messaging_product"), kWhatsapp},
                  {QStringLiteral("status"), QStringLiteral("read")},
                  {QStringLiteral("message_id"), messageId}};
    if (typingIndicator)
        o.insert(QStringLiteral("typing_indicator"), QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}});
    return o;
}

} // namespace messages

} // namespace wabadesk::api
