#pragma once

#include "model/WebhookEvents.h"
#include "webhook/parser/JsonReader.h"

namespace wabadesk::webhook::detail {

// One value.messages[] item (or message_echoes[] item when `isEcho`), REFERENCE.md §6.2/§6.3.
InboundMessage parseMessageItem(const QJsonObject& item, const QString& path, const JsonReader& r, bool isEcho);

// The type-named part of a message: `holder` has "type" and the object of that name (also an edit's new message).
MessageContent parseContent(const QJsonObject& holder, const QString& path, const JsonReader& r);

} // namespace wabadesk::webhook::detail
