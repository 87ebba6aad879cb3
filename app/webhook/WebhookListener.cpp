#include "webhook/WebhookListener.h"

#include "common/ExclusivePort.h"
#include "common/Logging.h"
#include "common/SecretCompare.h"
#include "webhook/Journal.h"

#include <httplib.h>

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

namespace wabadesk::webhook {

namespace {

QString peerOf(const httplib::Request& req)
{
    return QString::fromStdString(req.remote_addr) + QLatin1Char(':') + QString::number(req.remote_port);
}

// hub.challenge is echoed as plain text; only a harmless token is reflected.
bool isSafeChallenge(const std::string& value)
{
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9._~-]{1,256}$"));
    return token.match(QString::fromStdString(value)).hasMatch();
}

} // namespace

WebhookListener::WebhookListener(Journal* journal, ListenerOptions options)
    : m_journal(journal)
    , m_options(std::move(options))
{}

WebhookListener::~WebhookListener()
{
    stop();
}

void WebhookListener::setCredentials(const QList<WebhookCredential>& credentials)
{
    std::lock_guard lock(m_mutex);
    m_credentials = credentials;
}

void WebhookListener::setRequestObserver(std::function<void(const RequestRecord&)> observer)
{
    std::lock_guard lock(m_mutex);
    m_requestObserver = std::move(observer);
}

void WebhookListener::setStoredObserver(std::function<void(qint64)> observer)
{
    std::lock_guard lock(m_mutex);
    m_storedObserver = std::move(observer);
}

bool WebhookListener::authorize(const QList<std::pair<std::string, std::string>>& headers) const
{
    std::lock_guard lock(m_mutex);
    if (m_credentials.isEmpty())
        return m_options.insecureNoAuth;
    bool ok = false;
    // Every credential is compared (no early exit), each in constant time.
    for (const WebhookCredential& c : m_credentials) {
        for (const auto& [name, value] : headers)
            if (QByteArray::fromStdString(name).compare(c.header, Qt::CaseInsensitive) == 0)
                ok = secretsEqual(QByteArray::fromStdString(value), c.value) || ok;
    }
    return ok;
}

void WebhookListener::report(const RequestRecord& record) const
{
    std::function<void(const RequestRecord&)> observer;
    {
        std::lock_guard lock(m_mutex);
        observer = m_requestObserver;
    }
    if (observer)
        observer(record);
}

bool WebhookListener::start(QString* error)
{
    if (m_server)
        return true;
    const bool tls = !m_options.tlsCertFile.isEmpty() || !m_options.tlsKeyFile.isEmpty();
    if (tls) {
        if (!QFile::exists(m_options.tlsCertFile) || !QFile::exists(m_options.tlsKeyFile)) {
            if (error)
                *error = QStringLiteral("HTTPS needs both a certificate and a key file that exist");
            return false;
        }
        auto server = std::make_unique<httplib::SSLServer>(QFile::encodeName(m_options.tlsCertFile).constData(),
                                                           QFile::encodeName(m_options.tlsKeyFile).constData());
        if (!server->is_valid()) {
            if (error)
                *error = QStringLiteral("the certificate or key could not be loaded");
            return false;
        }
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<httplib::Server>();
    }
    httplib::Server& server = *m_server;
    // The default pool has max(8, cores - 1) workers: a ninth keep-alive sender would wait seconds for an answer.
    server.new_task_queue = [threads = size_t(std::max(1, m_options.workerThreads))] {
        return new httplib::ThreadPool(threads);
    };
    server.set_payload_max_length(size_t(m_options.maxBodyBytes));
    server.set_read_timeout(10, 0);
    server.set_keep_alive_max_count(1000);
    // stop() has to wait for idle keep-alive connections to time out; a short timeout keeps stopping quick while a
    // busy sender (360dialog under load) still reuses its connection.
    server.set_keep_alive_timeout(1);
    useExclusivePort(server);
    // Answers are small and must leave at once: without TCP_NODELAY, Nagle's algorithm and the peer's delayed ACK
    // add tens of milliseconds to an acknowledgement.
    server.set_tcp_nodelay(true);

    // Authentication runs before the body is read (cpp-httplib's pre-routing handler); refused bodies never land.
    server.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
        if (req.method != "POST")
            return httplib::Server::HandlerResponse::Unhandled;
        QList<std::pair<std::string, std::string>> headers;
        for (const auto& [name, value] : req.headers)
            headers.append({name, value});
        if (authorize(headers))
            return httplib::Server::HandlerResponse::Unhandled;
        ++m_unauthorized;
        res.status = 401;
        res.set_header("Connection", "close");
        res.set_content("{\"error\":\"unauthorized\"}", "application/json");
        report({QDateTime::currentDateTimeUtc(), peerOf(req), QStringLiteral("POST"), QString::fromStdString(req.path),
                401, 0, 0, 0, QStringLiteral("missing or wrong secret")});
        return httplib::Server::HandlerResponse::Handled;
    });

    server.Post(".*", [this](const httplib::Request& req, httplib::Response& res) {
        QElapsedTimer timer;
        timer.start();
        const qint64 receivedAt = QDateTime::currentMSecsSinceEpoch();
        QString why;
        const qint64 seq =
            m_journal->append(QByteArray::fromStdString(req.body), peerOf(req).toUtf8(), receivedAt, &why);
        RequestRecord record{QDateTime::fromMSecsSinceEpoch(receivedAt, Qt::UTC),
                             peerOf(req),
                             QStringLiteral("POST"),
                             QString::fromStdString(req.path),
                             200,
                             qint64(req.body.size()),
                             seq,
                             0,
                             {}};
        if (seq < 0) {
            // Not stored: answer 503 so that 360dialog delivers it again later (nothing is lost).
            ++m_failed;
            res.status = 503;
            res.set_content("{\"error\":\"journal unavailable\"}", "application/json");
            record.status = 503;
            record.note = why;
        } else {
            ++m_accepted;
            res.status = 200;
            res.set_content("{\"status\":\"ok\"}", "application/json");
        }
        record.millis = double(timer.nsecsElapsed()) / 1e6;
        report(record);
        if (seq >= 0) {
            std::function<void(qint64)> stored;
            {
                std::lock_guard lock(m_mutex);
                stored = m_storedObserver;
            }
            if (stored)
                stored(seq);
        }
    });

    // A GET with hub.challenge (Meta's verification handshake; 360dialog does not need it, REFERENCE.md §5).
    server.Get(".*", [](const httplib::Request& req, httplib::Response& res) {
        const std::string challenge = req.get_param_value("hub.challenge");
        if (!challenge.empty() && isSafeChallenge(challenge)) {
            res.set_content(challenge, "text/plain");
            return;
        }
        res.status = 200;
        res.set_content("WabaDesk webhook listener\n", "text/plain");
    });

    server.set_error_handler([this](const httplib::Request& req, httplib::Response& res) {
        if (res.status == 413) {
            ++m_tooLarge;
            res.set_header("Connection", "close");
            report({QDateTime::currentDateTimeUtc(), peerOf(req), QString::fromStdString(req.method),
                    QString::fromStdString(req.path), 413, 0, 0, 0, QStringLiteral("body over the size limit")});
        }
        if (res.body.empty())
            res.set_content("{\"error\":\"" + std::to_string(res.status) + "\"}", "application/json");
    });

    const std::string host = m_options.address.toStdString();
    const int port = m_options.port == 0 ? server.bind_to_any_port(host)
                                         : (server.bind_to_port(host, m_options.port) ? m_options.port : -1);
    if (port <= 0) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2 (in use, or not an address of this machine)")
                         .arg(m_options.address)
                         .arg(m_options.port);
        m_server.reset();
        return false;
    }
    m_port = port;
    m_thread = std::thread([this] { m_server->listen_after_bind(); });
    while (!m_server->is_running())
        std::this_thread::yield();
    qCInfo(lcWebhook) << "webhook listener on" << url().toString();
    return true;
}

void WebhookListener::stop()
{
    if (!m_server)
        return;
    m_server->stop();
    if (m_thread.joinable())
        m_thread.join();
    m_server.reset();
}

bool WebhookListener::isRunning() const
{
    return m_server && m_server->is_running();
}

QUrl WebhookListener::url() const
{
    const bool tls = !m_options.tlsCertFile.isEmpty();
    QUrl u;
    u.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    u.setHost(m_options.address);
    u.setPort(m_port);
    u.setPath(QStringLiteral("/"));
    return u;
}

WebhookListener::Stats WebhookListener::stats() const
{
    return {m_accepted.load(), m_unauthorized.load(), m_tooLarge.load(), m_failed.load()};
}

} // namespace wabadesk::webhook
