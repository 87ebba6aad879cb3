#include "sandbox/WebhookPayloads.h"

#include "sandbox/SandboxChannel.h"
#include "sandbox/SandboxHttp.h"

namespace wabadesk::sandbox {

namespace {

QJsonObject envelope(const QJsonObject& value, const QString& field, qint64 time = 0,
                     const QString& wabaId = SandboxChannel::wabaId())
{
    QJsonObject entry{{QStringLiteral("id"), wabaId},
                      {QStringLiteral("changes"),
                       QJsonArray{QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("field"), field}}}}};
    if (time != 0)
        entry.insert(QStringLiteral("time"), time);
    return QJsonObject{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                       {QStringLiteral("entry"), QJsonArray{entry}}};
}

} // namespace

NumberIdentity sandboxNumber()
{
    return {SandboxChannel::displayPhoneDigits(), SandboxChannel::phoneNumberId(), SandboxChannel::wabaId()};
}

QJsonObject messagesEnvelope(QJsonObject value, const NumberIdentity& number)
{
    return fieldEnvelope(QStringLiteral("messages"), std::move(value), number);
}

QJsonObject fieldEnvelope(const QString& field, QJsonObject value, const NumberIdentity& number)
{
    value.insert(QStringLiteral("messaging_product"), QStringLiteral("whatsapp"));
    value.insert(QStringLiteral("metadata"), QJsonObject{{QStringLiteral("display_phone_number"), number.displayDigits},
                                                         {QStringLiteral("phone_number_id"), number.phoneNumberId}});
    return envelope(value, field, 0, number.wabaId);
}

QJsonObject inboundMessageEnvelope(const QString& waId, const QString& profileName, const QJsonObject& message)
{
    const QJsonObject contact{{QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), profileName}}},
                              {QStringLiteral("wa_id"), waId}};
    return messagesEnvelope(QJsonObject{{QStringLiteral("contacts"), QJsonArray{contact}},
                                        {QStringLiteral("messages"), QJsonArray{message}}});
}

QJsonObject statusItem(const StatusInfo& info)
{
    QJsonObject item{{QStringLiteral("id"), info.messageId},
                     {QStringLiteral("status"), info.status},
                     {QStringLiteral("timestamp"), QString::number(nowSecs())}};
    if (!info.recipientId.isEmpty())
        item.insert(QStringLiteral("recipient_id"), info.recipientId);
    if (!info.recipientUserId.isEmpty())
        item.insert(QStringLiteral("recipient_user_id"), info.recipientUserId);
    if (!info.recipientType.isEmpty())
        item.insert(QStringLiteral("recipient_type"), info.recipientType);
    if (!info.conversationId.isEmpty()) {
        QJsonObject conversation{
            {QStringLiteral("id"), info.conversationId},
            {QStringLiteral("origin"), QJsonObject{{QStringLiteral("type"), info.pricingCategory}}}};
        if (info.conversationExpiry != 0)
            conversation.insert(QStringLiteral("expiration_timestamp"), QString::number(info.conversationExpiry));
        item.insert(QStringLiteral("conversation"), conversation);
    }
    // Per-message pricing (PMP, §6.4): `billable` is deprecated there and left out.
    item.insert(QStringLiteral("pricing"), QJsonObject{{QStringLiteral("pricing_model"), QStringLiteral("PMP")},
                                                       {QStringLiteral("type"), info.pricingType},
                                                       {QStringLiteral("category"), info.pricingCategory}});
    if (!info.bizOpaqueCallbackData.isEmpty())
        item.insert(QStringLiteral("biz_opaque_callback_data"), info.bizOpaqueCallbackData);
    return item;
}

QJsonObject failedStatusItem(const QString& messageId, const QString& recipientId, int code, const QString& title,
                             const QString& details)
{
    const QJsonObject error{
        {QStringLiteral("code"), code},
        {QStringLiteral("title"), title},
        {QStringLiteral("message"), title},
        {QStringLiteral("error_data"), QJsonObject{{QStringLiteral("details"), details}}},
        {QStringLiteral("href"),
         QStringLiteral("https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/")}};
    return QJsonObject{{QStringLiteral("id"), messageId},
                       {QStringLiteral("status"), QStringLiteral("failed")},
                       {QStringLiteral("timestamp"), QString::number(nowSecs())},
                       {QStringLiteral("recipient_id"), recipientId},
                       {QStringLiteral("errors"), QJsonArray{error}}};
}

QJsonObject templateStatusEnvelope(const TemplateStatusEvent& event)
{
    QJsonObject value{{QStringLiteral("event"), event.event},
                      {QStringLiteral("message_template_id"), event.templateId},
                      {QStringLiteral("message_template_name"), event.name},
                      {QStringLiteral("message_template_language"), event.language},
                      {QStringLiteral("reason"), event.reason},
                      {QStringLiteral("message_template_category"), event.category}};
    if (!event.rejectionReason.isEmpty()) {
        value.insert(QStringLiteral("rejection_info"),
                     QJsonObject{{QStringLiteral("reason"), event.rejectionReason},
                                 {QStringLiteral("recommendation"), event.recommendation}});
    }
    return envelope(value, QStringLiteral("message_template_status_update"), nowSecs());
}

} // namespace wabadesk::sandbox
