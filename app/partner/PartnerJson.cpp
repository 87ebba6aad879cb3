#include "partner/PartnerJson.h"

#include <QJsonArray>

#include <algorithm>

namespace wabadesk::partner::json {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

qint64 integer(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return qint64(v.toDouble());
    if (v.isString())
        return v.toString().toLongLong();
    return 0;
}

double number(const QJsonValue& v, bool* present = nullptr)
{
    bool ok = v.isDouble();
    double d = v.toDouble();
    if (v.isString())
        d = v.toString().toDouble(&ok);
    if (present)
        *present = ok;
    return ok ? d : 0;
}

QDateTime dateTime(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble()) // some hub fields are UNIX timestamps
        return QDateTime::fromSecsSinceEpoch(qint64(v.toDouble()), Qt::UTC);
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.toUTC();
}

std::optional<QJsonArray> listOf(const QJsonDocument& doc, const char* key)
{
    if (!doc.isObject())
        return std::nullopt;
    const QJsonValue list = doc.object().value(QLatin1String(key));
    if (!list.isArray())
        return std::nullopt;
    return list.toArray();
}

} // namespace

PartnerClientInfo client(const QJsonObject& o)
{
    PartnerClientInfo c;
    c.id = str(o, "id");
    c.name = str(o, "name");
    c.organisation = str(o, "organisation");
    c.status = str(o, "status");
    const QJsonObject contact = o.value(QStringLiteral("contact_info")).toObject();
    c.contactName = str(contact, "full_name");
    c.email = str(contact, "email");
    c.country = str(contact, "country");
    c.createdAt = dateTime(o, "created_at");
    if (c.name.isEmpty())
        c.name = c.organisation;
    return c;
}

PartnerChannel channel(const QJsonObject& o)
{
    PartnerChannel c;
    c.id = str(o, "id");
    c.clientId = str(o, "client_id");
    if (c.clientId.isEmpty())
        c.clientId = str(o.value(QStringLiteral("client")).toObject(), "id");
    const QJsonObject setup = o.value(QStringLiteral("setup_info")).toObject();
    c.phoneNumber = str(o, "phone_number");
    if (c.phoneNumber.isEmpty())
        c.phoneNumber = str(setup, "phone_number");
    c.phoneName = str(setup, "phone_name");
    c.status = str(o, "status");
    c.state = channelStateFor(c.status);
    c.accountMode = str(o, "account_mode");
    // Quality and messaging limit are not in every revision of the channel object; both spellings seen are read.
    c.qualityRating = str(o, "current_quality_rating");
    if (c.qualityRating.isEmpty())
        c.qualityRating = str(o, "quality_rating");
    c.messagingLimit = str(o, "current_limit");
    if (c.messagingLimit.isEmpty())
        c.messagingLimit = str(o, "messaging_limit");
    const QJsonObject waba = o.value(QStringLiteral("waba_account")).toObject();
    c.wabaId = str(waba, "external_id");
    c.wabaName = str(waba, "name");
    c.hostingPlatform = str(o.value(QStringLiteral("integration")).toObject(), "hosting_platform_type");
    c.createdAt = dateTime(o, "created_at");
    c.billingStartedAt = dateTime(o, "billing_started_at");
    return c;
}

std::optional<QList<PartnerClientInfo>> clientList(const QJsonDocument& doc)
{
    const auto list = listOf(doc, "clients");
    if (!list)
        return std::nullopt;
    QList<PartnerClientInfo> out;
    for (const QJsonValue& v : *list) {
        PartnerClientInfo c = client(v.toObject());
        if (c.id.isEmpty())
            return std::nullopt;
        out.append(c);
    }
    return out;
}

std::optional<QList<PartnerChannel>> channelList(const QJsonDocument& doc)
{
    const auto list = listOf(doc, "partner_channels");
    if (!list)
        return std::nullopt;
    QList<PartnerChannel> out;
    for (const QJsonValue& v : *list) {
        PartnerChannel c = channel(v.toObject());
        if (c.id.isEmpty())
            return std::nullopt;
        out.append(c);
    }
    return out;
}

std::optional<GeneratedApiKey> generatedApiKey(const QJsonDocument& doc)
{
    if (!doc.isObject())
        return std::nullopt;
    QJsonObject o = doc.object();
    if (o.value(QStringLiteral("api_keys")).isArray())
        o = o.value(QStringLiteral("api_keys")).toArray().first().toObject();
    GeneratedApiKey key;
    key.apiKey = o.value(QStringLiteral("api_key")).toString().toUtf8();
    key.address = QUrl(o.value(QStringLiteral("address")).toString(), QUrl::StrictMode);
    key.appId = str(o, "app_id");
    key.id = str(o, "id");
    if (key.apiKey.isEmpty())
        return std::nullopt;
    return key;
}

std::optional<ClientBalance> clientBalance(const QJsonDocument& doc)
{
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    ClientBalance b;
    b.balance = number(o.value(QStringLiteral("balance")), &b.hasBalance);
    b.currency = str(o, "currency");
    const QJsonValue usage = o.value(QStringLiteral("usage"));
    if (!usage.isArray() && !usage.isUndefined() && !usage.isNull())
        return std::nullopt;
    if (!b.hasBalance && !usage.isArray())
        return std::nullopt;
    for (const QJsonValue& v : usage.toArray()) {
        const QJsonObject p = v.toObject();
        UsagePeriod period;
        const QString date = str(p, "period_date");
        period.date = QDate::fromString(date.left(10), Qt::ISODate);
        if (!period.date.isValid())
            return std::nullopt;
        period.quantity = integer(p, "quantity");
        period.freeQuantity = integer(p, "free_quantity");
        period.paidQuantity = integer(p, "paid_quantity");
        period.businessInitiated = integer(p, "business_initiated_quantity");
        period.userInitiated = integer(p, "user_initiated_quantity");
        period.cost = number(p.value(QStringLiteral("total_price")));
        b.usage.append(period);
    }
    std::sort(b.usage.begin(), b.usage.end(),
              [](const UsagePeriod& a, const UsagePeriod& c) { return a.date < c.date; });
    return b;
}

int listTotal(const QJsonDocument& doc)
{
    const QJsonValue total = doc.object().value(QStringLiteral("total"));
    return total.isDouble() ? total.toInt() : -1;
}

} // namespace wabadesk::partner::json
