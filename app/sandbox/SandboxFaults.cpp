#include "sandbox/SandboxFaults.h"

#include "sandbox/SandboxHttp.h"

#include <httplib.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <memory>

namespace wabadesk::sandbox {

Fault takeFault(FaultPlan& plan)
{
    if (plan.dropConnections > 0) {
        --plan.dropConnections;
        return Fault::DropConnection;
    }
    if (plan.malformedBodies > 0) {
        --plan.malformedBodies;
        return Fault::MalformedBody;
    }
    if (plan.rateLimited > 0) {
        --plan.rateLimited;
        return Fault::RateLimited;
    }
    if (plan.serverErrors > 0) {
        --plan.serverErrors;
        return Fault::ServerError;
    }
    return Fault::None;
}

void applyFault(Fault fault, const FaultPlan& plan, httplib::Response& res)
{
    switch (fault) {
    case Fault::None:
        return;
    case Fault::DropConnection: {
        // Announce a full body, write part of it, then give up: cpp-httplib closes the connection mid-response.
        const QJsonObject answer{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                 {QStringLiteral("contacts"), QJsonArray{}},
                                 {QStringLiteral("messages"), QJsonArray{}}};
        auto body = std::make_shared<std::string>(QJsonDocument(answer).toJson(QJsonDocument::Compact).toStdString());
        res.status = 200;
        res.set_content_provider(body->size(), "application/json",
                                 [body](size_t offset, size_t, httplib::DataSink& sink) {
                                     if (offset == 0)
                                         sink.write(body->data(), body->size() / 2);
                                     return false;
                                 });
        return;
    }
    case Fault::MalformedBody:
        res.status = 200;
        res.set_content(R"({"messaging_product":"whatsapp","contacts":[{"input":"49170)", "application/json");
        return;
    case Fault::RateLimited: {
        GraphError error = graphError(130429, QStringLiteral("Cloud API message throughput has been reached."));
        error.httpStatus = 429;
        replyError(res, error);
        res.set_header("Retry-After", std::to_string(std::max(0, plan.retryAfterSeconds)));
        return;
    }
    case Fault::ServerError:
        replyError(res, graphError(131000, QStringLiteral("Something went wrong. Please try again later.")));
        return;
    }
}

FaultPlan faultPlanFromJson(const QJsonObject& json)
{
    FaultPlan plan;
    plan.latencyMs = std::max(0, json.value(QStringLiteral("latencyMs")).toInt(plan.latencyMs));
    plan.serverErrors = std::max(0, json.value(QStringLiteral("serverErrors")).toInt(plan.serverErrors));
    plan.rateLimited = std::max(0, json.value(QStringLiteral("rateLimited")).toInt(plan.rateLimited));
    plan.retryAfterSeconds = std::max(0, json.value(QStringLiteral("retryAfterSeconds")).toInt(plan.retryAfterSeconds));
    plan.dropConnections = std::max(0, json.value(QStringLiteral("dropConnections")).toInt(plan.dropConnections));
    plan.malformedBodies = std::max(0, json.value(QStringLiteral("malformedBodies")).toInt(plan.malformedBodies));
    return plan;
}

QJsonObject faultPlanToJson(const FaultPlan& plan)
{
    return QJsonObject{{QStringLiteral("latencyMs"), plan.latencyMs},
                       {QStringLiteral("serverErrors"), plan.serverErrors},
                       {QStringLiteral("rateLimited"), plan.rateLimited},
                       {QStringLiteral("retryAfterSeconds"), plan.retryAfterSeconds},
                       {QStringLiteral("dropConnections"), plan.dropConnections},
                       {QStringLiteral("malformedBodies"), plan.malformedBodies}};
}

} // namespace wabadesk::sandbox
