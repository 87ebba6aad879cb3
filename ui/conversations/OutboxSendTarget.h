#pragma once

#include "conversations/SendTarget.h"

namespace wabadesk::outbox {
class MessageSender;
}

namespace wabadesk::ui {

// The composer's SendTarget over the outbox's MessageSender: every send is checked and queued there.
class OutboxSendTarget : public SendTarget {
public:
    explicit OutboxSendTarget(outbox::MessageSender* sender)
        : m_sender(sender)
    {}

    SendOutcome sendText(const QString& conversationId, const QString& text, const QString& replyTo,
                         bool previewUrl) override;
    SendOutcome sendMedia(const QString& conversationId, api::MediaKind kind, const QString& filePath,
                          const QString& caption, const QString& replyTo) override;
    SendOutcome sendMessage(const QString& conversationId, const api::OutgoingMessage& message) override;
    void typing(const QString& conversationId) override;

private:
    outbox::MessageSender* m_sender;
};

} // namespace wabadesk::ui
