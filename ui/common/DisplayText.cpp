#include "common/DisplayText.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace wabadesk::ui {

namespace {

struct ApiValueText {
    const char* value;
    const char* text;
};

// Sorted by value (looked up with a binary search). REFERENCE.md §3 (templates) and §5 (business profile).
constexpr ApiValueText kTexts[] = {
    {"ABUSIVE_CONTENT", QT_TRANSLATE_NOOP("ApiValues", "Abusive content")},
    {"APPAREL", QT_TRANSLATE_NOOP("ApiValues", "Clothing and apparel")},
    {"APPROVED", QT_TRANSLATE_NOOP("ApiValues", "Approved")},
    {"ARCHIVED", QT_TRANSLATE_NOOP("ApiValues", "Archived")},
    {"AUTHENTICATION", QT_TRANSLATE_NOOP("ApiValues", "Authentication")},
    {"AUTO", QT_TRANSLATE_NOOP("ApiValues", "Automotive")},
    {"BEAUTY", QT_TRANSLATE_NOOP("ApiValues", "Beauty, spa and salon")},
    {"DELETED", QT_TRANSLATE_NOOP("ApiValues", "Deleted")},
    {"DISABLED", QT_TRANSLATE_NOOP("ApiValues", "Disabled")},
    {"DOCUMENT", QT_TRANSLATE_NOOP("ApiValues", "Document")},
    {"EDU", QT_TRANSLATE_NOOP("ApiValues", "Education")},
    {"ENTERTAIN", QT_TRANSLATE_NOOP("ApiValues", "Entertainment")},
    {"EVENT_PLAN", QT_TRANSLATE_NOOP("ApiValues", "Event planning and service")},
    {"FINANCE", QT_TRANSLATE_NOOP("ApiValues", "Finance and banking")},
    {"FLAGGED", QT_TRANSLATE_NOOP("ApiValues", "Flagged")},
    {"GOVT", QT_TRANSLATE_NOOP("ApiValues", "Public service")},
    {"GREEN", QT_TRANSLATE_NOOP("ApiValues", "Green")},
    {"GROCERY", QT_TRANSLATE_NOOP("ApiValues", "Food and grocery")},
    {"HEALTH", QT_TRANSLATE_NOOP("ApiValues", "Medical and health")},
    {"HOTEL", QT_TRANSLATE_NOOP("ApiValues", "Hotel and lodging")},
    {"IMAGE", QT_TRANSLATE_NOOP("ApiValues", "Image")},
    {"INCORRECT_CATEGORY", QT_TRANSLATE_NOOP("ApiValues", "Incorrect category")},
    {"INVALID_FORMAT", QT_TRANSLATE_NOOP("ApiValues", "Invalid format")},
    {"IN_APPEAL", QT_TRANSLATE_NOOP("ApiValues", "In appeal")},
    {"LIMIT_EXCEEDED", QT_TRANSLATE_NOOP("ApiValues", "Limit exceeded")},
    {"LOCATION", QT_TRANSLATE_NOOP("ApiValues", "Location")},
    {"MARKETING", QT_TRANSLATE_NOOP("ApiValues", "Marketing")},
    {"NONE", QT_TRANSLATE_NOOP("ApiValues", "None")},
    {"NONPROFIT", QT_TRANSLATE_NOOP("ApiValues", "Non-profit")},
    {"NOT_A_BIZ", QT_TRANSLATE_NOOP("ApiValues", "Not a business")},
    {"OTHER", QT_TRANSLATE_NOOP("ApiValues", "Other")},
    {"PAUSED", QT_TRANSLATE_NOOP("ApiValues", "Paused")},
    {"PENDING", QT_TRANSLATE_NOOP("ApiValues", "Pending")},
    {"PENDING_DELETION", QT_TRANSLATE_NOOP("ApiValues", "Pending deletion")},
    {"PROF_SERVICES", QT_TRANSLATE_NOOP("ApiValues", "Professional services")},
    {"PROMOTIONAL", QT_TRANSLATE_NOOP("ApiValues", "Promotional")},
    {"RED", QT_TRANSLATE_NOOP("ApiValues", "Red")},
    {"REINSTATED", QT_TRANSLATE_NOOP("ApiValues", "Reinstated")},
    {"REJECTED", QT_TRANSLATE_NOOP("ApiValues", "Rejected")},
    {"RESTAURANT", QT_TRANSLATE_NOOP("ApiValues", "Restaurant")},
    {"RETAIL", QT_TRANSLATE_NOOP("ApiValues", "Shopping and retail")},
    {"SCAM", QT_TRANSLATE_NOOP("ApiValues", "Scam")},
    {"TAG_CONTENT_MISMATCH", QT_TRANSLATE_NOOP("ApiValues", "Tag and content mismatch")},
    {"TEXT", QT_TRANSLATE_NOOP("ApiValues", "Text")},
    {"TRAVEL", QT_TRANSLATE_NOOP("ApiValues", "Travel and transportation")},
    {"UNDEFINED", QT_TRANSLATE_NOOP("ApiValues", "Undefined")},
    {"UNKNOWN", QT_TRANSLATE_NOOP("ApiValues", "Unknown")},
    {"UTILITY", QT_TRANSLATE_NOOP("ApiValues", "Utility")},
    {"VIDEO", QT_TRANSLATE_NOOP("ApiValues", "Video")},
    {"YELLOW", QT_TRANSLATE_NOOP("ApiValues", "Yellow")},
};

} // namespace

QString readableApiValue(const QString& apiValue)
{
    if (apiValue.isEmpty())
        return {};
    const QByteArray key = apiValue.toUpper().toLatin1();
    const auto* it = std::lower_bound(std::begin(kTexts), std::end(kTexts), key,
                                      [](const ApiValueText& t, const QByteArray& k) { return k > t.value; });
    if (it != std::end(kTexts) && key == it->value)
        return QCoreApplication::translate("ApiValues", it->text);
    QString s = apiValue.toLower();
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    s[0] = s[0].toUpper();
    return s;
}

} // namespace wabadesk::ui
