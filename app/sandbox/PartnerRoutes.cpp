// The Partner API (UPDATES-2026.md §12; docs.360dialog.com "Partner API", "Using the Partner API to manage Clients and
// Channels", "Balance & Usage") under /api/v2: the partner's clients and channels, a channel's new API key, a
// client's balance and usage with the documented limit of 5 requests per 30 s per client. Answers and errors take
// the hub's shapes: list objects with count/filters/limit/offset/sort/total, errors as {"meta": {"success": false,
// "http_code", "developer_message"}}. Field values are invented; field names follow the public docs where they show
// them ([S] where only the shape is documented, e.g. the usage items).
#include "sandbox/PartnerData.h"
#include "sandbox/SandboxHttp.h"
#include "sandbox/SandboxNumbers.h"
#include "sandbox/SandboxRouter.h"
#include "sandbox/SandboxRoutes.h"
#include "sandbox/SandboxState.h"

#include <httplib.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace wabadesk::sandbox {

namespace {

constexpr int kDefaultLimit = 20;
constexpr int kMaxLimit = 100;
constexpr int kMaxPeriods = 400;

void replyMeta(httplib::Response& res, int status, const QString& message)
{
    const QJsonObject meta{{QStringLiteral("success"), false},
                           {QStringLiteral("http_code"), status},
                           {QStringLiteral("developer_message"), message}};
    replyJson(res, status, QJsonObject{{QStringLiteral("meta"), meta}});
}

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// The partner id in the path must be the key's partner.
bool checkPartner(RouteContext& context, const httplib::Request& req, httplib::Response& res)
{
    const QString id = QString::fromStdString(req.matches[1].str());
    const QString partnerId = context.state.with([](const StateData& data) { return data.partner.partnerId; });
    if (id == partnerId)
        return true;
    replyMeta(res, 403, QStringLiteral("You do not have access to partner %1.").arg(id));
    return false;
}

struct ListQuery {
    QJsonObject filters;
    int limit = kDefaultLimit;
    int offset = 0;
    QString sort;
};

// filters (a JSON object), limit, offset, sort ("-" for descending). False (and an answer) when one is malformed.
bool parseListQuery(const httplib::Request& req, httplib::Response& res, ListQuery* q)
{
    if (const QString filters = queryParam(req, "filters"); !filters.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(filters.toUtf8());
        if (!doc.isObject()) {
            replyMeta(res, 400, QStringLiteral("filters: must be a JSON object of params and their expected values."));
            return false;
        }
        q->filters = doc.object();
    }
    bool ok = true;
    if (const QString limit = queryParam(req, "limit"); !limit.isEmpty())
        q->limit = limit.toInt(&ok);
    if (ok)
        if (const QString offset = queryParam(req, "offset"); !offset.isEmpty())
            q->offset = offset.toInt(&ok);
    if (!ok || q->limit < 1 || q->offset < 0) {
        replyMeta(res, 400, QStringLiteral("limit and offset must be non-negative integers (limit at least 1)."));
        return false;
    }
    q->limit = std::min(q->limit, kMaxLimit);
    q->sort = queryParam(req, "sort");
    return true;
}

bool matches(const QJsonObject& item, const QJsonObject& filters)
{
    for (auto it = filters.begin(); it != filters.end(); ++it) {
        QJsonValue value = item;
        for (const QString& part : it.key().split(QLatin1Char('.')))
            value = value.toObject().value(part);
        if (value.toVariant().toString() != it.value().toVariant().toString())
            return false;
    }
    return true;
}

// Filters, sorts and pages `items`; answers in the hub's list form under `listKey`.
void replyList(httplib::Response& res, const QString& listKey, QList<QJsonObject> items, const ListQuery& q)
{
    items.removeIf([&q](const QJsonObject& item) { return !matches(item, q.filters); });
    if (!q.sort.isEmpty()) {
        const bool descending = q.sort.startsWith(QLatin1Char('-'));
        const QString field = descending ? q.sort.mid(1) : q.sort;
        std::stable_sort(items.begin(), items.end(), [&](const QJsonObject& a, const QJsonObject& b) {
            const QString x = a.value(field).toVariant().toString();
            const QString y = b.value(field).toVariant().toString();
            const int c = QString::localeAwareCompare(x, y);
            return descending ? c > 0 : c < 0;
        });
    }
    const int total = int(items.size());
    QJsonArray page;
    for (int i = q.offset; i < total && page.size() < q.limit; ++i)
        page.append(items.at(i));
    replyJson(res, 200,
              QJsonObject{{listKey, page},
                          {QStringLiteral("count"), page.size()},
                          {QStringLiteral("filters"), q.filters},
                          {QStringLiteral("limit"), q.limit},
                          {QStringLiteral("offset"), q.offset},
                          {QStringLiteral("sort"), QJsonArray{q.sort.isEmpty() ? QStringLiteral("id") : q.sort}},
                          {QStringLiteral("total"), total}});
}

QJsonObject clientJson(const PartnerClientRecord& c, const QString& partnerId)
{
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("status"), c.status},
        {QStringLiteral("organisation"), c.organisation},
        {QStringLiteral("partner_id"), partnerId},
        {QStringLiteral("created_at"), iso(c.createdAt)},
        {QStringLiteral("max_channels"), 5},
        {QStringLiteral("contact_info"), QJsonObject{{QStringLiteral("full_name"), c.contactName},
                                                     {QStringLiteral("email"), c.email},
                                                     {QStringLiteral("country"), c.country},
                                                     {QStringLiteral("language"), QStringLiteral("en")},
                                                     {QStringLiteral("phone"), QString()},
                                                     {QStringLiteral("webpage_url"), QString()}}},
        {QStringLiteral("meta_info"), QJsonObject{{QStringLiteral("business_vertical"), QStringLiteral("OTHER")},
                                                  {QStringLiteral("timezone"), QString()}}}};
}

QJsonObject channelJson(const PartnerChannelRecord& c, const PartnerData& partner)
{
    QString clientName;
    for (const PartnerClientRecord& client : partner.clients)
        if (client.id == c.clientId)
            clientName = client.name;
    QJsonObject o{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("client_id"), c.clientId},
        {QStringLiteral("partner_id"), partner.partnerId},
        {QStringLiteral("phone_number"), c.phoneNumber},
        {QStringLiteral("status"), c.status},
        {QStringLiteral("account_mode"), c.accountMode},
        {QStringLiteral("created_at"), iso(c.createdAt)},
        {QStringLiteral("billing_started_at"),
         c.billingStartedAt.isValid() ? QJsonValue(iso(c.billingStartedAt)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("client"),
         QJsonObject{{QStringLiteral("id"), c.clientId}, {QStringLiteral("name"), clientName}}},
        {QStringLiteral("setup_info"), QJsonObject{{QStringLiteral("phone_number"), digitsOnly(c.phoneNumber)},
                                                   {QStringLiteral("phone_name"), c.phoneName}}},
        {QStringLiteral("integration"),
         QJsonObject{{QStringLiteral("hosting_platform_type"), QStringLiteral("CLOUD_API")},
                     {QStringLiteral("enabled"), c.status != QLatin1String("created")}}},
    };
    if (!c.wabaId.isEmpty())
        o.insert(QStringLiteral("waba_account"),
                 QJsonObject{{QStringLiteral("external_id"), c.wabaId},
                             {QStringLiteral("name"), c.wabaName},
                             {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                             {QStringLiteral("fb_account_status"), QStringLiteral("verified")}});
    if (!c.quality.isEmpty())
        o.insert(QStringLiteral("current_quality_rating"), c.quality);
    if (!c.messagingLimit.isEmpty())
        o.insert(QStringLiteral("current_limit"), c.messagingLimit);
    return o;
}

void handleClients(RouteContext& context, const httplib::Request& req, httplib::Response& res)
{
    ListQuery q;
    if (!checkPartner(context, req, res) || !parseListQuery(req, res, &q))
        return;
    const QList<QJsonObject> items = context.state.with([](const StateData& data) {
        QList<QJsonObject> out;
        for (const PartnerClientRecord& c : data.partner.clients)
            out.append(clientJson(c, data.partner.partnerId));
        return out;
    });
    replyList(res, QStringLiteral("clients"), items, q);
}

void handleChannels(RouteContext& context, const httplib::Request& req, httplib::Response& res)
{
    ListQuery q;
    if (!checkPartner(context, req, res) || !parseListQuery(req, res, &q))
        return;
    const QList<QJsonObject> items = context.state.with([](const StateData& data) {
        QList<QJsonObject> out;
        for (const PartnerChannelRecord& c : data.partner.channels)
            out.append(channelJson(c, data.partner));
        return out;
    });
    replyList(res, QStringLiteral("partner_channels"), items, q);
}

void handleGenerateKey(RouteContext& context, const httplib::Request& req, httplib::Response& res)
{
    if (!checkPartner(context, req, res))
        return;
    const QString channelId = QString::fromStdString(req.matches[2].str());
    int status = 201;
    QString problem;
    const QByteArray key = context.state.with([&](StateData& data) -> QByteArray {
        for (PartnerChannelRecord& c : data.partner.channels) {
            if (c.id != channelId)
                continue;
            if (!c.partnerMayGenerateKey) {
                status = 403;
                problem = QStringLiteral("Partner is not allowed to generate an API key for channel %1: the client "
                                         "manages it (direct payment, partner access removed).")
                              .arg(channelId);
                return {};
            }
            if (c.status != QLatin1String("ready") && c.status != QLatin1String("running")) {
                status = 400;
                problem = QStringLiteral("Channel %1 is not ready yet; an API key can be generated once it is "
                                         "ready.")
                              .arg(channelId);
                return {};
            }
            return generateNumberKey(data, c);
        }
        status = 404;
        problem = QStringLiteral("Channel %1 not found.").arg(channelId);
        return {};
    });
    if (!problem.isEmpty()) {
        replyMeta(res, status, problem);
        return;
    }
    // `address` names the messaging API the key is for: this sandbox (waba-v2.360dialog.io at 360dialog).
    const QString address = QStringLiteral("http://%1").arg(QString::fromStdString(req.get_header_value("Host")));
    replyJson(res, 201,
              QJsonObject{{QStringLiteral("address"), address},
                          {QStringLiteral("api_key"), QString::fromLatin1(key)},
                          {QStringLiteral("app_id"), randomDigits(6)},
                          {QStringLiteral("id"), randomDigits(6)}});
}

// Invented but steady figures: the same client and day give the same numbers on every run.
QJsonObject usageItem(const PartnerClientRecord& client, const QDate& first, const QDate& last, const QString& date)
{
    qint64 quantity = 0;
    qint64 business = 0;
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        QRandomGenerator random(quint32(qHash(client.id) ^ quint32(d.toJulianDay())));
        const double weekday = d.dayOfWeek() >= 6 ? 0.55 : 1.0;
        const qint64 n = qint64(std::lround(client.usageLevel * weekday * (0.7 + random.bounded(0.6))));
        quantity += n;
        business += qint64(std::lround(n * (0.3 + random.bounded(0.2))));
    }
    const qint64 user = quantity - business;
    const qint64 freeQuantity = std::min<qint64>(quantity, qint64(std::lround(user * 0.8)));
    const qint64 paid = quantity - freeQuantity;
    const qint64 businessPaid = std::min(business, paid);
    return QJsonObject{{QStringLiteral("period_date"), date},
                       {QStringLiteral("quantity"), quantity},
                       {QStringLiteral("free_quantity"), freeQuantity},
                       {QStringLiteral("paid_quantity"), paid},
                       {QStringLiteral("business_initiated_quantity"), business},
                       {QStringLiteral("business_initiated_paid_quantity"), businessPaid},
                       {QStringLiteral("user_initiated_quantity"), user},
                       {QStringLiteral("user_initiated_paid_quantity"), paid - businessPaid},
                       {QStringLiteral("free_tier"), freeQuantity},
                       {QStringLiteral("free_entry_point"), 0},
                       {QStringLiteral("total_price"), std::round(paid * 6.12) / 100.0}};
}

// The documented limit: at most `limit` balance requests per client in `window`. Returns the seconds to wait, or 0
// when this request may go (it is then counted).
int takeBalanceSlot(StateData& data, const QString& clientId, int limit, std::chrono::milliseconds window)
{
    const qint64 now =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count();
    std::deque<qint64>& times = data.partner.balanceRequests[clientId];
    while (!times.empty() && times.front() + window.count() <= now)
        times.pop_front();
    if (int(times.size()) >= limit)
        return int((times.front() + window.count() - now + 999) / 1000);
    times.push_back(now);
    return 0;
}

void handleBalance(RouteContext& context, const httplib::Request& req, httplib::Response& res)
{
    if (!checkPartner(context, req, res))
        return;
    const QString clientId = QString::fromStdString(req.matches[2].str());
    const QString granularity = queryParam(req, "granularity").toLower();
    bool startOk = true;
    bool endOk = true;
    const QString startText = queryParam(req, "start_date");
    const QString endText = queryParam(req, "end_date");
    const qint64 start = startText.isEmpty() ? 0 : startText.toLongLong(&startOk);
    const qint64 end = endText.isEmpty() ? 4102358400 : endText.toLongLong(&endOk);
    if (!granularity.isEmpty() && granularity != QLatin1String("day") && granularity != QLatin1String("month")) {
        replyMeta(res, 400, QStringLiteral("granularity: must be one of day, month."));
        return;
    }
    if (!startOk || !endOk || start < 0 || end < start) {
        replyMeta(res, 400, QStringLiteral("start_date and end_date must be UNIX timestamps, start before end."));
        return;
    }
    std::optional<PartnerClientRecord> client;
    int waitSeconds = 0;
    context.state.with([&](StateData& data) {
        for (const PartnerClientRecord& c : data.partner.clients)
            if (c.id == clientId)
                client = c;
        if (client)
            waitSeconds = takeBalanceSlot(data, clientId, context.options.partnerBalanceLimit,
                                          context.options.partnerBalanceWindow);
    });
    if (!client) {
        replyMeta(res, 404, QStringLiteral("Client %1 not found.").arg(clientId));
        return;
    }
    if (waitSeconds > 0) {
        res.set_header("Retry-After", std::to_string(waitSeconds));
        replyMeta(res, 429,
                  QStringLiteral("Too many requests: a maximum of %1 requests in %2 seconds per client is allowed.")
                      .arg(context.options.partnerBalanceLimit)
                      .arg(context.options.partnerBalanceWindow.count() / 1000));
        return;
    }
    const QDate today = QDate::currentDate();
    QDate from = std::max(QDateTime::fromSecsSinceEpoch(start, Qt::UTC).date(), client->createdAt.date());
    const QDate to = std::min(QDateTime::fromSecsSinceEpoch(end, Qt::UTC).date(), today);
    QJsonArray usage;
    if (granularity == QLatin1String("day")) {
        from = std::max(from, to.addDays(-(kMaxPeriods - 1)));
        for (QDate d = from; d <= to; d = d.addDays(1))
            usage.append(usageItem(*client, d, d, d.toString(Qt::ISODate)));
    } else {
        QDate month(from.year(), from.month(), 1);
        for (; month <= to && usage.size() < kMaxPeriods; month = month.addMonths(1)) {
            const QDate last = std::min(month.addMonths(1).addDays(-1), to);
            usage.append(usageItem(*client, std::max(month, from), last, month.toString(Qt::ISODate)));
        }
    }
    replyJson(res, 200,
              QJsonObject{{QStringLiteral("balance"), client->balance},
                          {QStringLiteral("currency"), client->currency},
                          {QStringLiteral("usage"), usage}});
}

} // namespace

void registerPartnerRoutes(SandboxRouter& router, RouteContext& context)
{
    using M = SandboxRouter::Method;
    router.partner(
        M::Get, "/api/v2/partners/([A-Za-z0-9_-]+)/clients",
        [&context](const httplib::Request& req, httplib::Response& res) { handleClients(context, req, res); });
    router.partner(
        M::Get, "/api/v2/partners/([A-Za-z0-9_-]+)/channels",
        [&context](const httplib::Request& req, httplib::Response& res) { handleChannels(context, req, res); });
    router.partner(
        M::Post, "/api/v2/partners/([A-Za-z0-9_-]+)/channels/([A-Za-z0-9_-]+)/api_keys",
        [&context](const httplib::Request& req, httplib::Response& res) { handleGenerateKey(context, req, res); });
    router.partner(
        M::Get, "/api/v2/partners/([A-Za-z0-9_-]+)/clients/([A-Za-z0-9_-]+)/info/balance",
        [&context](const httplib::Request& req, httplib::Response& res) { handleBalance(context, req, res); });
}

} // namespace wabadesk::sandbox
