#include "conversations/OutboxSendTarget.h"

#include "outbox/MessageSender.h"

namespace wabadesk::ui {

namespace {

SendOutcome outcome(const outbox::SendRequest& request)
{
    SendOutcome out;
    out.outboxId = request.outboxId;
    out.error = request.error;
    return out;
}

} // namespace

SendOutcome OutboxSendTarget::sendText(const QString& conversationId, const QString& text, const QString& replyTo,
                                       bool previewUrl)
{
    return outcome(m_sender->queueText(conversationId, text, replyTo, previewUrl));
}

SendOutcome OutboxSendTarget::sendMedia(const QString& conversationId, api::MediaKind kind, const QString& filePath,
                                        const QString& caption, const QString& replyTo)
{
    return outcome(m_sender->queueMedia(conversationId, kind, filePath, caption, replyTo));
}

SendOutcome OutboxSendTarget::sendMessage(const QString& conversationId, const api::OutgoingMessage& message)
{
    return outcome(m_sender->queue(conversationId, message));
}

void OutboxSendTarget::typing(const QString& conversationId)
{
    m_sender->typing(conversationId);
}

} // namespace wabadesk::ui
