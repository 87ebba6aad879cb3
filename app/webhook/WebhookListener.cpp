#include "webhook/WebhookListener.h"

#include "common/Logging.h"
#include "common/SecretCompare.h"
#include "webhook/Journal.h"
#include "webhook/ListenerServer.h"
#include "webhook/http/HttpRequestParser.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QThread>

#ifndef Q_OS_WIN
#include <sys/resource.h>
#endif

namespace wabadesk::webhook {

namespace {

// Every connection is a file descriptor: raise this process's soft limit to its hard limit (often 1,024 → 500,000+),
// so that the connection caps, not the descriptor limit, decide.
void raiseOpenFileLimit()
{
#ifndef Q_OS_WIN
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
#endif
}

// The configured certificate (chain) and private key (PEM); nullopt and why when they cannot be used.
std::optional<QSslConfiguration> tlsConfiguration(const ListenerOptions& options, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    // Read through QFile (wide paths on Windows, no pattern matching) and handed over as PEM bytes.
    QFile certFile(options.tlsCertFile);
    QFile keyFile(options.tlsKeyFile);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("HTTPS needs both a certificate and a key file that can be read"));
    if (!QSslSocket::supportsSsl())
        return fail(QStringLiteral("HTTPS is not available: Qt's TLS backend (OpenSSL) could not be loaded"));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray pem = keyFile.readAll();
    if (chain.isEmpty())
        return fail(QStringLiteral("the certificate or key could not be loaded"));
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa})
        if (key = QSslKey(pem, algorithm, QSsl::Pem); !key.isNull())
            break;
    if (key.isNull())
        return fail(QStringLiteral("the certificate or key could not be loaded"));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are authenticated by their secret header
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
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

bool WebhookListener::authorize(const HttpRequest& request) const
{
    std::lock_guard lock(m_mutex);
    if (m_credentials.isEmpty())
        return m_options.insecureNoAuth;
    bool ok = false;
    // Every credential is compared (no early exit), each in constant time.
    for (const WebhookCredential& c : m_credentials)
        for (const auto& [name, value] : request.headers)
            if (name.compare(c.header, Qt::CaseInsensitive) == 0)
                ok = secretsEqual(value, c.value) || ok;
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

void WebhookListener::notifyStored(qint64 seq) const
{
    std::function<void(qint64)> stored;
    {
        std::lock_guard lock(m_mutex);
        stored = m_storedObserver;
    }
    if (stored)
        stored(seq);
}

bool WebhookListener::start(QString* error)
{
    if (m_server)
        return true;
    std::optional<QSslConfiguration> tls;
    if (!m_options.tlsCertFile.isEmpty() || !m_options.tlsKeyFile.isEmpty()) {
        tls = tlsConfiguration(m_options, error);
        if (!tls)
            return false;
    }
    raiseOpenFileLimit();
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("webhook-listener"));
    m_server = new ListenerServer(this, m_journal, m_options, std::move(tls));
    m_server->moveToThread(m_thread.get());
    m_thread->start();
    bool listening = false;
    QMetaObject::invokeMethod(
        m_server,
        [this, &listening] {
            listening = m_server->startListening(nullptr);
            m_port = listening ? int(m_server->serverPort()) : 0;
        },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2 (in use, or not an address of this machine)")
                         .arg(m_options.address)
                         .arg(m_options.port);
        stop();
        return false;
    }
    qCInfo(lcWebhook) << "webhook listener on" << url().toString();
    return true;
}

void WebhookListener::stop()
{
    if (!m_server)
        return;
    QMetaObject::invokeMethod(
        m_server, [this] { m_server->shutDown(); }, Qt::BlockingQueuedConnection);
    m_server->waitForJournal(); // no journal completion may still be on its way to the server
    m_thread->quit();
    m_thread->wait();
    delete m_server; // its thread has finished
    m_server = nullptr;
    m_thread.reset();
}

bool WebhookListener::isRunning() const
{
    return m_server != nullptr;
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
    return {m_accepted.load(),  m_unauthorized.load(), m_tooLarge.load(), m_failed.load(),
            m_malformed.load(), m_evicted.load(),      m_refused.load(),  m_open.load()};
}

} // namespace wabadesk::webhook
