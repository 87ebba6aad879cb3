#include "webhook/TestEvent.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace wabadesk::ui {

namespace {

QString digitsOf(const QString& text)
{
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits.append(c);
    return digits;
}

} // namespace

TestEvent makeTestEvent(const Channel& channel, const QDateTime& now)
{
    TestEvent event;
    event.customerWaId = QStringLiteral("12025550100");
    // Real wamids are base64 of an opaque id; any unique text after "wamid." is accepted.
    event.wamid = QStringLiteral("wamid.wabadesk-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString text = QCoreApplication::translate("TestEvent", "Test event from the WabaDesk webhook inspector (%1)")
                             .arg(now.toLocalTime().toString(Qt::ISODate));
    const QJsonObject message{
        {QStringLiteral("from"), event.customerWaId},
        {QStringLiteral("id"), event.wamid},
        {QStringLiteral("timestamp"), QString::number(now.toSecsSinceEpoch())},
        {QStringLiteral("type"), QStringLiteral("text")},
        {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}},
    };
    const QJsonObject contact{
        {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), QStringLiteral("WabaDesk Test")}}},
        {QStringLiteral("wa_id"), event.customerWaId},
    };
    const QJsonObject value{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("display_phone_number"), digitsOf(channel.phoneNumber)},
                     {QStringLiteral("phone_number_id"), channel.phoneNumberId}}},
        {QStringLiteral("contacts"), QJsonArray{contact}},
        {QStringLiteral("messages"), QJsonArray{message}},
    };
    const QJsonObject change{{QStringLiteral("value"), value}, {QStringLiteral("field"), QStringLiteral("messages")}};
    // entry[].id is the WABA id (§6.1), which WabaDesk does not keep per channel; routing goes by phone_number_id.
    const QJsonObject entry{{QStringLiteral("id"), QStringLiteral("0")},
                            {QStringLiteral("changes"), QJsonArray{change}}};
    const QJsonObject envelope{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                               {QStringLiteral("entry"), QJsonArray{entry}}};
    event.body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    return event;
}

QUrl loopbackUrlFor(const QUrl& listenerUrl)
{
    QUrl url = listenerUrl;
    const QHostAddress host(url.host());
    if (host == QHostAddress::AnyIPv4)
        url.setHost(QStringLiteral("127.0.0.1"));
    else if (host == QHostAddress::AnyIPv6 || host == QHostAddress::Any)
        url.setHost(QStringLiteral("::1"));
    return url;
}

} // namespace wabadesk::ui
