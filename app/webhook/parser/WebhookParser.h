#pragma once

#include "model/WebhookEvents.h"

#include <QByteArray>

namespace wabadesk::webhook {

// Reads a webhook body: the Cloud API envelope (REFERENCE.md §6.1, every entry, change, message and status) or the
// legacy On-Premise flat shape (§10). Pure: no I/O, no logging, never throws; what it cannot read is listed in
// `problems` and the rest is still returned.
ParsedWebhook parseWebhook(const QByteArray& body);

} // namespace wabadesk::webhook
