#include "webhook/parser/TemplateEventParser.h"

namespace wabadesk::webhook::detail {

namespace {

std::optional<TemplateEvent::Kind> kindOf(const QString& field)
{
    if (field == QLatin1String("message_template_status_update"))
        return TemplateEvent::Kind::Status;
    if (field == QLatin1String("message_template_quality_update"))
        return TemplateEvent::Kind::Quality;
    if (field == QLatin1String("template_category_update"))
        return TemplateEvent::Kind::Category;
    if (field == QLatin1String("message_template_components_update"))
        return TemplateEvent::Kind::Components;
    return std::nullopt;
}

} // namespace

bool isTemplateField(const QString& field)
{
    return kindOf(field).has_value();
}

std::optional<TemplateEvent> parseTemplateEvent(const QString& field, const QJsonObject& value, qint64 entryTime,
                                                const QString& path, const JsonReader& r)
{
    const auto kind = kindOf(field);
    if (!kind)
        return std::nullopt;
    TemplateEvent e;
    e.kind = *kind;
    e.raw = value;
    e.time = entryTime;
    e.templateId = r.string(value, "message_template_id", path); // a number in Meta's payloads (§6.5)
    e.name = r.string(value, "message_template_name", path);
    e.language = r.string(value, "message_template_language", path);
    e.event = r.string(value, "event", path).toUpper(); // upper case on webhooks, lower case in 360dialog lists
    e.reason = r.string(value, "reason", path);
    e.category = r.string(value, "message_template_category", path);
    const QString rejectionPath = JsonReader::member(path, "rejection_info");
    const QJsonObject rejection = r.object(value, "rejection_info", path);
    e.rejectionReason = r.string(rejection, "reason", rejectionPath);
    e.recommendation = r.string(rejection, "recommendation", rejectionPath);
    e.previousQuality = r.string(value, "previous_quality_score", path);
    e.newQuality = r.string(value, "new_quality_score", path);
    e.previousCategory = r.string(value, "previous_category", path);
    e.newCategory = r.string(value, "new_category", path);
    e.correctCategory = r.string(value, "correct_category", path);
    e.categoryUpdateTimestamp = r.timestamp(value, "category_update_timestamp", path);
    return e;
}

} // namespace wabadesk::webhook::detail
