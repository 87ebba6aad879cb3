#pragma once

#include <QString>

namespace wabadesk::ui {

// An upper-case API enum value as words: "APPROVED" -> "Approved", "PROF_SERVICES" -> "Prof services".
inline QString readableApiValue(const QString& apiValue)
{
    if (apiValue.isEmpty())
        return {};
    QString s = apiValue.toLower();
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    s[0] = s[0].toUpper();
    return s;
}

} // namespace wabadesk::ui
