#include "api/RequestCall.h"

#include "api/ApiClient.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>

namespace wabadesk::api {

namespace {

ApiError::Kind kindForNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::Kind::Tls;
    case QNetworkReply::TimeoutError:
        return ApiError::Kind::Timeout;
    default:
        return ApiError::Kind::Network;
    }
}

} // namespace

RequestCall::RequestCall(ApiClient* client, Spec spec, Completion completion)
    : ApiCall(client)
    , m_client(client)
    , m_spec(std::move(spec))
    , m_completion(std::move(completion))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RequestCall::onTimeout);
}

RequestCall::~RequestCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void RequestCall::start()
{
    const QByteArray key = m_client->m_keyProvider ? m_client->m_keyProvider() : QByteArray();
    if (key.isEmpty()) {
        failLater(ApiError::validation(
            {QCoreApplication::translate("ApiClient", "No API key is available for this channel.")}));
        return;
    }
    QNetworkRequest request(m_spec.url);
    request.setRawHeader(m_client->m_keyHeader, key);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("WabaDesk/%1").arg(QCoreApplication::applicationVersion()));
    if (!m_spec.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.contentType);
    for (const auto& [name, value] : m_spec.headers)
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    // Never follow a redirect to another origin: the key header would travel with it.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);

    QNetworkAccessManager* nam = m_client->m_network;
    if (m_spec.multipart)
        m_reply = nam->sendCustomRequest(request, m_spec.verb, m_spec.multipart.get());
    else if (m_spec.uploadDevice)
        m_reply = nam->sendCustomRequest(request, m_spec.verb, m_spec.uploadDevice.get());
    else if (m_spec.verb == "GET")
        m_reply = nam->get(request);
    else if (m_spec.verb == "DELETE" && m_spec.body.isEmpty())
        m_reply = nam->deleteResource(request);
    else
        m_reply = nam->sendCustomRequest(request, m_spec.verb, m_spec.body);

    qCDebug(lcApi) << m_spec.verb.constData() << m_spec.url.path();
    connect(m_reply, &QNetworkReply::readyRead, this, &RequestCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &RequestCall::onFinished);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        m_timer.start();
        Q_EMIT uploadProgress(sent, total);
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        m_timer.start();
        Q_EMIT downloadProgress(received, total);
    });
    m_timer.start(m_client->timeout());
}

void RequestCall::onReadyRead()
{
    if (m_reply)
        consume(m_reply);
}

void RequestCall::consume(QNetworkReply* reply)
{
    m_timer.start();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool toFile = !m_spec.saveToPath.isEmpty() && status >= 200 && status < 300;
    const qint64 cap = m_spec.maxBytes > 0 ? m_spec.maxBytes : m_client->m_maxResponseBytes;
    const QByteArray chunk = reply->readAll();
    m_received += chunk.size();
    if (m_received > cap) {
        m_abort = Abort::TooLarge;
        reply->abort();
        return;
    }
    if (!toFile) {
        m_buffer.append(chunk);
        return;
    }
    if (!m_file) {
        m_file = std::make_unique<QSaveFile>(m_spec.saveToPath);
        if (!m_file->open(QIODevice::WriteOnly)) {
            m_abort = Abort::WriteFailed;
            reply->abort();
            return;
        }
    }
    m_hash.addData(chunk);
    if (m_file->write(chunk) != chunk.size()) {
        m_abort = Abort::WriteFailed;
        reply->abort();
    }
}

void RequestCall::onTimeout()
{
    if (!m_reply)
        return;
    m_abort = Abort::Timeout;
    m_reply->abort();
}

void RequestCall::onFinished()
{
    m_timer.stop();
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (reply->bytesAvailable() > 0 && m_abort == Abort::None)
        consume(reply);

    Response response;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto error = reply->error();
    switch (m_abort) {
    case Abort::Timeout:
        response.error =
            ApiError::transport(ApiError::Kind::Timeout,
                                QStringLiteral("No response within %1 s").arg(m_client->timeout().count() / 1000.0));
        break;
    case Abort::Cancelled:
        response.error = ApiError::transport(ApiError::Kind::Cancelled, QStringLiteral("Cancelled"));
        break;
    case Abort::TooLarge:
        response.error = ApiError::malformed(
            response.httpStatus, QStringLiteral("The response exceeded %1 bytes and was discarded")
                                     .arg(m_spec.maxBytes > 0 ? m_spec.maxBytes : m_client->m_maxResponseBytes));
        break;
    case Abort::WriteFailed:
        response.error = ApiError::transport(ApiError::Kind::Network,
                                             QStringLiteral("Could not write %1: %2")
                                                 .arg(m_spec.saveToPath, m_file ? m_file->errorString() : QString()));
        break;
    case Abort::None:
        if (response.httpStatus == 0 ||
            (error != QNetworkReply::NoError && response.httpStatus >= 200 && response.httpStatus < 300)) {
            // No HTTP answer, or the connection broke in the middle of a 2xx body.
            if (error != QNetworkReply::NoError || response.httpStatus == 0) {
                response.error = ApiError::transport(kindForNetworkError(error), reply->errorString());
                response.error.networkError = int(error);
            }
        } else if (response.httpStatus < 200 || response.httpStatus >= 300) {
            response.error = ApiError::fromHttpResponse(response.httpStatus, m_buffer, reply->rawHeader("Retry-After"));
        }
        break;
    }
    if (response.error.isError() && m_file)
        m_file->cancelWriting();
    response.body = std::move(m_buffer);
    m_buffer.clear();
    response.bytes = m_received;
    response.sha256 = m_hash.result();
    m_hash.reset();
    m_received = 0;
    if (response.error.isError())
        qCDebug(lcApi) << "call failed:" << response.error.summary();

    m_continued = false;
    const Completion completion = m_completion;
    completion(this, response);
    if (!m_continued && !m_finished)
        finish({});
}

void RequestCall::continueWith(Spec spec, Completion completion)
{
    m_continued = true;
    m_abort = Abort::None;
    m_file.reset();
    m_spec = std::move(spec);
    m_completion = std::move(completion);
    start();
}

bool RequestCall::commitSavedFile()
{
    if (!m_file)
        return false;
    const bool ok = m_file->commit();
    m_file.reset();
    return ok;
}

void RequestCall::finish(const std::function<void()>& deliver)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    if (m_file)
        m_file->cancelWriting();
    if (deliver)
        deliver();
    Q_EMIT finished();
    deleteLater();
}

void RequestCall::fail(const ApiError& error)
{
    Response r;
    r.error = error;
    const Completion completion = m_completion;
    completion(this, r);
    if (!m_finished)
        finish({});
}

void RequestCall::failLater(const ApiError& error)
{
    // Asynchronous, so a call always ends after the caller got its handle.
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            if (!m_finished)
                fail(error);
        },
        Qt::QueuedConnection);
}

void RequestCall::cancel()
{
    if (m_finished)
        return;
    if (m_reply) {
        m_abort = Abort::Cancelled;
        m_reply->abort(); // onFinished() delivers the Cancelled error
        return;
    }
    fail(ApiError::transport(ApiError::Kind::Cancelled, QStringLiteral("Cancelled")));
}

} // namespace wabadesk::api
