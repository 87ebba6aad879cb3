#include "sandbox/MessageTraffic.h"

#include "sandbox/SandboxHttp.h"
#include "sandbox/SandboxRoutes.h"
#include "sandbox/SandboxState.h"
#include "sandbox/WebhookPayloads.h"
#include "sandbox/WebhookPoster.h"

#include <QDateTime>

namespace wabadesk::sandbox {

QString recordInbound(RouteContext& context, const QString& waId, const QString& profileName, QJsonObject message,
                      const QDateTime& sentAt)
{
    const QString wamid = newWamid(waId);
    const QDateTime now = sentAt.isValid() ? sentAt.toUTC() : QDateTime::currentDateTimeUtc();
    message.insert(QStringLiteral("from"), waId);
    message.insert(QStringLiteral("id"), wamid);
    message.insert(QStringLiteral("timestamp"), QString::number(now.toSecsSinceEpoch()));
    const QString name = context.state.with([&](StateData& data) {
        CustomerRecord& customer = ensureCustomer(data, waId);
        if (!profileName.isEmpty())
            customer.name = profileName;
        if (!customer.lastInbound.isValid() || customer.lastInbound < now)
            customer.lastInbound = now;
        ++customer.inboundCount;
        data.inbound.insert(wamid, waId);
        return customer.name;
    });
    context.poster.post(inboundMessageEnvelope(waId, name, message));
    return wamid;
}

bool isUndeliverable(const QString& waId)
{
    return waId.endsWith(QLatin1String("0000"));
}

void scheduleStatuses(RouteContext& context, const AcceptedMessage& message)
{
    const std::chrono::milliseconds step = context.options.statusDelay;
    SandboxState& state = context.state;
    const auto outcome = context.messageOutcome;
    const bool fails = isUndeliverable(message.waId) || state.with([&message](StateData& data) {
        CustomerRecord& customer = ensureCustomer(data, message.waId);
        if (customer.failNextDeliveries <= 0)
            return false;
        --customer.failNextDeliveries;
        return true;
    });
    if (fails) {
        context.poster.schedule(step, [&state, message, outcome]() -> std::optional<QJsonObject> {
            state.with([&](StateData& data) { data.sent[message.wamid].status = QStringLiteral("failed"); });
            if (outcome)
                outcome(message.waId, message.wamid, false);
            return messagesEnvelope(
                QJsonObject{{QStringLiteral("statuses"),
                             QJsonArray{failedStatusItem(message.wamid, message.waId, 131026,
                                                         QStringLiteral("Message undeliverable"),
                                                         QStringLiteral("Message Undeliverable."))}}},
                message.from);
        });
        return;
    }
    const QString statuses[] = {QStringLiteral("sent"), QStringLiteral("delivered"), QStringLiteral("read")};
    for (int i = 0; i < 3; ++i) {
        StatusInfo info;
        info.messageId = message.wamid;
        info.recipientId = message.recipientUserId.isEmpty() ? message.waId : QString();
        info.recipientUserId = message.recipientUserId;
        info.recipientType = message.isGroup ? QStringLiteral("group") : QString();
        info.status = statuses[i];
        info.pricingCategory = message.pricingCategory;
        info.pricingType = message.pricingType;
        info.conversationId = message.conversationId;
        info.conversationExpiry = i == 0 ? message.conversationExpiry : 0;
        info.bizOpaqueCallbackData = message.bizOpaqueCallbackData;
        const bool last = i == 2;
        const QString customer = message.waId;
        context.poster.schedule(
            step * (i + 1),
            [&state, info, last, outcome, customer, from = message.from]() -> std::optional<QJsonObject> {
                state.with([&](StateData& data) { data.sent[info.messageId].status = info.status; });
                if (last && outcome)
                    outcome(customer, info.messageId, true); // read: the customer may answer now
                return messagesEnvelope(QJsonObject{{QStringLiteral("statuses"), QJsonArray{statusItem(info)}}}, from);
            });
    }
}

} // namespace wabadesk::sandbox
