#pragma once

#include "model/WebhookEvents.h"
#include "webhook/parser/JsonReader.h"

#include <optional>

namespace wabadesk::webhook::detail {

// Whether `field` is one of the template webhooks of REFERENCE.md §6.5.
bool isTemplateField(const QString& field);

// The value of a template webhook change; std::nullopt when `field` is not a template field.
std::optional<TemplateEvent> parseTemplateEvent(const QString& field, const QJsonObject& value, qint64 entryTime,
                                                const QString& path, const JsonReader& r);

} // namespace wabadesk::webhook::detail
