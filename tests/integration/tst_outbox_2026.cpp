// Sending in 2026 (issue #16) through MessageSender, the outbox and the sandbox: a username-only customer by BSUID
// in `recipient`, a group with recipient_type "group", a customer's marketing stop and a 131049 pause honoured,
// MM Lite through /marketing_messages, the typing indicator at most once per 20 s, no read receipts in groups, and
// the sandbox's messaging health.
#include "WebhookReceiver.h"
#include "api/ApiClient.h"
#include "tst_outbox_fixture.h"

#include <QNetworkAccessManager>

using namespace wabadesk;

namespace {
const QString kBsuid = QStringLiteral("US.13491208655302741918");
const QString kGroup = QStringLiteral("Y2FwaV9ncm91cDpURVNUMQ");
} // namespace

class TestOutbox2026 : public QObject, public test::OutboxFixture {
    Q_OBJECT
    std::unique_ptr<test::WebhookReceiver> m_receiver;

    // The sandbox's status webhooks for `wamid` (`count` of them), ingested as the listener would.
    bool forwardStatuses(const QString& wamid, int count)
    {
        if (!QTest::qWaitFor([&] { return m_receiver->statusesFor(wamid).size() >= count; }, 10000))
            return false;
        for (const QJsonObject& body : m_receiver->bodies()) {
            if (QJsonDocument(body).toJson().contains(wamid.toUtf8()))
                ingest(QJsonDocument(body).toJson(QJsonDocument::Compact));
        }
        return true;
    }

    // A username-only customer who just wrote: no wa_id anywhere.
    QString usernameCustomerWhoWrote()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_sandbox->setLastInbound(kBsuid, now);
        ingestValue(QJsonObject{
            {QStringLiteral("contacts"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Dana")},
                                                         {QStringLiteral("username"), QStringLiteral("dana.levi")}}},
                 {QStringLiteral("user_id"), kBsuid}}}},
            {QStringLiteral("messages"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("from_user_id"), kBsuid},
                             {QStringLiteral("id"), QStringLiteral("wamid.dana-1")},
                             {QStringLiteral("timestamp"), QString::number(now.toSecsSinceEpoch())},
                             {QStringLiteral("type"), QStringLiteral("text")},
                             {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("Hi")}}}}}}});
        return m_channel.id + QLatin1Char('/') + kBsuid;
    }

    QString groupWithAMessage()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        ingestValue(
            QJsonObject{{QStringLiteral("contacts"),
                         QJsonArray{QJsonObject{{QStringLiteral("profile"),
                                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("Jonas")}}},
                                                {QStringLiteral("wa_id"), QStringLiteral("4915730112233")}}}},
                        {QStringLiteral("messages"),
                         QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("4915730112233")},
                                                {QStringLiteral("group_id"), kGroup},
                                                {QStringLiteral("id"), QStringLiteral("wamid.group-1")},
                                                {QStringLiteral("timestamp"), QString::number(now.toSecsSinceEpoch())},
                                                {QStringLiteral("type"), QStringLiteral("text")},
                                                {QStringLiteral("text"),
                                                 QJsonObject{{QStringLiteral("body"), QStringLiteral("Friday?")}}}}}}});
        return m_channel.id + QStringLiteral("/group:") + kGroup;
    }

    api::OutgoingMessage marketingTemplate() const
    {
        api::TemplateSend t;
        t.name = QStringLiteral("seasonal_promotion");
        t.languageCode = QStringLiteral("en_US");
        // The sandbox's seasonal_promotion: one header variable, three body variables.
        t.header = api::TemplateTextParameter{QStringLiteral("Summer Sale"), {}};
        t.body = {api::TemplateTextParameter{QStringLiteral("the end of August"), {}},
                  api::TemplateTextParameter{QStringLiteral("25OFF"), {}},
                  api::TemplateTextParameter{QStringLiteral("25%"), {}}};
        return api::messages::templateMessage(QString(), t);
    }

    bool loadTemplates()
    {
        // The sandbox's catalogue in the store, as the template library keeps it (the sender reads categories).
        std::optional<bool> done;
        m_service->withClient(m_channel.id, this, [&](const channels::ChannelError&, api::ApiClient* client) {
            client->listTemplates(this, [&](const api::Result<QList<Template>>& r) {
                done = r.ok() && m_store->saveTemplates(m_channel.id, r.value());
            });
        });
        return QTest::qWaitFor([&] { return done.has_value(); }, 10000) && *done;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(startFixture(&error), qPrintable(error));
        m_receiver = std::make_unique<test::WebhookReceiver>();
        m_sandbox->setWebhook(m_receiver->url());
    }
    void cleanup()
    {
        stopFixture();
        m_receiver.reset();
    }

    void aUsernameOnlyCustomerIsAddressedByBsuid()
    {
        const QString conversation = usernameCustomerWhoWrote();
        const outbox::SendRequest r = m_messages->queueText(conversation, QStringLiteral("Yes, size M is there."));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->pendingOutgoing(conversation).size(), 10000);
        const QList<QJsonObject> bodies = sentBodies();
        QCOMPARE(bodies.size(), 1);
        QCOMPARE(bodies.first().value(QLatin1String("recipient")).toString(), kBsuid);
        QVERIFY(!bodies.first().contains(QLatin1String("to"))); // `to` would win over `recipient` (UPDATES §1)
        // The sandbox's statuses name the BSUID (recipient_user_id, no recipient_id) and land in the same
        // conversation, with their per-message pricing.
        const StoredMessage sent = m_store->messages(conversation).last();
        QCOMPARE(sent.direction, StoredMessage::Direction::Outbound);
        QVERIFY(forwardStatuses(sent.wamid, 3));
        const QJsonObject status = m_receiver->statusesFor(sent.wamid).first();
        QCOMPARE(status.value(QLatin1String("recipient_user_id")).toString(), kBsuid);
        QVERIFY(!status.contains(QLatin1String("recipient_id")));
        const StoredMessage read = m_store->message(sent.wamid).value();
        QCOMPARE(read.conversationId, conversation);
        QCOMPARE(read.status, QStringLiteral("read"));
        QCOMPARE(read.pricingType, QStringLiteral("free_customer_service"));
        QCOMPARE(m_store->conversations(m_channel.id).size(), 1);
    }

    void aGroupIsAddressedAsAGroupAndTakesNoInteractive()
    {
        const QString conversation = groupWithAMessage();
        QVERIFY(m_messages->queueText(conversation, QStringLiteral("Friday works.")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(sentBodies().size(), 1, 10000);
        QCOMPARE(sentBodies().first().value(QLatin1String("recipient_type")).toString(), QStringLiteral("group"));
        QCOMPARE(sentBodies().first().value(QLatin1String("to")).toString(), kGroup);
        // Interactive messages and reactions are not for groups (UPDATES-2026.md §3): refused before queueing.
        const outbox::SendRequest buttons = m_messages->queueInteractive(
            conversation, api::messages::replyButtons(QString(), QStringLiteral("Pick"),
                                                      {{QStringLiteral("a"), QStringLiteral("A")}}));
        QVERIFY(!buttons.ok());
        QVERIFY(!m_messages->queueReaction(conversation, QStringLiteral("wamid.group-1"), QStringLiteral("👍")).ok());
        // No read receipt in a group.
        m_sandbox->clearRecordedRequests();
        m_messages->markRead(conversation);
        QTest::qWait(300); // a receipt would have gone out by now (it is sent at once)
        QCOMPARE(sentBodies().size(), 0);
    }

    void aMarketingStopIsHonouredAndA131049PauseWaitedOut()
    {
        QVERIFY(loadTemplates());
        QString inbound;
        const QString conversation = customerWhoWrote(QStringLiteral("4915112345678"), true, &inbound);
        // 131049 on an earlier marketing template: the next one is queued for 24 hours later, not sent now.
        ingestValue(
            QJsonObject{{QStringLiteral("statuses"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("id"), QStringLiteral("wamid.old-promo")},
                             {QStringLiteral("status"), QStringLiteral("failed")},
                             {QStringLiteral("timestamp"), QString::number(QDateTime::currentSecsSinceEpoch())},
                             {QStringLiteral("recipient_id"), QStringLiteral("4915112345678")},
                             {QStringLiteral("errors"), QJsonArray{QJsonObject{{QStringLiteral("code"), 131049}}}}}}}});
        QVERIFY(m_store->conversation(conversation)->marketingPausedUntil >
                QDateTime::currentDateTimeUtc().addSecs(23 * 3600));
        const outbox::SendRequest paused = m_messages->queueTemplate(conversation, marketingTemplate());
        QVERIFY2(paused.ok(), qPrintable(paused.error));
        QVERIFY(m_store->outboxItem(paused.outboxId)->nextAttemptAt >
                QDateTime::currentDateTimeUtc().addSecs(23 * 3600));
        QTest::qWait(300);
        QCOMPARE(sentBodies().size(), 0);
        QVERIFY(m_store->cancelOutgoing(paused.outboxId));

        // The customer says stop: marketing templates are refused with a reason; utility ones still go.
        ingestValue(
            QJsonObject{{QStringLiteral("user_preferences"),
                         QJsonArray{QJsonObject{{QStringLiteral("wa_id"), QStringLiteral("4915112345678")},
                                                {QStringLiteral("category"), QStringLiteral("marketing_messages")},
                                                {QStringLiteral("value"), QStringLiteral("stop")},
                                                {QStringLiteral("timestamp"), QDateTime::currentSecsSinceEpoch()}}}}});
        const outbox::SendRequest stopped = m_messages->queueTemplate(conversation, marketingTemplate());
        QVERIFY(!stopped.ok());
        QVERIFY2(stopped.error.contains(QStringLiteral("marketing")), qPrintable(stopped.error));
    }

    void marketingLiteGoesThroughMarketingMessages()
    {
        QVERIFY(loadTemplates());
        const QString conversation = customerWhoWrote(QStringLiteral("4915112345679"));
        m_messages->setMarketingLiteCheck([this](const QString& channelId) { return channelId == m_channel.id; });
        QVERIFY(m_messages->queueTemplate(conversation, marketingTemplate()).ok());
        QTRY_VERIFY_WITH_TIMEOUT(requestPaths().contains(QStringLiteral("POST /marketing_messages")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_store->pendingOutgoing(conversation).isEmpty(), 10000);
        // Priced as MM Lite marketing (UPDATES-2026.md §7).
        const QString wamid = m_store->messages(conversation).last().wamid;
        QVERIFY(forwardStatuses(wamid, 1));
        QCOMPARE(m_store->message(wamid)->pricingCategory, QStringLiteral("marketing_lite"));
        QCOMPARE(m_store->message(wamid)->pricingType, QStringLiteral("regular"));
    }

    void theTypingIndicatorGoesAtMostEveryTwentySeconds()
    {
        QString inbound;
        const QString conversation = customerWhoWrote(QStringLiteral("4915112345670"), true, &inbound);
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        QVERIFY(m_messages->typing(conversation, t0));
        QVERIFY(!m_messages->typing(conversation, t0.addSecs(5)));  // still typing: not again
        QVERIFY(!m_messages->typing(conversation, t0.addSecs(19))); // not before 20 s
        QVERIFY(m_messages->typing(conversation, t0.addSecs(21)));
        QTRY_COMPARE_WITH_TIMEOUT(sentBodies().size(), 2, 10000);
        const QJsonObject body = sentBodies().first();
        QCOMPARE(body.value(QLatin1String("message_id")).toString(), inbound);
        QCOMPARE(body.value(QLatin1String("status")).toString(), QStringLiteral("read"));
        QCOMPARE(body.value(QLatin1String("typing_indicator")).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("text"));
        // Read, and the customer's message old: nobody is waiting, no indicator.
        QVERIFY(m_store->markConversationRead(conversation));
        QVERIFY(!m_messages->typing(conversation, t0.addSecs(16 * 60)));
    }

    void theSandboxAnswersHealthStatus()
    {
        std::optional<HealthStatus> health;
        m_service->withClient(m_channel.id, this, [&](const channels::ChannelError&, api::ApiClient* client) {
            client->healthStatus(this, [&](const api::Result<HealthStatus>& r) {
                if (r.ok())
                    health = r.value();
            });
        });
        QTRY_VERIFY_WITH_TIMEOUT(health.has_value(), 10000);
        QCOMPARE(health->level(), HealthStatus::Level::Available);
        QCOMPARE(health->entities.size(), 2);
        QCOMPARE(health->entities.first().type, QStringLiteral("PHONE_NUMBER"));
    }
};

QTEST_MAIN(TestOutbox2026)
#include "tst_outbox_2026.moc"
