#include "webhook/parser/StatusItemParser.h"

#include "webhook/parser/ErrorItems.h"

namespace wabadesk::webhook::detail {

StatusUpdate parseStatusItem(const QJsonObject& item, const QString& path, const JsonReader& r)
{
    StatusUpdate s;
    s.raw = item;
    s.id = r.string(item, "id", path);
    if (s.id.isEmpty())
        r.problem(JsonReader::member(path, "id"), QStringLiteral("missing message id"));
    // Kept as sent: sent/delivered/read/played/failed, and whatever else comes (On-Premise had "deleted", §6.4).
    s.status = r.string(item, "status", path);
    s.type = r.string(item, "type", path);
    s.timestamp = r.timestamp(item, "timestamp", path);
    s.recipientId = r.string(item, "recipient_id", path);
    s.recipientUserId = r.string(item, "recipient_user_id", path);
    if (s.recipientUserId.isEmpty()) // dualhook docs name it `user_id` too (UPDATES-2026.md §1)
        s.recipientUserId = r.string(item, "user_id", path);
    s.recipientParentUserId = r.string(item, "recipient_parent_user_id", path);
    s.recipientType = r.string(item, "recipient_type", path);
    s.recipientParticipantId = r.string(item, "recipient_participant_id", path);
    if (s.recipientParticipantId.isEmpty()) // Meta's groups page spells it both ways
        s.recipientParticipantId = r.string(item, "participant_recipient_id", path);
    s.recipientParticipantUserId = r.string(item, "recipient_participant_user_id", path);
    s.bizOpaqueCallbackData = r.string(item, "biz_opaque_callback_data", path);

    // conversation may be missing under per-message pricing; expiration_timestamp only on the first status (§6.4).
    const QString conversationPath = JsonReader::member(path, "conversation");
    const QJsonObject conversation = r.object(item, "conversation", path);
    s.conversationId = r.string(conversation, "id", conversationPath);
    s.conversationExpiry = r.timestamp(conversation, "expiration_timestamp", conversationPath);
    const QString originPath = JsonReader::member(conversationPath, "origin");
    s.conversationOrigin = r.string(r.object(conversation, "origin", conversationPath), "type", originPath);

    // CBP {billable, pricing_model, category} and PMP {pricing_model, type, category} (§6.4).
    const QString pricingPath = JsonReader::member(path, "pricing");
    const QJsonObject pricing = r.object(item, "pricing", path);
    s.pricing.model = r.string(pricing, "pricing_model", pricingPath);
    s.pricing.category = r.string(pricing, "category", pricingPath);
    s.pricing.type = r.string(pricing, "type", pricingPath);
    s.pricing.billable = r.optionalBoolean(pricing, "billable", pricingPath);

    s.errors = parseErrors(item, "errors", path, r);
    return s;
}

} // namespace wabadesk::webhook::detail
