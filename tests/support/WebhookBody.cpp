#include "WebhookBody.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wabadesk::test {

QByteArray webhookBody(const QJsonObject& value, const QString& field)
{
    const QJsonObject change{{QStringLiteral("value"), value}, {QStringLiteral("field"), field}};
    const QJsonObject entry{{QStringLiteral("id"), QStringLiteral("1")},
                            {QStringLiteral("changes"), QJsonArray{change}}};
    const QJsonObject body{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                           {QStringLiteral("entry"), QJsonArray{entry}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace wabadesk::test
