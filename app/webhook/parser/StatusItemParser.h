#pragma once

#include "model/WebhookEvents.h"
#include "webhook/parser/JsonReader.h"

namespace wabadesk::webhook::detail {

// One value.statuses[] item (REFERENCE.md §6.4; the On-Premise flat form has the same items, §10).
StatusUpdate parseStatusItem(const QJsonObject& item, const QString& path, const JsonReader& r);

} // namespace wabadesk::webhook::detail
