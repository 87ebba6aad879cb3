#include "sandbox/SandboxState.h"

#include "sandbox/SandboxHttp.h"

#include <QCryptographicHash>

namespace wabadesk::sandbox {

CustomerRecord& ensureCustomer(StateData& data, const QString& waId)
{
    auto it = data.customers.find(waId);
    if (it == data.customers.end()) {
        CustomerRecord record;
        record.waId = waId;
        it = data.customers.insert(waId, record);
    }
    return it.value();
}

bool isWindowOpen(const StateData& data, const QString& waId, const QDateTime& now)
{
    const auto it = data.customers.constFind(waId);
    if (it == data.customers.constEnd() || !it->lastInbound.isValid())
        return false;
    return it->lastInbound.secsTo(now) < 24 * 3600;
}

QString addMedia(StateData& data, const QByteArray& bytes, const QString& mimeType, const QString& fileName)
{
    QString id;
    do {
        id = randomDigits(16);
    } while (data.media.contains(id));
    StoredMedia item;
    item.bytes = bytes;
    item.mimeType = mimeType;
    item.fileName = fileName;
    item.sha256Hex = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    data.media.insert(id, item);
    return id;
}

WebhookTarget activeWebhook(const StateData& data)
{
    return data.phoneWebhook.isSet() ? data.phoneWebhook : data.wabaWebhook;
}

QByteArray rotateApiKey(StateData& data)
{
    data.apiKey = randomToken(24).toLatin1();
    data.phoneWebhook = {};
    return data.apiKey;
}

} // namespace wabadesk::sandbox
