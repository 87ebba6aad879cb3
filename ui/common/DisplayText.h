#pragma once

#include <QString>

namespace wabadesk::ui {

// An upper-case API enum value for people: the known ones (template statuses, categories, quality ratings, rejection
// reasons, header formats, business verticals) in the UI language, "APPROVED" -> "Approved"; any other as words,
// "SOME_NEW_VALUE" -> "Some new value".
QString readableApiValue(const QString& apiValue);

} // namespace wabadesk::ui
