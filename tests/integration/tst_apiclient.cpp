// Every endpoint of REFERENCE.md §0.2 through ApiClient against the local sandbox on 127.0.0.1, and every
// error kind the sandbox's fault modes produce.
#include "TestEnvironment.h"
#include "api/ApiClient.h"
#include "api/ErrorExplanations.h"
#include "sandbox/Sandbox.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using namespace wabadesk;
using namespace wabadesk::api;

namespace {
const QString kAnna = QStringLiteral("4915112345678");  // window open
const QString kOliver = QStringLiteral("447700900123"); // last wrote 30 h ago
} // namespace

class TestApiClient : public QObject {
    Q_OBJECT
    QNetworkAccessManager m_nam;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_dir;

    template <typename T, typename Start>
    Result<T> run(Start start)
    {
        std::optional<Result<T>> result;
        start(this, [&](const Result<T>& r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            qFatal("call did not finish");
        return *result;
    }

    Result<SendResult> send(const OutgoingMessage& m)
    {
        return run<SendResult>([&](QObject* ctx, auto cb) { return m_client->sendMessage(m, ctx, cb); });
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }

    QString pngFile()
    {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        const QString path = m_dir.filePath(QStringLiteral("photo.png"));
        image.save(path, "PNG");
        return path;
    }

    QString upload(const QString& path, const QString& mime = {})
    {
        const auto r = run<QString>([&](QObject* ctx, auto cb) { return m_client->uploadMedia(path, mime, ctx, cb); });
        if (!r.ok())
            qWarning() << r.error().summary();
        return r.ok() ? r.value() : QString();
    }

    QJsonObject lastRequestBody() const
    {
        const auto requests = m_sandbox->recordedRequests();
        return requests.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(requests.last().body).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sandbox::SandboxOptions options;
        options.scriptedCustomers = false;
        options.reviewDelay = std::chrono::milliseconds(300);
        options.statusDelay = std::chrono::milliseconds(20);
        m_sandbox = std::make_unique<sandbox::Sandbox>(options);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_sandbox->setLastInbound(kAnna, QDateTime::currentDateTimeUtc().addSecs(-10 * 60));
        m_sandbox->setLastInbound(kOliver, QDateTime::currentDateTimeUtc().addSecs(-30 * 3600));
        QCOMPARE(m_sandbox->baseUrl().host(), QStringLiteral("127.0.0.1"));
        const QByteArray key = m_sandbox->apiKey();
        m_client = std::make_unique<ApiClient>(&m_nam, m_sandbox->baseUrl(), [key] { return key; });
        m_client->setTimeout(std::chrono::milliseconds(5000));
    }

    void cleanup() { m_sandbox->setFaults({}); }

    void sendText()
    {
        m_sandbox->clearRecordedRequests();
        auto m = messages::text(kAnna, QStringLiteral("Hello *Anna*, see https://example.com"), true);
        const auto r = send(m);
        QVERIFY2(r.ok(), qPrintable(r.error().summary()));
        QVERIFY(r.value().messageId.startsWith(QStringLiteral("wamid.")));
        QCOMPARE(r.value().waId, kAnna);
        // What reached the server is exactly what the builder made.
        QCOMPARE(test::jsonDifference(m.toJson(), lastRequestBody()), QString());
        QCOMPARE(m_sandbox->recordedRequests().last().path, QStringLiteral("/messages"));
    }

    void sendEveryType()
    {
        const QString imageId = upload(pngFile());
        QVERIFY(!imageId.isEmpty());
        InteractiveHeader header;
        header.text = QStringLiteral("Your order");
        QList<OutgoingMessage> all{
            messages::media(kAnna, MediaKind::Image, {imageId, {}}, QStringLiteral("Invoice")),
            messages::media(kAnna, MediaKind::Image, {{}, QStringLiteral("https://example.com/a.jpg")}),
            messages::media(kAnna, MediaKind::Document, {{}, QStringLiteral("https://example.com/a.pdf")},
                            QStringLiteral("Your invoice"), QStringLiteral("invoice.pdf")),
            messages::media(kAnna, MediaKind::Audio, {{}, QStringLiteral("https://example.com/a.ogg")}, {}, {}, true),
            messages::media(kAnna, MediaKind::Video, {{}, QStringLiteral("https://example.com/a.mp4")}),
            messages::media(kAnna, MediaKind::Sticker, {{}, QStringLiteral("https://example.com/a.webp")}),
            messages::location(kAnna, 52.5163, 13.3777, QStringLiteral("Brandenburger Tor"),
                               QStringLiteral("Pariser Platz")),
            messages::contacts(
                kAnna, QJsonArray{QJsonObject{
                           {QStringLiteral("name"),
                            QJsonObject{{QStringLiteral("formatted_name"), QStringLiteral("Support")}}},
                           {QStringLiteral("phones"),
                            QJsonArray{QJsonObject{{QStringLiteral("phone"), QStringLiteral("+49301234567")}}}}}}),
            messages::replyButtons(
                kAnna, QStringLiteral("Did that help?"),
                {{QStringLiteral("yes"), QStringLiteral("Yes")}, {QStringLiteral("no"), QStringLiteral("No")}}),
            messages::list(kAnna, QStringLiteral("Pick a slot"), QStringLiteral("Slots"),
                           {{QStringLiteral("Monday"),
                             {{QStringLiteral("m9"), QStringLiteral("9:00"), QStringLiteral("Morning")}}}}),
            messages::ctaUrl(kAnna, QStringLiteral("Track your parcel"), QStringLiteral("Track"),
                             QStringLiteral("https://example.com/t/1"), header, QStringLiteral("Example Shop")),
            messages::locationRequest(kAnna, QStringLiteral("Where should we deliver?")),
        };
        for (const auto& m : all) {
            const auto r = send(m);
            QVERIFY2(r.ok(), qPrintable(m.type + QStringLiteral(": ") + r.error().summary()));
        }
    }

    void replyAndReaction()
    {
        const auto first = send(messages::text(kAnna, QStringLiteral("first")));
        QVERIFY(first.ok());
        auto reply = messages::text(kAnna, QStringLiteral("quoting"));
        reply.replyToMessageId = first.value().messageId;
        QVERIFY(send(reply).ok());
        QCOMPARE(lastRequestBody()
                     .value(QStringLiteral("context"))
                     .toObject()
                     .value(QStringLiteral("message_id"))
                     .toString(),
                 first.value().messageId);
        QVERIFY(send(messages::reaction(kAnna, first.value().messageId, QString::fromUtf8("\xF0\x9F\x91\x8D"))).ok());
        QVERIFY(send(messages::reaction(kAnna, first.value().messageId, QString())).ok()); // removal
    }

    void windowClosedIs131047()
    {
        const auto r = send(messages::text(kOliver, QStringLiteral("Hi Oliver")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Api);
        QCOMPARE(r.error().code, 131047);
        QCOMPARE(r.error().httpStatus, 400);
        QVERIFY(!r.error().retryable);
        QVERIFY(translatedFix(r.error()).contains(QStringLiteral("template")));
        // A number that never wrote in has no open window either.
        QCOMPARE(send(messages::text(QStringLiteral("4930555000111"), QStringLiteral("Hi"))).error().code, 131047);
    }

    void templates()
    {
        TemplateSend hello;
        hello.name = QStringLiteral("hello_world");
        hello.languageCode = QStringLiteral("en_US");
        hello.body = {TemplateTextParameter{QStringLiteral("Oliver"), {}},
                      TemplateTextParameter{QStringLiteral("WabaDesk"), {}}};
        // Templates are allowed outside the 24-hour window.
        const auto ok = send(messages::templateMessage(kOliver, hello));
        QVERIFY2(ok.ok(), qPrintable(ok.error().summary()));
        QCOMPARE(ok.value().messageStatus, QStringLiteral("accepted"));

        TemplateSend order;
        order.name = QStringLiteral("order_update");
        order.languageCode = QStringLiteral("de");
        order.header =
            TemplateMediaParameter{MediaKind::Image, {{}, QStringLiteral("https://example.com/box.jpg")}, {}};
        order.body = {TemplateTextParameter{QStringLiteral("Anna"), {}},
                      TemplateTextParameter{QStringLiteral("A-7"), {}}};
        order.buttons = {{0, QStringLiteral("url"), QStringLiteral("A-7")},
                         {1, QStringLiteral("quick_reply"), QStringLiteral("support")}};
        QVERIFY(send(messages::templateMessage(kAnna, order)).ok());

        TemplateSend named;
        named.name = QStringLiteral("appointment_reminder");
        named.languageCode = QStringLiteral("en_US");
        named.body = {TemplateTextParameter{QStringLiteral("Anna"), QStringLiteral("first_name")},
                      TemplateTextParameter{QStringLiteral("12 May"), QStringLiteral("date")},
                      TemplateTextParameter{QStringLiteral("10:30"), QStringLiteral("time")}};
        QVERIFY(send(messages::templateMessage(kAnna, named)).ok());

        TemplateSend pickup;
        pickup.name = QStringLiteral("pickup_point");
        pickup.languageCode = QStringLiteral("en_US");
        pickup.header = TemplateLocationParameter{52.5, 13.4, QStringLiteral("Kiosk"), QStringLiteral("Hauptstr. 5")};
        pickup.body = {TemplateTextParameter{QStringLiteral("A-1"), {}},
                       TemplateTextParameter{QStringLiteral("Friday"), {}}};
        QVERIFY(send(messages::templateMessage(kAnna, pickup)).ok());
    }

    void templateErrors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("params");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown") << QStringLiteral("no_such_template") << 1 << 132001 << 404;
        QTest::newRow("too few params") << QStringLiteral("hello_world") << 1 << 132000 << 400;
        QTest::newRow("too many params") << QStringLiteral("hello_world") << 3 << 132000 << 400;
        QTest::newRow("paused") << QStringLiteral("winter_clearance") << 1 << 132015 << 400;
        QTest::newRow("disabled") << QStringLiteral("loyalty_newsletter") << 1 << 132016 << 400;
    }

    void templateErrors()
    {
        QFETCH(QString, name);
        QFETCH(int, params);
        QFETCH(int, code);
        QFETCH(int, status);
        TemplateSend t;
        t.name = name;
        t.languageCode = QStringLiteral("en_US");
        for (int i = 0; i < params; ++i)
            t.body.append(TemplateTextParameter{QStringLiteral("p%1").arg(i), {}});
        const auto r = send(messages::templateMessage(kAnna, t));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QCOMPARE(r.error().httpStatus, status);
        QVERIFY(!translatedExplanation(r.error()).isEmpty());
    }

    void markRead()
    {
        const auto r = run<bool>(
            [&](QObject* ctx, auto cb) { return m_client->markRead(QStringLiteral("wamid.abc"), true, ctx, cb); });
        QVERIFY2(r.ok(), qPrintable(r.error().summary()));
        QCOMPARE(r.value(), true);
        QCOMPARE(lastRequestBody()
                     .value(QStringLiteral("typing_indicator"))
                     .toObject()
                     .value(QStringLiteral("type"))
                     .toString(),
                 QStringLiteral("text"));
    }

    void mediaRoundTrip()
    {
        const QString path = pngFile();
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        const QString id = upload(path); // MIME detected from the content
        QVERIFY(!id.isEmpty());
        const auto upload = m_sandbox->recordedRequests().last();
        // The sandbox refuses an upload without the messaging_product and file parts (tst_sandbox checks that).
        QVERIFY(upload.contentType.startsWith(QStringLiteral("multipart/form-data")));

        const auto info = run<MediaInfo>([&](QObject* ctx, auto cb) { return m_client->mediaInfo(id, ctx, cb); });
        QVERIFY2(info.ok(), qPrintable(info.error().summary()));
        QCOMPARE(info.value().mimeType, QStringLiteral("image/png"));
        QCOMPARE(info.value().fileSize, bytes.size());
        QCOMPARE(info.value().url.host(), QStringLiteral("lookaside.fbsbx.com")); // rewritten for the download

        const QString out = m_dir.filePath(QStringLiteral("downloaded.png"));
        const auto d =
            run<DownloadedMedia>([&](QObject* ctx, auto cb) { return m_client->downloadMedia(id, out, ctx, cb); });
        QVERIFY2(d.ok(), qPrintable(d.error().summary()));
        QVERIFY(d.value().sha256Verified);
        QFile saved(out);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), bytes);
        QVERIFY(m_sandbox->recordedRequests().last().path.startsWith(
            QStringLiteral("/whatsapp_business/attachments/?mid=")));

        const auto del = run<bool>([&](QObject* ctx, auto cb) { return m_client->deleteMedia(id, ctx, cb); });
        QVERIFY(del.ok());
        const auto gone = run<MediaInfo>([&](QObject* ctx, auto cb) { return m_client->mediaInfo(id, ctx, cb); });
        QCOMPARE(gone.error().code, 100);
        // Unknown media id in a send: 100 as well.
        QCOMPARE(send(messages::media(kAnna, MediaKind::Image, {id, {}})).error().code, 100);
    }

    void uploadRefusedBeforeSending()
    {
        const int before = int(m_sandbox->recordedRequests().size());
        const QString exe =
            writeFile(QStringLiteral("setup.exe"), QByteArray("MZ\x90\x00\x03", 5) + QByteArray(100, '\0'));
        const auto r = run<QString>([&](QObject* ctx, auto cb) { return m_client->uploadMedia(exe, {}, ctx, cb); });
        QCOMPARE(r.error().kind, ApiError::Kind::Validation);
        const QString big =
            writeFile(QStringLiteral("big.jpg"), QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(5'000'001, 'x'));
        const auto r2 = run<QString>(
            [&](QObject* ctx, auto cb) { return m_client->uploadMedia(big, QStringLiteral("image/jpeg"), ctx, cb); });
        QVERIFY2(r2.error().problems.value(0).contains(QStringLiteral("5 MB")),
                 qPrintable(r2.error().problems.value(0)));
        const auto r3 = run<QString>([&](QObject* ctx, auto cb) {
            return m_client->uploadMedia(m_dir.filePath(QStringLiteral("missing.png")), {}, ctx, cb);
        });
        QVERIFY(r3.error().problems.value(0).contains(QStringLiteral("does not exist")));
        QCOMPARE(int(m_sandbox->recordedRequests().size()), before);
    }

    void resumableUpload()
    {
        const auto r =
            run<QString>([&](QObject* ctx, auto cb) { return m_client->resumableUpload(pngFile(), {}, ctx, cb); });
        QVERIFY2(r.ok(), qPrintable(r.error().summary()));
        QVERIFY(!r.value().isEmpty());
    }

    void templateManagement()
    {
        const auto list = run<QList<Template>>([&](QObject* ctx, auto cb) { return m_client->listTemplates(ctx, cb); });
        QVERIFY2(list.ok(), qPrintable(list.error().summary()));
        QVERIFY(list.value().size() >= 10);
        for (const Template& t : list.value())
            QCOMPARE(t.status, t.status.toUpper()); // 360dialog's lowercase normalised

        QJsonObject definition = test::readJsonObject(QStringLiteral("templates/definitions.json"))
                                     .value(QStringLiteral("seasonal_promotion"))
                                     .toObject();
        definition.insert(QStringLiteral("name"), QStringLiteral("autumn_promotion"));
        const auto created =
            run<TemplateCreated>([&](QObject* ctx, auto cb) { return m_client->createTemplate(definition, ctx, cb); });
        QVERIFY2(created.ok(), qPrintable(created.error().summary()));
        QCOMPARE(created.value().status, QStringLiteral("PENDING"));
        QVERIFY(!created.value().id.isEmpty());

        // The review approves it after the sandbox's delay.
        auto status = [&] {
            const auto l =
                run<QList<Template>>([&](QObject* ctx, auto cb) { return m_client->listTemplates(ctx, cb); });
            for (const Template& t : l.value())
                if (t.name == QLatin1String("autumn_promotion"))
                    return t.status;
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("APPROVED"), 5000);

        const auto dup =
            run<TemplateCreated>([&](QObject* ctx, auto cb) { return m_client->createTemplate(definition, ctx, cb); });
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, 100);

        const auto del = run<bool>([&](QObject* ctx, auto cb) {
            return m_client->deleteTemplate(QStringLiteral("autumn_promotion"), ctx, cb);
        });
        QVERIFY(del.ok());
        QCOMPARE(status(), QString());
        const auto del2 = run<bool>([&](QObject* ctx, auto cb) {
            return m_client->deleteTemplate(QStringLiteral("autumn_promotion"), ctx, cb);
        });
        QVERIFY(!del2.ok());
    }

    void profile()
    {
        const auto before =
            run<BusinessProfile>([&](QObject* ctx, auto cb) { return m_client->businessProfile(ctx, cb); });
        QVERIFY2(before.ok(), qPrintable(before.error().summary()));
        QVERIFY(!before.value().about.isEmpty());
        BusinessProfileUpdate u;
        u.about = QStringLiteral("Replies within 10 minutes");
        u.websites = QStringList{QStringLiteral("https://example.com"), QStringLiteral("https://shop.example.com")};
        const auto updated =
            run<bool>([&](QObject* ctx, auto cb) { return m_client->updateBusinessProfile(u, ctx, cb); });
        QVERIFY2(updated.ok(), qPrintable(updated.error().summary()));
        const auto after =
            run<BusinessProfile>([&](QObject* ctx, auto cb) { return m_client->businessProfile(ctx, cb); });
        QCOMPARE(after.value().about, QStringLiteral("Replies within 10 minutes"));
        QCOMPARE(after.value().websites.size(), 2);
        QCOMPARE(after.value().address, before.value().address); // untouched fields stay

        BusinessProfileUpdate bad;
        bad.about = QString(140, QLatin1Char('a'));
        const auto refused =
            run<bool>([&](QObject* ctx, auto cb) { return m_client->updateBusinessProfile(bad, ctx, cb); });
        QCOMPARE(refused.error().kind, ApiError::Kind::Validation);
    }

    void webhooks()
    {
        for (bool waba : {false, true}) {
            WebhookConfig config;
            config.url = QUrl(QStringLiteral("https://hooks.example.com/wa"));
            config.headers.insert(QStringLiteral("X-Webhook-Secret"), QStringLiteral("s3cr3t-value"));
            const auto set = run<bool>([&](QObject* ctx, auto cb) {
                return waba ? m_client->setWabaWebhook(config, ctx, cb)
                            : m_client->setPhoneNumberWebhook(config, ctx, cb);
            });
            QVERIFY2(set.ok(), qPrintable(set.error().summary()));
            const auto got = run<WebhookConfig>([&](QObject* ctx, auto cb) {
                return waba ? m_client->wabaWebhook(ctx, cb) : m_client->phoneNumberWebhook(ctx, cb);
            });
            QVERIFY2(got.ok(), qPrintable(got.error().summary()));
            QCOMPARE(got.value().url, config.url);
            QCOMPARE(got.value().headers.value(QStringLiteral("X-Webhook-Secret")), QStringLiteral("s3cr3t-value"));
        }
        WebhookConfig bad;
        bad.url = QUrl(QStringLiteral("ftp://x"));
        const auto refused =
            run<bool>([&](QObject* ctx, auto cb) { return m_client->setPhoneNumberWebhook(bad, ctx, cb); });
        QCOMPARE(refused.error().kind, ApiError::Kind::Validation);
    }

    void wrongKeyIs401()
    {
        ApiClient wrong(&m_nam, m_sandbox->baseUrl(), [] { return QByteArray("not-the-key-0000"); });
        std::optional<Result<QList<Template>>> r;
        wrong.listTemplates(this, [&](const auto& x) { r = x; });
        QTRY_VERIFY(r.has_value());
        QCOMPARE(r->error().httpStatus, 401);
        QCOMPARE(r->error().kind, ApiError::Kind::Api);
        QVERIFY(translatedFix(r->error()).contains(QStringLiteral("key")));
        QVERIFY(!r->error().summary().contains(QStringLiteral("not-the-key")));
    }

    void faultLatency()
    {
        sandbox::FaultPlan plan;
        plan.latencyMs = 300;
        m_sandbox->setFaults(plan);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(run<BusinessProfile>([&](QObject* ctx, auto cb) { return m_client->businessProfile(ctx, cb); }).ok());
        QVERIFY(timer.elapsed() >= 290);
        // A client timeout shorter than the latency ends the call with Timeout.
        m_client->setTimeout(std::chrono::milliseconds(100));
        const auto r = run<BusinessProfile>([&](QObject* ctx, auto cb) { return m_client->businessProfile(ctx, cb); });
        m_client->setTimeout(std::chrono::milliseconds(5000));
        QCOMPARE(r.error().kind, ApiError::Kind::Timeout);
    }

    void faultServerError()
    {
        sandbox::FaultPlan plan;
        plan.serverErrors = 1;
        m_sandbox->setFaults(plan);
        const auto r = send(messages::text(kAnna, QStringLiteral("x")));
        QCOMPARE(r.error().httpStatus, 500);
        QCOMPARE(r.error().code, 131000);
        QVERIFY(r.error().retryable);
        QVERIFY(send(messages::text(kAnna, QStringLiteral("x"))).ok()); // counted: the next one passes
    }

    void faultRateLimit()
    {
        sandbox::FaultPlan plan;
        plan.rateLimited = 1;
        plan.retryAfterSeconds = 3;
        m_sandbox->setFaults(plan);
        const auto r = send(messages::text(kAnna, QStringLiteral("x")));
        QCOMPARE(r.error().httpStatus, 429);
        QCOMPARE(r.error().code, 130429);
        QCOMPARE(r.error().retryAfterSeconds, 3);
        QVERIFY(r.error().retryable);
    }

    void faultDroppedConnection()
    {
        sandbox::FaultPlan plan;
        plan.dropConnections = 1;
        m_sandbox->setFaults(plan);
        const auto r = send(messages::text(kAnna, QStringLiteral("x")));
        QCOMPARE(r.error().kind, ApiError::Kind::Network);
        QVERIFY(r.error().retryable);
    }

    void faultMalformedBody()
    {
        sandbox::FaultPlan plan;
        plan.malformedBodies = 1;
        m_sandbox->setFaults(plan);
        const auto r = send(messages::text(kAnna, QStringLiteral("x")));
        QCOMPARE(r.error().kind, ApiError::Kind::MalformedResponse);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
