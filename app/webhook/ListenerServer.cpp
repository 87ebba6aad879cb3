#include "webhook/ListenerServer.h"

#include "common/Logging.h"
#include "webhook/Journal.h"
#include "webhook/ListenerConnection.h"

#include <QHostAddress>
#include <QSslSocket>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace wabadesk::webhook {

namespace {

constexpr int kSweepMs = 250;
constexpr int kSweepBatch = 32;                 // deadline closes per turn of the event loop
constexpr qint64 kSocketReadBuffer = 64 * 1024; // what Qt reads ahead of the parser, per connection

// The key connections are counted under: the IPv4 address, or an IPv6 address's /64 (one subscriber's prefix).
QString addressKey(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    Q_IPV6ADDR v6 = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        v6[i] = 0;
    return QHostAddress(v6).toString() + QStringLiteral("/64");
}

QString peerText(const QHostAddress& address, quint16 port)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return (isV4 ? QHostAddress(v4).toString() : address.toString()) + QLatin1Char(':') + QString::number(port);
}

} // namespace

ListenerServer::ListenerServer(WebhookListener* listener, Journal* journal, const ListenerOptions& options,
                               std::optional<QSslConfiguration> tls)
    : m_listener(listener)
    , m_journal(journal)
    , m_options(options)
    , m_tls(std::move(tls))
    , m_sweep(this)
{
    m_clock.start();
    // Incoming connections are taken as they come; the default (30) would stop accepting during a burst.
    setMaxPendingConnections(1024);
    connect(&m_sweep, &QTimer::timeout, this, &ListenerServer::sweep);
    connect(this, &QTcpServer::acceptError, this, &ListenerServer::onAcceptError);
}

ListenerServer::~ListenerServer() = default;

bool ListenerServer::startListening(QString* error)
{
    // The system's backlog (SOMAXCONN, capped by net.core.somaxconn) instead of 50: a burst of connections waits
    // for accept() instead of being dropped (issue #15, item 10).
    setListenBacklogSize(SOMAXCONN);
    if (!listen(QHostAddress(m_options.address), m_options.port)) {
        if (error)
            *error = errorString();
        return false;
    }
    m_sweep.start(kSweepMs);
    return true;
}

void ListenerServer::shutDown()
{
    m_sweep.stop();
    close();
    const QList<ListenerConnection*> all = m_connections.values();
    for (ListenerConnection* c : all)
        c->abort();
}

void ListenerServer::waitForJournal()
{
    std::unique_lock lock(m_inFlightMutex);
    m_inFlightDone.wait(lock, [this] { return m_inFlight == 0; });
}

void ListenerServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket* socket = m_tls ? new QSslSocket : new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
#ifdef Q_OS_WIN
        ::closesocket(SOCKET(descriptor));
#else
        ::close(int(descriptor));
#endif
        return;
    }
    const QHostAddress address = socket->peerAddress();
    const QString key = addressKey(address);
    // Room: in total, and for this address. A connection that has not sent a whole request may be closed for a new
    // one; when every one is busy with an accepted request, the new connection is turned away instead.
    bool room = m_connections.size() < m_options.maxConnections || evictOldest(m_connections.values());
    if (room) {
        const QList<ListenerConnection*> same = m_byAddress.value(key);
        room = same.size() < m_options.maxConnectionsPerAddress || evictOldest(same);
    }
    if (!room) {
        ++m_listener->m_refused;
        socket->abort();
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // no Nagle delay on the small answers
    socket->setReadBufferSize(kSocketReadBuffer);
    const quint64 id = m_nextId++;
    auto* connection =
        new ListenerConnection(this, id, socket, peerText(address, socket->peerPort()), key, m_tls.has_value());
    m_connections.insert(id, connection);
    m_byAddress[key].append(connection);
    ++m_listener->m_open;
    if (auto* ssl = qobject_cast<QSslSocket*>(socket)) {
        ssl->setSslConfiguration(*m_tls);
        ssl->startServerEncryption();
    }
}

bool ListenerServer::evictOldest(const QList<ListenerConnection*>& candidates)
{
    ListenerConnection* oldest = nullptr;
    for (ListenerConnection* c : candidates)
        if (c->isEvictable() && (!oldest || c->since() < oldest->since()))
            oldest = c;
    if (!oldest)
        return false;
    ++m_listener->m_evicted;
    oldest->abort();
    return true;
}

void ListenerServer::connectionFinished(ListenerConnection* connection)
{
    if (!m_connections.remove(connection->id()))
        return;
    auto it = m_byAddress.find(connection->addressKey());
    if (it != m_byAddress.end()) {
        it->removeOne(connection);
        if (it->isEmpty())
            m_byAddress.erase(it);
    }
    --m_listener->m_open;
    connection->deleteLater();
}

void ListenerServer::store(ListenerConnection* connection, const QByteArray& body, const QByteArray& peer,
                           qint64 receivedAtMs)
{
    {
        std::lock_guard lock(m_inFlightMutex);
        ++m_inFlight;
    }
    const quint64 id = connection->id();
    m_journal->appendAsync(body, peer, receivedAtMs, [this, id](qint64 seq, const QString& error) {
        // On the journal's writer thread: back to the I/O thread, to the connection if it is still there.
        QMetaObject::invokeMethod(
            this,
            [this, id, seq, error] {
                if (ListenerConnection* c = m_connections.value(id))
                    c->onStored(seq, error);
            },
            Qt::QueuedConnection);
        std::lock_guard lock(m_inFlightMutex);
        if (--m_inFlight == 0)
            m_inFlightDone.notify_all();
    });
}

void ListenerServer::sweep()
{
    // A crowd that connected together expires together: at most kSweepBatch are closed per turn of the event loop,
    // so that deliveries are read and answered in between.
    const qint64 t = now();
    const QList<ListenerConnection*> all = m_connections.values();
    int closed = 0;
    for (ListenerConnection* c : all) {
        if (!m_connections.contains(c->id()) || !c->checkDeadline(t))
            continue;
        if (++closed == kSweepBatch) {
            QTimer::singleShot(0, this, &ListenerServer::sweep);
            return;
        }
    }
}

void ListenerServer::onAcceptError()
{
    // Out of file descriptors (or similar): Qt stopped accepting. Make room and try again shortly.
    qCWarning(lcWebhook) << "listener: accept failed:" << errorString();
    evictOldest(m_connections.values());
    QTimer::singleShot(100, this, [this] { resumeAccepting(); });
}

} // namespace wabadesk::webhook
