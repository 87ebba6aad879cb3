#pragma once

#include "model/WebhookEvents.h"
#include "webhook/parser/JsonReader.h"

namespace wabadesk::webhook::detail {

// The 2026 webhook kinds besides messages and statuses (UPDATES-2026.md §2, §3, §11): a calls[] item, a groups[]
// item, a user_preferences[] item and an account_update value.
CallEvent parseCallItem(const QJsonObject& item, const QString& path, const JsonReader& r);
GroupEvent parseGroupItem(const QString& field, const QJsonObject& item, const QString& path, const JsonReader& r);
UserPreference parsePreferenceItem(const QJsonObject& item, const QString& path, const JsonReader& r);
std::optional<AccountEvent> parseAccountEvent(const QString& field, const QJsonObject& value, qint64 entryTime,
                                              const QString& path, const JsonReader& r);

} // namespace wabadesk::webhook::detail
