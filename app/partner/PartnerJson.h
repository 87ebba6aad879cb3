#pragma once

#include "partner/PartnerTypes.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace wabadesk::partner::json {

// JSON ⇄ model for the Partner API (UPDATES-2026.md §12). Each returns nullopt when the body does not have the
// documented shape (the list key missing or not an array, a required field missing), and tolerates fields it does
// not know, missing optional ones, and numbers sent as strings.

// {"clients": [...], "count", "filters", "limit", "offset", "sort", "total"}
std::optional<QList<PartnerClientInfo>> clientList(const QJsonDocument& doc);
// {"partner_channels": [...], "count", "filters", "limit", "offset", "sort", "total"}
std::optional<QList<PartnerChannel>> channelList(const QJsonDocument& doc);
// {"address", "api_key", "app_id", "id"}; one revision wraps them in "api_keys": [ {...} ].
std::optional<GeneratedApiKey> generatedApiKey(const QJsonDocument& doc);
// {"balance", "currency", "usage": [{"period_date", "quantity", "free_quantity", "paid_quantity", …}]}
std::optional<ClientBalance> clientBalance(const QJsonDocument& doc);

// `total` of a list answer, -1 when absent (pagination: fetch more while fewer were collected).
int listTotal(const QJsonDocument& doc);

PartnerClientInfo client(const QJsonObject& o);
PartnerChannel channel(const QJsonObject& o);

} // namespace wabadesk::partner::json
