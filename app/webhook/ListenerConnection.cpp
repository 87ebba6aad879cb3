#include "webhook/ListenerConnection.h"

#include "webhook/ListenerServer.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace wabadesk::webhook {

namespace {

constexpr qint64 kReadChunk = 64 * 1024;
constexpr qint64 kMaxDrainBytes = 64 * 1024; // of a refused request, before the connection is reset
constexpr int kLingerMs = 1000;              // how long a refused connection may take to close

const char* reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 417:
        return "Expectation Failed";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

// hub.challenge is echoed as plain text; only a harmless token is reflected.
bool isSafeChallenge(const QString& value)
{
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9._~-]{1,256}$"));
    return token.match(value).hasMatch();
}

QString pathOf(const QByteArray& target)
{
    const qsizetype query = target.indexOf('?');
    return QString::fromLatin1(query < 0 ? target : target.left(query));
}

} // namespace

ListenerConnection::ListenerConnection(ListenerServer* server, quint64 id, QTcpSocket* socket, QString peer,
                                       QString addressKey, bool tls)
    : QObject(server)
    , m_server(server)
    , m_id(id)
    , m_tls(tls)
    , m_socket(socket)
    , m_peer(std::move(peer))
    , m_addressKey(std::move(addressKey))
    , m_parser(HttpLimits{server->options().maxHeaderBytes, 8 * 1024, 100, server->options().maxBodyBytes})
{
    socket->setParent(this);
    m_since = m_server->now();
    m_phase = tls ? Phase::Handshake : Phase::Head;
    connect(socket, &QTcpSocket::readyRead, this, &ListenerConnection::readAvailable);
    connect(socket, &QTcpSocket::disconnected, this, &ListenerConnection::finish);
    connect(socket, &QTcpSocket::errorOccurred, this, [this] { abort(); });
    if (auto* ssl = qobject_cast<QSslSocket*>(socket)) {
        connect(ssl, &QSslSocket::encrypted, this, [this] {
            setPhase(Phase::Head);
            m_since = m_server->now(); // the request is due within the header deadline after the handshake too
            readAvailable();
        });
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, [this] {
            if (m_phase == Phase::Closing)
                drain();
        });
    } else {
        connect(socket, &QTcpSocket::bytesWritten, this, [this] {
            if (m_phase == Phase::Closing && m_socket && m_socket->bytesToWrite() == 0)
                shutdownWrite();
        });
    }
}

ListenerConnection::~ListenerConnection() = default;

void ListenerConnection::setPhase(Phase phase)
{
    m_phase = phase;
    m_since = m_server->now();
}

void ListenerConnection::readAvailable()
{
    if (m_finished || !m_socket)
        return;
    if (m_phase == Phase::Closing) {
        drain();
        return;
    }
    if (m_phase == Phase::Storing || m_phase == Phase::Handshake)
        return; // the next request is read after this one's answer
    for (;;) {
        if (m_pendingUsed >= m_pending.size() && !m_mustFeed) {
            const qint64 available = m_socket->bytesAvailable();
            m_pending = available > 0 ? m_socket->read(std::min(available, kReadChunk)) : QByteArray();
            m_pendingUsed = 0;
            if (m_pending.isEmpty())
                return;
            if (!m_requestStarted) {
                m_requestStarted = true; // the header deadline runs from the request's first byte
                m_since = m_server->now();
            }
        }
        m_mustFeed = false;
        qsizetype used = 0;
        const HttpRequestParser::Step step =
            m_parser.feed(m_pending.constData() + m_pendingUsed, m_pending.size() - m_pendingUsed, &used);
        m_pendingUsed += used;
        switch (step) {
        case HttpRequestParser::Step::NeedMore:
            break;
        case HttpRequestParser::Step::HeadComplete:
            if (!onHead())
                return;
            m_mustFeed = true; // the body, even an empty one
            break;
        case HttpRequestParser::Step::Complete:
            onComplete();
            if (m_phase != Phase::Head)
                return;
            break;
        case HttpRequestParser::Step::Failed:
            refuse(m_parser.errorStatus(), QString::fromLatin1(m_parser.errorReason()));
            return;
        }
    }
}

bool ListenerConnection::onHead()
{
    const HttpRequest& request = m_parser.request();
    m_method = QString::fromLatin1(request.method);
    m_path = pathOf(request.target);
    if (request.method == "POST") {
        // Authentication first: nothing of a refused request's body is read (REFERENCE.md §5.6).
        if (!m_server->listener().authorize(request)) {
            refuse(401, QStringLiteral("missing or wrong secret"));
            return false;
        }
        if (request.contentLength > m_server->options().maxBodyBytes) {
            refuse(413, QStringLiteral("body over the size limit"));
            return false;
        }
        if (request.expectContinue) {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            m_socket->flush();
        }
    }
    setPhase(Phase::Body);
    return true;
}

void ListenerConnection::onComplete()
{
    HttpRequest request = m_parser.takeRequest();
    m_parser.reset();
    m_keepAlive = request.keepAlive;
    m_completedAt = m_server->now();
    m_bytes = request.body.size();
    if (request.method == "POST") {
        setPhase(Phase::Storing);
        m_receivedAtMs = QDateTime::currentMSecsSinceEpoch();
        m_server->store(this, request.body, m_peer.toUtf8(), m_receivedAtMs);
        return;
    }
    if (request.method == "GET" || request.method == "HEAD") {
        // A GET with hub.challenge (Meta's verification handshake; 360dialog does not need it, REFERENCE.md §5).
        const QString challenge = QUrlQuery(QUrl::fromEncoded(request.target).query(QUrl::FullyEncoded))
                                      .queryItemValue(QStringLiteral("hub.challenge"), QUrl::FullyDecoded);
        const QByteArray body = isSafeChallenge(challenge) ? challenge.toLatin1() : "WabaDesk webhook listener\n";
        respond(200, request.method == "HEAD" ? QByteArray() : body, "text/plain", !m_keepAlive,
                request.method == "HEAD" ? "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
                                         : QByteArray());
    } else {
        m_server->listener().m_malformed++;
        respond(405, "{\"error\":\"method not allowed\"}", "application/json", !m_keepAlive,
                "Allow: GET, HEAD, POST\r\n");
    }
    if (m_phase != Phase::Closing)
        nextRequest();
}

void ListenerConnection::onStored(qint64 seq, const QString& error)
{
    if (m_finished || m_phase != Phase::Storing)
        return;
    WebhookListener& listener = m_server->listener();
    RequestRecord record{QDateTime::fromMSecsSinceEpoch(m_receivedAtMs, Qt::UTC),
                         m_peer,
                         QStringLiteral("POST"),
                         m_path,
                         200,
                         m_bytes,
                         seq,
                         0,
                         {}};
    if (seq > 0) {
        ++listener.m_accepted;
        listener.notifyStored(seq); // before the 200: whoever hears it may look for the record
        respond(200, "{\"status\":\"ok\"}", "application/json", !m_keepAlive);
    } else {
        // Not stored: 503, so that 360dialog delivers it again later (nothing is lost).
        ++listener.m_failed;
        record.status = 503;
        record.seq = 0;
        record.note = error;
        respond(503, "{\"error\":\"journal unavailable\"}", "application/json", !m_keepAlive, "Retry-After: 30\r\n");
    }
    record.millis = double(m_server->now() - m_completedAt);
    listener.report(record);
    if (m_phase == Phase::Storing) {
        nextRequest();
        readAvailable(); // a request that came meanwhile is already buffered
    }
}

void ListenerConnection::nextRequest()
{
    setPhase(Phase::Head);
    m_requestStarted = m_pendingUsed < m_pending.size(); // a pipelined request is already under way
}

void ListenerConnection::refuse(int status, const QString& note)
{
    WebhookListener& listener = m_server->listener();
    if (status == 401)
        ++listener.m_unauthorized;
    else if (status == 413)
        ++listener.m_tooLarge;
    else
        ++listener.m_malformed;
    respond(status, "{\"error\":\"" + QByteArray::number(status) + "\"}", "application/json", true);
    listener.report({QDateTime::currentDateTimeUtc(), m_peer, m_method.isEmpty() ? QStringLiteral("?") : m_method,
                     m_path, status, 0, 0, 0, note});
}

void ListenerConnection::respond(int status, const QByteArray& body, const QByteArray& contentType, bool close,
                                 const QByteArray& extraHeaders)
{
    if (!m_socket)
        return;
    QByteArray out;
    out.reserve(160 + body.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    if (!extraHeaders.contains("Content-Length:"))
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += extraHeaders;
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += body;
    m_socket->write(out);
    m_socket->flush(); // answers are small and must leave at once
    if (close)
        startClosing();
}

void ListenerConnection::startClosing()
{
    setPhase(Phase::Closing);
    m_drained = 0;
    if (m_tls) {
        m_socket->disconnectFromHost(); // TLS close_notify after the answer
    } else if (m_socket->bytesToWrite() == 0) {
        shutdownWrite();
    }
    drain();
}

void ListenerConnection::shutdownWrite()
{
    if (!m_socket || m_socket->socketDescriptor() < 0)
        return;
        // Half-close: the client reads the answer and then the end of the stream, while what it still sends is dropped.
#ifdef Q_OS_WIN
    ::shutdown(SOCKET(m_socket->socketDescriptor()), SD_SEND);
#else
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#endif
}

void ListenerConnection::drain()
{
    if (!m_socket || m_finished)
        return;
    while (m_socket->bytesAvailable() > 0) {
        const qint64 skipped = m_socket->skip(kReadChunk);
        if (skipped <= 0)
            break;
        m_drained += skipped;
        if (m_drained > kMaxDrainBytes) {
            abort(); // it keeps sending what nobody will read
            return;
        }
    }
}

bool ListenerConnection::checkDeadline(qint64 now)
{
    const ListenerOptions& o = m_server->options();
    const qint64 age = now - m_since;
    switch (m_phase) {
    case Phase::Handshake:
        if (age <= o.headerTimeoutMs)
            return false;
        abort();
        return true;
    case Phase::Head:
        if (m_requestStarted && age > o.headerTimeoutMs) {
            refuse(408, QStringLiteral("the request did not arrive in time"));
            return true;
        }
        if (!m_requestStarted && age > o.idleTimeoutMs) {
            startClosing();
            return true;
        }
        return false;
    case Phase::Body:
        if (age <= o.bodyTimeoutMs)
            return false;
        refuse(408, QStringLiteral("the body did not arrive in time"));
        return true;
    case Phase::Storing:
        return false;
    case Phase::Closing:
        if (age <= kLingerMs)
            return false;
        abort();
        return true;
    }
    return false;
}

void ListenerConnection::abort()
{
    if (m_finished)
        return;
    if (m_socket)
        m_socket->abort();
    finish();
}

void ListenerConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_server->connectionFinished(this);
}

} // namespace wabadesk::webhook
