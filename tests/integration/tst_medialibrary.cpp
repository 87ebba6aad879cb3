// The media library (issue #7) against the store and the sandbox: uploads recorded with their expiry, dedupe by
// SHA-256 (the same content is not uploaded twice while its id lives; an expired one is uploaded again), received media
// listed from their messages and archived, delete and local forgetting, retention pruning, refused files never sent,
// cancel, a download whose SHA-256 does not match (a tampered file) kept nowhere, and the breaker that pauses a
// channel's downloads after repeated errors (REFERENCE.md §2.5).
#include "api/ApiClient.h"
#include "media/MediaArchiver.h"
#include "media/MediaCache.h"
#include "media/MediaRetention.h"
#include "media/UploadQueue.h"
#include "sandbox/Sandbox.h"
#include "store/ChangeHub.h"
#include "store/Store.h"

#include <httplib.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace wabadesk;
using media::UploadQueue;

namespace {

QByteArray pdfBytes(char fill, int size = 3000)
{
    return QByteArray("%PDF-1.4\n") + QByteArray(size, fill);
}

QByteArray pngBytes()
{
    QByteArray b("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00", 33);
    b.append(QByteArray(500, '\x02'));
    return b;
}

QByteArray inboundImage(const QString& wamid, const QString& mediaId, const QString& sha256)
{
    const QJsonObject message{
        {QStringLiteral("from"), QStringLiteral("4915112345678")},
        {QStringLiteral("id"), wamid},
        {QStringLiteral("timestamp"), QString::number(QDateTime::currentSecsSinceEpoch())},
        {QStringLiteral("type"), QStringLiteral("image")},
        {QStringLiteral("image"), QJsonObject{{QStringLiteral("mime_type"), QStringLiteral("image/png")},
                                              {QStringLiteral("sha256"), sha256},
                                              {QStringLiteral("id"), mediaId}}}};
    const QJsonObject value{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("phone_number_id"), QStringLiteral("pn-1")}}},
        {QStringLiteral("contacts"),
         QJsonArray{
             QJsonObject{{QStringLiteral("wa_id"), QStringLiteral("4915112345678")},
                         {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Anna")}}}}}},
        {QStringLiteral("messages"), QJsonArray{message}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                                     {QStringLiteral("entry"),
                                      QJsonArray{QJsonObject{
                                          {QStringLiteral("changes"),
                                           QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                                                  {QStringLiteral("value"), value}}}}}}}})
        .toJson();
}

int mediaPosts(const sandbox::Sandbox& sandbox)
{
    int n = 0;
    for (const sandbox::RecordedRequest& r : sandbox.recordedRequests())
        n += r.method == QLatin1String("POST") && r.path.endsWith(QLatin1String("/media")) ? 1 : 0;
    return n;
}

} // namespace

class TestMediaLibrary : public QObject {
    Q_OBJECT
    QNetworkAccessManager m_nam;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write a test file");
        f.write(bytes);
        return f.fileName();
    }

    std::unique_ptr<store::Store> openStore(const QString& name)
    {
        QString error;
        auto store = store::Store::open(store::StoreLocation::inDataDir(m_dir.filePath(name)), &error);
        if (!store)
            qFatal("store: %s", qPrintable(error));
        return store;
    }

    bool waitFinished(const UploadQueue& queue, int id)
    {
        return QTest::qWaitFor([&] { return queue.item(id) && queue.item(id)->isFinished(); }, 15000);
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

    void migrationFour()
    {
        auto store = openStore(QStringLiteral("schema"));
        QVERIFY(store->schemaVersion() >= 4);
    }

    void uploadsAreRecordedAndDeduplicated()
    {
        auto store = openStore(QStringLiteral("dedupe"));
        store::ChangeHub hub;
        store->setChangeHub(&hub);
        QSignalSpy mediaChanged(&hub, &store::ChangeHub::mediaChanged);
        UploadQueue queue(m_client.get(), store.get(), QStringLiteral("c1"),
                          m_dir.filePath(QStringLiteral("dedupe/copies")));
        m_sandbox->clearRecordedRequests();
        const QByteArray pdf = pdfBytes('a');
        const int first = queue.add(write(QStringLiteral("invoice.pdf"), pdf));
        const int image = queue.add(write(QStringLiteral("photo.png"), pngBytes()));
        QVERIFY(waitFinished(queue, first));
        QVERIFY(waitFinished(queue, image));
        QCOMPARE(int(queue.item(first)->state), int(UploadQueue::State::Done));
        QCOMPARE(int(queue.item(image)->state), int(UploadQueue::State::Done));
        QCOMPARE(mediaPosts(*m_sandbox), 2);
        QVERIFY(mediaChanged.size() >= 2);
        QCOMPARE(mediaChanged.first().at(0).toString(), QStringLiteral("c1"));

        const QString sha = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
        const std::optional<MediaItem> recorded = store->mediaItem(QStringLiteral("c1"), queue.item(first)->mediaId);
        QVERIFY(recorded);
        QCOMPARE(recorded->sha256, sha);
        QCOMPARE(recorded->mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(recorded->kind, QStringLiteral("document"));
        QCOMPARE(recorded->bytes, qint64(pdf.size()));
        QCOMPARE(recorded->fileName, QStringLiteral("invoice.pdf"));
        QVERIFY(qAbs(recorded->createdAt.secsTo(recorded->expiresAt) - 30LL * 86400) <= 1);
        QVERIFY(QFileInfo(recorded->localPath).isFile()); // the library keeps its own copy
        QVERIFY(recorded->localPath.startsWith(m_dir.filePath(QStringLiteral("dedupe/copies"))));

        // The same content under another name: reused, not uploaded again.
        const int again = queue.add(write(QStringLiteral("copy of invoice.pdf"), pdf));
        QVERIFY(waitFinished(queue, again));
        QCOMPARE(int(queue.item(again)->state), int(UploadQueue::State::Reused));
        QCOMPARE(queue.item(again)->mediaId, queue.item(first)->mediaId);
        QCOMPARE(mediaPosts(*m_sandbox), 2);

        // Another channel has its own ids: uploaded there.
        UploadQueue other(m_client.get(), store.get(), QStringLiteral("c2"),
                          m_dir.filePath(QStringLiteral("dedupe/c2")));
        const int elsewhere = other.add(write(QStringLiteral("invoice2.pdf"), pdf));
        QVERIFY(waitFinished(other, elsewhere));
        QCOMPARE(int(other.item(elsewhere)->state), int(UploadQueue::State::Done));
        QCOMPARE(mediaPosts(*m_sandbox), 3);

        // An upload whose id has (nearly) expired is not reused: uploaded again.
        MediaItem old = *recorded;
        old.createdAt = QDateTime::currentDateTimeUtc().addDays(-30).addSecs(600);
        old.expiresAt = MediaItem::expiryFor(old.origin, old.createdAt); // 10 minutes left: less than the margin
        QVERIFY(store->recordUpload(old));
        QVERIFY(!store->findUploadBySha256(QStringLiteral("c1"), sha));
        QVERIFY(store->findUploadBySha256(QStringLiteral("c1"), sha, QDateTime::currentDateTimeUtc(),
                                          std::chrono::seconds(0)));
        const int renewed = queue.add(write(QStringLiteral("invoice again.pdf"), pdf));
        QVERIFY(waitFinished(queue, renewed));
        QCOMPARE(int(queue.item(renewed)->state), int(UploadQueue::State::Done));
        QVERIFY(queue.item(renewed)->mediaId != old.mediaId);
        QCOMPARE(mediaPosts(*m_sandbox), 4);

        // The library lists both channels' uploads per channel, newest first; uploads of the same second (times are
        // whole seconds: the photo and the renewed invoice usually share one) by media id, the larger first. The
        // 30-day-old invoice comes last whatever the ids.
        MediaFilter filter;
        filter.channelId = QStringLiteral("c1");
        const QList<MediaItem> library = store->mediaLibrary(filter);
        QCOMPARE(library.size(), 3);
        QCOMPARE(library.last().mediaId, old.mediaId);
        for (qsizetype i = 1; i < library.size(); ++i) {
            const MediaItem& newer = library.at(i - 1);
            const MediaItem& older = library.at(i);
            QVERIFY2(newer.createdAt > older.createdAt ||
                         (newer.createdAt == older.createdAt && newer.mediaId > older.mediaId),
                     qPrintable(QStringLiteral("%1 (%2) is listed before %3 (%4)")
                                    .arg(newer.mediaId, newer.createdAt.toString(Qt::ISODate), older.mediaId,
                                         older.createdAt.toString(Qt::ISODate))));
        }
        const MediaItem photo = *store->mediaItem(QStringLiteral("c1"), queue.item(image)->mediaId);
        const MediaItem invoice = *store->mediaItem(QStringLiteral("c1"), queue.item(renewed)->mediaId);
        const bool photoFirst = photo.createdAt > invoice.createdAt ||
                                (photo.createdAt == invoice.createdAt && photo.mediaId > invoice.mediaId);
        QCOMPARE(library.first().mediaId, photoFirst ? photo.mediaId : invoice.mediaId);
        filter.state = MediaFilter::State::Expired;
        QCOMPARE(store->mediaLibrary(filter).size(), 0); // 10 minutes left: still valid
        filter.state = MediaFilter::State::ExpiringToday;
        QCOMPARE(store->mediaLibrary(filter).size(), 1);
        filter.state = MediaFilter::State::Any;
        filter.kind = QStringLiteral("image");
        QCOMPARE(store->mediaLibrary(filter).size(), 1);
    }

    void refusedFilesAreNeverSentAndCancelWorks()
    {
        auto store = openStore(QStringLiteral("refused"));
        UploadQueue queue(m_client.get(), store.get(), QStringLiteral("c1"),
                          m_dir.filePath(QStringLiteral("refused/copies")));
        m_sandbox->clearRecordedRequests();
        QByteArray exe("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xFF\xFF", 16);
        exe.append(QByteArray(4096, '\x01'));
        const int id = queue.add(write(QStringLiteral("holiday.jpg"), exe));
        QVERIFY(waitFinished(queue, id));
        QCOMPARE(int(queue.item(id)->state), int(UploadQueue::State::Refused));
        QVERIFY2(queue.item(id)->error.contains(QStringLiteral("Windows program")), qPrintable(queue.item(id)->error));
        QCOMPARE(mediaPosts(*m_sandbox), 0);
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("refused/copies"))).exists()); // nothing copied either

        // Cancelled while it waits for the sandbox (latency): ends Cancelled, nothing recorded.
        sandbox::FaultPlan slow;
        slow.latencyMs = 1500;
        m_sandbox->setFaults(slow);
        const int cancelled = queue.add(write(QStringLiteral("slow.pdf"), pdfBytes('c')));
        QVERIFY(QTest::qWaitFor([&] { return queue.item(cancelled)->state == UploadQueue::State::Uploading; }, 10000));
        queue.cancel(cancelled);
        QCOMPARE(int(queue.item(cancelled)->state), int(UploadQueue::State::Cancelled));
        m_sandbox->setFaults({});
        QTest::qWait(1700);
        QCOMPARE(store->mediaLibrary({}).size(), 0);
        queue.clearFinished();
        QCOMPARE(queue.items().size(), 0);
    }

    void receivedMediaAreListedArchivedAndPruned()
    {
        // A customer's image: in the library from its message at once (expiry 7 days), kept locally once archived.
        const QByteArray png = pngBytes();
        std::optional<api::Result<QString>> up;
        m_client->uploadMedia(write(QStringLiteral("customer.png"), png), QStringLiteral("image/png"), this,
                              [&](const api::Result<QString>& r) { up = r; });
        QVERIFY(QTest::qWaitFor([&] { return up.has_value(); }, 10000) && up->ok());
        const QString data = m_dir.filePath(QStringLiteral("received"));
        auto store = openStore(QStringLiteral("received"));
        store::ChangeHub hub;
        store->setChangeHub(&hub);
        store->setChannelRoutes({{QStringLiteral("pn-1"), QStringLiteral("c1")}});
        media::MediaCache cache(data);
        media::MediaArchiver archiver(
            store.get(), &cache,
            [this](const QString&, QObject*, std::function<void(const QString&, api::ApiClient*)> done) {
                done({}, m_client.get());
            });
        QSignalSpy archived(&archiver, &media::MediaArchiver::archived);
        QSignalSpy mediaChanged(&hub, &store::ChangeHub::mediaChanged);
        archiver.setChangeHub(&hub);
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toBase64());
        QCOMPARE(
            store
                ->ingest(
                    {{1, QDateTime::currentDateTimeUtc(), inboundImage(QStringLiteral("w.img"), up->value(), sha), {}}})
                .size(),
            1);
        MediaFilter filter;
        filter.channelId = QStringLiteral("c1");
        QList<MediaItem> library = store->mediaLibrary(filter);
        QCOMPARE(library.size(), 1);
        QCOMPARE(int(library.first().origin), int(MediaItem::Origin::Received));
        QCOMPARE(library.first().senderName, QStringLiteral("Anna"));
        QCOMPARE(library.first().kind, QStringLiteral("image"));
        QVERIFY(qAbs(library.first().createdAt.secsTo(library.first().expiresAt) - 7LL * 86400) <= 1);
        QVERIFY(!library.first().hasLocalCopy());
        QTRY_COMPARE_WITH_TIMEOUT(archived.size(), 1, 10000);
        QVERIFY(!mediaChanged.isEmpty());
        library = store->mediaLibrary(filter);
        QVERIFY(library.first().hasLocalCopy());
        QCOMPARE(library.first().bytes, qint64(png.size()));
        filter.state = MediaFilter::State::ArchivedLocally;
        QCOMPARE(store->mediaLibrary(filter).size(), 1);

        // Retention: a file archived "100 days ago" is deleted when 90 days are kept; one of today is not.
        const QString kept = library.first().localPath;
        QCOMPARE(media::pruneMediaArchive(store.get(), cache.root(), 90), 0);
        QCOMPARE(media::pruneMediaArchive(store.get(), cache.root(), 90, QDateTime::currentDateTimeUtc().addDays(100)),
                 1);
        QVERIFY(!QFile::exists(kept));
        QVERIFY(!store->mediaLibrary(filter).size());
        filter.state = MediaFilter::State::Any;
        QCOMPARE(store->mediaLibrary(filter).size(), 1); // the message and its id stay

        // Deleting the media id (from 360dialog) marks it; the row stays with its message.
        QVERIFY(store->markMediaDeleted(QStringLiteral("c1"), up->value()));
        QCOMPARE(int(store->mediaItem(QStringLiteral("c1"), up->value())->state), int(MediaItem::State::Deleted));
    }

    // REFERENCE.md §2.5: 360dialog blocks GET /{media_id} after repeated errors, so the archiver must not keep
    // asking. Bad input tried: the sandbox answers the media GET with 500 twice; with a breaker of 2 failures the
    // channel's downloads pause (no request at all while paused, the media waits in the queue) and resume by
    // themselves afterwards, when the file is archived.
    void repeatedDownloadErrorsPauseTheChannel()
    {
        const QByteArray png = pngBytes();
        std::optional<api::Result<QString>> up;
        m_client->uploadMedia(write(QStringLiteral("breaker.png"), png), QStringLiteral("image/png"), this,
                              [&](const api::Result<QString>& r) { up = r; });
        QVERIFY(QTest::qWaitFor([&] { return up.has_value(); }, 10000) && up->ok());
        const QString mediaId = up->value();
        auto store = openStore(QStringLiteral("breaker"));
        store::ChangeHub hub;
        store->setChangeHub(&hub);
        store->setChannelRoutes({{QStringLiteral("pn-1"), QStringLiteral("c1")}});
        media::MediaCache cache(m_dir.filePath(QStringLiteral("breaker")));
        media::MediaArchiver archiver(
            store.get(), &cache,
            [this](const QString&, QObject*, std::function<void(const QString&, api::ApiClient*)> done) {
                done({}, m_client.get());
            });
        archiver.setRetryDelays({50, 50, 50});
        archiver.setBreaker(2, std::chrono::minutes(60), std::chrono::milliseconds(2000));
        archiver.setChangeHub(&hub);
        QSignalSpy paused(&archiver, &media::MediaArchiver::paused);
        QSignalSpy resumed(&archiver, &media::MediaArchiver::resumed);
        QSignalSpy archived(&archiver, &media::MediaArchiver::archived);
        QSignalSpy failed(&archiver, &media::MediaArchiver::failed);
        const auto mediaGets = [this, &mediaId] {
            int n = 0;
            for (const sandbox::RecordedRequest& r : m_sandbox->recordedRequests())
                n += r.method == QLatin1String("GET") && r.path.contains(mediaId) ? 1 : 0;
            return n;
        };
        sandbox::FaultPlan errors;
        errors.serverErrors = 2;
        m_sandbox->setFaults(errors);
        m_sandbox->clearRecordedRequests();
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toBase64());
        QCOMPARE(
            store
                ->ingest(
                    {{1, QDateTime::currentDateTimeUtc(), inboundImage(QStringLiteral("w.breaker"), mediaId, sha), {}}})
                .size(),
            1);
        QTRY_COMPARE_WITH_TIMEOUT(paused.size(), 1, 5000);
        QCOMPARE(paused.first().at(0).toString(), QStringLiteral("c1"));
        QVERIFY(archiver.pausedUntil(QStringLiteral("c1")).isValid());
        QCOMPARE(mediaGets(), 2);
        // Paused: the retry waits, nothing is asked, nothing is given up.
        QTest::qWait(1200);
        QCOMPARE(mediaGets(), 2);
        QCOMPARE(archived.size(), 0);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(archiver.pending(), 1);
        // Resumed by itself after the pause: archived.
        QTRY_COMPARE_WITH_TIMEOUT(archived.size(), 1, 5000);
        QCOMPARE(resumed.size(), 1);
        QVERIFY(!archiver.pausedUntil(QStringLiteral("c1")).isValid());
        QVERIFY(mediaGets() > 2);
        QVERIFY(store->mediaItem(QStringLiteral("c1"), mediaId)->hasLocalCopy());
        m_sandbox->setFaults({});
    }

    void deleteAgainstTheSandbox()
    {
        auto store = openStore(QStringLiteral("delete"));
        UploadQueue queue(m_client.get(), store.get(), QStringLiteral("c1"),
                          m_dir.filePath(QStringLiteral("delete/copies")));
        const int id = queue.add(write(QStringLiteral("gone.pdf"), pdfBytes('d')));
        QVERIFY(waitFinished(queue, id));
        const QString mediaId = queue.item(id)->mediaId;
        std::optional<api::Result<MediaInfo>> info;
        m_client->mediaInfo(mediaId, this, [&](const api::Result<MediaInfo>& r) { info = r; });
        QVERIFY(QTest::qWaitFor([&] { return info.has_value(); }, 10000));
        QVERIFY(info->ok());
        QCOMPARE(info->value().sha256, queue.item(id)->sha256); // the sandbox hashed what we hashed
        std::optional<api::Result<bool>> deleted;
        m_client->deleteMedia(mediaId, this, [&](const api::Result<bool>& r) { deleted = r; });
        QVERIFY(QTest::qWaitFor([&] { return deleted.has_value(); }, 10000));
        QVERIFY(deleted->ok());
        QVERIFY(store->removeUpload(QStringLiteral("c1"), mediaId));
        QVERIFY(!store->mediaItem(QStringLiteral("c1"), mediaId));
        info.reset();
        m_client->mediaInfo(mediaId, this, [&](const api::Result<MediaInfo>& r) { info = r; });
        QVERIFY(QTest::qWaitFor([&] { return info.has_value(); }, 10000));
        QVERIFY(!info->ok());
    }

    // A server whose file does not match the SHA-256 it announced (a fault, or a tampered file): the download fails,
    // no file is left at the target, and the host rewrite (§2.4) was used for the fetch.
    void sha256MismatchKeepsNothing()
    {
        httplib::Server server;
        std::atomic<int> fetched{0};
        const int port = server.bind_to_any_port("127.0.0.1");
        QVERIFY(port > 0);
        const std::string base = "http://127.0.0.1:" + std::to_string(port);
        server.Get("/m1", [&](const httplib::Request&, httplib::Response& res) {
            // The URL points at the lookaside host; the client must rewrite it to this server.
            const std::string body =
                "{\"messaging_product\":\"whatsapp\",\"url\":\"https://lookaside.fbsbx.com/whatsapp_business/"
                "attachments/?mid=1&ext=2&hash=x\",\"mime_type\":\"application/pdf\",\"sha256\":\"" +
                std::string(64, 'a') + "\",\"file_size\":\"12\",\"id\":\"m1\"}";
            res.set_content(body, "application/json");
        });
        server.Get("/whatsapp_business/attachments/", [&](const httplib::Request& req, httplib::Response& res) {
            if (req.get_param_value("mid") == "1")
                ++fetched;
            res.set_content("tampered!!!!", "application/pdf");
        });
        std::thread thread([&] { server.listen_after_bind(); });
        QVERIFY(QTest::qWaitFor([&] { return server.is_running(); }, 5000));
        api::ApiClient client(&m_nam, QUrl(QString::fromStdString(base)), [] { return QByteArray("k"); });
        const QString out = m_dir.filePath(QStringLiteral("tampered.pdf"));
        std::optional<api::Result<DownloadedMedia>> result;
        client.downloadMedia(QStringLiteral("m1"), out, this,
                             [&](const api::Result<DownloadedMedia>& r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
        server.stop();
        thread.join();
        QCOMPARE(fetched.load(), 1);
        QVERIFY(!result->ok());
        QVERIFY2(result->error().summary().contains(QStringLiteral("SHA-256")), qPrintable(result->error().summary()));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_MAIN(TestMediaLibrary)
#include "tst_medialibrary.moc"
