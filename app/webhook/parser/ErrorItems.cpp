#include "webhook/parser/ErrorItems.h"

namespace wabadesk::webhook::detail {

QList<WebhookError> parseErrors(const QJsonObject& o, const char* key, const QString& path, const JsonReader& r)
{
    QList<WebhookError> errors;
    r.forEachObject(o, key, path, [&](const QJsonObject& item, const QString& itemPath) {
        WebhookError e;
        const QString code = r.string(item, "code", itemPath);
        e.code = code.toInt();
        e.title = r.string(item, "title", itemPath);
        e.message = r.string(item, "message", itemPath);
        // error_data is an object with `details`; some providers send a plain string (REFERENCE.md §12, ycloud).
        const QJsonValue data = item.value(QLatin1String("error_data"));
        if (data.isString())
            e.details = data.toString();
        else
            e.details =
                r.string(r.object(item, "error_data", itemPath), "details", JsonReader::member(itemPath, "error_data"));
        if (e.details.isEmpty()) // On-Premise errors carry `details` at the top level (§10)
            e.details = r.string(item, "details", itemPath);
        e.href = r.string(item, "href", itemPath);
        e.raw = item;
        errors.append(e);
    });
    return errors;
}

} // namespace wabadesk::webhook::detail
