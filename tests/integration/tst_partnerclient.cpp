// The Partner API client against the sandbox (UPDATES-2026.md §12): clients and channels listed with their states,
// "Add to WabaDesk" generating a key that then really works for sending (and revokes the old one), a wrong key and a
// wrong partner id told apart, and the balance limit of 5 requests per 30 s kept on the client side and honoured when
// the server says 429 — with an injected clock, so no test waits 30 s.
#include "ChannelTestBase.h"
#include "WebhookReceiver.h"
#include "api/ApiClient.h"
#include "channels/ChannelService.h"
#include "partner/ChannelImporter.h"
#include "partner/PartnerClient.h"
#include "partner/PartnerErrors.h"
#include "partner/RateLimiter.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxChannel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

using namespace wabadesk;
using partner::ChannelImporter;
using partner::PartnerClient;
using Outcome = ChannelImporter::Result::Outcome;

class TestPartnerClient : public QObject, protected test::ChannelTestBase {
    Q_OBJECT

    std::unique_ptr<PartnerClient> makeClient(const QByteArray& key, const QString& partnerId = {},
                                              partner::RateLimiter* limiter = nullptr)
    {
        return std::make_unique<PartnerClient>(
            m_network.get(), m_sandbox->partnerBaseUrl(), partnerId.isEmpty() ? m_sandbox->partnerId() : partnerId,
            [key] { return key; }, limiter);
    }

    template <typename T, typename Start>
    api::Result<T> wait(Start start)
    {
        std::optional<api::Result<T>> out;
        start([&](const api::Result<T>& r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
            qFatal("the call did not finish");
        return *out;
    }

    ChannelImporter::Result import(PartnerClient* client, const partner::PartnerChannel& channel,
                                   const QString& name = {}, const WebhookConfig& webhook = {})
    {
        ChannelImporter importer(client, m_service.get(), m_secrets.get());
        std::optional<ChannelImporter::Result> out;
        importer.import({channel, name, webhook}, this, [&](const ChannelImporter::Result& r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
            qFatal("the import did not finish");
        return *out;
    }

    partner::PartnerChannel channelNamed(PartnerClient* client, const QString& phoneName)
    {
        const auto channels =
            wait<QList<partner::PartnerChannel>>([&](auto done) { client->listChannels({}, this, done); });
        if (!channels.ok())
            qFatal("listing channels failed");
        for (const auto& c : channels.value())
            if (c.phoneName == phoneName)
                return c;
        qFatal("no such channel in the sandbox");
    }

    // A text through the channel's own ApiClient (its key from the keychain): the proof that a key works.
    api::Result<SendResult> sendText(const QString& channelId, const QString& to)
    {
        api::ApiClient* client = nullptr;
        std::optional<channels::ChannelError> error;
        m_service->withClient(channelId, this, [&](const channels::ChannelError& e, api::ApiClient* c) {
            error = e;
            client = c;
        });
        if (!QTest::qWaitFor([&] { return error.has_value(); }, 10000) || error->isError() || !client)
            qFatal("no client for the channel");
        return wait<SendResult>([&](auto done) {
            client->sendMessage(api::messages::text(to, QStringLiteral("Hallo aus dem Test")), this, done);
        });
    }

    // The phone-number info the messaging API gives for `key` (401 for a revoked one).
    api::Result<PhoneNumberInfo> numberFor(const QByteArray& key)
    {
        api::ApiClient client(m_network.get(), m_sandbox->baseUrl(), [key] { return key; });
        return wait<PhoneNumberInfo>([&](auto done) { client.phoneNumberInfo(this, done); });
    }

    QByteArray storedKey(const QString& channelId)
    {
        std::optional<secrets::SecretResult> r;
        m_secrets->read(secrets::keys::apiKey(channelId), this, [&](const secrets::SecretResult& x) { r = x; });
        if (!QTest::qWaitFor([&] { return r.has_value(); }, 5000))
            return {};
        return r ? r->secret : QByteArray();
    }

    int balanceRequests(const QString& clientId) const
    {
        int n = 0;
        for (const auto& r : m_sandbox->recordedRequests())
            if (r.path.contains(QStringLiteral("/clients/%1/info/balance").arg(clientId)))
                ++n;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(startChannelStack(&error), qPrintable(error));
        m_sandbox->setLastInbound(QStringLiteral("4915112345678"), QDateTime::currentDateTimeUtc().addSecs(-600));
    }
    void cleanup() { stopChannelStack(); }

    void listsClientsAndChannelsWithTheirStates()
    {
        auto client = makeClient(m_sandbox->partnerKey());
        const auto clients =
            wait<QList<partner::PartnerClientInfo>>([&](auto done) { client->listClients(this, done); });
        QVERIFY2(clients.ok(), qPrintable(clients.error().summary()));
        QStringList names;
        for (const auto& c : clients.value())
            names << c.name;
        QCOMPARE(names.size(), 5);
        QVERIFY(names.contains(QStringLiteral("Bäckerei Sonnenschein")));
        // Sorted by name, as asked for.
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
        QCOMPARE(names, sorted);

        const auto all = wait<QList<partner::PartnerChannel>>([&](auto done) { client->listChannels({}, this, done); });
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), 6);
        QSet<partner::ChannelState> states;
        for (const auto& c : all.value())
            states.insert(c.state);
        QVERIFY(states.contains(partner::ChannelState::Created));
        QVERIFY(states.contains(partner::ChannelState::Ready));
        QVERIFY(states.contains(partner::ChannelState::Running));

        // One client's channels only: the filter is applied by the server.
        const auto nordlicht = wait<QList<partner::PartnerChannel>>(
            [&](auto done) { client->listChannels(QStringLiteral("nL4rEiCL"), this, done); });
        QVERIFY(nordlicht.ok());
        QCOMPARE(nordlicht.value().size(), 2);
        for (const auto& c : nordlicht.value())
            QCOMPARE(c.clientId, QStringLiteral("nL4rEiCL"));
        const auto running = std::find_if(nordlicht.value().cbegin(), nordlicht.value().cend(),
                                          [](const auto& c) { return c.state == partner::ChannelState::Running; });
        QVERIFY(running != nordlicht.value().cend());
        QCOMPARE(running->qualityRating, QStringLiteral("YELLOW"));
        QCOMPARE(running->messagingLimit, QStringLiteral("TIER_10K"));
        QCOMPARE(running->accountMode, QStringLiteral("live"));
        const auto ready = std::find_if(nordlicht.value().cbegin(), nordlicht.value().cend(),
                                        [](const auto& c) { return c.state == partner::ChannelState::Ready; });
        QVERIFY(ready != nordlicht.value().cend());
        QVERIFY(ready->qualityRating.isEmpty()); // not returned before the number runs
        QVERIFY(ready->canHaveKey());
        const partner::PartnerChannel aurora = channelNamed(client.get(), QStringLiteral("Café Aurora"));
        QCOMPARE(aurora.state, partner::ChannelState::Created);
        QCOMPARE(aurora.accountMode, QStringLiteral("sandbox"));
        QVERIFY(!aurora.canHaveKey());
    }

    void wrongKeyAndWrongPartnerAreToldApart()
    {
        // Tried: a key that is not the partner's; then the right key with another partner's id.
        auto wrong = makeClient("not-the-partner-key-0000");
        const auto refused =
            wait<QList<partner::PartnerClientInfo>>([&](auto done) { wrong->listClients(this, done); });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().httpStatus, 401);
        QCOMPARE(refused.error().kind, api::ApiError::Kind::Api);
        const partner::PartnerErrorText text = partner::PartnerErrors::describe(refused.error());
        QVERIFY(text.wrongKey);
        QCOMPARE(text.title, QStringLiteral("The Partner API key was not accepted"));
        QVERIFY(text.fix.contains(QStringLiteral("Partner Hub")));
        QVERIFY(!partner::PartnerErrors::oneParagraph(refused.error()).contains(QStringLiteral("not-the-partner")));

        auto otherPartner = makeClient(m_sandbox->partnerKey(), QStringLiteral("xXxXxXPA"));
        const auto forbidden =
            wait<QList<partner::PartnerClientInfo>>([&](auto done) { otherPartner->listClients(this, done); });
        QCOMPARE(forbidden.error().httpStatus, 403);
        QVERIFY(partner::PartnerErrors::describe(forbidden.error()).fix.contains(QStringLiteral("partner id")));

        // No key at all: refused before anything is sent.
        m_sandbox->clearRecordedRequests();
        auto none = makeClient({});
        const auto unsent = wait<QList<partner::PartnerClientInfo>>([&](auto done) { none->listClients(this, done); });
        QCOMPARE(unsent.error().kind, api::ApiError::Kind::Validation);
        QVERIFY(m_sandbox->recordedRequests().isEmpty());
    }

    void wrongKeyHasTheHubsErrorShape()
    {
        // The raw answer, as another client of the hub would see it.
        QNetworkRequest request(QUrl(m_sandbox->partnerBaseUrl().toString() + QStringLiteral("/partners/") +
                                     m_sandbox->partnerId() + QStringLiteral("/clients")));
        request.setRawHeader("X-API-Key", "wrong");
        QNetworkReply* reply = m_network->get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        const QJsonObject meta =
            QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("meta")).toObject();
        QCOMPARE(meta.value(QStringLiteral("success")).toBool(true), false);
        QCOMPARE(meta.value(QStringLiteral("http_code")).toInt(), 401);
        QVERIFY(!meta.value(QStringLiteral("developer_message")).toString().isEmpty());
        reply->deleteLater();
    }

    void addedChannelSendsWithTheGeneratedKey()
    {
        auto client = makeClient(m_sandbox->partnerKey());
        const partner::PartnerChannel baeckerei = channelNamed(client.get(), QStringLiteral("Bäckerei Sonnenschein"));
        QVERIFY(!ChannelImporter::existingChannel(m_service->channels(), baeckerei));

        const ChannelImporter::Result added = import(client.get(), baeckerei, QStringLiteral("Bäckerei"));
        QVERIFY2(added.ok(), qPrintable(added.channelError.message + added.generateError.summary()));
        QCOMPARE(added.outcome, Outcome::Added);
        QCOMPARE(added.channel.name, QStringLiteral("Bäckerei"));
        QCOMPARE(added.channel.phoneNumber, QStringLiteral("+49 89 5550123"));
        QCOMPARE(added.channel.baseUrl, m_sandbox->baseUrl()); // the generated key's `address`
        QCOMPARE(m_service->channels().size(), 1);

        // The key went into the keychain only, and it works for sending.
        const QByteArray firstKey = storedKey(added.channel.id);
        QVERIFY(!firstKey.isEmpty());
        QVERIFY(firstKey != m_sandbox->apiKey());
        const auto sent = sendText(added.channel.id, QStringLiteral("4915112345678"));
        QVERIFY2(sent.ok(), qPrintable(sent.error().summary()));
        QVERIFY(sent.value().messageId.startsWith(QStringLiteral("wamid.")));
        QCOMPARE(numberFor(firstKey).value().phoneNumber, QStringLiteral("+49 89 5550123"));

        // Adding it again generates another key: the channel keeps its id, the first key is revoked.
        const ChannelImporter::Result again = import(client.get(), baeckerei);
        QCOMPARE(again.outcome, Outcome::KeyReplaced);
        QCOMPARE(again.channel.id, added.channel.id);
        QCOMPARE(m_service->channels().size(), 1);
        QCOMPARE(numberFor(firstKey).error().httpStatus, 401);
        const QByteArray secondKey = storedKey(added.channel.id);
        QVERIFY(secondKey != firstKey);
        QVERIFY(sendText(added.channel.id, QStringLiteral("4915112345678")).ok());
    }

    void webhookIsSetForANewChannelAndReappliedForAnExistingOne()
    {
        auto client = makeClient(m_sandbox->partnerKey());
        // A new number with a webhook: set with the new key, as that number's own.
        WebhookConfig webhook;
        webhook.url = QUrl(QStringLiteral("http://127.0.0.1:9/hook"));
        webhook.headers.insert(QStringLiteral("X-WabaDesk-Secret"), QStringLiteral("s3cret-header-value"));
        const ChannelImporter::Result nordlicht =
            import(client.get(), channelNamed(client.get(), QStringLiteral("Nordlicht Reisen")), {}, webhook);
        QVERIFY2(nordlicht.ok(), qPrintable(nordlicht.channelError.message));
        QCOMPARE(nordlicht.webhooks, QStringList{webhook.url.toString()});
        QCOMPARE(nordlicht.channel.phoneWebhookUrl, webhook.url);

        // The sandbox's own number is in WabaDesk already, with a webhook: generating replaces its key and sets the
        // webhook again (360dialog resets it with a new key).
        Channel demo;
        QVERIFY(!addSandboxChannel(QStringLiteral("Demo"), Channel::KeyStorage::Keychain, &demo).isError());
        WebhookConfig demoHook;
        demoHook.url = QUrl(QStringLiteral("http://127.0.0.1:9/demo"));
        std::optional<channels::ChannelError> set;
        m_service->setWebhook(demo.id, channels::ChannelService::WebhookScope::PhoneNumber, demoHook, this,
                              [&](const channels::ChannelError& e) { set = e; });
        QTRY_VERIFY(set.has_value());
        QVERIFY(!set->isError());
        const QByteArray oldKey = m_sandbox->apiKey();
        const ChannelImporter::Result replaced =
            import(client.get(), channelNamed(client.get(), sandbox::SandboxChannel::verifiedName()));
        QVERIFY2(replaced.ok(), qPrintable(replaced.channelError.message));
        QCOMPARE(replaced.outcome, Outcome::KeyReplaced);
        QCOMPARE(replaced.channel.id, demo.id);
        QCOMPARE(replaced.webhooks, QStringList{demoHook.url.toString()});
        QVERIFY(m_sandbox->apiKey() != oldKey);
        QCOMPARE(numberFor(oldKey).error().httpStatus, 401);
        // What the sandbox has now is the re-applied webhook, read with the new key.
        api::ApiClient reader(m_network.get(), m_sandbox->baseUrl(), [this] { return m_sandbox->apiKey(); });
        const auto hook = wait<WebhookConfig>([&](auto done) { reader.phoneNumberWebhook(this, done); });
        QVERIFY(hook.ok());
        QCOMPARE(hook.value().url, demoHook.url);
    }

    void otherNumbersPostTheirOwnWebhooks()
    {
        // Statuses of a message sent with a generated key come to that number's webhook, with its metadata; the
        // sandbox number's webhook hears nothing of it.
        test::WebhookReceiver own;
        test::WebhookReceiver sandboxNumber;
        m_sandbox->setWebhook(sandboxNumber.url());
        auto client = makeClient(m_sandbox->partnerKey());
        WebhookConfig webhook;
        webhook.url = own.url();
        const ChannelImporter::Result added =
            import(client.get(), channelNamed(client.get(), QStringLiteral("Bäckerei Sonnenschein")), {}, webhook);
        QVERIFY2(added.ok(), qPrintable(added.channelError.message));
        const auto sent = sendText(added.channel.id, QStringLiteral("4915112345678"));
        QVERIFY(sent.ok());
        QTRY_COMPARE(own.statusesFor(sent.value().messageId).size(), 3);
        const QJsonObject value = own.values(QStringLiteral("messages")).first();
        QCOMPARE(value.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("phone_number_id")).toString(),
                 QStringLiteral("104773920118346"));
        QCOMPARE(
            value.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("display_phone_number")).toString(),
            QStringLiteral("49895550123"));
        QVERIFY(sandboxNumber.statusesFor(sent.value().messageId).isEmpty());
    }

    void refusedGenerationsChangeNothing()
    {
        auto client = makeClient(m_sandbox->partnerKey());
        const QByteArray sandboxKey = m_sandbox->apiKey();
        // Not ready yet: the hub refuses, nothing is added.
        const ChannelImporter::Result notReady =
            import(client.get(), channelNamed(client.get(), QStringLiteral("Café Aurora")));
        QCOMPARE(notReady.outcome, Outcome::NotGenerated);
        QCOMPARE(notReady.generateError.httpStatus, 400);
        QVERIFY(!notReady.oldKeyRevoked());
        // The client manages its own key: 403, told as a permission problem, not as a wrong key.
        const ChannelImporter::Result denied =
            import(client.get(), channelNamed(client.get(), QStringLiteral("Atelier Mendes")));
        QCOMPARE(denied.outcome, Outcome::NotGenerated);
        QCOMPARE(denied.generateError.httpStatus, 403);
        const auto text =
            partner::PartnerErrors::describe(denied.generateError, partner::PartnerErrors::Action::GenerateKey);
        QVERIFY(!text.wrongKey);
        QCOMPARE(text.title, QStringLiteral("No permission to generate this channel's key"));
        QVERIFY(m_service->channels().isEmpty());
        QCOMPARE(m_sandbox->apiKey(), sandboxKey);
    }

    void nothingIsGeneratedWithoutAWorkingKeychain()
    {
        // Generating revokes the old key: with a keychain that cannot store, nothing may be generated.
        class RefusingStore final : public secrets::SecretStore {
        public:
            void read(const QString&, QObject*, Done done) override { done({secrets::SecretError::NoBackend, {}, {}}); }
            void write(const QString&, const QByteArray&, QObject*, Done done) override
            {
                done({secrets::SecretError::NoBackend, {}, {}});
            }
            void remove(const QString&, QObject*, Done done) override
            {
                done({secrets::SecretError::NoBackend, {}, {}});
            }
        } refusing;
        auto client = makeClient(m_sandbox->partnerKey());
        const partner::PartnerChannel baeckerei = channelNamed(client.get(), QStringLiteral("Bäckerei Sonnenschein"));
        m_sandbox->clearRecordedRequests();
        ChannelImporter importer(client.get(), m_service.get(), &refusing);
        std::optional<ChannelImporter::Result> out;
        importer.import({baeckerei, {}, {}}, this, [&](const ChannelImporter::Result& r) { out = r; });
        QTRY_VERIFY(out.has_value());
        QCOMPARE(out->outcome, Outcome::NotGenerated);
        QCOMPARE(out->channelError.kind, channels::ChannelError::Kind::NoKeychain);
        for (const auto& r : m_sandbox->recordedRequests())
            QVERIFY2(!r.path.contains(QStringLiteral("api_keys")), qPrintable(r.path));
    }

    void balanceByDayAndMonth()
    {
        auto client = makeClient(m_sandbox->partnerKey());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto days = wait<partner::ClientBalance>([&](auto done) {
            client->clientBalance(QStringLiteral("bK9sOnCL"),
                                  partner::BalanceQuery::recent(partner::Granularity::Day, now), this, done);
        });
        QVERIFY2(days.ok(), qPrintable(days.error().summary()));
        QVERIFY(days.value().hasBalance);
        QCOMPARE(days.value().currency, QStringLiteral("EUR"));
        QCOMPARE(days.value().usage.size(), 30);
        QCOMPARE(days.value().usage.last().date, now.date());
        QVERIFY(days.value().totalQuantity() > 0);
        const auto months = wait<partner::ClientBalance>([&](auto done) {
            client->clientBalance(QStringLiteral("bK9sOnCL"),
                                  partner::BalanceQuery::recent(partner::Granularity::Month, now), this, done);
        });
        QVERIFY(months.ok());
        QCOMPARE(months.value().usage.size(), 12);
        QCOMPARE(months.value().usage.first().date.day(), 1);
        // The month figures add up the days: the last 30 days are within the last two months.
        const partner::UsagePeriod& last = months.value().usage.last();
        QVERIFY(last.quantity >= days.value().usage.last().quantity);
        for (const auto& p : months.value().usage)
            QCOMPARE(p.quantity, p.freeQuantity + p.paidQuantity);
    }

    void sixthBalanceRequestWaitsForTheWindow()
    {
        // The client's own pacing, on an injected clock: five requests in the window go, the sixth waits.
        qint64 fakeNow = 1000000;
        partner::RateLimiter limiter(5, std::chrono::seconds(30));
        limiter.setClock([&fakeNow] { return fakeNow; });
        auto client = makeClient(m_sandbox->partnerKey(), {}, &limiter);
        QSignalSpy waiting(client.get(), &PartnerClient::waiting);
        const QString id = QStringLiteral("bK9sOnCL");
        const auto query = partner::BalanceQuery::recent(partner::Granularity::Month, QDateTime::currentDateTimeUtc());
        int answered = 0;
        for (int i = 0; i < 5; ++i) {
            client->clientBalance(id, query, this, [&](const api::Result<partner::ClientBalance>& r) {
                QVERIFY2(r.ok(), qPrintable(r.error().summary()));
                ++answered;
            });
            fakeNow += 1000; // one a second
        }
        QTRY_COMPARE(answered, 5);
        QCOMPARE(balanceRequests(id), 5);
        QVERIFY(waiting.isEmpty());

        std::optional<api::Result<partner::ClientBalance>> sixth;
        api::ApiCall* call = client->clientBalance(id, query, this, [&](const auto& r) { sixth = r; });
        // Held, not sent: the first request's slot frees 30 s after it, that is 25 s from now.
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.at(0).at(0).toString(), PartnerClient::balanceBucket(id));
        QCOMPARE(waiting.at(0).at(1).toInt(), 25);
        QCOMPARE(limiter.queued(PartnerClient::balanceBucket(id)), 1);
        // Another client is not held up by this one.
        const auto other = wait<partner::ClientBalance>(
            [&](auto done) { client->clientBalance(QStringLiteral("nL4rEiCL"), query, this, done); });
        QVERIFY(other.ok());
        QVERIFY(!sixth.has_value());
        QCOMPARE(balanceRequests(id), 5);

        // 25 s later (on the clock), it goes.
        fakeNow += 25000;
        limiter.wake();
        QTRY_COMPARE(balanceRequests(id), 6);
        // (The sandbox counts real time, so it answers 429 and the client would wait again: that is the next test.)
        call->cancel();
        QTRY_VERIFY(sixth.has_value());
        QCOMPARE(sixth->error().kind, api::ApiError::Kind::Cancelled);
    }

    void serverRateLimitIsHonouredThenReported()
    {
        // A client whose clock says plenty of time passed between requests: the sandbox (real time) refuses the
        // sixth with 429 and Retry-After; the client waits that long (on its clock), tries once more, then reports.
        qint64 fakeNow = 0;
        partner::RateLimiter limiter(5, std::chrono::seconds(30));
        limiter.setClock([&fakeNow] { return fakeNow; });
        auto client = makeClient(m_sandbox->partnerKey(), {}, &limiter);
        QSignalSpy waiting(client.get(), &PartnerClient::waiting);
        const QString id = QStringLiteral("nL4rEiCL");
        const auto query = partner::BalanceQuery::recent(partner::Granularity::Day, QDateTime::currentDateTimeUtc());
        for (int i = 0; i < 5; ++i) {
            fakeNow += 31000;
            const auto r =
                wait<partner::ClientBalance>([&](auto done) { client->clientBalance(id, query, this, done); });
            QVERIFY2(r.ok(), qPrintable(r.error().summary()));
        }
        QVERIFY(waiting.isEmpty());
        fakeNow += 31000;
        std::optional<api::Result<partner::ClientBalance>> sixth;
        client->clientBalance(id, query, this, [&](const auto& r) { sixth = r; });
        QTRY_COMPARE(balanceRequests(id), 6);
        QTRY_COMPARE(waiting.size(), 1); // held for the server's Retry-After
        const int retryAfter = waiting.at(0).at(1).toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 30, qPrintable(QString::number(retryAfter)));
        QVERIFY(!sixth.has_value());
        fakeNow += retryAfter * 1000;
        limiter.wake();
        QTRY_VERIFY(sixth.has_value());
        QCOMPARE(balanceRequests(id), 7); // exactly one more attempt
        QVERIFY(!sixth->ok());
        QCOMPARE(sixth->error().httpStatus, 429);
        QVERIFY(sixth->error().retryAfterSeconds >= 1);
        const auto text = partner::PartnerErrors::describe(sixth->error(), partner::PartnerErrors::Action::Balance);
        QVERIFY(text.rateLimited);
        QVERIFY(text.explanation.contains(QStringLiteral("5 balance requests")));
    }
};

QTEST_MAIN(TestPartnerClient)
#include "tst_partnerclient.moc"
