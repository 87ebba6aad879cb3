// Against a real Secret Service (CI: gnome-keyring-daemon, unlocked, in a throwaway HOME inside dbus-run-session):
// QtKeychain's real code path, then a channel's whole life through the app's core and through wabadesk-cli with a
// distinctive key, then a search of every file under HOME and the data directory, every log line and every output
// for any of the keys; and the CLI's command line (what `ps` shows) never holds the key.
#include "LogCapture.h"
#include "SecretSearch.h"
#include "TestEnvironment.h"
#include "channels/ChannelRepository.h"
#include "channels/ChannelService.h"
#include "sandbox/Sandbox.h"
#include "secrets/KeychainSecretStore.h"
#include "store/Store.h"
#include "store/StoreLocation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace wabadesk;
using Kind = channels::ChannelError::Kind;

class TestKeychain : public QObject {
    Q_OBJECT
    QNetworkAccessManager m_nam;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QTemporaryDir m_data;
    QList<QByteArray> m_keys;   // every key the test used
    QStringList m_outputs;      // everything the CLI printed
    int m_commandLinesRead = 0; // argv read from /proc while the CLI ran (Linux only, like the whole test)
    std::unique_ptr<test::LogCapture> m_log;

    secrets::SecretResult call(std::function<void(secrets::SecretStore::Done)> start)
    {
        std::optional<secrets::SecretResult> r;
        start([&](const secrets::SecretResult& x) { r = x; });
        if (!QTest::qWaitFor([&] { return r.has_value(); }, 30000))
            qFatal("keychain call did not finish");
        return *r;
    }

    channels::ChannelError run(std::function<void(channels::ChannelService::Done)> start)
    {
        std::optional<channels::ChannelError> r;
        start([&](const channels::ChannelError& e) { r = e; });
        if (!QTest::qWaitFor([&] { return r.has_value(); }, 30000))
            qFatal("channel operation did not finish");
        return *r;
    }

    int cli(const QStringList& args, const QByteArray& input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WABADESK_DATA_DIR"), m_data.path());
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("wabadesk.*=true")); // every log line, on stderr
        env.remove(QStringLiteral("WABADESK_API_KEY"));
        p.setProcessEnvironment(env);
        p.start(test::binPath(QStringLiteral("wabadesk-cli")), args);
        if (!p.waitForStarted(5000))
            qFatal("wabadesk-cli did not start");
        // What `ps` shows of the running process: its argv.
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(p.processId()));
        if (cmdline.open(QIODevice::ReadOnly)) {
            m_outputs << QString::fromUtf8(cmdline.readAll());
            ++m_commandLinesRead;
        }
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            qFatal("wabadesk-cli did not finish");
        m_outputs << QString::fromUtf8(p.readAllStandardOutput()) << QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_log = std::make_unique<test::LogCapture>();
        QVERIFY(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty());
        sandbox::SandboxOptions options;
        options.scriptedCustomers = false;
        options.apiKey = "WBDPROBE-first-key-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 36);
        m_keys << options.apiKey;
        m_sandbox = std::make_unique<sandbox::Sandbox>(options);
        QVERIFY(m_sandbox->start());
        m_sandbox->setLastInbound(QStringLiteral("4915112345678"), QDateTime::currentDateTimeUtc());
    }

    void keychainRoundTrip()
    {
        secrets::KeychainSecretStore store(secrets::KeychainSecretStore::serviceNameFor(m_data.path()));
        secrets::KeychainSecretStore other(
            secrets::KeychainSecretStore::serviceNameFor(m_data.path() + QStringLiteral("/other")));
        const QByteArray secret = "WBDPROBE-roundtrip-\x01\xff-binary";
        m_keys << secret;
        QVERIFY2(call([&](auto d) { store.write(QStringLiteral("probe"), secret, this, d); }).ok(), "write failed");
        const auto read = call([&](auto d) { store.read(QStringLiteral("probe"), this, d); });
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret, secret);
        // Scoped per data directory.
        QCOMPARE(call([&](auto d) { other.read(QStringLiteral("probe"), this, d); }).error,
                 secrets::SecretError::NotFound);
        QVERIFY(call([&](auto d) { store.remove(QStringLiteral("probe"), this, d); }).ok());
        QCOMPARE(call([&](auto d) { store.read(QStringLiteral("probe"), this, d); }).error,
                 secrets::SecretError::NotFound);
    }

    void channelLifeInTheApp()
    {
        secrets::KeychainSecretStore keychain(secrets::KeychainSecretStore::serviceNameFor(m_data.path()));
        channels::ChannelRepository repository(m_data.path());
        channels::ChannelService service(&m_nam, &keychain, &repository);

        std::optional<std::pair<channels::ChannelError, Channel>> added;
        service.addChannel(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("App desk"),
                           Channel::KeyStorage::Keychain, this,
                           [&](const auto& e, const auto& c) { added = std::make_pair(e, c); });
        QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), 30000);
        QVERIFY2(!added->first.isError(), qPrintable(added->first.message));
        const Channel c = added->second;

        // The key is in the keychain, under the channel's entry.
        const auto stored = call([&](auto d) { keychain.read(secrets::keys::apiKey(c.id), this, d); });
        QCOMPARE(stored.secret, m_sandbox->apiKey());

        // Use it: a fresh service (a new run) reads the key from the keychain and sends.
        channels::ChannelService nextRun(&m_nam, &keychain, &repository);
        api::ApiClient* client = nullptr;
        QCOMPARE(run([&](auto d) {
                     nextRun.withClient(c.id, this, [&, d](const channels::ChannelError& e, api::ApiClient* cl) {
                         client = cl;
                         d(e);
                     });
                 }).kind,
                 Kind::None);
        std::optional<api::Result<SendResult>> sent;
        client->sendMessage(api::messages::text(QStringLiteral("4915112345678"), QStringLiteral("from the app")), this,
                            [&](const auto& r) { sent = r; });
        QTRY_VERIFY(sent.has_value());
        QVERIFY(sent->ok());

        WebhookConfig hook;
        hook.url = QUrl(QStringLiteral("https://hooks.example.com/wa"));
        const QByteArray webhookSecret = "WBDPROBE-webhook-secret-7c2d";
        m_keys << webhookSecret;
        hook.headers.insert(QStringLiteral("X-WabaDesk-Secret"), QString::fromLatin1(webhookSecret));
        QCOMPARE(run([&](auto d) {
                     nextRun.setWebhook(c.id, channels::ChannelService::WebhookScope::PhoneNumber, hook, this, d);
                 }).kind,
                 Kind::None);

        const QByteArray rotated = m_sandbox->rotateKey();
        m_keys << rotated;
        const auto r = run([&](auto d) { nextRun.rotateKey(c.id, rotated, this, d); });
        QVERIFY2(!r.isError(), qPrintable(r.message));
        QCOMPARE(call([&](auto d) { keychain.read(secrets::keys::apiKey(c.id), this, d); }).secret, rotated);

        QCOMPARE(run([&](auto d) { nextRun.removeChannel(c.id, true, this, d); }).kind, Kind::None);
        QCOMPARE(call([&](auto d) { keychain.read(secrets::keys::apiKey(c.id), this, d); }).error,
                 secrets::SecretError::NotFound);
        QCOMPARE(call([&](auto d) {
                     keychain.read(secrets::keys::webhookHeaders(c.id, QStringLiteral("phone")), this, d);
                 }).error,
                 secrets::SecretError::NotFound);
    }

    void channelLifeInTheCli()
    {
        const QByteArray key = m_sandbox->apiKey();
        const QString base = m_sandbox->baseUrl().toString();
        QCOMPARE(cli({QStringLiteral("--base-url"), base, QStringLiteral("channel"), QStringLiteral("add"),
                      QStringLiteral("--name"), QStringLiteral("Cli desk")},
                     key + '\n'),
                 0);
        QCOMPARE(cli({QStringLiteral("channel"), QStringLiteral("list")}), 0);
        QVERIFY(m_outputs.join(QLatin1Char('\n')).contains(QStringLiteral("Cli desk")));
        QCOMPARE(cli({QStringLiteral("--channel"), QStringLiteral("Cli desk"), QStringLiteral("send"),
                      QStringLiteral("text"), QStringLiteral("--to"), QStringLiteral("4915112345678"),
                      QStringLiteral("--body"), QStringLiteral("from the CLI")}),
                 0);
        const QByteArray webhookSecret = "WBDPROBE-cli-webhook-91ab";
        m_keys << webhookSecret;
        QCOMPARE(cli({QStringLiteral("--channel"), QStringLiteral("Cli desk"), QStringLiteral("webhook"),
                      QStringLiteral("set"), QStringLiteral("--url"), QStringLiteral("https://hooks.example.com/cli"),
                      QStringLiteral("--header"), QStringLiteral("X-WabaDesk-Secret:-")},
                     webhookSecret + '\n'),
                 0);
        const QByteArray rotated = m_sandbox->rotateKey();
        m_keys << rotated;
        // The old key no longer works (exit 3), the rotated one does.
        QCOMPARE(cli({QStringLiteral("channel"), QStringLiteral("check"), QStringLiteral("Cli desk")}), 3);
        QCOMPARE(cli({QStringLiteral("channel"), QStringLiteral("rotate"), QStringLiteral("Cli desk")}, rotated + '\n'),
                 0);
        QCOMPARE(cli({QStringLiteral("channel"), QStringLiteral("check"), QStringLiteral("Cli desk")}), 0);
        QCOMPARE(cli({QStringLiteral("--channel"), QStringLiteral("Cli desk"), QStringLiteral("webhook"),
                      QStringLiteral("get")}),
                 0);
        QVERIFY(m_outputs.last(2).join(QString()).contains(QStringLiteral("https://hooks.example.com/cli")));
        // A profile change through --channel lands in that data directory's audit log, marked as the CLI's.
        QCOMPARE(cli({QStringLiteral("--channel"), QStringLiteral("Cli desk"), QStringLiteral("profile"),
                      QStringLiteral("set"), QStringLiteral("--about"), QStringLiteral("Set from the CLI")}),
                 0);
        {
            QString error;
            const auto store = store::Store::open(store::StoreLocation::inDataDir(m_data.path()), &error);
            QVERIFY2(store, qPrintable(error));
            const QList<ProfileAuditEntry> audit = store->profileAudit(QString());
            QCOMPARE(audit.size(), 1);
            QCOMPARE(audit.first().field, QStringLiteral("about"));
            QCOMPARE(audit.first().newValue, QStringLiteral("Set from the CLI"));
            QCOMPARE(audit.first().by, QStringLiteral("cli"));
        }
        // A customer's IBAN arrives through `listen` (issue #15 item 7: --purge-history kept it on disk).
        const QByteArray iban = "DE44500105175407324931";
        QProcess listen;
        {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("WABADESK_DATA_DIR"), m_data.path());
            listen.setProcessEnvironment(env);
            listen.start(test::binPath(QStringLiteral("wabadesk-cli")),
                         {QStringLiteral("listen"), QStringLiteral("--port"), QStringLiteral("0")});
            QByteArray out;
            static const QRegularExpression url(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/"));
            int port = 0;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    listen.waitForReadyRead(100);
                    out += listen.readAllStandardOutput();
                    port = url.match(QString::fromUtf8(out)).captured(1).toInt();
                    return port > 0 || listen.state() == QProcess::NotRunning;
                },
                30000));
            QVERIFY2(port > 0, out.constData());
            const Channel channel = channels::ChannelRepository(m_data.path()).load().value(0);
            QVERIFY(!channel.phoneNumberId.isEmpty());
            const QByteArray body = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{"
                                    "\"field\":\"messages\",\"value\":{\"metadata\":{\"phone_number_id\":\"" +
                                    channel.phoneNumberId.toLatin1() +
                                    "\"},\"messages\":[{\"from\":\"4915112345678\",\"id\":\"wamid.cli-iban\","
                                    "\"timestamp\":\"1700000000\",\"type\":\"text\",\"text\":{\"body\":\"IBAN " +
                                    iban + "\"}}]}}]}]}";
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            request.setRawHeader("X-WabaDesk-Secret", webhookSecret);
            QNetworkReply* reply = m_nam.post(request, body);
            QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            reply->deleteLater();
            QString error;
            const auto store = store::Store::open(store::StoreLocation::inDataDir(m_data.path()), &error);
            QVERIFY(
                QTest::qWaitFor([&] { return store->message(QStringLiteral("wamid.cli-iban")).has_value(); }, 10000));
        }
        // While `listen` has the journal, the history cannot be purged: nothing is removed, and it says why.
        QCOMPARE(cli({QStringLiteral("channel"), QStringLiteral("remove"), QStringLiteral("Cli desk"),
                      QStringLiteral("--purge-history")}),
                 2);
        QVERIFY2(m_outputs.last().contains(QStringLiteral("listen")), qPrintable(m_outputs.last()));
        QCOMPARE(channels::ChannelRepository(m_data.path()).load().size(), 1);
        listen.terminate();
        QVERIFY(listen.waitForFinished(20000));
        QCOMPARE(cli({QStringLiteral("channel"), QStringLiteral("remove"), QStringLiteral("Cli desk"),
                      QStringLiteral("--purge-history")}),
                 0);
        QVERIFY2(m_outputs.at(m_outputs.size() - 2).contains(QStringLiteral("1 messages")),
                 qPrintable(m_outputs.at(m_outputs.size() - 2)));
        const test::SecretSearchResult left = test::searchFilesForSecrets({m_data.path()}, {iban});
        QVERIFY2(left.hit.isEmpty(), qPrintable(QStringLiteral("the IBAN is still in ") + left.hit));
        QCOMPARE(cli({QStringLiteral("--channel"), QStringLiteral("Cli desk"), QStringLiteral("profile"),
                      QStringLiteral("get")}),
                 2);
        // Nothing of it is left in the keychain: a store on the same data directory finds no channel key.
        secrets::KeychainSecretStore keychain(secrets::KeychainSecretStore::serviceNameFor(m_data.path()));
        channels::ChannelRepository repository(m_data.path());
        QVERIFY(repository.load().isEmpty());
    }

    // The capture ends with the test run: Qt Test's own handler must not see messages after it has finished.
    void cleanupTestCase() { m_log.reset(); }

    void noKeyInAnyFileLogOrOutput()
    {
        QVERIFY(m_keys.size() >= 5);
        const test::SecretSearchResult files = test::searchFilesForSecrets({m_data.path(), QDir::homePath()}, m_keys);
        QVERIFY2(files.hit.isEmpty(), qPrintable(QStringLiteral("a key in ") + files.hit));
        QVERIFY(!files.searched.isEmpty());
        qInfo("searched %d files", int(files.searched.size()));
        const QStringList log = m_log->lines();
        QVERIFY(!log.isEmpty());
        QVERIFY2(m_log->wabadeskDebugLines() > 0, "debug logging was not on");
        const QString everything = log.join(QLatin1Char('\n')) + m_outputs.join(QLatin1Char('\n'));
        QVERIFY(everything.contains(QStringLiteral("****"))); // redacted hints do appear
        QVERIFY2(m_commandLinesRead > 0, "no command line of the CLI was read from /proc: nothing checked there");
        for (const QByteArray& key : m_keys)
            QVERIFY2(!everything.contains(QString::fromLatin1(key)),
                     "a key in a log line, an output or a command line");
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
