#pragma once

#include "api/OutgoingMessage.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QString>

#include <functional>

namespace wabadesk::store {
class Store;
}

namespace wabadesk::outbox {

class OutboxSender;

// The outcome of queueing: an outbox id, or a translated sentence saying why nothing was queued.
struct SendRequest {
    qint64 outboxId = 0;
    QString error;
    bool ok() const { return outboxId > 0; }
};

// The UI's only way to send (issue #5 §4–§6): checks a message (REFERENCE.md §1.12 through validateMessage, media
// type and size from the file's content, §2.7), refuses free-form messages while the conversation's 24-hour window is
// closed (§8.4: templates only), writes it to the store's outbox as queued and kicks the OutboxSender. Nothing goes
// on the network here except the best-effort read receipt of markRead().
class MessageSender : public QObject {
    Q_OBJECT
public:
    MessageSender(store::Store* store, OutboxSender* outbox, QObject* parent = nullptr);

    SendRequest queueText(const QString& conversationId, const QString& text, const QString& replyToWamid = {},
                          bool previewUrl = false);
    // An empty emoji removes the business's reaction (§1.9).
    SendRequest queueReaction(const QString& conversationId, const QString& targetWamid, const QString& emoji);
    // The file stays where it is until the sender uploads it; a document is sent under its file name.
    SendRequest queueMedia(const QString& conversationId, api::MediaKind kind, const QString& filePath,
                           const QString& caption = {}, const QString& replyToWamid = {});
    SendRequest queueLocation(const QString& conversationId, double latitude, double longitude,
                              const QString& name = {}, const QString& address = {}, const QString& replyToWamid = {});
    // `contacts`: the §1.6 contact objects.
    SendRequest queueContacts(const QString& conversationId, const QJsonArray& contacts,
                              const QString& replyToWamid = {});
    SendRequest queueInteractive(const QString& conversationId, const api::OutgoingMessage& message);
    SendRequest queueTemplate(const QString& conversationId, const api::OutgoingMessage& message);
    // Any message; `to` is taken from the conversation.
    SendRequest queue(const QString& conversationId, const api::OutgoingMessage& message);

    // A failed message again: an outbox id (decimal) is queued again as it is; a wamid whose send failed later
    // (a failed status, e.g. 131026) is queued again as a new message from its stored payload.
    SendRequest retry(const QString& conversationId, const QString& wamidOrOutboxId);
    // A queued or failed item is dropped (never sent).
    bool cancel(qint64 outboxId);

    // Marks the conversation read in the store and, when enabled, sends a read receipt for its last inbound message
    // (best effort, §1.11).
    void markRead(const QString& conversationId);
    void setReadReceiptsEnabled(bool enabled) { m_readReceipts = enabled; }
    // The agent is typing in the conversation: marks the customer's last message read with the typing indicator
    // (§1.11), at most once per 20 s per conversation, and only when that message is unread or from the last 15
    // minutes (not in groups, not with read receipts off). True when a request went out.
    bool typing(const QString& conversationId, const QDateTime& now = QDateTime::currentDateTimeUtc());
    bool readReceiptsEnabled() const { return m_readReceipts; }

    // The conversation with `waId` on the channel, created when new; "" when the store failed.
    QString startConversation(const QString& channelId, const QString& waId);

    // Whether a channel sends marketing templates through MM Lite (the channel's setting; UPDATES-2026.md §9).
    void setMarketingLiteCheck(std::function<bool(const QString& channelId)> check)
    {
        m_marketingLite = std::move(check);
    }

Q_SIGNALS:
    void queued(const QString& conversationId, qint64 outboxId);

private:
    // Fills `to` from the conversation, checks the window and the message, writes it. With a local file the media
    // object gets its id only at upload time; it is validated with a stand-in id.
    SendRequest enqueue(const QString& conversationId, api::OutgoingMessage message, const QString& localFile = {},
                        const QString& mimeType = {});

    // The customer's last message (from the webhook, not an echo) among the latest ones; *at its time.
    QString lastInboundWamid(const QString& conversationId, QDateTime* at) const;
    void sendReceipt(const QString& channelId, const QString& wamid, bool typing);
    // The template in the payload is a MARKETING one (by the channel's template list).
    bool isMarketingTemplate(const QString& channelId, const QJsonObject& payload) const;

    store::Store* m_store;
    OutboxSender* m_outbox;
    bool m_readReceipts = true;
    std::function<bool(const QString&)> m_marketingLite;
    QHash<QString, QDateTime> m_lastTyping; // conversation → when the indicator last went out
};

} // namespace wabadesk::outbox
