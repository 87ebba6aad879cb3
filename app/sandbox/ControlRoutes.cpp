// The sandbox's own endpoints (not part of 360dialog): faults, customer messages on demand, a state dump.
// They need the API key but skip recording, latency and faults.
#include "sandbox/MessageTraffic.h"
#include "sandbox/SandboxFaults.h"
#include "sandbox/SandboxHttp.h"
#include "sandbox/SandboxRouter.h"
#include "sandbox/SandboxRoutes.h"
#include "sandbox/SandboxState.h"

#include <httplib.h>

#include <QDateTime>
#include <QJsonArray>

namespace wabadesk::sandbox {

namespace {

void handleFaults(RouteContext& context, const httplib::Request& req, httplib::Response& res)
{
    const std::optional<QJsonObject> body = parseJsonObject(req.body);
    if (!body) {
        replyError(res, graphError(100, QStringLiteral("The request body is not a valid JSON object.")));
        return;
    }
    const FaultPlan plan = faultPlanFromJson(*body);
    context.state.with([&plan](StateData& data) { data.faults = plan; });
    replyJson(res, 200, faultPlanToJson(plan));
}

// {"from": "<wa_id>", "name": "<profile name>", "message": {"type": "text", "text": {"body": "hi"}}}
void handleInbound(RouteContext& context, const httplib::Request& req, httplib::Response& res)
{
    const std::optional<QJsonObject> body = parseJsonObject(req.body);
    const QString from = body ? digitsOnly(body->value(QStringLiteral("from")).toString()) : QString();
    const QJsonObject message = body ? body->value(QStringLiteral("message")).toObject() : QJsonObject();
    if (from.isEmpty() || message.value(QStringLiteral("type")).toString().isEmpty()) {
        replyError(res, graphError(100, QStringLiteral("Expected {\"from\", \"name\", \"message\": {\"type\", …}}.")));
        return;
    }
    const QString id = recordInbound(context, from, body->value(QStringLiteral("name")).toString(), message);
    replyJson(res, 200, QJsonObject{{QStringLiteral("id"), id}});
}

void handleState(RouteContext& context, httplib::Response& res)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject state = context.state.with([&now](const StateData& data) {
        QJsonArray customers;
        for (const CustomerRecord& customer : data.customers) {
            customers.append(
                QJsonObject{{QStringLiteral("wa_id"), customer.waId},
                            {QStringLiteral("name"), customer.name},
                            {QStringLiteral("last_inbound"),
                             customer.lastInbound.isValid() ? customer.lastInbound.toString(Qt::ISODate) : QString()},
                            {QStringLiteral("window_open"), isWindowOpen(data, customer.waId, now)},
                            {QStringLiteral("inbound_count"), customer.inboundCount},
                            {QStringLiteral("outbound_count"), customer.outboundCount}});
        }
        const WebhookTarget webhook = activeWebhook(data);
        return QJsonObject{{QStringLiteral("customers"), customers},
                           {QStringLiteral("faults"), faultPlanToJson(data.faults)},
                           {QStringLiteral("messages_sent"), data.sent.size()},
                           {QStringLiteral("media"), data.media.size()},
                           {QStringLiteral("templates"), data.templates.size()},
                           {QStringLiteral("requests_recorded"), data.requests.size()},
                           {QStringLiteral("webhook_host"), webhook.url.host()}};
    });
    replyJson(res, 200, state);
}

} // namespace

void registerControlRoutes(SandboxRouter& router, RouteContext& context)
{
    using M = SandboxRouter::Method;
    router.control(M::Post, "/_sandbox/faults", [&context](const httplib::Request& req, httplib::Response& res) {
        handleFaults(context, req, res);
    });
    router.control(M::Post, "/_sandbox/inbound", [&context](const httplib::Request& req, httplib::Response& res) {
        handleInbound(context, req, res);
    });
    // Like generating a new key in the Hub; answers {"api_key": "<new key>"}.
    router.control(M::Post, "/_sandbox/rotate-key", [&context](const httplib::Request&, httplib::Response& res) {
        const QByteArray key = context.state.with([](StateData& data) { return rotateApiKey(data); });
        replyJson(res, 200, QJsonObject{{QStringLiteral("api_key"), QString::fromLatin1(key)}});
    });
    router.control(M::Get, "/_sandbox/state",
                   [&context](const httplib::Request&, httplib::Response& res) { handleState(context, res); });
}

} // namespace wabadesk::sandbox
