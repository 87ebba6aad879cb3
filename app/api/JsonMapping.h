#pragma once

#include "model/BusinessProfile.h"
#include "model/HealthStatus.h"
#include "model/Media.h"
#include "model/PhoneNumber.h"
#include "model/SendResult.h"
#include "model/Template.h"
#include "model/WebhookConfig.h"

#include <QJsonDocument>
#include <QList>

#include <optional>

// JSON → model mapping for API responses. Each function returns nullopt when the document does not have the
// documented shape (wrong types, missing required fields); the caller turns that into MalformedResponse.
namespace wabadesk::api::json {

std::optional<SendResult> sendResult(const QJsonDocument& doc);
std::optional<bool> success(const QJsonDocument& doc);
std::optional<QString> mediaId(const QJsonDocument& doc);
std::optional<MediaInfo> mediaInfo(const QJsonDocument& doc);
std::optional<Template> templateFrom(const QJsonObject& object);
std::optional<QList<Template>> templateList(const QJsonDocument& doc);
std::optional<TemplateCreated> templateCreated(const QJsonDocument& doc);
std::optional<BusinessProfile> businessProfile(const QJsonDocument& doc);
QJsonObject businessProfileUpdate(const BusinessProfileUpdate& update);
std::optional<PhoneNumberInfo> phoneNumberInfo(const QJsonDocument& doc);
std::optional<WebhookConfig> webhookConfig(const QJsonDocument& doc);
QJsonObject webhookConfigBody(const WebhookConfig& config);
// GET /health_status (UPDATES-2026.md §10): {"health_status": {"can_send_message", "entities": [...]}}.
std::optional<HealthStatus> healthStatus(const QJsonDocument& doc);

} // namespace wabadesk::api::json
