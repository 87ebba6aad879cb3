#pragma once

#include "sandbox/WebhookPayloads.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace wabadesk::sandbox {

struct RouteContext;

// A customer writes in: the message gets from/id/timestamp, the customer's window (§8.4) restarts, and the §6.1
// envelope is queued for the webhook. `sentAt`: when they wrote it (history arrives late); invalid: now. Returns the
// new wamid. Safe from any thread.
QString recordInbound(RouteContext& context, const QString& waId, const QString& profileName, QJsonObject message,
                      const QDateTime& sentAt = {});

// After an accepted send: queue the status webhooks sent → delivered → read, statusDelay apart (§6.4), or a
// `failed` 131026 for undeliverable numbers (ending in 0000) and a customer's next failing deliveries
// (CustomerRecord::failNextDeliveries). Then context.messageOutcome hears how it ended. `pricingCategory` is "service"
// for free-form.
struct AcceptedMessage {
    QString wamid;
    QString waId;            // the customer's key: wa_id, a BSUID (sent with `recipient`) or a group id
    QString recipientUserId; // set when the customer was addressed by BSUID
    bool isGroup = false;
    QString pricingCategory;
    QString pricingType;
    QString conversationId;
    qint64 conversationExpiry = 0; // set when this message opened the conversation
    QString bizOpaqueCallbackData;
    NumberIdentity from = sandboxNumber(); // the number that sent it (the request's key, SandboxNumbers.h)
};
void scheduleStatuses(RouteContext& context, const AcceptedMessage& message);

// The "undeliverable" test numbers of the sandbox.
bool isUndeliverable(const QString& waId);

} // namespace wabadesk::sandbox
