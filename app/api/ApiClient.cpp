#include "api/ApiClient.h"

#include "api/JsonCall.h"
#include "api/JsonMapping.h"
#include "api/MediaTypes.h"
#include "api/MessageValidation.h"
#include "api/ProfileValidation.h"
#include "api/RequestCall.h"
#include "common/Guarded.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QPointer>
#include <QRegularExpression>
#include <QUrlQuery>

namespace wabadesk::api {

namespace {

// The translation context, for lupdate and at run time alike (free functions have no class of their own).
struct ApiClientText {
    Q_DECLARE_TR_FUNCTIONS(ApiClient)
};

QByteArray jsonBody(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

RequestCall::Spec jsonPost(const QUrl& url, const QJsonObject& body)
{
    RequestCall::Spec spec;
    spec.verb = "POST";
    spec.url = url;
    spec.body = jsonBody(body);
    spec.contentType = "application/json";
    return spec;
}

RequestCall::Spec get(const QUrl& url)
{
    RequestCall::Spec spec;
    spec.url = url;
    return spec;
}

// Media ids and template names end up in URL paths: only accept what the API produces.
bool isSafePathSegment(const QString& s)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_.\\-:]{1,512}$"));
    return safe.match(s).hasMatch() && s != QLatin1String(".") && s != QLatin1String("..");
}

// A file name for a multipart header: no path, no quotes or control characters (hostile names stay harmless).
QString safeFileName(const QString& path)
{
    QString name = QFileInfo(path).fileName();
    name.remove(QRegularExpression(QStringLiteral("[\\x00-\\x1F\\x7F\"\\\\/]")));
    return name.isEmpty() ? QStringLiteral("file") : name.left(200);
}

// Opens a file for upload, or explains why not.
std::shared_ptr<QFile> openUpload(const QString& filePath, QString* mimeType, QString* problem)
{
    const QFileInfo info(filePath);
    if (!info.exists()) {
        *problem = ApiClientText::tr("The file %1 does not exist.").arg(filePath);
        return nullptr;
    }
    if (!info.isFile()) {
        *problem = ApiClientText::tr("%1 is not a regular file.").arg(filePath);
        return nullptr;
    }
    auto file = std::make_shared<QFile>(filePath);
    if (!file->open(QIODevice::ReadOnly)) {
        *problem = ApiClientText::tr("The file %1 cannot be read: %2").arg(filePath, file->errorString());
        return nullptr;
    }
    if (mimeType->isEmpty())
        *mimeType = QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchContent).name();
    return file;
}

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

// Compares a computed SHA-256 with the server's value, which is hex or base64 depending on the source (§2.2, §6.3).
bool sha256Matches(const QByteArray& digest, const QString& expected)
{
    const QString e = expected.trimmed();
    return e.compare(QString::fromLatin1(digest.toHex()), Qt::CaseInsensitive) == 0 ||
           e == QString::fromLatin1(digest.toBase64()) ||
           e == QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QUrl ApiClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://waba-v2.360dialog.io"));
}

QUrl ApiClient::sandboxBaseUrl()
{
    return QUrl(QStringLiteral("https://waba-sandbox.360dialog.io"));
}

ApiClient::ApiClient(QNetworkAccessManager* network, QUrl baseUrl, KeyProvider keyProvider, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(std::move(baseUrl))
    , m_keyProvider(std::move(keyProvider))
{}

QUrl ApiClient::endpoint(const QString& path, const QUrlQuery& query) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(query);
    return url;
}

QUrl ApiClient::rewriteMediaUrl(const QUrl& url) const
{
    // §2.4: the lookaside URL needs Meta's token; through 360dialog the host is swapped for the base URL's.
    if (url.host().compare(QLatin1String("lookaside.fbsbx.com"), Qt::CaseInsensitive) == 0) {
        QUrl rewritten = endpoint(url.path());
        rewritten.setQuery(url.query(QUrl::FullyEncoded), QUrl::StrictMode);
        return rewritten;
    }
    if (sameOrigin(url, m_baseUrl))
        return url;
    return {}; // never send the key to a third host
}

ApiCall* ApiClient::sendMessage(const OutgoingMessage& message, QObject* context, Callback<SendResult> done)
{
    const QJsonObject body = message.toJson();
    const QStringList problems = validateMessage(body);
    if (!problems.isEmpty())
        return refused(this, context, std::move(done), ApiError::validation(problems));
    return jsonCall<SendResult>(this, jsonPost(endpoint(QStringLiteral("/messages")), body), context, std::move(done),
                                json::sendResult);
}

ApiCall* ApiClient::sendMarketingMessage(const OutgoingMessage& message, QObject* context, Callback<SendResult> done)
{
    const QJsonObject body = message.toJson();
    QStringList problems = validateMessage(body);
    if (message.type != QLatin1String("template"))
        problems << tr("Marketing Messages Lite sends templates only.");
    if (!problems.isEmpty())
        return refused(this, context, std::move(done), ApiError::validation(problems));
    return jsonCall<SendResult>(this, jsonPost(endpoint(QStringLiteral("/marketing_messages")), body), context,
                                std::move(done), json::sendResult);
}

ApiCall* ApiClient::healthStatus(QObject* context, Callback<HealthStatus> done)
{
    return jsonCall<HealthStatus>(this, get(endpoint(QStringLiteral("/health_status"))), context, std::move(done),
                                  json::healthStatus);
}

ApiCall* ApiClient::markRead(const QString& messageId, bool typingIndicator, QObject* context, Callback<bool> done)
{
    const QJsonObject body = messages::markRead(messageId, typingIndicator);
    const QStringList problems = validateMarkRead(body);
    if (!problems.isEmpty())
        return refused(this, context, std::move(done), ApiError::validation(problems));
    return jsonCall<bool>(this, jsonPost(endpoint(QStringLiteral("/messages")), body), context, std::move(done),
                          json::success);
}

ApiCall* ApiClient::uploadMedia(const QString& filePath, const QString& mimeType, QObject* context,
                                Callback<QString> done)
{
    QString mime = mimeType;
    QString problem;
    const auto file = openUpload(filePath, &mime, &problem);
    if (file)
        problem = checkMediaUpload(mime, file->size());
    if (!problem.isEmpty())
        return refused(this, context, std::move(done), ApiError::validation({problem}));

    // §2.1: parts file (with its Content-Type), messaging_product and type.
    auto multipart = std::make_shared<QHttpMultiPart>(QHttpMultiPart::FormDataType);
    QHttpPart product;
    product.setHeader(QNetworkRequest::ContentDispositionHeader,
                      QStringLiteral("form-data; name=\"messaging_product\""));
    product.setBody("whatsapp");
    QHttpPart type;
    type.setHeader(QNetworkRequest::ContentDispositionHeader, QStringLiteral("form-data; name=\"type\""));
    type.setBody(mime.toUtf8());
    QHttpPart filePart;
    filePart.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"file\"; filename=\"%1\"").arg(safeFileName(filePath)));
    filePart.setHeader(QNetworkRequest::ContentTypeHeader, mime);
    filePart.setBodyDevice(file.get());
    multipart->append(product);
    multipart->append(type);
    multipart->append(filePart);

    RequestCall::Spec spec;
    spec.verb = "POST";
    spec.url = endpoint(QStringLiteral("/media"));
    spec.multipart = multipart;
    spec.uploadDevice = file; // keeps the file open for as long as the upload runs
    auto* call = jsonCall<QString>(this, std::move(spec), context, std::move(done), json::mediaId);
    return call;
}

ApiCall* ApiClient::mediaInfo(const QString& mediaId, QObject* context, Callback<MediaInfo> done)
{
    if (!isSafePathSegment(mediaId))
        return refused(this, context, std::move(done),
                       ApiError::validation({ApiClientText::tr("\"%1\" is not a media id.").arg(mediaId.left(80))}));
    return jsonCall<MediaInfo>(this, get(endpoint(QLatin1Char('/') + mediaId)), context, std::move(done),
                               json::mediaInfo);
}

ApiCall* ApiClient::downloadMedia(const QString& mediaId, const QString& outPath, QObject* context,
                                  Callback<DownloadedMedia> done)
{
    if (!isSafePathSegment(mediaId))
        return refused(this, context, std::move(done),
                       ApiError::validation({ApiClientText::tr("\"%1\" is not a media id.").arg(mediaId.left(80))}));
    if (outPath.isEmpty())
        return refused(this, context, std::move(done),
                       ApiError::validation({ApiClientText::tr("No output file was given.")}));
    auto deliver = guarded(context, std::move(done));
    auto* call = new RequestCall(
        this, get(endpoint(QLatin1Char('/') + mediaId)), [this, deliver, outPath](RequestCall* c, const auto& r) {
            const Result<MediaInfo> info = toResult<MediaInfo>(r, json::mediaInfo);
            if (!info.ok()) {
                c->finish([&] { deliver(Result<DownloadedMedia>::failure(info.error(), info.rawBody())); });
                return;
            }
            const QUrl url = rewriteMediaUrl(info.value().url);
            if (url.isEmpty()) {
                c->finish([&] {
                    deliver(Result<DownloadedMedia>::failure(ApiError::malformed(
                        r.httpStatus, QStringLiteral("The media URL points to an unexpected host; not following it"))));
                });
                return;
            }
            RequestCall::Spec spec = get(url);
            spec.saveToPath = outPath;
            spec.maxBytes = kMaxMediaBytes + 1024 * 1024;
            const MediaInfo mediaInfo = info.value();
            c->continueWith(spec, [deliver, mediaInfo, outPath](RequestCall* c2, const RequestCall::Response& r2) {
                ApiError error = r2.error;
                if (!error.isError() && mediaInfo.fileSize >= 0 && r2.bytes != mediaInfo.fileSize)
                    error = ApiError::malformed(
                        r2.httpStatus,
                        QStringLiteral("Received %1 bytes, expected %2").arg(r2.bytes).arg(mediaInfo.fileSize));
                const bool hasHash = !mediaInfo.sha256.isEmpty();
                if (!error.isError() && hasHash && !sha256Matches(r2.sha256, mediaInfo.sha256))
                    error = ApiError::malformed(r2.httpStatus, QStringLiteral("The file's SHA-256 does not match"));
                if (!error.isError() && !c2->commitSavedFile())
                    error =
                        ApiError::transport(ApiError::Kind::Network, QStringLiteral("Could not save %1").arg(outPath));
                if (error.isError()) {
                    c2->finish([&] { deliver(Result<DownloadedMedia>::failure(error)); });
                    return;
                }
                DownloadedMedia d{mediaInfo, outPath, r2.bytes, hasHash};
                c2->finish([&] { deliver(Result<DownloadedMedia>::success(d)); });
            });
        });
    call->start();
    return call;
}

ApiCall* ApiClient::deleteMedia(const QString& mediaId, QObject* context, Callback<bool> done)
{
    if (!isSafePathSegment(mediaId))
        return refused(this, context, std::move(done),
                       ApiError::validation({ApiClientText::tr("\"%1\" is not a media id.").arg(mediaId.left(80))}));
    RequestCall::Spec spec = get(endpoint(QLatin1Char('/') + mediaId));
    spec.verb = "DELETE";
    return jsonCall<bool>(this, std::move(spec), context, std::move(done), json::success);
}

ApiCall* ApiClient::resumableUpload(const QString& filePath, const QString& mimeType, QObject* context,
                                    Callback<QString> done)
{
    QString mime = mimeType;
    QString problem;
    const auto file = openUpload(filePath, &mime, &problem);
    if (!file)
        return refused(this, context, std::move(done), ApiError::validation({problem}));
    // §2.6 step 1: open a session.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("file_name"), safeFileName(filePath));
    query.addQueryItem(QStringLiteral("file_length"), QString::number(file->size()));
    query.addQueryItem(QStringLiteral("file_type"), mime);
    RequestCall::Spec open;
    open.verb = "POST";
    open.url = endpoint(QStringLiteral("/uploads"), query);
    auto deliver = guarded(context, std::move(done));
    auto* call = new RequestCall(this, open, [this, deliver, file, mime](RequestCall* c, const auto& r) {
        const Result<QString> session = toResult<QString>(r, json::mediaId);
        if (!session.ok() || !isSafePathSegment(session.value())) {
            const ApiError e = session.ok() ? ApiError::malformed(r.httpStatus, QStringLiteral("Bad upload session id"))
                                            : session.error();
            c->finish([&] { deliver(Result<QString>::failure(e, r.body)); });
            return;
        }
        // Step 2: send the bytes from offset 0; the answer carries the handle `h`.
        RequestCall::Spec upload;
        upload.verb = "POST";
        upload.url = endpoint(QLatin1Char('/') + session.value());
        upload.uploadDevice = file;
        upload.contentType = mime.toUtf8();
        upload.headers = {{"file_offset", "0"}};
        c->continueWith(upload, [deliver](RequestCall* c2, const RequestCall::Response& r2) {
            const Result<QString> handle =
                toResult<QString>(r2, [](const QJsonDocument& doc) -> std::optional<QString> {
                    const QString h = doc.object().value(QStringLiteral("h")).toString();
                    return h.isEmpty() ? std::nullopt : std::optional(h);
                });
            c2->finish([&] { deliver(handle); });
        });
    });
    call->start();
    return call;
}

ApiCall* ApiClient::listTemplates(QObject* context, Callback<QList<Template>> done)
{
    // Pages of up to 1000 (§3.1); more pages are fetched on the same handle until `total` is reached.
    constexpr int kPage = 1000;
    auto makeSpec = [this](int offset) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(kPage));
        query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
        return get(endpoint(QStringLiteral("/v1/configs/templates"), query));
    };
    auto deliver = guarded(context, std::move(done));
    auto collected = std::make_shared<QList<Template>>();
    auto step = std::make_shared<RequestCall::Completion>();
    *step = [deliver, collected, makeSpec, step](RequestCall* c, const RequestCall::Response& r) {
        const Result<QList<Template>> page = toResult<QList<Template>>(r, json::templateList);
        if (!page.ok()) {
            c->finish([&] { deliver(page); });
            return;
        }
        collected->append(page.value());
        const QJsonObject root = QJsonDocument::fromJson(r.body).object();
        const int total = root.value(QStringLiteral("total")).toInt(-1);
        if (!page.value().isEmpty() && total > collected->size() && collected->size() < 100000) {
            c->continueWith(makeSpec(int(collected->size())), *step);
            return;
        }
        c->finish([&] { deliver(Result<QList<Template>>::success(*collected, r.body)); });
        *step = nullptr; // break the self-reference
    };
    auto* call = new RequestCall(this, makeSpec(0), *step);
    call->start();
    return call;
}

ApiCall* ApiClient::createTemplate(const QJsonObject& definition, QObject* context, Callback<TemplateCreated> done)
{
    static const QRegularExpression name(QStringLiteral("^[a-z0-9_]{1,512}$"));
    if (!name.match(definition.value(QStringLiteral("name")).toString()).hasMatch())
        return refused(this, context, std::move(done),
                       ApiError::validation(
                           {ApiClientText::tr("name: only lowercase letters, digits and underscores are allowed")}));
    return jsonCall<TemplateCreated>(this, jsonPost(endpoint(QStringLiteral("/v1/configs/templates")), definition),
                                     context, std::move(done), json::templateCreated);
}

ApiCall* ApiClient::deleteTemplate(const QString& name, QObject* context, Callback<bool> done)
{
    if (!isSafePathSegment(name))
        return refused(this, context, std::move(done),
                       ApiError::validation({ApiClientText::tr("\"%1\" is not a template name.").arg(name.left(80))}));
    RequestCall::Spec spec = get(endpoint(QStringLiteral("/v1/configs/templates/") + name));
    spec.verb = "DELETE";
    return jsonCall<bool>(this, std::move(spec), context, std::move(done), json::success);
}

ApiCall* ApiClient::businessProfile(QObject* context, Callback<BusinessProfile> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"),
                       QStringLiteral("about,address,description,email,profile_picture_url,websites,vertical"));
    return jsonCall<BusinessProfile>(this, get(endpoint(QStringLiteral("/whatsapp_business_profile"), query)), context,
                                     std::move(done), json::businessProfile);
}

ApiCall* ApiClient::updateBusinessProfile(const BusinessProfileUpdate& update, QObject* context, Callback<bool> done)
{
    const QJsonObject body = json::businessProfileUpdate(update);
    QStringList problems = validateProfileUpdate(body);
    if (update.isEmpty())
        problems << ApiClientText::tr("Nothing to update.");
    if (!problems.isEmpty())
        return refused(this, context, std::move(done), ApiError::validation(problems));
    return jsonCall<bool>(this, jsonPost(endpoint(QStringLiteral("/whatsapp_business_profile")), body), context,
                          std::move(done), json::success);
}

ApiCall* ApiClient::phoneNumberInfo(QObject* context, Callback<PhoneNumberInfo> done)
{
    return jsonCall<PhoneNumberInfo>(this, get(endpoint(QStringLiteral("/v1/configs/phone_number"))), context,
                                     std::move(done), json::phoneNumberInfo);
}

ApiCall* ApiClient::webhookGet(const QString& path, QObject* context, Callback<WebhookConfig> done)
{
    auto deliver = guarded(context, std::move(done));
    auto* call = new RequestCall(this, get(endpoint(path)), [deliver](RequestCall* c, const auto& r) {
        // One client treats 404 as "no webhook set yet" (§5.1).
        if (r.error.kind == ApiError::Kind::Api || r.error.kind == ApiError::Kind::Http) {
            if (r.httpStatus == 404) {
                c->finish([&] { deliver(Result<WebhookConfig>::success(WebhookConfig{}, r.body)); });
                return;
            }
        }
        const Result<WebhookConfig> result = toResult<WebhookConfig>(r, json::webhookConfig);
        c->finish([&] { deliver(result); });
    });
    call->start();
    return call;
}

ApiCall* ApiClient::webhookSet(const QString& path, const WebhookConfig& config, QObject* context, Callback<bool> done)
{
    const QUrl& url = config.url;
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return refused(this, context, std::move(done),
                       ApiError::validation(
                           {ApiClientText::tr("url: \"%1\" is not an http(s) URL").arg(url.toString().left(200))}));
    auto deliver = guarded(context, std::move(done));
    auto* call = new RequestCall(this, jsonPost(endpoint(path), json::webhookConfigBody(config)),
                                 [deliver](RequestCall* c, const RequestCall::Response& r) {
                                     // The response body is not documented: any 2xx is success (§5.1).
                                     const auto result = r.error.isError() ? Result<bool>::failure(r.error, r.body)
                                                                           : Result<bool>::success(true, r.body);
                                     c->finish([&] { deliver(result); });
                                 });
    call->start();
    return call;
}

ApiCall* ApiClient::phoneNumberWebhook(QObject* context, Callback<WebhookConfig> done)
{
    return webhookGet(QStringLiteral("/v1/configs/webhook"), context, std::move(done));
}

ApiCall* ApiClient::setPhoneNumberWebhook(const WebhookConfig& config, QObject* context, Callback<bool> done)
{
    return webhookSet(QStringLiteral("/v1/configs/webhook"), config, context, std::move(done));
}

ApiCall* ApiClient::wabaWebhook(QObject* context, Callback<WebhookConfig> done)
{
    return webhookGet(QStringLiteral("/waba_webhook"), context, std::move(done));
}

ApiCall* ApiClient::setWabaWebhook(const WebhookConfig& config, QObject* context, Callback<bool> done)
{
    return webhookSet(QStringLiteral("/waba_webhook"), config, context, std::move(done));
}

} // namespace wabadesk::api
