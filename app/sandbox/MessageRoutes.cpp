// POST /messages (REFERENCE.md §1): sends, mark-as-read and typing indicators.
#include "api/MessageValidation.h"
#include "sandbox/MessageTraffic.h"
#include "sandbox/SandboxHttp.h"
#include "sandbox/SandboxNumbers.h"
#include "sandbox/SandboxRouter.h"
#include "sandbox/SandboxRoutes.h"
#include "sandbox/SandboxState.h"

#include <httplib.h>

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <optional>

namespace wabadesk::sandbox {

namespace {

bool isMediaType(const QString& type)
{
    return type == QLatin1String("image") || type == QLatin1String("audio") || type == QLatin1String("video") ||
           type == QLatin1String("document") || type == QLatin1String("sticker");
}

// Media ids the message refers to: the media object itself, or a template's header parameter.
QStringList referencedMediaIds(const QJsonObject& body)
{
    QStringList ids;
    const QString type = body.value(QStringLiteral("type")).toString();
    if (isMediaType(type))
        ids.append(body.value(type).toObject().value(QStringLiteral("id")).toString());
    const QJsonArray components =
        body.value(QStringLiteral("template")).toObject().value(QStringLiteral("components")).toArray();
    for (const QJsonValue& component : components) {
        if (component.toObject().value(QStringLiteral("type")).toString().compare(u"header", Qt::CaseInsensitive) != 0)
            continue;
        for (const QJsonValue& parameter : component.toObject().value(QStringLiteral("parameters")).toArray()) {
            const QString kind = parameter.toObject().value(QStringLiteral("type")).toString();
            if (isMediaType(kind))
                ids.append(parameter.toObject().value(kind).toObject().value(QStringLiteral("id")).toString());
        }
    }
    ids.removeAll(QString());
    return ids;
}

// Finds the template a send names and checks it can be sent (§1.8 rules, §3.1 statuses). On success returns
// the definition (a waba_templates element).
std::optional<QJsonObject> findSendableTemplate(RouteContext& context, const QJsonObject& send, GraphError* error)
{
    const QString name = send.value(QStringLiteral("name")).toString();
    const QString language = send.value(QStringLiteral("language")).toObject().value(QStringLiteral("code")).toString();
    const std::optional<QJsonObject> definition =
        context.state.with([&](const StateData& data) -> std::optional<QJsonObject> {
            for (const StoredTemplate& stored : data.templates) {
                if (stored.json.value(QStringLiteral("name")).toString() == name &&
                    stored.json.value(QStringLiteral("language")).toString() == language)
                    return stored.json;
            }
            return std::nullopt;
        });
    const QString notFound = QStringLiteral("template name (%1) does not exist in %2").arg(name, language);
    if (!definition) {
        *error = graphError(132001, notFound);
        return std::nullopt;
    }
    const QString status = definition->value(QStringLiteral("status")).toString().toLower();
    if (status == QLatin1String("paused")) {
        *error = graphError(132015, QStringLiteral("Template %1 is paused because of low quality.").arg(name));
        return std::nullopt;
    }
    if (status == QLatin1String("disabled")) {
        *error = graphError(132016, QStringLiteral("Template %1 has been disabled because of low quality.").arg(name));
        return std::nullopt;
    }
    if (status != QLatin1String("approved")) {
        *error = graphError(132001, notFound);
        return std::nullopt;
    }
    QString details;
    if (const int code = api::checkTemplateParameters(*definition, send, &details); code != 0) {
        *error = graphError(code, details);
        return std::nullopt;
    }
    return definition;
}

void handleMarkRead(RouteContext& context, const QJsonObject& body, httplib::Response& res)
{
    const QStringList problems = api::validateMarkRead(body);
    if (!problems.isEmpty()) {
        replyError(res, graphError(100, problems.join(QStringLiteral("; "))));
        return;
    }
    // An id the sandbox never saw is still fine: Meta answers success for those too.
    const QString id = body.value(QStringLiteral("message_id")).toString();
    context.state.with([&id](StateData& data) { data.inbound.remove(id); });
    replySuccess(res);
}

// `marketingLite`: POST /marketing_messages (MM Lite, UPDATES-2026.md §9): marketing templates only.
void handleSend(RouteContext& context, const httplib::Request& req, httplib::Response& res, bool marketingLite)
{
    const std::optional<QJsonObject> parsed = parseJsonObject(req.body);
    if (!parsed) {
        replyError(res, graphError(100, QStringLiteral("The request body is not a valid JSON object.")));
        return;
    }
    const QJsonObject& body = *parsed;
    if (body.contains(QStringLiteral("status")) && !marketingLite) {
        handleMarkRead(context, body, res);
        return;
    }
    const QStringList problems = api::validateMessage(body);
    if (!problems.isEmpty()) {
        replyError(res, graphError(100, problems.join(QStringLiteral("; "))));
        return;
    }
    const QString to = body.value(QStringLiteral("to")).toString();
    // The customer: a phone number in `to`; a username-only user by BSUID in `recipient` (`to` wins when both are
    // given, UPDATES-2026.md §1); a group by its id in `to` (§3). The sandbox keys all three alike.
    const bool isGroup = body.value(QStringLiteral("recipient_type")).toString() == QLatin1String("group");
    const QString recipient = body.value(QStringLiteral("recipient")).toString();
    const bool byBsuid = to.isEmpty() && !recipient.isEmpty();
    const QString waId = isGroup ? to : (byBsuid ? recipient : digitsOnly(to));
    const QString type = body.value(QStringLiteral("type")).toString();
    if (marketingLite && type != QLatin1String("template")) {
        replyError(res, graphError(100, QStringLiteral("Marketing Messages Lite only accepts template messages.")));
        return;
    }
    const QStringList mediaIds = referencedMediaIds(body);
    const bool mediaKnown = context.state.with([&mediaIds](const StateData& data) {
        return std::all_of(mediaIds.cbegin(), mediaIds.cend(),
                           [&data](const QString& id) { return data.media.contains(id); });
    });
    if (!mediaKnown) {
        replyError(res, graphError(100, QStringLiteral("Invalid media id")));
        return;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Groups have no customer service window in the sandbox (the Groups API sends text, media and templates).
    const bool windowOpen =
        isGroup || context.state.with([&](const StateData& data) { return isWindowOpen(data, waId, now); });
    AcceptedMessage accepted;
    accepted.waId = waId;
    accepted.recipientUserId = byBsuid ? recipient : QString();
    accepted.isGroup = isGroup;
    const QByteArray key = QByteArray::fromStdString(req.get_header_value("D360-API-KEY"));
    accepted.from = context.state.with([&key](const StateData& data) { return identityForKey(data, key); });
    accepted.bizOpaqueCallbackData = body.value(QStringLiteral("biz_opaque_callback_data")).toString();
    accepted.pricingCategory = QStringLiteral("service");
    accepted.pricingType = QStringLiteral("free_customer_service");
    const bool isTemplate = type == QLatin1String("template");
    if (isTemplate) {
        GraphError error;
        const std::optional<QJsonObject> definition =
            findSendableTemplate(context, body.value(QStringLiteral("template")).toObject(), &error);
        if (!definition) {
            replyError(res, error);
            return;
        }
        accepted.pricingCategory = definition->value(QStringLiteral("category")).toString().toLower();
        if (byBsuid && accepted.pricingCategory == QLatin1String("authentication")) {
            // One-tap, zero-tap and copy-code authentication templates still need a phone number (UPDATES §1).
            replyError(res, graphError(131062, QStringLiteral("This message type cannot be sent to a business-scoped "
                                                              "user id; it needs the user's phone number.")));
            return;
        }
        if (marketingLite) {
            if (accepted.pricingCategory != QLatin1String("marketing")) {
                replyError(res, graphError(100, QStringLiteral("Marketing Messages Lite only accepts marketing "
                                                               "templates.")));
                return;
            }
            const bool termsAccepted = context.state.with([](const StateData& data) { return data.mmLiteAccepted; });
            if (!termsAccepted) {
                replyError(res, graphError(131055, QStringLiteral("The Marketing Messages Lite terms have not been "
                                                                  "accepted for this business.")));
                return;
            }
        }
        // Utility templates inside an open window are free under PMP (REFERENCE.md §8.4).
        const bool freeUtility = windowOpen && accepted.pricingCategory == QLatin1String("utility");
        accepted.pricingType = freeUtility ? QStringLiteral("free_customer_service") : QStringLiteral("regular");
        if (marketingLite)
            accepted.pricingCategory = QStringLiteral("marketing_lite"); // UPDATES-2026.md §7
    } else if (!windowOpen) {
        // Everything but a template is free-form, reactions included (§8.4).
        replyError(res,
                   graphError(131047, QStringLiteral("Message failed to send because more than 24 hours have passed "
                                                     "since the customer last replied to this number.")));
        return;
    }

    accepted.wamid = newWamid(waId);
    context.state.with([&](StateData& data) {
        CustomerRecord& customer = ensureCustomer(data, waId);
        customer.lastBusinessMessageId = accepted.wamid;
        ++customer.outboundCount;
        if (customer.conversationId.isEmpty() || customer.conversationExpiry <= now) {
            customer.conversationId = randomHex(16);
            customer.conversationExpiry = now.addSecs(24 * 3600);
            accepted.conversationExpiry = customer.conversationExpiry.toSecsSinceEpoch();
        }
        accepted.conversationId = customer.conversationId;
        data.sent.insert(accepted.wamid, SentMessage{waId, type, QStringLiteral("accepted"), body});
    });
    scheduleStatuses(context, accepted);

    QJsonObject messageEntry{{QStringLiteral("id"), accepted.wamid}};
    if (isTemplate)
        messageEntry.insert(QStringLiteral("message_status"), QStringLiteral("accepted"));
    // The send answer names the user: wa_id, and user_id for a BSUID send (UPDATES-2026.md §1).
    QJsonObject contact{{QStringLiteral("input"), byBsuid ? recipient : to}};
    if (byBsuid)
        contact.insert(QStringLiteral("user_id"), recipient);
    else
        contact.insert(QStringLiteral("wa_id"), waId);
    replyJson(res, 200,
              QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                          {QStringLiteral("contacts"), QJsonArray{contact}},
                          {QStringLiteral("messages"), QJsonArray{messageEntry}}});
}

} // namespace

void registerMessageRoutes(SandboxRouter& router, RouteContext& context)
{
    router.api(
        SandboxRouter::Method::Post, "/messages",
        [&context](const httplib::Request& req, httplib::Response& res) { handleSend(context, req, res, false); });
    router.api(
        SandboxRouter::Method::Post, "/marketing_messages",
        [&context](const httplib::Request& req, httplib::Response& res) { handleSend(context, req, res, true); });
}

} // namespace wabadesk::sandbox
