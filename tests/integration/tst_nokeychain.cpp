// No Secret Service (no session bus at all, as on a headless Linux box): the real QtKeychain path reports
// "no keychain" quickly, adding a channel says so plainly, the session-only choice works and writes nothing,
// and the CLI refuses with a clear message (issue #3).
#include "TestEnvironment.h"
#include "channels/ChannelService.h"
#include "sandbox/Sandbox.h"
#include "secrets/KeychainSecretStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace wabadesk;

class TestNoKeychain : public QObject {
    Q_OBJECT
    QNetworkAccessManager m_nam;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;

private Q_SLOTS:
    void initTestCase()
    {
        // Set by CMake for this test; checked so that it cannot pass against a real keychain by accident.
        QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QStringLiteral("/nonexistent")));
        sandbox::SandboxOptions options;
        options.scriptedCustomers = false;
        options.apiKey = "NOKEYCHAIN-PROBE-5c81f0e2a9";
        m_sandbox = std::make_unique<sandbox::Sandbox>(options);
        QVERIFY(m_sandbox->start());
    }

    void keychainReportsNoBackend()
    {
        secrets::KeychainSecretStore store(secrets::KeychainSecretStore::serviceNameFor(QStringLiteral("/tmp/x")));
        std::optional<secrets::SecretResult> result;
        QElapsedTimer timer;
        timer.start();
        store.write(QStringLiteral("probe"), "value", this, [&](const secrets::SecretResult& r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QCOMPARE(result->error, secrets::SecretError::NoBackend);
        QVERIFY(!result->message.contains(QStringLiteral("value")));
        qInfo("keychain answered NoBackend in %lld ms", timer.elapsed());
    }

    void sessionOnlyPath()
    {
        QTemporaryDir dir;
        secrets::KeychainSecretStore keychain(secrets::KeychainSecretStore::serviceNameFor(dir.path()));
        channels::ChannelRepository repository(dir.path());
        channels::ChannelService service(&m_nam, &keychain, &repository);

        std::optional<std::pair<channels::ChannelError, Channel>> out;
        service.addChannel(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Desk"),
                           Channel::KeyStorage::Keychain, this,
                           [&](const auto& e, const auto& c) { out = std::make_pair(e, c); });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
        QCOMPARE(out->first.kind, channels::ChannelError::Kind::NoKeychain);
        QVERIFY(service.channels().isEmpty());

        out.reset();
        service.addChannel(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Desk"),
                           Channel::KeyStorage::SessionOnly, this,
                           [&](const auto& e, const auto& c) { out = std::make_pair(e, c); });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
        QVERIFY2(!out->first.isError(), qPrintable(out->first.message));
        QCOMPARE(service.channels().size(), 1);

        // Usable for this run...
        std::optional<channels::ChannelError> used;
        service.withClient(out->second.id, this, [&](const channels::ChannelError& e, api::ApiClient*) { used = e; });
        QTRY_VERIFY(used.has_value());
        QVERIFY(!used->isError());
        // ...and written nowhere.
        QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            QVERIFY2(!content.contains(m_sandbox->apiKey()), qPrintable(f.fileName()));
            QVERIFY2(!content.contains("Desk"), qPrintable(f.fileName()));
        }
    }

    void cliSaysSoPlainly()
    {
        QTemporaryDir dir;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WABADESK_DATA_DIR"), dir.path());
        env.remove(QStringLiteral("WABADESK_API_KEY"));
        p.setProcessEnvironment(env);
        p.start(test::binPath(QStringLiteral("wabadesk-cli")),
                {QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(), QStringLiteral("channel"),
                 QStringLiteral("add")});
        p.write(m_sandbox->apiKey() + '\n');
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("No keychain is available")), qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("WABADESK_API_KEY")));
        QVERIFY(!err.contains(QString::fromLatin1(m_sandbox->apiKey())));
    }
};

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
