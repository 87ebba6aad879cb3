#include "webhook/parser/EventItemParser.h"

#include "webhook/parser/ErrorItems.h"

namespace wabadesk::webhook::detail {

namespace {

QList<GroupParticipant> parseParticipants(const QJsonObject& o, const char* key, const QString& path,
                                          const JsonReader& r)
{
    QList<GroupParticipant> out;
    r.forEachObject(o, key, path, [&](const QJsonObject& item, const QString& itemPath) {
        GroupParticipant p;
        p.input = r.string(item, "input", itemPath);
        p.waId = r.string(item, "wa_id", itemPath);
        p.userId = r.string(item, "user_id", itemPath);
        const QString profilePath = JsonReader::member(itemPath, "profile");
        const QJsonObject profile = r.object(item, "profile", itemPath);
        p.name = r.string(profile, "name", profilePath);
        p.username = r.string(profile, "username", profilePath);
        p.errors = parseErrors(item, "errors", itemPath, r);
        out.append(p);
    });
    return out;
}

// group_settings_update parts: {"text": …, "update_successful": true|false, "errors": […]}.
std::optional<bool> settingsPart(const QJsonObject& item, const char* key, const QString& path, const JsonReader& r,
                                 QString* text)
{
    if (!item.contains(QLatin1String(key)))
        return std::nullopt;
    const QString partPath = JsonReader::member(path, key);
    const QJsonObject part = r.object(item, key, path);
    if (text)
        *text = r.string(part, "text", partPath);
    return r.optionalBoolean(part, "update_successful", partPath).value_or(true);
}

} // namespace

CallEvent parseCallItem(const QJsonObject& item, const QString& path, const JsonReader& r)
{
    CallEvent c;
    c.raw = item;
    c.id = r.string(item, "id", path);
    if (c.id.isEmpty())
        r.problem(JsonReader::member(path, "id"), QStringLiteral("missing call id"));
    c.event = r.string(item, "event", path);
    c.direction = r.string(item, "direction", path);
    c.from = r.string(item, "from", path);
    c.to = r.string(item, "to", path);
    c.status = r.string(item, "status", path);
    c.timestamp = r.timestamp(item, "timestamp", path);
    c.startTime = r.timestamp(item, "start_time", path);
    c.endTime = r.timestamp(item, "end_time", path);
    if (const std::optional<double> d = r.number(item, "duration", path); d && *d >= 0)
        c.durationSeconds = qint64(*d);
    c.bizOpaqueCallbackData = r.string(item, "biz_opaque_callback_data", path);
    c.errors = parseErrors(item, "errors", path, r);
    return c;
}

GroupEvent parseGroupItem(const QString& field, const QJsonObject& item, const QString& path, const JsonReader& r)
{
    GroupEvent g;
    g.raw = item;
    g.field = field;
    g.type = r.string(item, "type", path);
    g.groupId = r.string(item, "group_id", path);
    if (g.groupId.isEmpty() && g.type != QLatin1String("group_create")) // a failed create may come without one
        r.problem(JsonReader::member(path, "group_id"), QStringLiteral("missing group id"));
    g.timestamp = r.timestamp(item, "timestamp", path);
    g.requestId = r.string(item, "request_id", path);
    g.subject = r.string(item, "subject", path);
    g.description = r.string(item, "description", path);
    g.inviteLink = r.string(item, "invite_link", path);
    g.joinApprovalMode = r.string(item, "join_approval_mode", path);
    g.reason = r.string(item, "reason", path);
    g.initiatedBy = r.string(item, "initiated_by", path);
    g.joinRequestId = r.string(item, "join_request_id", path);
    g.waId = r.string(item, "wa_id", path);
    g.added = parseParticipants(item, "added_participants", path, r);
    g.removed = parseParticipants(item, "removed_participants", path, r);
    g.failed = parseParticipants(item, "failed_participants", path, r);
    QString subject;
    QString description;
    g.subjectUpdated = settingsPart(item, "group_subject", path, r, &subject);
    g.descriptionUpdated = settingsPart(item, "group_description", path, r, &description);
    g.pictureUpdated = settingsPart(item, "profile_picture", path, r, nullptr);
    if (g.subject.isEmpty() && g.subjectUpdated.value_or(false))
        g.subject = subject;
    if (g.description.isEmpty() && g.descriptionUpdated.value_or(false))
        g.description = description;
    g.errors = parseErrors(item, "errors", path, r);
    return g;
}

UserPreference parsePreferenceItem(const QJsonObject& item, const QString& path, const JsonReader& r)
{
    UserPreference p;
    p.raw = item;
    p.waId = r.string(item, "wa_id", path);
    p.userId = r.string(item, "user_id", path);
    p.category = r.string(item, "category", path);
    p.value = r.string(item, "value", path);
    p.detail = r.string(item, "detail", path);
    p.timestamp = r.timestamp(item, "timestamp", path);
    return p;
}

std::optional<AccountEvent> parseAccountEvent(const QString& field, const QJsonObject& value, qint64 entryTime,
                                              const QString& path, const JsonReader& r)
{
    if (field != QLatin1String("account_update"))
        return std::nullopt;
    AccountEvent e;
    e.event = r.string(value, "event", path);
    e.time = entryTime;
    e.raw = value;
    return e;
}

} // namespace wabadesk::webhook::detail
