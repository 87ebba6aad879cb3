// The sandbox over real loopback HTTP: authentication, sends, media, templates, profile, webhooks and faults
// (REFERENCE.md §0–§7), as a client sees them.
#include "WebhookReceiver.h"
#include "sandbox/Sandbox.h"
#include "store/Store.h"

#include <httplib.h>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

using namespace wabadesk::sandbox;
using wabadesk::test::WebhookReceiver;
using namespace std::chrono_literals;

namespace {

struct Reply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QByteArray retryAfter;
    QByteArray contentType;
    qint64 elapsedMs = 0;

    int errorCode() const
    {
        return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt();
    }
    QString details() const
    {
        return json.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("error_data"))
            .toObject()
            .value(QStringLiteral("details"))
            .toString();
    }
};

QJsonObject textMessage(const QString& to, const QString& body)
{
    return QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                       {QStringLiteral("recipient_type"), QStringLiteral("individual")},
                       {QStringLiteral("to"), to},
                       {QStringLiteral("type"), QStringLiteral("text")},
                       {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), body}}}};
}

QJsonObject templateMessage(const QString& to, const QString& name, const QStringList& bodyParams)
{
    QJsonArray parameters;
    for (const QString& p : bodyParams)
        parameters.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), p}});
    const QJsonObject tpl{
        {QStringLiteral("name"), name},
        {QStringLiteral("language"), QJsonObject{{QStringLiteral("code"), QStringLiteral("en_US")}}},
        {QStringLiteral("components"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("body")},
                                                              {QStringLiteral("parameters"), parameters}}}}};
    return QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                       {QStringLiteral("to"), to},
                       {QStringLiteral("type"), QStringLiteral("template")},
                       {QStringLiteral("template"), tpl}};
}

QJsonObject templateEntry(const QJsonObject& list, const QString& name)
{
    for (const QJsonValue& v : list.value(QStringLiteral("waba_templates")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

// A real event loop (QSignalSpy::wait), not qWaitFor's polling: uploads are written chunk by chunk from it.
bool waitFinished(QNetworkReply* reply)
{
    if (reply->isFinished())
        return true;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    return finished.wait(15000);
}

const QString kAnna = QStringLiteral("4915112345678");
const QString kOliver = QStringLiteral("447700900123");

} // namespace

class tst_Sandbox : public QObject {
    Q_OBJECT

private:
    Reply send(const QByteArray& verb, const QString& pathAndQuery, const QByteArray& body = {},
               const QByteArray& contentType = "application/json", std::optional<QByteArray> key = {},
               QHttpMultiPart* multipart = nullptr);
    Reply postJson(const QString& path, const QJsonObject& body)
    {
        return send("POST", path, QJsonDocument(body).toJson());
    }
    Reply get(const QString& path) { return send("GET", path); }
    QString sendTextOk(const QString& to, const QString& body);

    std::unique_ptr<WebhookReceiver> m_receiver;
    std::unique_ptr<Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void unauthorized();
    void unknownPathAndMethod();
    void sendText();
    void reengagement();
    void validationFailure();
    void markRead();
    void templateSends();
    void seedTemplatesSendable_data();
    void seedTemplatesSendable();
    void mediaRoundTrip();
    void mediaDeleteAndRefusals();
    void mediaUploadFormParts_data();
    void mediaUploadFormParts();
    void resumableUpload();
    void templateList();
    void templateCreateAndReview();
    void templateCreateValidation();
    void profile();
    void webhookConfig();
    void statusWebhooks();
    void undeliverableNumber();
    void injectInbound();
    void faultLatency();
    void faultDrop();
    void faultMalformed();
    void faultRateLimit();
    void faultServerError();
    void faultsByHttp();
    void recordedRequests();
    void restart();
    void stopWhilePosting();
};

Reply tst_Sandbox::send(const QByteArray& verb, const QString& pathAndQuery, const QByteArray& body,
                        const QByteArray& contentType, std::optional<QByteArray> key, QHttpMultiPart* multipart)
{
    QNetworkRequest request(QUrl(m_sandbox->baseUrl().toString() + pathAndQuery));
    request.setRawHeader("D360-API-KEY", key.value_or(m_sandbox->apiKey()));
    if (!multipart && !body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply =
        multipart ? m_nam.sendCustomRequest(request, verb, multipart) : m_nam.sendCustomRequest(request, verb, body);
    if (multipart)
        multipart->setParent(reply);
    const bool finished = waitFinished(reply);
    Reply out;
    out.elapsedMs = timer.elapsed();
    if (!finished) {
        reply->abort();
        out.error = QNetworkReply::TimeoutError;
    } else {
        out.error = reply->error();
    }
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    out.retryAfter = reply->rawHeader("Retry-After");
    out.contentType = reply->rawHeader("Content-Type");
    reply->deleteLater();
    return out;
}

QString tst_Sandbox::sendTextOk(const QString& to, const QString& body)
{
    const Reply r = postJson(QStringLiteral("/messages"), textMessage(to, body));
    if (r.status != 200)
        qWarning() << "send failed" << r.status << r.body;
    return r.json.value(QStringLiteral("messages")).toArray().at(0).toObject().value(QStringLiteral("id")).toString();
}

void tst_Sandbox::initTestCase()
{
    m_receiver = std::make_unique<WebhookReceiver>();
    SandboxOptions options;
    options.scriptedCustomers = false;
    options.webhookUrl = m_receiver->url();
    options.webhookHeaders.insert(QStringLiteral("X-Webhook-Secret"), QStringLiteral("s3cret"));
    options.statusDelay = 30ms;
    options.reviewDelay = 150ms;
    m_sandbox = std::make_unique<Sandbox>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    QVERIFY(m_sandbox->isRunning());
    QCOMPARE(m_sandbox->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_sandbox->apiKey().size() >= 16);
}

void tst_Sandbox::init()
{
    m_sandbox->setFaults({});
    m_sandbox->setLastInbound(kAnna, QDateTime::currentDateTimeUtc().addSecs(-600));
    m_sandbox->setLastInbound(kOliver, QDateTime::currentDateTimeUtc().addSecs(-30 * 3600));
}

void tst_Sandbox::cleanupTestCase()
{
    m_sandbox.reset(); // with webhooks possibly still queued
    m_receiver.reset();
}

void tst_Sandbox::unauthorized()
{
    const QJsonObject expected{{QStringLiteral("meta"),
                                QJsonObject{{QStringLiteral("success"), false},
                                            {QStringLiteral("http_code"), 401},
                                            {QStringLiteral("developer_message"), QStringLiteral("Invalid api key")}}}};
    const Reply missing =
        send("POST", QStringLiteral("/messages"), QJsonDocument(textMessage(kAnna, QStringLiteral("x"))).toJson(),
             "application/json", QByteArray());
    QCOMPARE(missing.status, 401);
    QCOMPARE(missing.json, expected);
    const Reply wrong = send("GET", QStringLiteral("/v1/configs/templates"), {}, {}, QByteArrayLiteral("not-the-key"));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.json, expected);
    // Header names are case-insensitive.
    QNetworkRequest request(QUrl(m_sandbox->baseUrl().toString() + QStringLiteral("/v1/configs/phone_number")));
    request.setRawHeader("d360-api-key", m_sandbox->apiKey());
    QNetworkReply* reply = m_nam.get(request);
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonObject phone = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(phone.value(QStringLiteral("phone_number")).toString(), QStringLiteral("+49 30 1234567"));
    QVERIFY(!phone.value(QStringLiteral("id")).toString().isEmpty());
    reply->deleteLater();
}

void tst_Sandbox::unknownPathAndMethod()
{
    const Reply unknown = get(QStringLiteral("/v2/nothing/here"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), 100);
    QVERIFY(!unknown.json.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("fbtrace_id"))
                 .toString()
                 .isEmpty());
    const Reply wrongMethod = get(QStringLiteral("/messages"));
    QCOMPARE(wrongMethod.status, 400);
    QCOMPARE(wrongMethod.errorCode(), 100);
    const Reply badJson = send("POST", QStringLiteral("/messages"), "{not json");
    QCOMPARE(badJson.status, 400);
    QCOMPARE(badJson.errorCode(), 100);
}

void tst_Sandbox::sendText()
{
    const Reply r =
        postJson(QStringLiteral("/messages"), textMessage(QStringLiteral("+49 151 12345678"), QStringLiteral("Hi!")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("messaging_product")).toString(), QStringLiteral("whatsapp"));
    const QJsonObject contact = r.json.value(QStringLiteral("contacts")).toArray().at(0).toObject();
    QCOMPARE(contact.value(QStringLiteral("input")).toString(), QStringLiteral("+49 151 12345678"));
    QCOMPARE(contact.value(QStringLiteral("wa_id")).toString(), kAnna);
    const QJsonObject message = r.json.value(QStringLiteral("messages")).toArray().at(0).toObject();
    QVERIFY(message.value(QStringLiteral("id")).toString().startsWith(QLatin1String("wamid.")));
    QVERIFY(!message.contains(QStringLiteral("message_status")));
}

void tst_Sandbox::reengagement()
{
    for (const QString& to : {kOliver, QStringLiteral("14155550123")}) {
        const Reply r = postJson(QStringLiteral("/messages"), textMessage(to, QStringLiteral("Are you there?")));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), 131047);
        QCOMPARE(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("(#131047) Re-engagement message"));
        QCOMPARE(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("OAuthException"));
        QVERIFY(r.details().contains(QLatin1String("24 hours")));
    }
    // A customer who writes in opens the window again.
    m_sandbox->setLastInbound(kOliver, QDateTime::currentDateTimeUtc());
    QCOMPARE(postJson(QStringLiteral("/messages"), textMessage(kOliver, QStringLiteral("Hello again"))).status, 200);
}

void tst_Sandbox::validationFailure()
{
    const Reply r = postJson(QStringLiteral("/messages"), textMessage(kAnna, QString(4097, u'a')));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), 100);
    QVERIFY(!r.details().isEmpty());
    QJsonObject image{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                      {QStringLiteral("to"), kAnna},
                      {QStringLiteral("type"), QStringLiteral("image")},
                      {QStringLiteral("image"), QJsonObject{{QStringLiteral("id"), QStringLiteral("99999999")}}}};
    const Reply media = postJson(QStringLiteral("/messages"), image);
    QCOMPARE(media.status, 400);
    QCOMPARE(media.errorCode(), 100);
    QCOMPARE(media.details(), QStringLiteral("Invalid media id"));
}

void tst_Sandbox::markRead()
{
    const QJsonObject body{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                           {QStringLiteral("status"), QStringLiteral("read")},
                           {QStringLiteral("message_id"), QStringLiteral("wamid.unknown")}};
    const Reply r = postJson(QStringLiteral("/messages"), body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json, QJsonObject({{QStringLiteral("success"), true}}));
}

void tst_Sandbox::templateSends()
{
    const Reply unknown =
        postJson(QStringLiteral("/messages"), templateMessage(kOliver, QStringLiteral("no_such"), {}));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), 132001);
    const Reply count = postJson(QStringLiteral("/messages"),
                                 templateMessage(kOliver, QStringLiteral("hello_world"), {QStringLiteral("Oliver")}));
    QCOMPARE(count.status, 400);
    QCOMPARE(count.errorCode(), 132000);
    const Reply paused =
        postJson(QStringLiteral("/messages"),
                 templateMessage(kOliver, QStringLiteral("winter_clearance"), {QStringLiteral("Oliver")}));
    QCOMPARE(paused.errorCode(), 132015);
    const Reply rejected =
        postJson(QStringLiteral("/messages"),
                 templateMessage(kOliver, QStringLiteral("flash_deal_alert"), {QStringLiteral("Oliver")}));
    QCOMPARE(rejected.errorCode(), 132001);
    // Templates reach customers whose window is closed.
    const Reply ok =
        postJson(QStringLiteral("/messages"), templateMessage(kOliver, QStringLiteral("hello_world"),
                                                              {QStringLiteral("Oliver"), QStringLiteral("WabaDesk")}));
    QCOMPARE(ok.status, 200);
    const QJsonObject message = ok.json.value(QStringLiteral("messages")).toArray().at(0).toObject();
    QCOMPARE(message.value(QStringLiteral("message_status")).toString(), QStringLiteral("accepted"));
}

void tst_Sandbox::seedTemplatesSendable_data()
{
    QTest::addColumn<QByteArray>("templateObject");
    QTest::newRow("order_update de") << QByteArray(R"({"name":"order_update","language":{"code":"de"},"components":[
        {"type":"header","parameters":[{"type":"image","image":{"link":"https://example.com/p.jpg"}}]},
        {"type":"body","parameters":[{"type":"text","text":"Anna"},{"type":"text","text":"A-1001"}]},
        {"type":"button","sub_type":"url","index":"0","parameters":[{"type":"text","text":"A-1001"}]}]})");
    QTest::newRow("seasonal_promotion") << QByteArray(R"({"name":"seasonal_promotion","language":{"code":"en_US"},
        "components":[{"type":"header","parameters":[{"type":"text","text":"Summer Sale"}]},
        {"type":"body","parameters":[{"type":"text","text":"Sunday"},{"type":"text","text":"25OFF"},
                                     {"type":"text","text":"25%"}]}]})");
    QTest::newRow("appointment_reminder") << QByteArray(R"({"name":"appointment_reminder","language":{"code":"en_US"},
        "components":[{"type":"body","parameters":[{"type":"text","parameter_name":"first_name","text":"Anna"},
        {"type":"text","parameter_name":"date","text":"12 May"},{"type":"text","parameter_name":"time","text":"10:30"}]}]})");
    QTest::newRow("pickup_point") << QByteArray(R"({"name":"pickup_point","language":{"code":"en_US"},"components":[
        {"type":"header","parameters":[{"type":"location","location":{"latitude":52.52,"longitude":13.40,"name":"Kiosk",
                                                                      "address":"Alexanderplatz 1"}}]},
        {"type":"body","parameters":[{"type":"text","text":"A-1001"},{"type":"text","text":"Friday"}]}]})");
    QTest::newRow("verification_code") << QByteArray(R"({"name":"verification_code","language":{"code":"en_US"},
        "components":[{"type":"body","parameters":[{"type":"text","text":"123456"}]},
        {"type":"button","sub_type":"url","index":"0","parameters":[{"type":"text","text":"123456"}]}]})");
}

void tst_Sandbox::seedTemplatesSendable()
{
    QFETCH(QByteArray, templateObject);
    const QJsonObject body{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                           {QStringLiteral("to"), kOliver},
                           {QStringLiteral("type"), QStringLiteral("template")},
                           {QStringLiteral("template"), QJsonDocument::fromJson(templateObject).object()}};
    const Reply r = postJson(QStringLiteral("/messages"), body);
    QVERIFY2(r.status == 200, r.body.constData());
}

void tst_Sandbox::mediaRoundTrip()
{
    QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
    for (int i = 0; i < 5000; ++i)
        bytes.append(char(i % 251));
    auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart product;
    product.setHeader(QNetworkRequest::ContentDispositionHeader,
                      QStringLiteral("form-data; name=\"messaging_product\""));
    product.setBody("whatsapp");
    QHttpPart type;
    type.setHeader(QNetworkRequest::ContentDispositionHeader, QStringLiteral("form-data; name=\"type\""));
    type.setBody("image/png");
    QHttpPart file;
    file.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QStringLiteral("form-data; name=\"file\"; filename=\"a.png\""));
    file.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("image/png"));
    file.setBody(bytes);
    multipart->append(product);
    multipart->append(type);
    multipart->append(file);
    const Reply upload = send("POST", QStringLiteral("/media"), {}, {}, {}, multipart);
    QCOMPARE(upload.status, 200);
    const QString id = upload.json.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c.isDigit(); }));

    const Reply info = get(QLatin1Char('/') + id);
    QCOMPARE(info.status, 200);
    QCOMPARE(info.json.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(info.json.value(QStringLiteral("mime_type")).toString(), QStringLiteral("image/png"));
    QCOMPARE(info.json.value(QStringLiteral("file_size")).toString(), QString::number(bytes.size()));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QCOMPARE(info.json.value(QStringLiteral("sha256")).toString(), sha);
    const QUrl url(info.json.value(QStringLiteral("url")).toString());
    QCOMPARE(url.host(), QStringLiteral("lookaside.fbsbx.com"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("mid")), id);

    // 360dialog: swap the host, keep path and query (§2.4).
    const QString swapped = url.path() + QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    const Reply download = get(swapped);
    QCOMPARE(download.status, 200);
    QCOMPARE(download.contentType, QByteArray("image/png"));
    QCOMPARE(download.body, bytes);
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(download.body, QCryptographicHash::Sha256).toHex()), sha);

    QUrlQuery badHash(url);
    badHash.removeQueryItem(QStringLiteral("hash"));
    badHash.addQueryItem(QStringLiteral("hash"), QStringLiteral("wrong"));
    const Reply wrong = get(url.path() + QLatin1Char('?') + badHash.toString(QUrl::FullyEncoded));
    QCOMPARE(wrong.status, 404);
    QVERIFY(wrong.json.contains(QStringLiteral("error")));

    // The id is accepted in a media message.
    QJsonObject image{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                      {QStringLiteral("to"), kAnna},
                      {QStringLiteral("type"), QStringLiteral("image")},
                      {QStringLiteral("image"), QJsonObject{{QStringLiteral("id"), id}}}};
    QCOMPARE(postJson(QStringLiteral("/messages"), image).status, 200);
}

void tst_Sandbox::mediaDeleteAndRefusals()
{
    auto upload = [this](const QByteArray& mime, const QByteArray& bytes, bool withProduct) {
        auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        if (withProduct) {
            QHttpPart product;
            product.setHeader(QNetworkRequest::ContentDispositionHeader,
                              QStringLiteral("form-data; name=\"messaging_product\""));
            product.setBody("whatsapp");
            multipart->append(product);
        }
        QHttpPart file;
        file.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"file\"; filename=\"f\""));
        file.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(mime));
        file.setBody(bytes);
        multipart->append(file);
        return send("POST", QStringLiteral("/media"), {}, {}, {}, multipart);
    };
    const Reply ok = upload("application/pdf", "%PDF-1.4 sandbox", true);
    QCOMPARE(ok.status, 200);
    const QString id = ok.json.value(QStringLiteral("id")).toString();
    const Reply deleted = send("DELETE", QLatin1Char('/') + id);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json, QJsonObject({{QStringLiteral("success"), true}}));
    const Reply gone = get(QLatin1Char('/') + id);
    QCOMPARE(gone.status, 400);
    QCOMPARE(gone.errorCode(), 100);
    QVERIFY(gone.details().contains(id));
    QCOMPARE(send("DELETE", QLatin1Char('/') + id).errorCode(), 100);

    const Reply noProduct = upload("image/png", "png", false);
    QCOMPARE(noProduct.status, 400);
    QCOMPARE(noProduct.errorCode(), 100);
    const Reply badType = upload("application/x-msdownload", "MZ", true);
    QCOMPARE(badType.status, 400);
    QCOMPARE(badType.errorCode(), 131053);
    QVERIFY(!badType.details().isEmpty());
    const Reply tooBig = upload("image/png", QByteArray(5 * 1000 * 1000 + 1, 'x'), true);
    QCOMPARE(tooBig.errorCode(), 131053);
}

// The upload's form parts as cpp-httplib parses them: before 0.23 every part in Request::files, since then parts with a
// filename in Request::form.files and the others in form.fields (cmake/Httplib.cmake). Each row sends a differently
// shaped form; the answer must not depend on the library's version.
void tst_Sandbox::mediaUploadFormParts_data()
{
    QTest::addColumn<QByteArray>("productPart");  // the messaging_product part's value; empty: no such part
    QTest::addColumn<QByteArray>("typePart");     // the type part's value; empty: no such part
    QTest::addColumn<QByteArray>("fileFilename"); // filename= of the file part; "-": no file part; empty: no filename
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("errorCode");
    QTest::addColumn<QString>("mimeType"); // what GET /{id} reports after a 200

    QTest::newRow("type part names the type") << QByteArray("whatsapp") << QByteArray("image/png") << QByteArray("a")
                                              << 200 << 0 << QStringLiteral("image/png");
    QTest::newRow("file part's own type")
        << QByteArray("whatsapp") << QByteArray() << QByteArray("a") << 200 << 0 << QStringLiteral("application/pdf");
    QTest::newRow("file part without a filename")
        << QByteArray("whatsapp") << QByteArray("image/png") << QByteArray() << 200 << 0 << QStringLiteral("image/png");
    QTest::newRow("no file part") << QByteArray("whatsapp") << QByteArray("image/png") << QByteArray("-") << 400 << 100
                                  << QString();
    QTest::newRow("another product") << QByteArray("instagram") << QByteArray("image/png") << QByteArray("a") << 400
                                     << 100 << QString();
}

void tst_Sandbox::mediaUploadFormParts()
{
    QFETCH(QByteArray, productPart);
    QFETCH(QByteArray, typePart);
    QFETCH(QByteArray, fileFilename);
    QFETCH(int, status);
    QFETCH(int, errorCode);
    QFETCH(QString, mimeType);

    auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    auto textPart = [multipart](const QString& name, const QByteArray& value) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader, QStringLiteral("form-data; name=\"%1\"").arg(name));
        part.setBody(value);
        multipart->append(part);
    };
    if (!productPart.isEmpty())
        textPart(QStringLiteral("messaging_product"), productPart);
    if (!typePart.isEmpty())
        textPart(QStringLiteral("type"), typePart);
    const QByteArray bytes = typePart == "image/png" ? QByteArray("\x89PNG\r\n\x1a\n", 8) : QByteArray("%PDF-1.4 x");
    if (fileFilename != "-") {
        QHttpPart file;
        QString disposition = QStringLiteral("form-data; name=\"file\"");
        if (!fileFilename.isEmpty())
            disposition += QStringLiteral("; filename=\"%1\"").arg(QString::fromLatin1(fileFilename));
        file.setHeader(QNetworkRequest::ContentDispositionHeader, disposition);
        file.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/pdf"));
        file.setBody(bytes);
        multipart->append(file);
    }
    const Reply upload = send("POST", QStringLiteral("/media"), {}, {}, {}, multipart);
    QCOMPARE(upload.status, status);
    if (status != 200) {
        QCOMPARE(upload.errorCode(), errorCode);
        return;
    }
    const Reply info = get(QLatin1Char('/') + upload.json.value(QStringLiteral("id")).toString());
    QCOMPARE(info.json.value(QStringLiteral("mime_type")).toString(), mimeType);
    QCOMPARE(info.json.value(QStringLiteral("file_size")).toString(), QString::number(bytes.size()));
}

void tst_Sandbox::resumableUpload()
{
    const Reply session = send("POST", QStringLiteral("/uploads?file_name=p.jpg&file_length=8&file_type=image/jpeg"));
    QCOMPARE(session.status, 200);
    const QString id = session.json.value(QStringLiteral("id")).toString();
    QVERIFY(id.startsWith(QLatin1String("upload:")));

    QNetworkRequest request(QUrl(m_sandbox->baseUrl().toString() + QLatin1Char('/') + id));
    request.setRawHeader("D360-API-KEY", m_sandbox->apiKey());
    request.setRawHeader("file_offset", "0");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    QNetworkReply* first = m_nam.post(request, QByteArray("abcd"));
    QVERIFY(waitFinished(first));
    QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    first->deleteLater();

    const Reply status = get(QLatin1Char('/') + id);
    QCOMPARE(status.json.value(QStringLiteral("file_offset")).toInteger(), 4);
    request.setRawHeader("file_offset", "4");
    QNetworkReply* second = m_nam.post(request, QByteArray("efgh"));
    QVERIFY(waitFinished(second));
    const QJsonObject done = QJsonDocument::fromJson(second->readAll()).object();
    second->deleteLater();
    const QString handle = done.value(QStringLiteral("h")).toString();
    QVERIFY(!handle.isEmpty());

    // The handle sets the profile photo.
    const Reply photo = postJson(QStringLiteral("/whatsapp_business_profile"),
                                 {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                  {QStringLiteral("profile_picture_handle"), handle}});
    QCOMPARE(photo.status, 200);
}

void tst_Sandbox::templateList()
{
    const Reply r = get(QStringLiteral("/v1/configs/templates"));
    QCOMPARE(r.status, 200);
    for (const char* key : {"count", "filters", "limit", "offset", "sort", "total", "waba_templates"})
        QVERIFY2(r.json.contains(QLatin1String(key)), key);
    const QJsonArray templates = r.json.value(QStringLiteral("waba_templates")).toArray();
    QCOMPARE(r.json.value(QStringLiteral("count")).toInt(), templates.size());
    QVERIFY(templates.size() >= 8);
    for (const QJsonValue& v : templates) {
        const QJsonObject t = v.toObject();
        const QString status = t.value(QStringLiteral("status")).toString();
        QCOMPARE(status, status.toLower());
        const QString category = t.value(QStringLiteral("category")).toString();
        QCOMPARE(category, category.toUpper());
        for (const char* key :
             {"id", "name", "language", "namespace", "components", "rejected_reason", "quality_score"})
            QVERIFY2(t.contains(QLatin1String(key)), key);
    }
    QCOMPARE(templateEntry(r.json, QStringLiteral("hello_world")).value(QStringLiteral("status")).toString(),
             QStringLiteral("approved"));
    QCOMPARE(templateEntry(r.json, QStringLiteral("appointment_reminder"))
                 .value(QStringLiteral("parameter_format"))
                 .toString(),
             QStringLiteral("NAMED"));

    const Reply page = get(QStringLiteral("/v1/configs/templates?limit=2&offset=1"));
    QCOMPARE(page.json.value(QStringLiteral("count")).toInt(), 2);
    QCOMPARE(page.json.value(QStringLiteral("limit")).toInt(), 2);
    QCOMPARE(page.json.value(QStringLiteral("offset")).toInt(), 1);
    QCOMPARE(page.json.value(QStringLiteral("total")).toInt(), r.json.value(QStringLiteral("total")).toInt());
}

void tst_Sandbox::templateCreateAndReview()
{
    const QJsonObject body{
        {QStringLiteral("name"), QStringLiteral("delivery_window")},
        {QStringLiteral("language"), QStringLiteral("en_US")},
        {QStringLiteral("category"), QStringLiteral("UTILITY")},
        {QStringLiteral("components"),
         QJsonArray{QJsonObject{
             {QStringLiteral("type"), QStringLiteral("BODY")},
             {QStringLiteral("text"), QStringLiteral("Hi {{1}}, we deliver between {{2}} and {{3}} today.")},
             {QStringLiteral("example"), QJsonObject{{QStringLiteral("body_text"),
                                                      QJsonArray{QJsonArray{QStringLiteral("Anna"), QStringLiteral("9"),
                                                                            QStringLiteral("12")}}}}}}}}};
    const Reply created = postJson(QStringLiteral("/v1/configs/templates"), body);
    QCOMPARE(created.status, 200);
    QCOMPARE(created.json.value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
    QCOMPARE(created.json.value(QStringLiteral("category")).toString(), QStringLiteral("UTILITY"));
    QVERIFY(!created.json.value(QStringLiteral("id")).toString().isEmpty());
    const Reply duplicate = postJson(QStringLiteral("/v1/configs/templates"), body);
    QCOMPARE(duplicate.status, 400);
    QCOMPARE(duplicate.errorCode(), 100);

    auto eventFor = [this](const QString& name) -> QJsonObject {
        for (const QJsonObject& value : m_receiver->values(QStringLiteral("message_template_status_update"))) {
            if (value.value(QStringLiteral("message_template_name")).toString() == name)
                return value;
        }
        return {};
    };
    QTRY_VERIFY_WITH_TIMEOUT(!eventFor(QStringLiteral("delivery_window")).isEmpty(), 5000);
    const QJsonObject event = eventFor(QStringLiteral("delivery_window"));
    QCOMPARE(event.value(QStringLiteral("event")).toString(), QStringLiteral("APPROVED"));
    QCOMPARE(event.value(QStringLiteral("message_template_language")).toString(), QStringLiteral("en_US"));
    QCOMPARE(event.value(QStringLiteral("reason")).toString(), QStringLiteral("NONE"));
    const QJsonObject listed =
        templateEntry(get(QStringLiteral("/v1/configs/templates")).json, QStringLiteral("delivery_window"));
    QCOMPARE(listed.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));

    // Adjacent variables are rejected in review; sales wording in a UTILITY template too.
    QJsonObject adjacent = body;
    adjacent.insert(QStringLiteral("name"), QStringLiteral("adjacent_vars"));
    QJsonArray components = adjacent.value(QStringLiteral("components")).toArray();
    QJsonObject bodyComponent = components.at(0).toObject();
    bodyComponent.insert(QStringLiteral("text"), QStringLiteral("Hello {{1}}{{2}}, your slot is {{3}} today."));
    components[0] = bodyComponent;
    adjacent.insert(QStringLiteral("components"), components);
    QCOMPARE(postJson(QStringLiteral("/v1/configs/templates"), adjacent).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!eventFor(QStringLiteral("adjacent_vars")).isEmpty(), 5000);
    QCOMPARE(eventFor(QStringLiteral("adjacent_vars")).value(QStringLiteral("reason")).toString(),
             QStringLiteral("INVALID_FORMAT"));
    QCOMPARE(eventFor(QStringLiteral("adjacent_vars")).value(QStringLiteral("event")).toString(),
             QStringLiteral("REJECTED"));

    QCOMPARE(send("DELETE", QStringLiteral("/v1/configs/templates/delivery_window")).status, 200);
    QVERIFY(
        templateEntry(get(QStringLiteral("/v1/configs/templates")).json, QStringLiteral("delivery_window")).isEmpty());
    const Reply missing = send("DELETE", QStringLiteral("/v1/configs/templates/delivery_window"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), 100);
}

void tst_Sandbox::templateCreateValidation()
{
    auto create = [this](const QString& name, const QString& category, const QString& text) {
        QJsonObject body{
            {QStringLiteral("name"), name},
            {QStringLiteral("language"), QStringLiteral("en_US")},
            {QStringLiteral("category"), category},
            {QStringLiteral("components"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                                                                  {QStringLiteral("text"), text}}}}};
        return postJson(QStringLiteral("/v1/configs/templates"), body);
    };
    QCOMPARE(create(QStringLiteral("Bad-Name"), QStringLiteral("UTILITY"), QStringLiteral("Hello there")).errorCode(),
             100);
    QCOMPARE(create(QStringLiteral("ok_name"), QStringLiteral("PROMO"), QStringLiteral("Hello there")).errorCode(),
             100);
    const Reply edge =
        create(QStringLiteral("edge_var"), QStringLiteral("UTILITY"), QStringLiteral("{{1}} is your order status"));
    QCOMPARE(edge.status, 400);
    QCOMPARE(edge.errorCode(), 100);
    QCOMPARE(edge.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("error_subcode")).toInt(),
             2388299);
    QCOMPARE(create(QStringLiteral("too_long"), QStringLiteral("UTILITY"), QString(1025, u'a'))
                 .json.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("error_subcode"))
                 .toInt(),
             2388040);
}

void tst_Sandbox::profile()
{
    const Reply read = get(QStringLiteral("/whatsapp_business_profile?fields=about,email,websites"));
    QCOMPARE(read.status, 200);
    const QJsonObject data = read.json.value(QStringLiteral("data")).toArray().at(0).toObject();
    QCOMPARE(data.value(QStringLiteral("messaging_product")).toString(), QStringLiteral("whatsapp"));
    QVERIFY(data.contains(QStringLiteral("about")));
    QVERIFY(!data.contains(QStringLiteral("address")));

    const Reply update = postJson(QStringLiteral("/whatsapp_business_profile"),
                                  {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                   {QStringLiteral("about"), QStringLiteral("Back at 9")},
                                   {QStringLiteral("vertical"), QStringLiteral("RETAIL")}});
    QCOMPARE(update.status, 200);
    QCOMPARE(update.json, QJsonObject({{QStringLiteral("success"), true}}));
    const QJsonObject after =
        get(QStringLiteral("/whatsapp_business_profile")).json.value(QStringLiteral("data")).toArray().at(0).toObject();
    QCOMPARE(after.value(QStringLiteral("about")).toString(), QStringLiteral("Back at 9"));

    const Reply invalid = postJson(QStringLiteral("/whatsapp_business_profile"),
                                   {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                    {QStringLiteral("about"), QString(140, u'a')},
                                    {QStringLiteral("websites"), QJsonArray{QStringLiteral("example.com")}}});
    QCOMPARE(invalid.status, 400);
    QCOMPARE(invalid.errorCode(), 100);
    QVERIFY(invalid.details().contains(QLatin1String("about")));
    QVERIFY(invalid.details().contains(QLatin1String("websites")));
    QCOMPARE(postJson(QStringLiteral("/whatsapp_business_profile"), {{QStringLiteral("about"), QStringLiteral("x")}})
                 .errorCode(),
             100);
}

void tst_Sandbox::webhookConfig()
{
    const Reply none = get(QStringLiteral("/waba_webhook"));
    QCOMPARE(none.status, 404);
    const QJsonObject headers{{QStringLiteral("X-Webhook-Secret"), QStringLiteral("n3w")}};
    const QJsonObject body{{QStringLiteral("url"), m_receiver->url().toString()}, {QStringLiteral("headers"), headers}};
    const Reply set = postJson(QStringLiteral("/v1/configs/webhook"), body);
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json, body);
    QCOMPARE(get(QStringLiteral("/v1/configs/webhook")).json, body);
    QCOMPARE(postJson(QStringLiteral("/waba_webhook"), body).status, 200);
    QCOMPARE(get(QStringLiteral("/waba_webhook")).json, body);

    // The new headers go with the next webhook.
    const QString wamid = m_sandbox->injectInbound(
        kAnna, QStringLiteral("Anna Schmidt"),
        {{QStringLiteral("type"), QStringLiteral("text")},
         {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("ping")}}}});
    QTRY_VERIFY_WITH_TIMEOUT(m_receiver->messageValue(wamid).has_value(), 5000);
    QCOMPARE(m_receiver->secrets().constLast(), QStringLiteral("n3w"));

    const Reply plainHttp = postJson(QStringLiteral("/v1/configs/webhook"),
                                     {{QStringLiteral("url"), QStringLiteral("http://example.com/hook")}});
    QCOMPARE(plainHttp.status, 400);
    QCOMPARE(plainHttp.errorCode(), 100);
    QCOMPARE(
        postJson(QStringLiteral("/v1/configs/webhook"), {{QStringLiteral("url"), QStringLiteral("not a url")}}).status,
        400);
    m_sandbox->setWebhook(m_receiver->url(), {{QStringLiteral("X-Webhook-Secret"), QStringLiteral("s3cret")}});
}

void tst_Sandbox::statusWebhooks()
{
    const QString wamid = sendTextOk(kAnna, QStringLiteral("Your parcel is on its way"));
    QVERIFY(!wamid.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->statusesFor(wamid).size(), 3, 5000);
    const QList<QJsonObject> statuses = m_receiver->statusesFor(wamid);
    QCOMPARE(statuses.at(0).value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
    QCOMPARE(statuses.at(1).value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));
    QCOMPARE(statuses.at(2).value(QStringLiteral("status")).toString(), QStringLiteral("read"));
    for (const QJsonObject& status : statuses) {
        QCOMPARE(status.value(QStringLiteral("recipient_id")).toString(), kAnna);
        QVERIFY(!status.value(QStringLiteral("timestamp")).toString().isEmpty());
        const QJsonObject pricing = status.value(QStringLiteral("pricing")).toObject();
        QCOMPARE(pricing.value(QStringLiteral("pricing_model")).toString(), QStringLiteral("PMP"));
        QCOMPARE(pricing.value(QStringLiteral("category")).toString(), QStringLiteral("service"));
    }
    QVERIFY(statuses.at(0).value(QStringLiteral("conversation")).toObject().contains(QStringLiteral("id")));

    // The envelope (§6.1).
    for (const QJsonObject& body : m_receiver->bodies()) {
        QCOMPARE(body.value(QStringLiteral("object")).toString(), QStringLiteral("whatsapp_business_account"));
        const QJsonObject entry = body.value(QStringLiteral("entry")).toArray().at(0).toObject();
        QVERIFY(!entry.value(QStringLiteral("id")).toString().isEmpty());
        const QJsonObject change = entry.value(QStringLiteral("changes")).toArray().at(0).toObject();
        if (change.value(QStringLiteral("field")).toString() != QLatin1String("messages"))
            continue;
        const QJsonObject value = change.value(QStringLiteral("value")).toObject();
        QCOMPARE(value.value(QStringLiteral("messaging_product")).toString(), QStringLiteral("whatsapp"));
        const QJsonObject metadata = value.value(QStringLiteral("metadata")).toObject();
        QCOMPARE(metadata.value(QStringLiteral("display_phone_number")).toString(), QStringLiteral("49301234567"));
        QVERIFY(!metadata.value(QStringLiteral("phone_number_id")).toString().isEmpty());
    }
    QVERIFY(m_receiver->secrets().contains(QStringLiteral("s3cret")));
}

void tst_Sandbox::undeliverableNumber()
{
    const Reply r = postJson(QStringLiteral("/messages"),
                             templateMessage(QStringLiteral("4917600000000"), QStringLiteral("hello_world"),
                                             {QStringLiteral("A"), QStringLiteral("B")}));
    QCOMPARE(r.status, 200);
    const QString wamid =
        r.json.value(QStringLiteral("messages")).toArray().at(0).toObject().value(QStringLiteral("id")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->statusesFor(wamid).size(), 1, 5000);
    const QJsonObject failed = m_receiver->statusesFor(wamid).at(0);
    QCOMPARE(failed.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(failed.value(QStringLiteral("errors")).toArray().at(0).toObject().value(QStringLiteral("code")).toInt(),
             131026);
}

void tst_Sandbox::injectInbound()
{
    const QString customer = QStringLiteral("33612345678");
    QCOMPARE(postJson(QStringLiteral("/messages"), textMessage(customer, QStringLiteral("hi"))).errorCode(), 131047);
    const QString wamid = m_sandbox->injectInbound(
        customer, QStringLiteral("Camille Martin"),
        {{QStringLiteral("type"), QStringLiteral("text")},
         {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("Bonjour")}}}});
    QVERIFY(wamid.startsWith(QLatin1String("wamid.")));
    // Recorded synchronously: the window is open right away.
    QCOMPARE(postJson(QStringLiteral("/messages"), textMessage(customer, QStringLiteral("Bonjour Camille"))).status,
             200);
    QTRY_VERIFY_WITH_TIMEOUT(m_receiver->messageValue(wamid).has_value(), 5000);
    const QJsonObject value = *m_receiver->messageValue(wamid);
    const QJsonObject contact = value.value(QStringLiteral("contacts")).toArray().at(0).toObject();
    QCOMPARE(contact.value(QStringLiteral("wa_id")).toString(), customer);
    QCOMPARE(contact.value(QStringLiteral("profile")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Camille Martin"));
    const QJsonObject message = value.value(QStringLiteral("messages")).toArray().at(0).toObject();
    QCOMPARE(message.value(QStringLiteral("from")).toString(), customer);
    QCOMPARE(message.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
    QCOMPARE(message.value(QStringLiteral("text")).toObject().value(QStringLiteral("body")).toString(),
             QStringLiteral("Bonjour"));
    QVERIFY(message.value(QStringLiteral("timestamp")).toString().toLongLong() > 0);
}

void tst_Sandbox::faultLatency()
{
    FaultPlan plan;
    plan.latencyMs = 300;
    m_sandbox->setFaults(plan);
    const Reply r = get(QStringLiteral("/v1/configs/phone_number"));
    QCOMPARE(r.status, 200);
    QVERIFY2(r.elapsedMs >= 300, qPrintable(QString::number(r.elapsedMs)));
}

void tst_Sandbox::faultDrop()
{
    FaultPlan plan;
    plan.dropConnections = 1;
    m_sandbox->setFaults(plan);
    const Reply dropped = postJson(QStringLiteral("/messages"), textMessage(kAnna, QStringLiteral("lost?")));
    QVERIFY2(dropped.error != QNetworkReply::NoError, dropped.body.constData());
    QCOMPARE(get(QStringLiteral("/v1/configs/phone_number")).status, 200); // one request only
}

void tst_Sandbox::faultMalformed()
{
    FaultPlan plan;
    plan.malformedBodies = 1;
    m_sandbox->setFaults(plan);
    const Reply r = postJson(QStringLiteral("/messages"), textMessage(kAnna, QStringLiteral("garbled")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QJsonParseError error{};
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void tst_Sandbox::faultRateLimit()
{
    FaultPlan plan;
    plan.rateLimited = 2;
    plan.retryAfterSeconds = 7;
    m_sandbox->setFaults(plan);
    for (int i = 0; i < 2; ++i) {
        const Reply r = postJson(QStringLiteral("/messages"), textMessage(kAnna, QStringLiteral("fast")));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.retryAfter, QByteArray("7"));
        QCOMPARE(r.errorCode(), 130429);
    }
    QCOMPARE(postJson(QStringLiteral("/messages"), textMessage(kAnna, QStringLiteral("slower"))).status, 200);
}

void tst_Sandbox::faultServerError()
{
    FaultPlan plan;
    plan.serverErrors = 1;
    m_sandbox->setFaults(plan);
    const Reply r = postJson(QStringLiteral("/messages"), textMessage(kAnna, QStringLiteral("oops")));
    QCOMPARE(r.status, 500);
    QCOMPARE(r.errorCode(), 131000);
}

void tst_Sandbox::faultsByHttp()
{
    const Reply set = postJson(QStringLiteral("/_sandbox/faults"),
                               {{QStringLiteral("serverErrors"), 1}, {QStringLiteral("rateLimited"), 1}});
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json.value(QStringLiteral("serverErrors")).toInt(), 1);
    // Order: rate limit before server error.
    QCOMPARE(get(QStringLiteral("/v1/configs/phone_number")).status, 429);
    QCOMPARE(get(QStringLiteral("/v1/configs/phone_number")).status, 500);
    QCOMPARE(get(QStringLiteral("/v1/configs/phone_number")).status, 200);
    QCOMPARE(
        send("POST", QStringLiteral("/_sandbox/faults"), "{}", "application/json", QByteArrayLiteral("nope")).status,
        401);

    const Reply inbound = postJson(
        QStringLiteral("/_sandbox/inbound"),
        {{QStringLiteral("from"), QStringLiteral("5215512345678")},
         {QStringLiteral("name"), QStringLiteral("Sofía")},
         {QStringLiteral("message"),
          QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                      {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("Hola")}}}}}});
    QCOMPARE(inbound.status, 200);
    const QString wamid = inbound.json.value(QStringLiteral("id")).toString();
    QTRY_VERIFY_WITH_TIMEOUT(m_receiver->messageValue(wamid).has_value(), 5000);
    QCOMPARE(get(QStringLiteral("/_sandbox/state")).status, 200);
}

void tst_Sandbox::recordedRequests()
{
    m_sandbox->clearRecordedRequests();
    postJson(QStringLiteral("/messages"), textMessage(kAnna, QStringLiteral("recorded")));
    get(QStringLiteral("/v1/configs/templates?limit=5"));
    const QList<RecordedRequest> requests = m_sandbox->recordedRequests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, QStringLiteral("POST"));
    QCOMPARE(requests.at(0).path, QStringLiteral("/messages"));
    QCOMPARE(requests.at(0).contentType, QStringLiteral("application/json"));
    QCOMPARE(QJsonDocument::fromJson(requests.at(0).body).object().value(QStringLiteral("to")).toString(), kAnna);
    QCOMPARE(requests.at(1).path, QStringLiteral("/v1/configs/templates?limit=5"));
    for (const RecordedRequest& request : requests)
        QVERIFY(!request.body.contains(m_sandbox->apiKey()));
}

void tst_Sandbox::restart()
{
    for (int i = 0; i < 3; ++i) {
        SandboxOptions options;
        options.webhookUrl = m_receiver->url();
        options.scriptedCustomers = false;
        options.statusDelay = 5ms;
        Sandbox sandbox(options);
        QVERIFY(sandbox.start());
        QVERIFY(sandbox.isRunning());
        sandbox.stop();
        QVERIFY(!sandbox.isRunning());
        QVERIFY(sandbox.start());
        // Destroyed running, with status webhooks queued to a receiver that is still there.
        sandbox.setLastInbound(kAnna, QDateTime::currentDateTimeUtc());
        QNetworkRequest request(QUrl(sandbox.baseUrl().toString() + QStringLiteral("/messages")));
        request.setRawHeader("D360-API-KEY", sandbox.apiKey());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = m_nam.post(request, QJsonDocument(textMessage(kAnna, QStringLiteral("bye"))).toJson());
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
    // A taken port is reported, not fatal.
    SandboxOptions taken;
    taken.port = static_cast<quint16>(m_sandbox->baseUrl().port());
    taken.scriptedCustomers = false;
    Sandbox other(taken);
    QString error;
    QVERIFY(!other.start(&error));
    QVERIFY(!error.isEmpty());
}

void tst_Sandbox::stopWhilePosting()
{
    // A receiver that takes the POST and does not answer for a long time.
    httplib::Server hanging;
    std::mutex mutex;
    std::condition_variable released;
    bool release = false;
    std::atomic<int> received{0};
    hanging.Post("/hook", [&](const httplib::Request&, httplib::Response& res) {
        ++received;
        std::unique_lock lock(mutex);
        released.wait_for(lock, 10s, [&] { return release; });
        res.status = 200;
    });
    const int port = hanging.bind_to_any_port("127.0.0.1");
    std::thread thread([&] { hanging.listen_after_bind(); });

    SandboxOptions options;
    options.scriptedCustomers = false;
    options.webhookUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(port));
    auto sandbox = std::make_unique<Sandbox>(options);
    QVERIFY(sandbox->start());
    for (int i = 0; i < 3; ++i)
        sandbox->injectInbound(kAnna, QStringLiteral("Anna"),
                               {{QStringLiteral("type"), QStringLiteral("text")},
                                {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("x")}}}});
    QTRY_COMPARE_WITH_TIMEOUT(received.load(), 1, 5000);
    QElapsedTimer timer;
    timer.start();
    sandbox.reset(); // one POST in flight, two queued
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));

    {
        std::lock_guard lock(mutex);
        release = true;
    }
    released.notify_all();
    hanging.stop();
    thread.join();
}

QTEST_GUILESS_MAIN(tst_Sandbox)
#include "tst_sandbox.moc"
