#pragma once

#include "api/OutgoingMessage.h"

#include <QString>

namespace wabadesk::ui {

// What the composer gets back for one send: the queued outbox item, or why nothing was queued.
struct SendOutcome {
    qint64 outboxId = 0;
    QString error; // a translated sentence; nothing was queued
    bool ok() const { return error.isEmpty(); }
};

// The composer's only way to send. The application adapts its MessageSender to it; tests record the calls.
// Every call queues (or refuses) synchronously; delivery is the outbox's business.
class SendTarget {
public:
    virtual ~SendTarget() = default;
    virtual SendOutcome sendText(const QString& conversationId, const QString& text, const QString& replyTo,
                                 bool previewUrl) = 0;
    virtual SendOutcome sendMedia(const QString& conversationId, api::MediaKind kind, const QString& filePath,
                                  const QString& caption, const QString& replyTo) = 0;
    // Location, contacts, interactive, template, reaction.
    virtual SendOutcome sendMessage(const QString& conversationId, const api::OutgoingMessage& message) = 0;
    // The agent is typing: the customer may be shown "typing…" (the sender throttles; issue #16).
    virtual void typing(const QString& conversationId) { Q_UNUSED(conversationId) }
};

} // namespace wabadesk::ui
