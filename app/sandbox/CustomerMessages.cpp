#include "sandbox/CustomerMessages.h"

#include "sandbox/SandboxChannel.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace wabadesk::sandbox {

namespace inbound {

namespace {

QJsonObject context(const QString& businessWamid)
{
    return QJsonObject{{QStringLiteral("from"), SandboxChannel::displayPhoneDigits()},
                       {QStringLiteral("id"), businessWamid}};
}

QJsonObject withContext(QJsonObject message, const QString& businessWamid)
{
    if (!businessWamid.isEmpty())
        message.insert(QStringLiteral("context"), context(businessWamid));
    return message;
}

} // namespace

QJsonObject text(const QString& body)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                       {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), body}}}};
}

QJsonObject replyTo(const QString& body, const QString& businessWamid)
{
    return withContext(text(body), businessWamid);
}

QJsonObject reaction(const QString& wamid, const QString& emoji)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("reaction")},
                       {QStringLiteral("reaction"),
                        QJsonObject{{QStringLiteral("message_id"), wamid}, {QStringLiteral("emoji"), emoji}}}};
}

QJsonObject edit(const QString& originalWamid, const QString& newBody)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("edit")},
                       {QStringLiteral("edit"), QJsonObject{{QStringLiteral("original_message_id"), originalWamid},
                                                            {QStringLiteral("message"), text(newBody)}}}};
}

QJsonObject media(const QString& type, const QString& mediaId, const QString& mimeType, const QByteArray& bytes,
                  const QJsonObject& extra)
{
    QJsonObject object{{QStringLiteral("mime_type"), mimeType},
                       {QStringLiteral("sha256"),
                        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toBase64())},
                       {QStringLiteral("id"), mediaId}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        object.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("type"), type}, {type, object}};
}

QJsonObject location(double latitude, double longitude, const QString& name, const QString& address)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("location")},
                       {QStringLiteral("location"), QJsonObject{{QStringLiteral("latitude"), latitude},
                                                                {QStringLiteral("longitude"), longitude},
                                                                {QStringLiteral("name"), name},
                                                                {QStringLiteral("address"), address}}}};
}

QJsonObject contactCard(const QString& formattedName, const QString& phone, const QString& waId)
{
    const QString first = formattedName.section(QLatin1Char(' '), 0, 0);
    const QString last = formattedName.section(QLatin1Char(' '), 1);
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("contacts")},
        {QStringLiteral("contacts"),
         QJsonArray{QJsonObject{
             {QStringLiteral("name"), QJsonObject{{QStringLiteral("formatted_name"), formattedName},
                                                  {QStringLiteral("first_name"), first},
                                                  {QStringLiteral("last_name"), last}}},
             {QStringLiteral("phones"), QJsonArray{QJsonObject{{QStringLiteral("phone"), phone},
                                                               {QStringLiteral("type"), QStringLiteral("CELL")},
                                                               {QStringLiteral("wa_id"), waId}}}}}}}};
}

QJsonObject order(const QString& text)
{
    const auto item = [](const char* sku, int quantity, double price) {
        return QJsonObject{{QStringLiteral("product_retailer_id"), QString::fromLatin1(sku)},
                           {QStringLiteral("quantity"), quantity},
                           {QStringLiteral("item_price"), price},
                           {QStringLiteral("currency"), QStringLiteral("EUR")}};
    };
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("order")},
        {QStringLiteral("order"), QJsonObject{{QStringLiteral("catalog_id"), QStringLiteral("354160437058781")},
                                              {QStringLiteral("text"), text},
                                              {QStringLiteral("product_items"),
                                               QJsonArray{item("SKU-TSHIRT-M", 2, 19.9), item("SKU-CAP", 1, 12.5)}}}}};
}

QJsonObject buttonReply(const QString& id, const QString& title, const QString& businessWamid)
{
    return withContext(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("interactive")},
                    {QStringLiteral("interactive"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("button_reply")},
                                 {QStringLiteral("button_reply"),
                                  QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("title"), title}}}}}},
        businessWamid);
}

QJsonObject listReply(const QString& id, const QString& title, const QString& description, const QString& businessWamid)
{
    return withContext(QJsonObject{{QStringLiteral("type"), QStringLiteral("interactive")},
                                   {QStringLiteral("interactive"),
                                    QJsonObject{{QStringLiteral("type"), QStringLiteral("list_reply")},
                                                {QStringLiteral("list_reply"),
                                                 QJsonObject{{QStringLiteral("id"), id},
                                                             {QStringLiteral("title"), title},
                                                             {QStringLiteral("description"), description}}}}}},
                       businessWamid);
}

QJsonObject templateButton(const QString& text, const QString& payload, const QString& businessWamid)
{
    return withContext(QJsonObject{{QStringLiteral("type"), QStringLiteral("button")},
                                   {QStringLiteral("button"),
                                    QJsonObject{{QStringLiteral("text"), text}, {QStringLiteral("payload"), payload}}}},
                       businessWamid);
}

QJsonObject unsupported(const QString& whatType)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("unsupported")},
        {QStringLiteral("unsupported"), QJsonObject{{QStringLiteral("type"), whatType}}},
        {QStringLiteral("errors"),
         QJsonArray{QJsonObject{
             {QStringLiteral("code"), 131051},
             {QStringLiteral("title"), QStringLiteral("Message type unknown")},
             {QStringLiteral("message"), QStringLiteral("Message type unknown")},
             {QStringLiteral("error_data"),
              QJsonObject{{QStringLiteral("details"), QStringLiteral("Message type is currently not supported.")}}}}}}};
}

} // namespace inbound

QByteArray demoPdf(const QString& title)
{
    // PDF strings are Latin-1 here; anything else is dropped (the title is decoration).
    QByteArray latin;
    for (const QChar c : title)
        if (c.unicode() < 0x80 && c != u'(' && c != u')' && c != u'\\')
            latin.append(char(c.unicode()));
    const QByteArray text = QByteArray("BT /F1 18 Tf 40 100 Td (") + latin + ") Tj ET";
    return QByteArray("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                      "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                      "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 400 200]/Contents 4 0 R"
                      "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
                      "4 0 obj<</Length ") +
           QByteArray::number(text.size()) + ">>stream\n" + text +
           "\nendstream endobj\n5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 "
           "R>>\n%%EOF\n";
}

} // namespace wabadesk::sandbox
