#include "sandbox/SandboxNumbers.h"

#include "common/SecretCompare.h"
#include "sandbox/SandboxHttp.h"

#include <QJsonArray>

namespace wabadesk::sandbox {

bool isNumberKey(const StateData& data, const QByteArray& key)
{
    if (key.isEmpty())
        return false;
    if (secretsEqual(key, data.apiKey))
        return true;
    return otherNumberForKey(data, key) != nullptr;
}

const PartnerChannelRecord* otherNumberForKey(const StateData& data, const QByteArray& key)
{
    if (key.isEmpty())
        return nullptr;
    for (const PartnerChannelRecord& c : data.partner.channels)
        if (!c.isSandboxNumber && !c.apiKey.isEmpty() && secretsEqual(key, c.apiKey))
            return &c;
    return nullptr;
}

PartnerChannelRecord* otherNumberForKey(StateData& data, const QByteArray& key)
{
    return const_cast<PartnerChannelRecord*>(otherNumberForKey(static_cast<const StateData&>(data), key));
}

NumberIdentity identityForKey(const StateData& data, const QByteArray& key)
{
    if (const PartnerChannelRecord* other = otherNumberForKey(data, key))
        return {digitsOnly(other->phoneNumber), other->phoneNumberId, other->wabaId};
    return sandboxNumber();
}

WebhookTarget webhookForPayload(const StateData& data, const QJsonObject& payload)
{
    const QJsonObject value = payload.value(QStringLiteral("entry"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("changes"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("value"))
                                  .toObject();
    const QString numberId =
        value.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("phone_number_id")).toString();
    for (const PartnerChannelRecord& c : data.partner.channels) {
        if (c.isSandboxNumber || numberId.isEmpty() || c.phoneNumberId != numberId)
            continue;
        WebhookTarget target;
        target.url = c.phoneWebhookUrl.isEmpty() ? c.wabaWebhookUrl : c.phoneWebhookUrl;
        target.headers = c.phoneWebhookUrl.isEmpty() ? c.wabaWebhookHeaders : c.phoneWebhookHeaders;
        return target;
    }
    return activeWebhook(data);
}

QByteArray generateNumberKey(StateData& data, PartnerChannelRecord& channel)
{
    if (channel.isSandboxNumber)
        return rotateApiKey(data);
    channel.apiKey = randomToken(24).toLatin1();
    channel.phoneWebhookUrl.clear();
    channel.phoneWebhookHeaders.clear();
    return channel.apiKey;
}

} // namespace wabadesk::sandbox
