#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace wabadesk::sandbox {

// Webhook bodies in the Cloud API form (REFERENCE.md §6), for the sandbox channel (or another number the sandbox
// serves for the Partner API, see PartnerData.h).

// The number a webhook speaks for: entry.id and value.metadata.
struct NumberIdentity {
    QString displayDigits; // metadata.display_phone_number, digits only
    QString phoneNumberId; // metadata.phone_number_id
    QString wabaId;        // entry[].id
};
NumberIdentity sandboxNumber();

// §6.1: {"object":"whatsapp_business_account","entry":[{"id":<waba>,"changes":[{"value":…,"field":"messages"}]}]}.
// `value` gets messaging_product and metadata added.
QJsonObject messagesEnvelope(QJsonObject value, const NumberIdentity& number = sandboxNumber());
// The same envelope for another field (calls, smb_message_echoes, group_lifecycle_update, …; UPDATES-2026.md).
QJsonObject fieldEnvelope(const QString& field, QJsonObject value, const NumberIdentity& number = sandboxNumber());

// One inbound message with its contact (§6.1, §6.3).
QJsonObject inboundMessageEnvelope(const QString& waId, const QString& profileName, const QJsonObject& message);

// A statuses[] item (§6.4) with PMP pricing; `conversation` may be empty (left out).
struct StatusInfo {
    QString messageId;
    QString recipientId;     // the customer's number, or the group id (recipientType "group"); may be empty
    QString recipientUserId; // a username-only customer's BSUID (UPDATES-2026.md §1)
    QString recipientType;   // "group" for a group message
    QString status;          // sent, delivered, read, failed
    QString pricingCategory; // service, marketing, utility, authentication
    QString pricingType;     // regular, free_customer_service
    QString conversationId;
    qint64 conversationExpiry = 0; // only on the first status of a conversation; 0: left out
    QString bizOpaqueCallbackData;
};
QJsonObject statusItem(const StatusInfo& info);
// §6.4 failed: errors[] in the webhook form (code, title, message, error_data.details, href).
QJsonObject failedStatusItem(const QString& messageId, const QString& recipientId, int code, const QString& title,
                             const QString& details);

// §6.5 message_template_status_update.
struct TemplateStatusEvent {
    QString event; // APPROVED, REJECTED, …
    qint64 templateId = 0;
    QString name;
    QString language;
    QString category;
    QString reason = QStringLiteral("NONE");
    QString rejectionReason; // rejection_info.reason; empty: left out
    QString recommendation;  // rejection_info.recommendation
};
QJsonObject templateStatusEnvelope(const TemplateStatusEvent& event);

} // namespace wabadesk::sandbox
