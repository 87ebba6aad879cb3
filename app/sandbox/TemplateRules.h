#pragma once

#include "sandbox/SandboxHttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace wabadesk::sandbox {

// The variable names in a component text, in order of appearance: "1", "2" or "first_name".
QStringList templateVariables(const QString& text);

// Checks a POST /v1/configs/templates body against REFERENCE.md §3.2/§3.5. Returns the Graph error to answer
// (code 100, with a 2388xxx subcode where §3.5 names one), or nullopt when the template may be submitted.
std::optional<GraphError> validateNewTemplate(const QJsonObject& body);

// The waba_templates element (§3.1) for a newly submitted template: status "submitted", 360dialog-style id.
QJsonObject templateListEntry(const QJsonObject& body, const QString& id);
QString newTemplateId(); // 22 letters and digits, like "GVsEkeI2PIiARwVXQEDVWT"
// Meta's numeric template id for webhooks: 16 digits like 1689556908129835, below 2^53 so JSON readers keep it exact.
qint64 newTemplateMetaId();

// Authentication templates have no body text of their own; Meta fills it in (§3.2). Adds that text to BODY and
// FOOTER so the listing and the parameter check see a variable, as on the real list.
QJsonArray completeAuthenticationComponents(QJsonArray components);

// The sandbox's review: adjacent variables ({{1}}{{2}}) are rejected as INVALID_FORMAT, utility templates with sales
// wording as PROMOTIONAL, everything else is approved.
struct ReviewOutcome {
    bool approved = true;
    QString reason = QStringLiteral("NONE"); // NONE, INVALID_FORMAT, PROMOTIONAL
    QString explanation;                     // rejection_info.reason
    QString recommendation;                  // rejection_info.recommendation
};
ReviewOutcome reviewTemplate(const QJsonObject& templateJson);

} // namespace wabadesk::sandbox
