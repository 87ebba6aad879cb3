// ListenerService, the one composition of journal, ingest worker and listener (GUI and `wabadesk-cli listen`):
// credentials and routes come from the channels' webhooks (set through ChannelService, secrets in memory), a newly set
// secret counts without a restart, refused requests stay in the inspector's ring but never in the store.
#include "channels/ChannelRepository.h"
#include "channels/ChannelService.h"
#include "sandbox/Sandbox.h"
#include "secrets/MemorySecretStore.h"
#include "store/Store.h"
#include "webhook/ListenerService.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using namespace wabadesk;
using Scope = channels::ChannelService::WebhookScope;

namespace {
const auto kHeader = QStringLiteral("X-WabaDesk-Secret");

QByteArray textEnvelope(const QString& phoneNumberId, const QString& wamid)
{
    const QJsonObject message{{QStringLiteral("from"), QStringLiteral("4915112345678")},
                              {QStringLiteral("id"), wamid},
                              {QStringLiteral("timestamp"), QStringLiteral("1700000000")},
                              {QStringLiteral("type"), QStringLiteral("text")},
                              {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("Hallo")}}}};
    const QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                            {QStringLiteral("metadata"),
                             QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("49301234567")},
                                         {QStringLiteral("phone_number_id"), phoneNumberId}}},
                            {QStringLiteral("messages"), QJsonArray{message}}};
    const QJsonObject change{{QStringLiteral("field"), QStringLiteral("messages")}, {QStringLiteral("value"), value}};
    const QJsonObject entry{{QStringLiteral("id"), QStringLiteral("1")},
                            {QStringLiteral("changes"), QJsonArray{change}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                                     {QStringLiteral("entry"), QJsonArray{entry}}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

class TestListenerService : public QObject {
    Q_OBJECT
    QNetworkAccessManager m_nam;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<secrets::MemorySecretStore> m_secrets;
    std::unique_ptr<channels::ChannelRepository> m_repository;
    std::unique_ptr<channels::ChannelService> m_channels;
    std::unique_ptr<webhook::ListenerService> m_listener;
    Channel m_channel;

    // POSTs `body` to the listener with `header: value`; the HTTP status.
    int post(const QByteArray& body, const QString& header, const QByteArray& value)
    {
        QNetworkRequest request(m_listener->url());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!header.isEmpty())
            request.setRawHeader(header.toLatin1(), value);
        QNetworkReply* reply = m_nam.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return -1;
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    // Sets the channel's phone-number webhook to the listener with this secret and waits until the listener took it.
    bool setSecret(const QByteArray& secret)
    {
        QSignalSpy credentials(m_listener.get(), &webhook::ListenerService::credentialsChanged);
        WebhookConfig config;
        config.url = m_listener->url();
        config.headers.insert(kHeader, QString::fromLatin1(secret));
        std::optional<channels::ChannelError> done;
        m_channels->setWebhook(m_channel.id, Scope::PhoneNumber, config, this,
                               [&](const channels::ChannelError& e) { done = e; });
        if (!QTest::qWaitFor([&] { return done.has_value(); }, 10000) || done->isError())
            return false;
        // channelsChanged started a refresh; its end is the listener's new credential list.
        return QTest::qWaitFor([&] { return !credentials.isEmpty(); }, 10000);
    }

    QList<JournalEntry> journal()
    {
        QString error;
        auto store = store::Store::open(store::StoreLocation::inDataDir(m_dir->path()), &error);
        return store ? store->journalEntries(100) : QList<JournalEntry>{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WabaDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_listenerservice"));
        QSettings().clear();
    }

    void init()
    {
        sandbox::SandboxOptions options;
        options.scriptedCustomers = false;
        options.statusDelay = std::chrono::milliseconds(50);
        m_sandbox = std::make_unique<sandbox::Sandbox>(options);
        QVERIFY(m_sandbox->start());
        m_dir = std::make_unique<QTemporaryDir>();
        m_secrets = std::make_unique<secrets::MemorySecretStore>();
        m_repository = std::make_unique<channels::ChannelRepository>(m_dir->path());
        m_channels = std::make_unique<channels::ChannelService>(&m_nam, m_secrets.get(), m_repository.get());
        std::optional<channels::ChannelError> added;
        m_channels->addChannel(m_sandbox->baseUrl(), m_sandbox->apiKey(), QStringLiteral("Sandbox"),
                               Channel::KeyStorage::Keychain, this,
                               [&](const channels::ChannelError& e, const Channel& c) {
                                   added = e;
                                   m_channel = c;
                               });
        QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), 10000);
        QVERIFY2(!added->isError(), qPrintable(added->message));

        m_listener = std::make_unique<webhook::ListenerService>(m_channels.get(),
                                                                store::StoreLocation::inDataDir(m_dir->path()));
        webhook::ListenerOptions listen;
        listen.port = 0;
        QString error;
        QVERIFY2(m_listener->start(listen, &error), qPrintable(error));
        QVERIFY(m_listener->isRunning());
        QCOMPARE(m_listener->url().host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(m_listener->loadCredentialsNow(), 0); // no webhook set yet
    }

    void cleanup()
    {
        m_listener.reset();
        m_channels.reset();
        m_repository.reset();
        m_secrets.reset();
        m_dir.reset();
        m_sandbox.reset();
    }

    void acceptsTheChannelSecretAndRefusesOthers()
    {
        QVERIFY(setSecret("first-secret-0a9f"));
        QCOMPARE(m_listener->credentialCount(), 1);
        QCOMPARE(m_listener->credentialFor(m_channel.id)->header, kHeader.toLatin1());

        QSignalSpy ingested(m_listener.get(), &webhook::ListenerService::ingested);
        QSignalSpy requests(m_listener.get(), &webhook::ListenerService::requestReceived);
        QCOMPARE(
            post(textEnvelope(m_channel.phoneNumberId, QStringLiteral("wamid.svc-1")), kHeader, "first-secret-0a9f"),
            200);
        QTRY_VERIFY(!ingested.isEmpty());
        const auto outcomes = ingested.first().first().value<QList<store::IngestOutcome>>();
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().result, store::IngestOutcome::Result::Stored);
        QCOMPARE(outcomes.first().channelId, m_channel.id); // routed by phone_number_id
        {
            QString error;
            auto store = store::Store::open(store::StoreLocation::inDataDir(m_dir->path()), &error);
            QVERIFY2(store, qPrintable(error));
            const auto message = store->message(QStringLiteral("wamid.svc-1"));
            QVERIFY(message.has_value());
            QCOMPARE(message->channelId, m_channel.id);
        }

        // A wrong secret and a missing one: 401, kept in the ring as refused, never stored.
        QCOMPARE(post(textEnvelope(m_channel.phoneNumberId, QStringLiteral("wamid.svc-2")), kHeader, "wrong"), 401);
        QCOMPARE(post(textEnvelope(m_channel.phoneNumberId, QStringLiteral("wamid.svc-3")), QString(), {}), 401);
        QTRY_COMPARE(requests.size(), 3);
        const QList<webhook::RequestRecord> recent = m_listener->recentRequests();
        QCOMPARE(recent.size(), 3);
        QCOMPARE(recent.at(0).status, 200);
        QVERIFY(recent.at(0).seq > 0);
        QCOMPARE(recent.at(1).status, 401);
        QCOMPARE(recent.at(1).seq, 0);
        QCOMPARE(recent.at(2).status, 401);
        QCOMPARE(m_listener->receivedCount(), 3);
        QCOMPARE(m_listener->rejectedCount(), 2);
        QTest::qWait(200); // the ingest worker would have had time to store anything
        const QList<JournalEntry> entries = journal();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().result, QStringLiteral("stored"));
        for (const JournalEntry& e : entries)
            QVERIFY(!e.body.contains("wamid.svc-2") && !e.body.contains("wamid.svc-3"));
    }

    void picksUpANewSecretWithoutRestart()
    {
        QVERIFY(setSecret("old-secret-11aa"));
        const QUrl url = m_listener->url();
        QCOMPARE(post(textEnvelope(m_channel.phoneNumberId, QStringLiteral("wamid.rot-1")), kHeader, "old-secret-11aa"),
                 200);
        QVERIFY(setSecret("new-secret-22bb"));
        QCOMPARE(m_listener->url(), url); // the same listener, not restarted
        QCOMPARE(post(textEnvelope(m_channel.phoneNumberId, QStringLiteral("wamid.rot-2")), kHeader, "new-secret-22bb"),
                 200);
        QCOMPARE(post(textEnvelope(m_channel.phoneNumberId, QStringLiteral("wamid.rot-3")), kHeader, "old-secret-11aa"),
                 401);
    }

    void sandboxDeliversThroughTheListener()
    {
        // The sandbox posts with the header the webhook was set with, as 360dialog does (REFERENCE.md §5.1).
        QVERIFY(setSecret("sandbox-secret-33cc"));
        QSignalSpy ingested(m_listener.get(), &webhook::ListenerService::ingested);
        const QString wamid = m_sandbox->injectInbound(
            QStringLiteral("4915112345678"), QStringLiteral("Anna Schmidt"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                        {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("Guten Tag")}}}});
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QString error;
                auto store = store::Store::open(store::StoreLocation::inDataDir(m_dir->path()), &error);
                return store && store->message(wamid).has_value();
            }(),
            10000);
        QCOMPARE(m_listener->rejectedCount(), 0);
    }

    void replayIsIngestedAsDuplicate()
    {
        QVERIFY(setSecret("replay-secret-44dd"));
        const QByteArray body = textEnvelope(m_channel.phoneNumberId, QStringLiteral("wamid.rep-1"));
        QCOMPARE(post(body, kHeader, "replay-secret-44dd"), 200);
        QTRY_COMPARE(journal().size(), 1);
        QString error;
        const qint64 seq = m_listener->replay(body, &error);
        QVERIFY2(seq > 0, qPrintable(error));
        QVERIFY(m_listener->waitUntilIngested(seq, 10000));
        const QList<JournalEntry> entries = journal();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.first().seq, seq);
        QCOMPARE(entries.first().result, QStringLiteral("duplicate"));
        QCOMPARE(entries.first().peer, QStringLiteral("replay"));
    }

    void settingsPersistAndApply()
    {
        webhook::ListenerSettings settings;
        settings.port = 0;
        QString error;
        QVERIFY2(m_listener->applySettings(settings, &error), qPrintable(error));
        QVERIFY(m_listener->isRunning());
        QCOMPARE(webhook::ListenerSettings::load().port, webhook::ListenerSettings().port); // 0 is not kept
        settings.enabled = false;
        QVERIFY(m_listener->applySettings(settings));
        QVERIFY(!m_listener->isRunning());
        QVERIFY(m_listener->url().isEmpty());
        QCOMPARE(webhook::ListenerSettings::load().enabled, false);
        // Replays need a running listener.
        QCOMPARE(m_listener->replay("{}", &error), -1);
        QVERIFY(!error.isEmpty());
        // A port in use is a sentence, not a crash.
        QTemporaryDir otherDir; // one journal has one writer
        webhook::ListenerService other(m_channels.get(), store::StoreLocation::inDataDir(otherDir.path()));
        settings.enabled = true;
        QVERIFY(m_listener->applySettings(settings));
        webhook::ListenerOptions busy;
        busy.port = quint16(m_listener->url().port());
        const bool started = other.start(busy, &error);
        // A taken port is reported as taken (no SO_REUSEPORT: two listeners would split the deliveries).
        QVERIFY(!started);
        QVERIFY2(error.contains(QString::number(busy.port)), qPrintable(error));
        QCOMPARE(other.lastError(), error);
    }
};

QTEST_GUILESS_MAIN(TestListenerService)
#include "tst_listenerservice.moc"
