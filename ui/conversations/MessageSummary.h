#pragma once

#include "model/OutboxItem.h"
#include "model/StoredMessage.h"
#include "model/Template.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace wabadesk::ui {

// Words about a message that more than one place needs (model, delegate, context menu): all plain text.
class MessageSummary {
    Q_DECLARE_TR_FUNCTIONS(MessageSummary)

public:
    // An outbox item not sent yet, as the outbound message it will become: type and text from its POST body,
    // status queued/sending/failed, lastError as the error, reply target from context.message_id.
    static StoredMessage fromOutbox(const OutboxItem& item);

    // One line for quotes and previews: the text or caption, else what it is ("Photo", "📄 report.pdf").
    static QString oneLine(const StoredMessage& m);
    // What "Copy text" copies and find searches: the shown text without formatting markers.
    static QString plainText(const StoredMessage& m);
    // "131047: Re-engagement message — more than 24 hours …" for a failed message; "" when not failed.
    static QString errorText(const StoredMessage& m);
    // The reply target: context of the stored message, or the outbound payload's context.message_id.
    static QString replyTo(const StoredMessage& m);
    // An outbound template message's body with its parameters filled in from the payload, when the template is
    // known; else the parameters listed after the name. "" for other messages.
    static QString templateBody(const StoredMessage& m, const QList<Template>& templates);
    // The text of an outbound POST body (REFERENCE.md §1): body, caption, location name, interactive body, …
    static QString outboundText(const QJsonObject& payload);
    // The text a message shows: its stored text, for WabaDesk's own messages the payload's when that is empty.
    static QString shownText(const StoredMessage& m);
    // The status that the ticks show: outbound status, "" for inbound.
    static QString status(const StoredMessage& m);

    // API words in the UI language, for Message info and tooltips (never the raw "read", "text", "service").
    // A status (queued, sending, sent, delivered, read, played, failed, deleted): "Read".
    static QString statusText(const QString& status);
    // A message type (text, image, interactive, …): "Text", "Photo", "Interactive reply"; unknown ones as words.
    static QString typeText(const QString& type);
    // A status's pricing (REFERENCE.md §6.2, UPDATES-2026: PMP): "Service · per message · free (service window)".
    static QString pricingText(const MessageStatusRecord& record);
};

} // namespace wabadesk::ui
