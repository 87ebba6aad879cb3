// wabadesk-cli partner … as a process against the sandbox's Partner API, with a real Secret Service (run inside
// dbus-run-session with an unlocked gnome-keyring, like tst_keychain): listing, a wrong key, login into the keychain
// and commands that then need no key, add-channel generating a key straight into the keychain that then sends, a
// webhook set for the new number, refused generations, the balance limit waited out. Afterwards the Partner API key
// and every generated key are searched for in every output, every command line and every file under HOME and the
// data directory: none may be there.
#include "SecretSearch.h"
#include "TestEnvironment.h"
#include "partner/PartnerAccount.h"
#include "sandbox/Sandbox.h"
#include "secrets/KeychainSecretStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace wabadesk;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};
} // namespace

class TestPartnerCli : public QObject {
    Q_OBJECT
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QTemporaryDir m_data;
    QList<QByteArray> m_keys; // every secret the test saw
    QStringList m_outputs;    // everything the CLI printed, and its command lines

    // `partnerOptions`: --partner-id and --partner-base-url of the sandbox; `envKey`: WABADESK_PARTNER_KEY.
    Run cli(QStringList args, const QByteArray& input = {}, const QByteArray& envKey = {}, bool partnerOptions = true)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WABADESK_DATA_DIR"), m_data.path());
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("wabadesk.*=true")); // every log line
        env.remove(QStringLiteral("WABADESK_API_KEY"));
        env.remove(QStringLiteral("WABADESK_PARTNER_KEY"));
        if (!envKey.isEmpty())
            env.insert(QStringLiteral("WABADESK_PARTNER_KEY"), QString::fromUtf8(envKey));
        p.setProcessEnvironment(env);
        if (partnerOptions)
            args << QStringLiteral("--partner-id") << m_sandbox->partnerId() << QStringLiteral("--partner-base-url")
                 << m_sandbox->partnerBaseUrl().toString();
        p.start(test::binPath(QStringLiteral("wabadesk-cli")), args);
        if (!p.waitForStarted(5000))
            qFatal("wabadesk-cli did not start");
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(p.processId()));
        if (cmdline.open(QIODevice::ReadOnly))
            m_outputs << QString::fromUtf8(cmdline.readAll());
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(90000))
            qFatal("wabadesk-cli did not finish");
        Run r{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
        m_outputs << r.out << r.err;
        return r;
    }

    QByteArray keychainEntry(const QString& name)
    {
        secrets::KeychainSecretStore store(secrets::KeychainSecretStore::serviceNameFor(m_data.path()));
        std::optional<secrets::SecretResult> r;
        store.read(name, this, [&](const secrets::SecretResult& x) { r = x; });
        if (!QTest::qWaitFor([&] { return r.has_value(); }, 30000))
            qFatal("the keychain did not answer");
        return r->secret;
    }

    QJsonObject channelNamed(const QString& name)
    {
        const Run list =
            cli({QStringLiteral("channel"), QStringLiteral("list"), QStringLiteral("--json")}, {}, {}, false);
        for (const QJsonValue& v : list.json().value(QStringLiteral("channels")).toArray())
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty());
        QVERIFY(QFile::exists(test::binPath(QStringLiteral("wabadesk-cli"))));
        sandbox::SandboxOptions options;
        options.scriptedCustomers = false;
        const QByteArray stamp = QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 36);
        options.apiKey = "WBDPROBE-sandbox-number-key-" + stamp;
        options.partnerKey = "WBDPROBE-partner-key-" + stamp;
        // A short balance window, so that waiting it out takes seconds, not half a minute.
        options.partnerBalanceWindow = std::chrono::seconds(3);
        m_keys << options.apiKey << options.partnerKey;
        m_sandbox = std::make_unique<sandbox::Sandbox>(options);
        QVERIFY(m_sandbox->start());
        m_sandbox->setLastInbound(QStringLiteral("4915112345678"), QDateTime::currentDateTimeUtc());
    }

    void clientsAndChannelsWithTheKeyFromTheEnvironment()
    {
        const Run clients = cli({QStringLiteral("partner"), QStringLiteral("clients")}, {}, m_sandbox->partnerKey());
        QCOMPARE(clients.exitCode, 0);
        QVERIFY(clients.out.contains(QStringLiteral("Bäckerei Sonnenschein")));
        QVERIFY(clients.out.contains(QStringLiteral("bK9sOnCL")));
        const Run json = cli({QStringLiteral("partner"), QStringLiteral("clients"), QStringLiteral("--json")}, {},
                             m_sandbox->partnerKey());
        QCOMPARE(json.json().value(QStringLiteral("clients")).toArray().size(), 5);

        const Run channels = cli({QStringLiteral("partner"), QStringLiteral("channels"), QStringLiteral("--client"),
                                  QStringLiteral("nL4rEiCL"), QStringLiteral("--json")},
                                 {}, m_sandbox->partnerKey());
        QCOMPARE(channels.exitCode, 0);
        const QJsonArray list = channels.json().value(QStringLiteral("channels")).toArray();
        QCOMPARE(list.size(), 2);
        QStringList statuses;
        for (const QJsonValue& v : list)
            statuses << v.toObject().value(QStringLiteral("status")).toString();
        statuses.sort();
        QCOMPARE(statuses, QStringList({QStringLiteral("ready"), QStringLiteral("running")}));
    }

    void wrongKeyIsAClearError()
    {
        // Tried: a key that is not the partner's, in human and JSON output; then no key at all.
        const Run wrong =
            cli({QStringLiteral("partner"), QStringLiteral("clients")}, {}, "WBDPROBE-not-the-partner-key");
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY2(wrong.err.contains(QStringLiteral("The Partner API key was not accepted (HTTP 401)")),
                 qPrintable(wrong.err));
        QVERIFY(wrong.err.contains(QStringLiteral("What to do: ")));
        QVERIFY(!wrong.err.contains(QStringLiteral("WBDPROBE-not-the-partner-key")));
        const Run json = cli({QStringLiteral("partner"), QStringLiteral("clients"), QStringLiteral("--json")}, {},
                             "WBDPROBE-not-the-partner-key");
        const QJsonObject error = json.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("http_status")).toInt(), 401);
        QVERIFY(error.value(QStringLiteral("fix")).toString().contains(QStringLiteral("Partner Hub")));

        const Run none = cli({QStringLiteral("partner"), QStringLiteral("clients")});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains(QStringLiteral("No Partner API key")));
        const Run noId =
            cli({QStringLiteral("partner"), QStringLiteral("clients")}, {}, m_sandbox->partnerKey(), false);
        QCOMPARE(noId.exitCode, 2);
        QVERIFY(noId.err.contains(QStringLiteral("No partner id")));
    }

    void loginKeepsTheKeyInTheKeychainOnly()
    {
        // A wrong key is checked first and not kept.
        const Run refused = cli({QStringLiteral("partner"), QStringLiteral("login")}, "WBDPROBE-wrong-login-key\n");
        QCOMPARE(refused.exitCode, 3);
        QVERIFY(keychainEntry(secrets::keys::partnerApiKey()).isEmpty());

        const Run login = cli({QStringLiteral("partner"), QStringLiteral("login")}, m_sandbox->partnerKey() + "\n");
        QCOMPARE(login.exitCode, 0);
        QVERIFY2(login.out.contains(QStringLiteral("(5 client")), qPrintable(login.out));
        QCOMPARE(keychainEntry(secrets::keys::partnerApiKey()), m_sandbox->partnerKey());
        // The id and URL are remembered (not secret); the key is not in the settings.
        const QSettings settings(partner::PartnerAccount::settingsFile(m_data.path()), QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("partner/id")).toString(), m_sandbox->partnerId());

        // From now on no key and no partner options are needed.
        const Run clients = cli({QStringLiteral("partner"), QStringLiteral("clients")}, {}, {}, false);
        QCOMPARE(clients.exitCode, 0);
        QVERIFY(clients.out.contains(QStringLiteral("Nordlicht Reisen AB")));
    }

    void addChannelGeneratesTheKeyIntoTheKeychain()
    {
        const Run added = cli({QStringLiteral("partner"), QStringLiteral("add-channel"), QStringLiteral("sOn3bKCH"),
                               QStringLiteral("--name"), QStringLiteral("Bäckerei")},
                              {}, {}, false);
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.err.contains(QStringLiteral("revokes its current key")), qPrintable(added.err));
        QVERIFY2(added.out.contains(QStringLiteral("Added channel \"Bäckerei\" (+49 89 5550123)")),
                 qPrintable(added.out));
        const QJsonObject channel = channelNamed(QStringLiteral("Bäckerei"));
        QVERIFY(!channel.isEmpty());
        const QByteArray key = keychainEntry(secrets::keys::apiKey(channel.value(QStringLiteral("id")).toString()));
        QVERIFY(!key.isEmpty());
        m_keys << key;
        QCOMPARE(channel.value(QStringLiteral("key")).toString(),
                 QStringLiteral("****") + QString::fromLatin1(key.right(4)));

        // The generated key works: a message goes out through the channel.
        const Run sent = cli({QStringLiteral("--channel"), QStringLiteral("Bäckerei"), QStringLiteral("send"),
                              QStringLiteral("text"), QStringLiteral("--to"), QStringLiteral("4915112345678"),
                              QStringLiteral("--body"), QStringLiteral("Frische Brötchen!")},
                             {}, {}, false);
        QCOMPARE(sent.exitCode, 0);
        // The partner's list now says which WabaDesk channel has the number.
        const Run listed =
            cli({QStringLiteral("partner"), QStringLiteral("channels"), QStringLiteral("--json")}, {}, {}, false);
        bool marked = false;
        for (const QJsonValue& v : listed.json().value(QStringLiteral("channels")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("sOn3bKCH"))
                marked =
                    v.toObject().value(QStringLiteral("wabadesk_channel")).toString() == QStringLiteral("Bäckerei");
        QVERIFY(marked);
    }

    void addChannelSetsTheWebhookGiven()
    {
        const Run added = cli({QStringLiteral("partner"), QStringLiteral("add-channel"), QStringLiteral("nLr1aXCH"),
                               QStringLiteral("--name"), QStringLiteral("Nordlicht"), QStringLiteral("--url"),
                               QStringLiteral("http://127.0.0.1:9/hook"), QStringLiteral("--header"),
                               QStringLiteral("X-Hook-Secret:-"), QStringLiteral("--json")},
                              "WBDPROBE-hook-secret\n", {}, false);
        m_keys << "WBDPROBE-hook-secret";
        QCOMPARE(added.exitCode, 0);
        const QJsonObject o = added.json();
        QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("added"));
        QCOMPARE(o.value(QStringLiteral("webhooks")).toArray().first().toString(),
                 QStringLiteral("http://127.0.0.1:9/hook"));
        m_keys << keychainEntry(
            secrets::keys::apiKey(channelNamed(QStringLiteral("Nordlicht")).value(QStringLiteral("id")).toString()));
        // What 360dialog (the sandbox) has for the number now, read with its new key (the human form: header names
        // only; --json would print the raw answer with the header's value).
        const Run hook = cli({QStringLiteral("--channel"), QStringLiteral("Nordlicht"), QStringLiteral("webhook"),
                              QStringLiteral("get")},
                             {}, {}, false);
        QCOMPARE(hook.exitCode, 0);
        QVERIFY2(hook.out.contains(QStringLiteral("http://127.0.0.1:9/hook")), qPrintable(hook.out));
        QVERIFY(hook.out.contains(QStringLiteral("X-Hook-Secret")));
    }

    void refusedGenerationsExplainWhy()
    {
        const Run denied =
            cli({QStringLiteral("partner"), QStringLiteral("add-channel"), QStringLiteral("mNd8aTCH")}, {}, {}, false);
        QCOMPARE(denied.exitCode, 3);
        QVERIFY2(denied.err.contains(QStringLiteral("No permission to generate this channel's key")),
                 qPrintable(denied.err));
        const Run unknown =
            cli({QStringLiteral("partner"), QStringLiteral("add-channel"), QStringLiteral("nOsUcHCH")}, {}, {}, false);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("has no channel nOsUcHCH")));
        QVERIFY(channelNamed(QStringLiteral("Atelier Mendes")).isEmpty());
    }

    void sixthBalanceRequestWaitsForTheWindow()
    {
        // Each run is a new process, so the sandbox's 429 is what stops the sixth; the CLI waits its Retry-After
        // (3 s here) and tries once more.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(cli({QStringLiteral("partner"), QStringLiteral("balance"), QStringLiteral("--client"),
                          QStringLiteral("cAf3aUCL")},
                         {}, {}, false)
                         .exitCode,
                     0);
        const Run sixth = cli({QStringLiteral("partner"), QStringLiteral("balance"), QStringLiteral("--client"),
                               QStringLiteral("cAf3aUCL"), QStringLiteral("--granularity"), QStringLiteral("day")},
                              {}, {}, false);
        QCOMPARE(sixth.exitCode, 0);
        QVERIFY2(sixth.err.contains(QStringLiteral("for 360dialog's rate limit")), qPrintable(sixth.err));
        QVERIFY(sixth.out.contains(QStringLiteral("Balance: 0.00 EUR")));
    }

    void logoutRemovesTheKey()
    {
        QCOMPARE(cli({QStringLiteral("partner"), QStringLiteral("logout")}, {}, {}, false).exitCode, 0);
        QVERIFY(keychainEntry(secrets::keys::partnerApiKey()).isEmpty());
        const Run after = cli({QStringLiteral("partner"), QStringLiteral("clients")}, {}, {}, false);
        QCOMPARE(after.exitCode, 2);
    }

    void noSecretInAnyOutputCommandLineOrFile()
    {
        QVERIFY(m_keys.size() >= 5);
        const test::SecretSearchResult files = test::searchFilesForSecrets({m_data.path(), QDir::homePath()}, m_keys);
        QVERIFY2(files.hit.isEmpty(), qPrintable(QStringLiteral("a secret in ") + files.hit));
        const QString everything = m_outputs.join(QLatin1Char('\n'));
        QVERIFY(everything.contains(QStringLiteral("****"))); // redacted hints do appear
        for (const QByteArray& key : std::as_const(m_keys))
            QVERIFY2(!everything.contains(QString::fromLatin1(key)), "a secret in an output or a command line");
    }
};

QTEST_GUILESS_MAIN(TestPartnerCli)
#include "tst_partnercli.moc"
