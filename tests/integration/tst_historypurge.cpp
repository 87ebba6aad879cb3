// "Remove the channel and its local history" removes the history (issue #15, item 7): a customer sends an IBAN in a
// text and in a document; after the purge no file anywhere in the data directory holds it (the store, its -wal, its
// search index and raw-body copies, the webhook journal, the media archive), while another channel's history stays.
#include "api/ApiClient.h"
#include "channels/ChannelRepository.h"
#include "channels/ChannelService.h"
#include "media/MediaCache.h"
#include "sandbox/Sandbox.h"
#include "secrets/MemorySecretStore.h"
#include "store/Store.h"
#include "store/StoreLocation.h"
#include "webhook/ListenerService.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace wabadesk;
using Scope = channels::ChannelService::WebhookScope;

namespace {
const QByteArray kIban = "DE89370400440532013000";
const QByteArray kSecret = "purge-secret-51e0";

QByteArray envelope(const QString& phoneNumberId, const QJsonObject& message)
{
    const QJsonObject value{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("4930999")},
                                                 {QStringLiteral("phone_number_id"), phoneNumberId}}},
        {QStringLiteral("contacts"),
         QJsonArray{
             QJsonObject{{QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Eva")}}},
                         {QStringLiteral("wa_id"), message.value(QStringLiteral("from"))}}}},
        {QStringLiteral("messages"), QJsonArray{message}}};
    const QJsonObject entry{
        {QStringLiteral("id"), QStringLiteral("1")},
        {QStringLiteral("changes"), QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                                           {QStringLiteral("value"), value}}}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                                     {QStringLiteral("entry"), QJsonArray{entry}}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject text(const QString& wamid, const QString& from, const QString& body)
{
    return {{QStringLiteral("from"), from},
            {QStringLiteral("id"), wamid},
            {QStringLiteral("timestamp"), QStringLiteral("1700000000")},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), body}}}};
}

// Every file under `dir` whose bytes contain `needle` (ASCII, any case).
QStringList filesHolding(const QString& dir, const QByteArray& needle)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().toLower().contains(needle.toLower()))
            out << QDir(dir).relativeFilePath(path);
    }
    return out;
}
} // namespace

class TestHistoryPurge : public QObject {
    Q_OBJECT
    QNetworkAccessManager m_nam;

    int post(const QUrl& url, const QByteArray& body)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("X-WabaDesk-Secret", kSecret);
        QNetworkReply* reply = m_nam.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return -1;
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WabaDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_historypurge"));
        QSettings().clear();
    }

    void purgeLeavesNoTraceOfTheChannel()
    {
        sandbox::SandboxOptions options;
        options.scriptedCustomers = false;
        sandbox::Sandbox sandbox(options);
        QVERIFY(sandbox.start());
        QTemporaryDir dir;
        QTemporaryDir outside; // the customer's document, before it was sent
        const QString data = dir.path();
        secrets::MemorySecretStore secrets;
        channels::ChannelRepository repository(data);
        channels::ChannelService channels(&m_nam, &secrets, &repository);
        std::optional<channels::ChannelError> added;
        Channel channel;
        channels.addChannel(sandbox.baseUrl(), sandbox.apiKey(), QStringLiteral("Shop"), Channel::KeyStorage::Keychain,
                            this, [&](const channels::ChannelError& e, const Channel& c) {
                                added = e;
                                channel = c;
                            });
        QTRY_VERIFY_WITH_TIMEOUT(added.has_value() && !added->isError(), 10000);
        webhook::ListenerService listener(&channels,
                                          store::StoreLocation::inDataDir(data)); // installs the purger the desk uses
        QString error;
        QVERIFY2(listener.start(webhook::ListenerOptions{}, &error), qPrintable(error));
        listener.setExtraCredentials({{"X-WabaDesk-Secret", kSecret, QString()}});
        QTRY_VERIFY(listener.loadCredentialsNow() >= 1);

        // The customer's IBAN in a text, and in a document that the desk archived.
        const QString upload = outside.filePath(QStringLiteral("transfer.txt"));
        {
            QFile f(upload);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Please transfer to " + kIban + "\n");
        }
        const QByteArray key = sandbox.apiKey();
        api::ApiClient client(&m_nam, sandbox.baseUrl(), [key] { return key; });
        std::optional<api::Result<QString>> uploaded;
        client.uploadMedia(upload, QStringLiteral("text/plain"), this,
                           [&](const api::Result<QString>& r) { uploaded = r; });
        QTRY_VERIFY_WITH_TIMEOUT(uploaded.has_value() && uploaded->ok(), 10000);
        QJsonObject document{
            {QStringLiteral("from"), QStringLiteral("4915112345678")},
            {QStringLiteral("id"), QStringLiteral("wamid.purge-doc")},
            {QStringLiteral("timestamp"), QStringLiteral("1700000001")},
            {QStringLiteral("type"), QStringLiteral("document")},
            {QStringLiteral("document"), QJsonObject{{QStringLiteral("id"), uploaded->value()},
                                                     {QStringLiteral("mime_type"), QStringLiteral("text/plain")},
                                                     {QStringLiteral("filename"), QStringLiteral("transfer.txt")}}}};
        const QUrl url = listener.url();
        QCOMPARE(post(url, envelope(channel.phoneNumberId,
                                    text(QStringLiteral("wamid.purge-iban"), QStringLiteral("4915112345678"),
                                         QStringLiteral("My IBAN is ") + kIban))),
                 200);
        QCOMPARE(post(url, envelope(channel.phoneNumberId, document)), 200);
        // Another number's customer (not this channel): kept.
        QCOMPARE(post(url, envelope(QStringLiteral("999000999"),
                                    text(QStringLiteral("wamid.keep"), QStringLiteral("447700900123"),
                                         QStringLiteral("keep me")))),
                 200);
        QVERIFY(listener.waitUntilIngested(listener.lastJournalSeq(), 10000));
        auto store = store::Store::open(store::StoreLocation::inDataDir(data), &error);
        QVERIFY2(store, qPrintable(error));
        const auto doc = store->message(QStringLiteral("wamid.purge-doc"));
        QVERIFY(doc);
        media::MediaCache cache(data);
        std::optional<QString> archived;
        cache.fetch(&client, *doc, this, [&](const QString& path, const QString&) { archived = path; });
        QTRY_VERIFY_WITH_TIMEOUT(archived.has_value() && QFile::exists(*archived), 10000);
        QVERIFY(store->recordMediaFile(*doc, *archived, QFileInfo(*archived).size()));
        QVERIFY(!store->search(QString::fromLatin1(kIban)).isEmpty());
        const QStringList before = filesHolding(data, kIban);
        qInfo("before the purge the IBAN is in: %s", qPrintable(before.join(QStringLiteral(", "))));
        QVERIFY(before.size() >= 2); // the store and the journal at least

        // Remove the channel with its history, as the desk does.
        std::optional<channels::ChannelError> removed;
        channels.removeChannel(channel.id, true, this, [&](const channels::ChannelError& e) { removed = e; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 30000);
        QVERIFY2(!removed->isError(), qPrintable(removed->message));

        const QStringList after = filesHolding(data, kIban);
        QVERIFY2(after.isEmpty(), qPrintable(after.join(QStringLiteral(", "))));
        QVERIFY(!store->message(QStringLiteral("wamid.purge-iban")));
        QVERIFY(!store->message(QStringLiteral("wamid.purge-doc")));
        QVERIFY(store->search(QString::fromLatin1(kIban)).isEmpty());
        QVERIFY(store->conversations(channel.id).isEmpty());
        const auto kept = store->message(QStringLiteral("wamid.keep"));
        QVERIFY(kept);
        QCOMPARE(kept->text, QStringLiteral("keep me"));
        QVERIFY(!store->search(QStringLiteral("keep")).isEmpty());
        // The listener goes on: a new delivery is stored.
        QCOMPARE(post(url, envelope(QStringLiteral("999000999"),
                                    text(QStringLiteral("wamid.after"), QStringLiteral("447700900123"),
                                         QStringLiteral("after")))),
                 200);
        QVERIFY(listener.waitUntilIngested(listener.lastJournalSeq(), 10000));
        QVERIFY(store->message(QStringLiteral("wamid.after")));
    }
};

QTEST_GUILESS_MAIN(TestHistoryPurge)
#include "tst_historypurge.moc"
