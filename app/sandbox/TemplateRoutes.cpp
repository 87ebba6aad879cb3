// Template management through 360dialog (REFERENCE.md §3): list, create (with a timed review), delete.
#include "sandbox/SandboxHttp.h"
#include "sandbox/SandboxRouter.h"
#include "sandbox/SandboxRoutes.h"
#include "sandbox/SandboxState.h"
#include "sandbox/TemplateRules.h"
#include "sandbox/WebhookPayloads.h"
#include "sandbox/WebhookPoster.h"

#include <httplib.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace wabadesk::sandbox {

namespace {

// 360dialog's list filters (§3.1): only {"id": …} is confirmed; name, language, status and category are accepted too.
bool matchesFilters(const QJsonObject& entry, const QJsonObject& filters)
{
    for (auto it = filters.constBegin(); it != filters.constEnd(); ++it) {
        QString key = it.key();
        key.remove(QStringLiteral("business_templates."));
        const QString wanted = it.value().toString();
        const QString actual = entry.value(key).toString();
        const bool caseless = key == QLatin1String("status") || key == QLatin1String("category");
        if (entry.contains(key) && actual.compare(wanted, caseless ? Qt::CaseInsensitive : Qt::CaseSensitive) != 0)
            return false;
    }
    return true;
}

void handleList(RouteContext& context, const httplib::Request& req, httplib::Response& res)
{
    bool limitOk = false;
    bool offsetOk = false;
    int limit = queryParam(req, "limit").toInt(&limitOk);
    int offset = queryParam(req, "offset").toInt(&offsetOk);
    limit = limitOk && limit > 0 ? limit : 1000; // WABA360Dialog.NET's default
    offset = offsetOk && offset > 0 ? offset : 0;
    const QString sortParam =
        queryParam(req, "sort").isEmpty() ? QStringLiteral("business_templates.name") : queryParam(req, "sort");
    QJsonObject filters;
    if (!queryParam(req, "filters").isEmpty()) {
        const std::optional<QJsonObject> parsed = parseJsonObject(req.get_param_value("filters"));
        if (!parsed) {
            replyError(res, graphError(100, QStringLiteral("Param filters must be a JSON object.")));
            return;
        }
        filters = *parsed;
    }

    QList<QJsonObject> entries = context.state.with([&filters](const StateData& data) {
        QList<QJsonObject> out;
        for (const StoredTemplate& stored : data.templates) {
            if (matchesFilters(stored.json, filters))
                out.append(stored.json);
        }
        return out;
    });
    QString sortKey = sortParam;
    const bool descending = sortKey.startsWith(u'-');
    if (descending)
        sortKey.remove(0, 1);
    sortKey.remove(QStringLiteral("business_templates."));
    std::stable_sort(entries.begin(), entries.end(), [&](const QJsonObject& a, const QJsonObject& b) {
        const int byKey = QString::compare(a.value(sortKey).toString(), b.value(sortKey).toString());
        const int result = byKey != 0 ? byKey
                                      : QString::compare(a.value(QStringLiteral("language")).toString(),
                                                         b.value(QStringLiteral("language")).toString());
        return descending ? result > 0 : result < 0;
    });

    QJsonArray page;
    for (qsizetype i = offset; i < entries.size() && page.size() < limit; ++i)
        page.append(entries.at(i));
    replyJson(res, 200,
              QJsonObject{{QStringLiteral("count"), page.size()},
                          {QStringLiteral("filters"), filters},
                          {QStringLiteral("limit"), limit},
                          {QStringLiteral("offset"), offset},
                          {QStringLiteral("sort"), QJsonArray{sortParam}},
                          {QStringLiteral("total"), entries.size()},
                          {QStringLiteral("waba_templates"), page}});
}

// After reviewDelay: approve or reject the template and post message_template_status_update (§6.5).
void scheduleReview(RouteContext& context, const QString& id)
{
    SandboxState& state = context.state;
    context.poster.schedule(context.options.reviewDelay, [&state, id]() -> std::optional<QJsonObject> {
        return state.with([&id](StateData& data) -> std::optional<QJsonObject> {
            for (StoredTemplate& stored : data.templates) {
                if (stored.json.value(QStringLiteral("id")).toString() != id)
                    continue;
                const ReviewOutcome outcome = reviewTemplate(stored.json);
                stored.json.insert(QStringLiteral("status"),
                                   outcome.approved ? QStringLiteral("approved") : QStringLiteral("rejected"));
                stored.json.insert(QStringLiteral("rejected_reason"), outcome.reason);
                stored.json.insert(QStringLiteral("quality_score"),
                                   QJsonObject{{QStringLiteral("score"), QStringLiteral("UNKNOWN")}});
                stored.json.insert(QStringLiteral("modified_at"),
                                   QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
                TemplateStatusEvent event;
                event.event = outcome.approved ? QStringLiteral("APPROVED") : QStringLiteral("REJECTED");
                event.templateId = stored.metaId;
                event.name = stored.json.value(QStringLiteral("name")).toString();
                event.language = stored.json.value(QStringLiteral("language")).toString();
                event.category = stored.json.value(QStringLiteral("category")).toString();
                event.reason = outcome.reason;
                event.rejectionReason = outcome.explanation;
                event.recommendation = outcome.recommendation;
                return templateStatusEnvelope(event);
            }
            return std::nullopt; // deleted before the review ended
        });
    });
}

void handleCreate(RouteContext& context, const httplib::Request& req, httplib::Response& res)
{
    const std::optional<QJsonObject> body = parseJsonObject(req.body);
    if (!body) {
        replyError(res, graphError(100, QStringLiteral("The request body is not a valid JSON object.")));
        return;
    }
    if (const std::optional<GraphError> error = validateNewTemplate(*body)) {
        replyError(res, *error);
        return;
    }
    const QString name = body->value(QStringLiteral("name")).toString();
    const QString language = body->value(QStringLiteral("language")).toString();
    const QString id = newTemplateId();
    const bool created = context.state.with([&](StateData& data) {
        for (const StoredTemplate& stored : data.templates) {
            if (stored.json.value(QStringLiteral("name")).toString() == name &&
                stored.json.value(QStringLiteral("language")).toString() == language)
                return false;
        }
        StoredTemplate stored;
        stored.json = templateListEntry(*body, id);
        stored.metaId = newTemplateMetaId();
        data.templates.append(stored);
        return true;
    });
    if (!created) {
        // Meta's answer to a duplicate name+language; the subcode is the sandbox's best guess (not in the sources).
        GraphError error = graphError(100, QStringLiteral("Content in this language already exists."), 2388024);
        error.userTitle = QStringLiteral("Content in this language already exists");
        error.userMessage = QStringLiteral("There is already %1 content for %2. Delete it first, or use another name.")
                                .arg(language, name);
        replyError(res, error);
        return;
    }
    scheduleReview(context, id);
    replyJson(res, 200,
              QJsonObject{{QStringLiteral("id"), id},
                          {QStringLiteral("status"), QStringLiteral("PENDING")},
                          {QStringLiteral("category"), body->value(QStringLiteral("category")).toString()}});
}

void deleteByName(RouteContext& context, const QString& name, httplib::Response& res)
{
    const qsizetype removed = context.state.with([&name](StateData& data) {
        return data.templates.removeIf([&name](const StoredTemplate& stored) {
            return stored.json.value(QStringLiteral("name")).toString() == name;
        });
    });
    if (removed == 0) {
        GraphError error = graphError(100, QStringLiteral("Template with name %1 does not exist.").arg(name));
        error.httpStatus = 404;
        replyError(res, error);
        return;
    }
    replySuccess(res);
}

} // namespace

void registerTemplateRoutes(SandboxRouter& router, RouteContext& context)
{
    using M = SandboxRouter::Method;
    router.api(M::Get, "/v1/configs/templates",
               [&context](const httplib::Request& req, httplib::Response& res) { handleList(context, req, res); });
    router.api(M::Post, "/v1/configs/templates",
               [&context](const httplib::Request& req, httplib::Response& res) { handleCreate(context, req, res); });
    router.api(M::Delete, "/v1/configs/templates/([^/]+)",
               [&context](const httplib::Request& req, httplib::Response& res) {
                   deleteByName(context, QString::fromStdString(req.matches[1].str()), res);
               });
    // One third-party client deletes with ?name= instead of the documented path form (§3.3).
    router.api(M::Delete, "/v1/configs/templates", [&context](const httplib::Request& req, httplib::Response& res) {
        deleteByName(context, queryParam(req, "name"), res);
    });
}

} // namespace wabadesk::sandbox
