// Shared by the outbox tests: the sandbox and its channel (ChannelTestBase), a store (StoreTestBase) routed to that
// channel, an OutboxSender with short test delays, and a MessageSender.
#pragma once

#include "ChannelTestBase.h"
#include "StoreTestBase.h"
#include "outbox/MessageSender.h"
#include "outbox/OutboxSender.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <algorithm>

namespace wabadesk::test {

class OutboxFixture : protected ChannelTestBase, protected StoreTestBase {
protected:
    // Short delays so retries happen within a test; Retry-After from the sandbox still wins.
    static outbox::OutboxPolicy testPolicy()
    {
        outbox::OutboxPolicy policy;
        policy.baseBackoff = std::chrono::milliseconds(100);
        policy.maxBackoff = std::chrono::milliseconds(2000);
        policy.pairBackoffUnit = std::chrono::milliseconds(100);
        policy.pollInterval = std::chrono::milliseconds(500);
        policy.maxAttempts = 4;
        return policy;
    }

    bool startFixture(QString* error)
    {
        if (!startChannelStack(error) || !openStore(error))
            return false;
        const channels::ChannelError added =
            addSandboxChannel(QStringLiteral("Sandbox"), Channel::KeyStorage::SessionOnly, &m_channel);
        if (added.isError()) {
            *error = added.message;
            return false;
        }
        m_store->setChannelRoutes({{m_channel.phoneNumberId, m_channel.id}});
        m_outbox = makeSender();
        m_messages = std::make_unique<outbox::MessageSender>(m_store.get(), m_outbox.get());
        m_outbox->start();
        m_sandbox->clearRecordedRequests(); // the channel check is not part of any test
        return true;
    }

    void stopFixture()
    {
        m_messages.reset();
        m_outbox.reset();
        closeStore();
        stopChannelStack();
    }

    std::unique_ptr<outbox::OutboxSender> makeSender()
    {
        channels::ChannelService* service = m_service.get();
        auto provider = [service](const QString& channelId, QObject* context,
                                  std::function<void(const QString&, api::ApiClient*)> done) {
            service->withClient(channelId, context, [done](const channels::ChannelError& e, api::ApiClient* client) {
                done(e.message, e.isError() ? nullptr : client);
            });
        };
        auto sender = std::make_unique<outbox::OutboxSender>(m_store.get(), provider);
        sender->setPolicy(testPolicy());
        return sender;
    }

    // A customer who wrote just now: the window is open in the store (an ingested webhook) and, unless
    // `sandboxToo` is false, in the sandbox as well. Returns the conversation id.
    QString customerWhoWrote(const QString& waId, bool sandboxToo = true, QString* inboundWamid = nullptr)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (sandboxToo)
            m_sandbox->setLastInbound(waId, now);
        const QString wamid = QStringLiteral("wamid.in-%1-%2").arg(waId).arg(++m_inboundCount);
        const QJsonObject message{
            {QStringLiteral("from"), waId},
            {QStringLiteral("id"), wamid},
            {QStringLiteral("timestamp"), QString::number(now.toSecsSinceEpoch())},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("Hi")}}}};
        ingestValue(QJsonObject{{QStringLiteral("contacts"),
                                 QJsonArray{QJsonObject{{QStringLiteral("profile"),
                                                         QJsonObject{{QStringLiteral("name"), QStringLiteral("Ada")}}},
                                                        {QStringLiteral("wa_id"), waId}}}},
                                {QStringLiteral("messages"), QJsonArray{message}}});
        if (inboundWamid)
            *inboundWamid = wamid;
        return m_channel.id + QLatin1Char('/') + waId;
    }

    // A failed status webhook for an outbound message (REFERENCE.md §6.4), e.g. 131026 undeliverable.
    void statusFailed(const QString& wamid, const QString& waId, int code)
    {
        const QJsonObject status{
            {QStringLiteral("id"), wamid},
            {QStringLiteral("status"), QStringLiteral("failed")},
            {QStringLiteral("timestamp"), QString::number(QDateTime::currentSecsSinceEpoch())},
            {QStringLiteral("recipient_id"), waId},
            {QStringLiteral("errors"),
             QJsonArray{QJsonObject{{QStringLiteral("code"), code},
                                    {QStringLiteral("title"), QStringLiteral("Message undeliverable")}}}}};
        ingestValue(QJsonObject{{QStringLiteral("statuses"), QJsonArray{status}}});
    }

    // Wraps a change value (messages, statuses…) into the webhook envelope of the test channel and ingests it.
    void ingestValue(QJsonObject value)
    {
        value.insert(QStringLiteral("messaging_product"), QStringLiteral("whatsapp"));
        value.insert(QStringLiteral("metadata"),
                     QJsonObject{{QStringLiteral("display_phone_number"), m_channel.phoneNumber},
                                 {QStringLiteral("phone_number_id"), m_channel.phoneNumberId}});
        const QJsonObject envelope{
            {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
            {QStringLiteral("entry"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("waba-1")},
                             {QStringLiteral("changes"),
                              QJsonArray{QJsonObject{{QStringLiteral("value"), value},
                                                     {QStringLiteral("field"), QStringLiteral("messages")}}}}}}}};
        ingest(QJsonDocument(envelope).toJson(QJsonDocument::Compact));
    }

    // Bodies of the POST /messages requests the sandbox got, in order (sends and read receipts).
    QList<QJsonObject> sentBodies() const
    {
        QList<QJsonObject> out;
        for (const sandbox::RecordedRequest& r : m_sandbox->recordedRequests())
            if (r.method == QLatin1String("POST") && r.path.endsWith(QLatin1String("/messages")))
                out << QJsonDocument::fromJson(r.body).object();
        return out;
    }

    QStringList requestPaths() const
    {
        QStringList out;
        for (const sandbox::RecordedRequest& r : m_sandbox->recordedRequests())
            out << r.method + QLatin1Char(' ') + r.path;
        return out;
    }

    std::optional<OutboxItem> pendingItem(const QString& conversationId, qint64 id) const
    {
        for (const OutboxItem& item : m_store->pendingOutgoing(conversationId))
            if (item.id == id)
                return item;
        return std::nullopt;
    }

    // The outbound messages of a conversation, oldest first (as Store::messages returns them).
    QList<StoredMessage> outbound(const QString& conversationId) const
    {
        QList<StoredMessage> out;
        for (const StoredMessage& m : m_store->messages(conversationId, 500))
            if (m.direction == StoredMessage::Direction::Outbound)
                out.append(m);
        return out;
    }

    // The sandbox's approved "hello_world" (two body parameters).
    static api::OutgoingMessage helloWorld()
    {
        api::TemplateSend hello;
        hello.name = QStringLiteral("hello_world");
        hello.languageCode = QStringLiteral("en_US");
        hello.body = {api::TemplateTextParameter{QStringLiteral("Ada"), {}},
                      api::TemplateTextParameter{QStringLiteral("WabaDesk"), {}}};
        return api::messages::templateMessage(QString(), hello);
    }

    Channel m_channel;
    std::unique_ptr<outbox::OutboxSender> m_outbox;
    std::unique_ptr<outbox::MessageSender> m_messages;
    int m_inboundCount = 0;
};

} // namespace wabadesk::test
