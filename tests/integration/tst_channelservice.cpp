// ChannelService against the sandbox with the in-memory secret store: add, check, rotate, remove and webhook
// settings, with each failure told apart and nothing saved for a key that failed.
#include "FailingSecretStore.h"
#include "LoopbackServer.h"
#include "channels/ChannelService.h"
#include "channels/WebhookUrlRules.h"
#include "sandbox/Sandbox.h"
#include "secrets/MemorySecretStore.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace wabadesk;
using namespace wabadesk::channels;
using Kind = ChannelError::Kind;
using Scope = ChannelService::WebhookScope;

class TestChannelService : public QObject {
    Q_OBJECT
    QNetworkAccessManager m_nam;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<secrets::MemorySecretStore> m_store;
    std::unique_ptr<ChannelRepository> m_repository;
    std::unique_ptr<ChannelService> m_service;

    std::pair<ChannelError, Channel> add(const QUrl& base, const QByteArray& key, const QString& name = {},
                                         Channel::KeyStorage storage = Channel::KeyStorage::Keychain,
                                         ChannelService* service = nullptr)
    {
        std::optional<std::pair<ChannelError, Channel>> out;
        (service ? service : m_service.get())
            ->addChannel(base, key, name, storage, this,
                         [&](const ChannelError& e, const Channel& c) { out = std::make_pair(e, c); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
            qFatal("addChannel did not finish");
        return *out;
    }

    template <typename Start>
    ChannelError run(Start start)
    {
        std::optional<ChannelError> out;
        start([&](const ChannelError& e) { out = e; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
            qFatal("operation did not finish");
        return *out;
    }

    QUrl closedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    }

    QStringList savedGroups() const
    {
        QSettings s(m_repository->filePath(), QSettings::IniFormat);
        return s.childGroups();
    }

private Q_SLOTS:
    void init()
    {
        sandbox::SandboxOptions options;
        options.scriptedCustomers = false;
        m_sandbox = std::make_unique<sandbox::Sandbox>(options);
        QVERIFY(m_sandbox->start());
        m_sandbox->setLastInbound(QStringLiteral("4915112345678"), QDateTime::currentDateTimeUtc());
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<secrets::MemorySecretStore>();
        m_repository = std::make_unique<ChannelRepository>(m_dir->path());
        m_service = std::make_unique<ChannelService>(&m_nam, m_store.get(), m_repository.get());
    }

    void cleanup()
    {
        m_service.reset();
        m_sandbox.reset();
    }

    void addNamesTheChannelFromTheApi()
    {
        QSignalSpy changed(m_service.get(), &ChannelService::channelsChanged);
        const auto [e, c] = add(m_sandbox->baseUrl(), m_sandbox->apiKey());
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(c.name, QStringLiteral("WabaDesk Demo")); // verified_name from GET /v1/configs/phone_number
        QCOMPARE(c.phoneNumber, QStringLiteral("+49 30 1234567"));
        QCOMPARE(c.phoneNumberId, QStringLiteral("109876543210123"));
        QCOMPARE(c.keyHint, QStringLiteral("****") + QString::fromLatin1(m_sandbox->apiKey().right(4)));
        QCOMPARE(changed.size(), 1);
        QVERIFY(m_store->contains(secrets::keys::apiKey(c.id)));
        QCOMPARE(savedGroups(), QStringList{c.id});
        // The settings file holds no key.
        QFile ini(m_repository->filePath());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(m_sandbox->apiKey()));
        // A second service on the same directory (the next run) sees the channel and can use it.
        ChannelService again(&m_nam, m_store.get(), m_repository.get());
        QCOMPARE(again.channels().size(), 1);
        api::ApiClient* client = nullptr;
        QCOMPARE(run([&](auto done) {
                     again.withClient(c.id, this, [&, done](const ChannelError& ce, api::ApiClient* cl) {
                         client = cl;
                         done(ce);
                     });
                 }).kind,
                 Kind::None);
        std::optional<api::Result<SendResult>> sent;
        client->sendMessage(api::messages::text(QStringLiteral("4915112345678"), QStringLiteral("hi")), this,
                            [&](const auto& r) { sent = r; });
        QTRY_VERIFY(sent.has_value());
        QVERIFY(sent->ok());
    }

    void givenNameAndDuplicates()
    {
        QCOMPARE(add(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Support DE")).second.name,
                 QStringLiteral("Support DE"));
        const auto [dup, none] = add(m_sandbox->baseUrl(), m_sandbox->apiKey());
        QCOMPARE(dup.kind, Kind::Duplicate); // the same number again
        QVERIFY(dup.message.contains(QStringLiteral("Support DE")));
        QCOMPARE(add(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("support de")).first.kind,
                 Kind::InvalidInput);
    }

    // Channel Settings' rename (issue #14). Tried: blank, another channel's name in other case, an unknown channel.
    void renameChecksTheName()
    {
        Channel hamburg;
        hamburg.id = QStringLiteral("hamburg-1");
        hamburg.name = QStringLiteral("Hamburg");
        hamburg.baseUrl = m_sandbox->baseUrl();
        hamburg.phoneNumber = QStringLiteral("+49 40 555");
        m_repository->save(hamburg);
        ChannelService service(&m_nam, m_store.get(), m_repository.get());
        QCOMPARE(service.channels().size(), 1);
        const auto [e, berlin] = add(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Berlin"),
                                     Channel::KeyStorage::Keychain, &service);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QSignalSpy changed(&service, &ChannelService::channelsChanged);
        QCOMPARE(service.renameChannel(berlin.id, QStringLiteral("   ")).kind, Kind::InvalidInput);
        QCOMPARE(service.renameChannel(berlin.id, QStringLiteral("hamburg")).kind, Kind::InvalidInput);
        QCOMPARE(service.renameChannel(QStringLiteral("no-such-id"), QStringLiteral("X")).kind, Kind::NotFound);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(service.channel(berlin.id)->name, QStringLiteral("Berlin"));

        QVERIFY(!service.renameChannel(berlin.id, QStringLiteral("  Berlin Support ")).isError());
        QCOMPARE(service.channel(berlin.id)->name, QStringLiteral("Berlin Support"));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!service.renameChannel(berlin.id, QStringLiteral("Berlin Support")).isError()); // unchanged
        QCOMPARE(changed.size(), 1);
        // Saved: the next run sees the new name.
        ChannelService again(&m_nam, m_store.get(), m_repository.get());
        QCOMPARE(again.channel(berlin.id)->name, QStringLiteral("Berlin Support"));
    }

    void failuresAreToldApartAndNothingIsSaved_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("kind");
        QTest::newRow("wrong key") << 0 << int(Kind::WrongKey);
        QTest::newRow("unreachable base URL") << 1 << int(Kind::Unreachable);
        QTest::newRow("network failure (timeout)") << 2 << int(Kind::NetworkFailure);
        QTest::newRow("not a 360dialog API") << 3 << int(Kind::NotAnApi);
        QTest::newRow("empty key") << 4 << int(Kind::InvalidInput);
    }

    void failuresAreToldApartAndNothingIsSaved()
    {
        QFETCH(int, which);
        QFETCH(int, kind);
        test::LoopbackServer html([](const auto&) {
            return test::LoopbackServer::Reply{
                test::LoopbackServer::Mode::Respond,
                test::LoopbackServer::response(404, "<html>Not here</html>", "text/html")};
        });
        QUrl base = m_sandbox->baseUrl();
        QByteArray key = m_sandbox->apiKey();
        if (which == 0)
            key = "wrong-key-0123456789";
        if (which == 1)
            base = closedPort();
        if (which == 2) {
            sandbox::FaultPlan plan;
            plan.latencyMs = 16000; // beyond the check's 15 s timeout
            m_sandbox->setFaults(plan);
        }
        if (which == 3)
            base = html.url();
        if (which == 4)
            key = "   ";
        const auto [e, c] = add(base, key);
        QCOMPARE(int(e.kind), kind);
        QVERIFY(!e.message.isEmpty());
        QVERIFY(!e.message.contains(QString::fromLatin1(key.trimmed())) || key.trimmed().isEmpty());
        QVERIFY(m_service->channels().isEmpty());
        QCOMPARE(m_store->size(), 0);
        QVERIFY(savedGroups().isEmpty());
    }

    void rotateChecksStoresAndReappliesTheWebhook()
    {
        const Channel c = add(m_sandbox->baseUrl(), m_sandbox->apiKey()).second;
        WebhookConfig hook;
        hook.url = QUrl(QStringLiteral("https://hooks.example.com/wa"));
        hook.headers.insert(QStringLiteral("X-WabaDesk-Secret"), QStringLiteral("s3cret-header-value"));
        QCOMPARE(run([&](auto done) { m_service->setWebhook(c.id, Scope::PhoneNumber, hook, this, done); }).kind,
                 Kind::None);

        // A wrong new key changes nothing.
        const ChannelError wrong =
            run([&](auto done) { m_service->rotateKey(c.id, "not-the-new-key-999", this, done); });
        QCOMPARE(wrong.kind, Kind::WrongKey);
        QCOMPARE(m_service->channel(c.id)->keyHint, c.keyHint);

        // Generating a new key at "360dialog" kills the old one and resets the webhook (§5.1).
        const QByteArray newKey = m_sandbox->rotateKey();
        const ChannelError rotated = run([&](auto done) { m_service->rotateKey(c.id, newKey, this, done); });
        QVERIFY2(!rotated.isError(), qPrintable(rotated.message));
        QCOMPARE(m_service->channel(c.id)->keyHint, QStringLiteral("****") + QString::fromLatin1(newKey.right(4)));
        QVERIFY(m_service->channel(c.id)->keyRotatedAt.isValid());

        // The webhook is back at the sandbox, with its secret header.
        api::ApiClient check(&m_nam, m_sandbox->baseUrl(), [newKey] { return newKey; });
        std::optional<api::Result<WebhookConfig>> got;
        check.phoneNumberWebhook(this, [&](const auto& r) { got = r; });
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
        QCOMPARE(got->value().url, hook.url);
        QCOMPARE(got->value().headers.value(QStringLiteral("X-WabaDesk-Secret")),
                 QStringLiteral("s3cret-header-value"));
        // And the channel's own client now uses the new key.
        api::ApiClient* client = nullptr;
        run([&](auto done) {
            m_service->withClient(c.id, this, [&, done](const ChannelError& e, api::ApiClient* cl) {
                client = cl;
                done(e);
            });
        });
        std::optional<api::Result<BusinessProfile>> profile;
        client->businessProfile(this, [&](const auto& r) { profile = r; });
        QTRY_VERIFY(profile.has_value());
        QVERIFY(profile->ok());
    }

    void removeLeavesNothing()
    {
        const Channel c = add(m_sandbox->baseUrl(), m_sandbox->apiKey()).second;
        WebhookConfig hook;
        hook.url = QUrl(QStringLiteral("https://hooks.example.com/wa"));
        hook.headers.insert(QStringLiteral("Authorization"),
                            QString::fromLatin1(basicAuthorization(QStringLiteral("u"), QStringLiteral("p"))));
        QCOMPARE(run([&](auto done) { m_service->setWebhook(c.id, Scope::Waba, hook, this, done); }).kind, Kind::None);
        QVERIFY(QDir().mkpath(m_service->channelDataDir(c.id) + QStringLiteral("/media")));
        QCOMPARE(m_store->size(), 2); // key and the WABA webhook's headers

        QCOMPARE(run([&](auto done) { m_service->removeChannel(c.id, true, this, done); }).kind, Kind::None);
        QCOMPARE(m_store->size(), 0);
        QVERIFY(m_service->channels().isEmpty());
        QVERIFY(savedGroups().isEmpty());
        QVERIFY(!QDir(m_service->channelDataDir(c.id)).exists());
        QCOMPARE(run([&](auto done) { m_service->removeChannel(c.id, false, this, done); }).kind, Kind::NotFound);
    }

    void removeKeepsHistoryUnlessAsked()
    {
        const Channel c = add(m_sandbox->baseUrl(), m_sandbox->apiKey()).second;
        QVERIFY(QDir().mkpath(m_service->channelDataDir(c.id)));
        QCOMPARE(run([&](auto done) { m_service->removeChannel(c.id, false, this, done); }).kind, Kind::None);
        QVERIFY(QDir(m_service->channelDataDir(c.id)).exists());
    }

    void webhookRules()
    {
        // A channel on a public (non-loopback) base URL; the sandbox answers through a name that is not loopback.
        const Channel c = add(m_sandbox->baseUrl(), m_sandbox->apiKey()).second;
        for (const QString& bad :
             {QStringLiteral("http://hooks.example.com/x"), QStringLiteral("https://my_host.example.com"),
              QStringLiteral("https://host.example.com:8443/x"), QStringLiteral("garbage")}) {
            WebhookConfig hook;
            hook.url = QUrl(bad);
            const ChannelError e =
                run([&](auto done) { m_service->setWebhook(c.id, Scope::PhoneNumber, hook, this, done); });
            QCOMPARE(e.kind, Kind::InvalidInput);
            QVERIFY(!e.problems.isEmpty());
        }
        WebhookConfig badHeader;
        badHeader.url = QUrl(QStringLiteral("https://hooks.example.com/x"));
        badHeader.headers.insert(QStringLiteral("X Bad Name"), QStringLiteral("v"));
        QCOMPARE(run([&](auto done) { m_service->setWebhook(c.id, Scope::PhoneNumber, badHeader, this, done); }).kind,
                 Kind::InvalidInput);
        // The sandbox channel may deliver to a local listener.
        WebhookConfig local;
        local.url = QUrl(QStringLiteral("http://127.0.0.1:8765/webhook"));
        QCOMPARE(run([&](auto done) { m_service->setWebhook(c.id, Scope::PhoneNumber, local, this, done); }).kind,
                 Kind::None);
        QCOMPARE(m_service->channel(c.id)->phoneWebhookUrl, local.url);
    }

    void sessionOnlyWhenThereIsNoKeychain()
    {
        test::FailingSecretStore noKeychain(secrets::SecretError::NoBackend);
        ChannelService service(&m_nam, &noKeychain, m_repository.get());
        const auto [e, none] =
            add(m_sandbox->baseUrl(), m_sandbox->apiKey(), {}, Channel::KeyStorage::Keychain, &service);
        QCOMPARE(e.kind, Kind::NoKeychain);
        QVERIFY(e.message.contains(QStringLiteral("No keychain")));
        QVERIFY(service.channels().isEmpty());

        const auto [ok, c] =
            add(m_sandbox->baseUrl(), m_sandbox->apiKey(), {}, Channel::KeyStorage::SessionOnly, &service);
        QVERIFY2(!ok.isError(), qPrintable(ok.message));
        QCOMPARE(c.keyStorage, Channel::KeyStorage::SessionOnly);
        QCOMPARE(service.channels().size(), 1);
        QVERIFY(savedGroups().isEmpty()); // not written anywhere
        const int keychainCalls = noKeychain.calls;
        api::ApiClient* client = nullptr;
        QCOMPARE(run([&](auto done) {
                     service.withClient(c.id, this, [&, done](const ChannelError& ce, api::ApiClient* cl) {
                         client = cl;
                         done(ce);
                     });
                 }).kind,
                 Kind::None);
        QVERIFY(client);
        QCOMPARE(noKeychain.calls, keychainCalls); // the session key never goes near the keychain
        // The next run does not know it.
        ChannelService nextRun(&m_nam, &noKeychain, m_repository.get());
        QVERIFY(nextRun.channels().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChannelService)
#include "tst_channelservice.moc"
