#pragma once

#include "model/WebhookEvents.h"
#include "webhook/parser/JsonReader.h"

namespace wabadesk::webhook::detail {

// o[key] as a list of webhook error objects (§6.6): code, title, message, error_data.details, href.
QList<WebhookError> parseErrors(const QJsonObject& o, const char* key, const QString& path, const JsonReader& r);

} // namespace wabadesk::webhook::detail
