// GET /health_status (UPDATES-2026.md §10, 360dialog "Messaging Health Status") and its control route
// POST /_sandbox/health {"health": "AVAILABLE" | "LIMITED" | "BLOCKED"}, for the demo and the tests.
#include "sandbox/SandboxChannel.h"
#include "sandbox/SandboxHttp.h"
#include "sandbox/SandboxRouter.h"
#include "sandbox/SandboxRoutes.h"
#include "sandbox/SandboxState.h"

#include <httplib.h>

#include <QJsonArray>

namespace wabadesk::sandbox {

namespace {

QJsonObject healthBody(const QString& health)
{
    QJsonObject phone{{QStringLiteral("entity_type"), QStringLiteral("PHONE_NUMBER")},
                      {QStringLiteral("id"), SandboxChannel::phoneNumberId()},
                      {QStringLiteral("can_send_message"), health},
                      {QStringLiteral("can_receive_call_sip"), QStringLiteral("AVAILABLE")}};
    // LIMITED adds additional_info, BLOCKED adds errors (UPDATES-2026.md §10).
    if (health == QLatin1String("LIMITED"))
        phone.insert(QStringLiteral("additional_info"),
                     QJsonArray{QStringLiteral("The phone number's messaging limit was reached for today.")});
    if (health == QLatin1String("BLOCKED"))
        phone.insert(QStringLiteral("errors"),
                     QJsonArray{QJsonObject{{QStringLiteral("error_code"), 141000},
                                            {QStringLiteral("error_description"),
                                             QStringLiteral("The phone number is not registered.")}}});
    const QJsonObject waba{{QStringLiteral("entity_type"), QStringLiteral("WABA")},
                           {QStringLiteral("id"), SandboxChannel::wabaId()},
                           {QStringLiteral("can_send_message"), QStringLiteral("AVAILABLE")}};
    return QJsonObject{
        {QStringLiteral("health_status"), QJsonObject{{QStringLiteral("can_send_message"), health},
                                                      {QStringLiteral("entities"), QJsonArray{phone, waba}}}}};
}

} // namespace

void registerHealthRoutes(SandboxRouter& router, RouteContext& context)
{
    using M = SandboxRouter::Method;
    router.api(M::Get, "/health_status", [&context](const httplib::Request&, httplib::Response& res) {
        const QString health = context.state.with([](const StateData& data) { return data.health; });
        replyJson(res, 200, healthBody(health));
    });
    router.control(M::Post, "/_sandbox/health", [&context](const httplib::Request& req, httplib::Response& res) {
        const std::optional<QJsonObject> body = parseJsonObject(req.body);
        const QString health = body ? body->value(QStringLiteral("health")).toString().toUpper() : QString();
        if (health != QLatin1String("AVAILABLE") && health != QLatin1String("LIMITED") &&
            health != QLatin1String("BLOCKED")) {
            replyError(res, graphError(100, QStringLiteral("Expected {\"health\": AVAILABLE, LIMITED or BLOCKED}.")));
            return;
        }
        context.state.with([&health](StateData& data) { data.health = health; });
        replyJson(res, 200, healthBody(health));
    });
}

} // namespace wabadesk::sandbox
