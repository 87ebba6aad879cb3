#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace wabadesk::test {

// A tiny HTTP/1.1 server on 127.0.0.1 for faults the sandbox cannot produce on purpose: a server that never
// answers, answers half, drips bytes, or sends an endless body. Runs on the test's event loop.
class LoopbackServer : public QObject {
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray& name) const;
    };
    enum class Mode {
        Respond,     // write `response` and close
        Hang,        // read the request and never answer
        EndlessBody, // 200 with a chunked body that never ends
    };
    struct Reply {
        Mode mode = Mode::Respond;
        QByteArray response; // raw bytes: status line, headers, body
    };
    using Handler = std::function<Reply(const Request&)>;

    explicit LoopbackServer(Handler handler, QObject* parent = nullptr);
    QUrl url() const;
    QList<Request> requests() const { return m_requests; }

    // A complete response with Content-Length.
    static QByteArray response(int status, const QByteArray& body, const QByteArray& contentType = "application/json",
                               const QList<QPair<QByteArray, QByteArray>>& extraHeaders = {});

private:
    void onConnection();
    void onReadyRead(QTcpSocket* socket);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
};

} // namespace wabadesk::test
