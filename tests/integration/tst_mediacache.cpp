// MediaCache against the sandbox: a customer's media is fetched once into the data directory under a safe name,
// whatever file name the customer gave it, and a failed download leaves nothing behind.
#include "api/ApiClient.h"
#include "media/MediaArchiver.h"
#include "media/MediaCache.h"
#include "sandbox/Sandbox.h"
#include "store/ChangeHub.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace wabadesk;

class TestMediaCache : public QObject {
    Q_OBJECT
    QNetworkAccessManager m_nam;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    QTemporaryDir m_dir;

    struct Fetched {
        QString path;
        QString error;
    };
    Fetched fetch(media::MediaCache& cache, const StoredMessage& message)
    {
        std::optional<Fetched> out;
        cache.fetch(m_client.get(), message, this, [&](const QString& path, const QString& error) {
            out = Fetched{path, error};
        });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
            qFatal("fetch did not finish");
        return *out;
    }

    QString uploadPdf(const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("upload.pdf"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        f.close();
        std::optional<api::Result<QString>> r;
        m_client->uploadMedia(path, QStringLiteral("application/pdf"), this,
                              [&](const api::Result<QString>& result) { r = result; });
        if (!QTest::qWaitFor([&] { return r.has_value(); }, 10000) || !r->ok())
            return {};
        return r->value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sandbox::SandboxOptions options;
        options.scriptedCustomers = false;
        m_sandbox = std::make_unique<sandbox::Sandbox>(options);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        const QByteArray key = m_sandbox->apiKey();
        m_client = std::make_unique<api::ApiClient>(&m_nam, m_sandbox->baseUrl(), [key] { return key; });
    }

    void hostileNameStaysInsideAndIsFetchedOnce()
    {
        const QByteArray bytes = QByteArray("%PDF-1.4\n") + QByteArray(2000, 'x');
        StoredMessage m;
        m.channelId = QStringLiteral("../channel");
        m.type = QStringLiteral("document");
        m.mediaId = uploadPdf(bytes);
        QVERIFY(!m.mediaId.isEmpty());
        m.mediaMimeType = QStringLiteral("application/pdf");
        m.filename = QStringLiteral("../../../../home/user/.bashrc"); // what a hostile sender might put there
        const QString data = m_dir.filePath(QStringLiteral("data"));
        media::MediaCache cache(data);
        QVERIFY(cache.cachedPath(m).isEmpty());
        const Fetched first = fetch(cache, m);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        const QString root = QDir(data).filePath(QStringLiteral("media")) + QLatin1Char('/');
        QVERIFY2(QDir::cleanPath(first.path).startsWith(root), qPrintable(first.path));
        QCOMPARE(QFileInfo(first.path).fileName(), QStringLiteral("bashrc"));
        QFile f(first.path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
        QCOMPARE(cache.cachedPath(m), first.path);
        // A second fetch uses the kept file: no request reaches the sandbox.
        const qsizetype requests = m_sandbox->recordedRequests().size();
        QCOMPARE(fetch(cache, m).path, first.path);
        QCOMPARE(m_sandbox->recordedRequests().size(), requests);
    }

    // A customer's document arrives by webhook: it is archived in the background, recorded in the store, and the
    // conversation hears of it. A second one over the size cap is left on the server.
    void archiverKeepsInboundMediaAsItArrives()
    {
        const QByteArray bytes = QByteArray("%PDF-1.4\n") + QByteArray(5000, 'y');
        const QString mediaId = uploadPdf(bytes);
        QVERIFY(!mediaId.isEmpty());
        const QString data = m_dir.filePath(QStringLiteral("archive"));
        QString error;
        auto store = store::Store::open(store::StoreLocation::inDataDir(data), &error);
        QVERIFY2(store, qPrintable(error));
        store::ChangeHub hub;
        store->setChangeHub(&hub);
        store->setChannelRoutes({{QStringLiteral("pn-1"), QStringLiteral("c1")}});
        media::MediaCache cache(data);
        media::MediaArchiver archiver(
            store.get(), &cache,
            [this](const QString&, QObject*, std::function<void(const QString&, api::ApiClient*)> done) {
                done({}, m_client.get());
            });
        archiver.setChangeHub(&hub);
        archiver.setRetryDelays({10, 10, 10});
        QSignalSpy archived(&archiver, &media::MediaArchiver::archived);
        QSignalSpy changed(&hub, &store::ChangeHub::messagesChanged);
        const auto documentFrom = [](const QString& wamid, const QString& id, const QString& name) {
            const QJsonObject message{
                {QStringLiteral("from"), QStringLiteral("4915112345678")},
                {QStringLiteral("id"), wamid},
                {QStringLiteral("timestamp"), QString::number(QDateTime::currentSecsSinceEpoch())},
                {QStringLiteral("type"), QStringLiteral("document")},
                {QStringLiteral("document"),
                 QJsonObject{{QStringLiteral("filename"), name},
                             {QStringLiteral("mime_type"), QStringLiteral("application/pdf")},
                             {QStringLiteral("id"), id}}}};
            const QJsonObject value{
                {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("phone_number_id"), QStringLiteral("pn-1")}}},
                {QStringLiteral("messages"), QJsonArray{message}}};
            return QJsonDocument(
                       QJsonObject{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                                   {QStringLiteral("entry"),
                                    QJsonArray{QJsonObject{
                                        {QStringLiteral("changes"),
                                         QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                                                {QStringLiteral("value"), value}}}}}}}})
                .toJson();
        };
        QCOMPARE(store
                     ->ingest({{1,
                                QDateTime::currentDateTimeUtc(),
                                documentFrom(QStringLiteral("w.doc"), mediaId, QStringLiteral("../../Invoice.pdf")),
                                {}}})
                     .size(),
                 1);
        QTRY_COMPARE_WITH_TIMEOUT(archived.size(), 1, 10000);
        const StoredMessage kept = *store->message(QStringLiteral("w.doc"), QStringLiteral("c1"));
        QCOMPARE(kept.localMediaPath, archived.first().at(1).toString());
        QCOMPARE(QFileInfo(kept.localMediaPath).fileName(), QStringLiteral("Invoice.pdf"));
        QFile f(kept.localMediaPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
        QTRY_VERIFY(changed.size() >= 2); // the arrival, then the archived file

        // Over the cap: skipped, nothing downloaded.
        archiver.setMaxBytes(100);
        QSignalSpy skipped(&archiver, &media::MediaArchiver::skipped);
        store->ingest({{2,
                        QDateTime::currentDateTimeUtc(),
                        documentFrom(QStringLiteral("w.big"), uploadPdf(bytes), QStringLiteral("big.pdf")),
                        {}}});
        QTRY_COMPARE(skipped.size(), 1);
        QVERIFY(store->message(QStringLiteral("w.big"), QStringLiteral("c1"))->localMediaPath.isEmpty());

        // A media id the server does not know: retried, then reported failed; no file.
        archiver.setMaxBytes(media::MediaArchiver::kDefaultMaxBytes);
        QSignalSpy failed(&archiver, &media::MediaArchiver::failed);
        store->ingest({{3,
                        QDateTime::currentDateTimeUtc(),
                        documentFrom(QStringLiteral("w.gone"), QStringLiteral("424242"), QStringLiteral("x.pdf")),
                        {}}});
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY(store->message(QStringLiteral("w.gone"), QStringLiteral("c1"))->localMediaPath.isEmpty());
        QCOMPARE(archived.size(), 1);
    }

    void unknownMediaIsAClearErrorAndNoFile()
    {
        StoredMessage m;
        m.channelId = QStringLiteral("c");
        m.type = QStringLiteral("image");
        m.mediaId = QStringLiteral("999999999");
        m.mediaMimeType = QStringLiteral("image/jpeg");
        media::MediaCache cache(m_dir.filePath(QStringLiteral("data2")));
        const Fetched result = fetch(cache, m);
        QVERIFY(result.path.isEmpty());
        QVERIFY(!result.error.isEmpty());
        QVERIFY(cache.cachedPath(m).isEmpty());
        QVERIFY(QFileInfo(cache.pathFor(m)).fileName().endsWith(QStringLiteral(".jpg")) ||
                QFileInfo(cache.pathFor(m)).fileName().endsWith(QStringLiteral(".jpeg")));
        StoredMessage text;
        text.type = QStringLiteral("text");
        QVERIFY(!fetch(cache, text).error.isEmpty()); // nothing to fetch
    }
};

QTEST_GUILESS_MAIN(TestMediaCache)
#include "tst_mediacache.moc"
