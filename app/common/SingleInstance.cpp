#include "common/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

#include <functional>

namespace wabadesk {

namespace {

// One request per connection: a line of JSON {"command": "activate", "arguments": [...]}, answered by "ok\n".
constexpr qint64 kMaxRequestBytes = 64 * 1024;
const QByteArray kAnswer = QByteArrayLiteral("ok\n");

// Waits until done() holds, the socket fails or closes, or the timeout, processing events meanwhile (a primary in the
// same thread must be able to answer). A refused connection fails inside connectToServer(), before this runs.
template <typename Signal>
bool waitFor(QLocalSocket& socket, Signal signal, int timeoutMs, const std::function<bool()>& done)
{
    if (done())
        return true;
    if (socket.state() == QLocalSocket::UnconnectedState)
        return false;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&socket, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    QObject::connect(&socket, &QLocalSocket::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QLocalSocket::disconnected, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return done();
}

} // namespace

QString SingleInstance::keyFor(const QString& dataDir, bool demo)
{
    // The socket's name is public (a file in /tmp on Unix): a hash, not the user's home or data path. The home
    // directory stands for the user (no platform call needed); the server only accepts the same user anyway.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QDir::homePath().toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    if (demo)
        hash.addData(QByteArrayView("demo"));
    else
        hash.addData(QDir(dataDir).canonicalPath().isEmpty() ? QDir(dataDir).absolutePath().toUtf8()
                                                             : QDir(dataDir).canonicalPath().toUtf8());
    const QString name = QStringLiteral("wabadesk-") + QString::fromLatin1(hash.result().toHex().left(24));
#ifdef Q_OS_UNIX
    // In the user's runtime directory ($XDG_RUNTIME_DIR, mode 0700) rather than the shared /tmp: no other user can
    // see the socket or take its name first. Windows names a pipe; the server restricts it to the user.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return QDir(runtime).filePath(name);
#endif
    return name;
}

SingleInstance::SingleInstance(QString key, QObject* parent)
    : QObject(parent)
    , m_key(std::move(key))
{}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close(); // removes the socket file
}

SingleInstance::Role SingleInstance::start(const QStringList& arguments, int timeoutMs)
{
    m_error.clear();
    // Two starts at once: the second waits here until the first listens, then finds it. A lock left by a crashed
    // process is taken over (QLockFile checks that its owner is alive).
    QLockFile lock(QDir::isAbsolutePath(m_key) ? m_key + QStringLiteral(".lock")
                                               : QDir(QDir::tempPath()).filePath(m_key + QStringLiteral(".lock")));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(timeoutMs)) {
        m_error = tr("Another WabaDesk is starting and holds %1.").arg(QDir::toNativeSeparators(lock.fileName()));
        return Role::Failed;
    }

    switch (deliver(arguments, timeoutMs)) {
    case Delivery::Delivered:
        return Role::Secondary;
    case Delivery::NoAnswer:
        m_error = tr("WabaDesk is already running for this data directory but does not answer.");
        return Role::Failed;
    case Delivery::NoServer:
        break;
    }
    return listen() ? Role::Primary : Role::Failed;
}

SingleInstance::Delivery SingleInstance::deliver(const QStringList& arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_key);
    if (!waitFor(socket, &QLocalSocket::connected, timeoutMs,
                 [&socket] { return socket.state() == QLocalSocket::ConnectedState; }))
        return Delivery::NoServer; // no socket, or a stale one nobody listens on (connection refused)

    QJsonObject request;
    request.insert(QStringLiteral("command"), QStringLiteral("activate"));
    request.insert(QStringLiteral("arguments"), QJsonArray::fromStringList(arguments));
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    const bool answered =
        waitFor(socket, &QLocalSocket::readyRead, timeoutMs, [&socket] { return socket.canReadLine(); });
    if (!answered || socket.readLine() != kAnswer)
        return Delivery::NoAnswer;
    socket.disconnectFromServer();
    return Delivery::Delivered;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_key)) {
        // A socket file left by a crashed instance (deliver() found nobody on it). With UserAccessOption Qt binds in a
        // private directory and renames the socket over the old file, so this is the fallback: remove it, listen again.
        if (m_server->serverError() == QAbstractSocket::AddressInUseError && QLocalServer::removeServer(m_key) &&
            m_server->listen(m_key)) {
            // listening on the fresh socket
        } else {
            m_error = tr("Cannot listen on %1: %2").arg(m_key, m_server->errorString());
            delete m_server;
            m_server = nullptr;
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection())
            serve(socket);
    });
    return true;
}

void SingleInstance::serve(QLocalSocket* socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    // A client that connects and says nothing is dropped after a while.
    QTimer::singleShot(10000, socket, [socket] { socket->abort(); });
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        if (!socket->canReadLine()) {
            if (socket->bytesAvailable() > kMaxRequestBytes)
                socket->abort();
            return;
        }
        const QJsonObject request = QJsonDocument::fromJson(socket->readLine(kMaxRequestBytes)).object();
        if (request.value(QStringLiteral("command")).toString() != QLatin1String("activate")) {
            socket->abort();
            return;
        }
        QStringList arguments;
        for (const QJsonValue& value : request.value(QStringLiteral("arguments")).toArray())
            arguments.append(value.toString());
        socket->write(kAnswer);
        socket->flush();
        Q_EMIT activationRequested(arguments);
    });
}

} // namespace wabadesk
