#include "LoopbackServer.h"

#include <QTcpSocket>
#include <QTimer>

namespace wabadesk::test {

QByteArray LoopbackServer::Request::header(const QByteArray& name) const
{
    for (const auto& [k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

LoopbackServer::LoopbackServer(Handler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackServer::onConnection);
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("LoopbackServer: cannot listen on 127.0.0.1");
}

QUrl LoopbackServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

QByteArray LoopbackServer::response(int status, const QByteArray& body, const QByteArray& contentType,
                                    const QList<QPair<QByteArray, QByteArray>>& extraHeaders)
{
    QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType +
                   "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n";
    for (const auto& [k, v] : extraHeaders)
        r += k + ": " + v + "\r\n";
    return r + "\r\n" + body;
}

void LoopbackServer::onConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LoopbackServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    if (!buffer.isEmpty() && !(buffer.at(0) >= 'A' && buffer.at(0) <= 'Z')) {
        // Not HTTP (e.g. a TLS ClientHello): answer like a plain HTTP server would, and close.
        socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    Request request;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.path = first.value(1);
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
    }
    if (buffer.size() < end + 4 + length)
        return; // body not complete yet
    request.body = buffer.mid(end + 4, length);
    socket->setProperty("buffer", QByteArray());
    m_requests.append(request);

    const Reply reply = m_handler(request);
    switch (reply.mode) {
    case Mode::Respond:
        socket->write(reply.response);
        socket->disconnectFromHost();
        break;
    case Mode::Hang:
        break;
    case Mode::EndlessBody: {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        auto* timer = new QTimer(socket);
        QPointer<QTcpSocket> guard(socket);
        connect(timer, &QTimer::timeout, socket, [guard] {
            if (!guard || guard->state() != QAbstractSocket::ConnectedState)
                return;
            const QByteArray chunk(64 * 1024, 'x');
            guard->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
        });
        timer->start(1);
        break;
    }
    }
}

} // namespace wabadesk::test
