#pragma once

#include "webhook/http/HttpRequestParser.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

class QTcpSocket;

namespace wabadesk::webhook {

class ListenerServer;

// One client connection of the webhook listener, on the listener's I/O thread. Reads only as much as the current
// step needs: a bounded head first (then authentication), the body only for an accepted POST, nothing while its
// record is being stored, nothing of a refused request (it is answered and the connection closed: the socket is
// half-closed after the answer, and what still arrives is dropped for at most a second or 64 KiB, so that the client
// sees the answer rather than a reset).
class ListenerConnection : public QObject {
    Q_OBJECT
public:
    enum class Phase {
        Handshake, // TLS, before the first request
        Head,      // waiting for or reading a request line and headers
        Body,      // reading an accepted request's body
        Storing,   // the journal has the body; the answer waits for it
        Closing,   // answered; dropping what still arrives
    };

    ListenerConnection(ListenerServer* server, quint64 id, QTcpSocket* socket, QString peer, QString addressKey,
                       bool tls);
    ~ListenerConnection() override;

    quint64 id() const { return m_id; }
    Phase phase() const { return m_phase; }
    qint64 since() const { return m_since; } // when the current phase (or, in Head, the current request) began
    const QString& addressKey() const { return m_addressKey; }
    // An idle or incomplete request: closing it loses nothing anyone authenticated.
    bool isEvictable() const
    {
        return m_phase == Phase::Handshake || m_phase == Phase::Head || m_phase == Phase::Closing;
    }

    // Closes it when its current step is overdue; true when it did.
    bool checkDeadline(qint64 now);
    void onStored(qint64 seq, const QString& error);
    void abort(); // closes at once

private:
    void readAvailable();
    bool onHead();     // false: refused (answered, closing)
    void onComplete(); // a whole request
    void respond(int status, const QByteArray& body, const QByteArray& contentType, bool close,
                 const QByteArray& extraHeaders = {});
    void refuse(int status, const QString& note);
    void startClosing();
    void drain();
    void shutdownWrite();
    void nextRequest();
    void finish();
    void setPhase(Phase phase);

    ListenerServer* m_server;
    quint64 m_id;
    bool m_tls;
    QPointer<QTcpSocket> m_socket;
    QString m_peer;
    QString m_addressKey;
    HttpRequestParser m_parser;
    QByteArray m_pending;        // bytes read from the socket and not parsed yet (a pipelined next request)
    qsizetype m_pendingUsed = 0; // how much of m_pending was parsed
    Phase m_phase = Phase::Head;
    qint64 m_since = 0;
    bool m_requestStarted = true; // a request is due (a new connection) or began arriving; false: idle keep-alive
    bool m_mustFeed = false;      // the parser needs a feed even without new bytes (after the head)
    bool m_keepAlive = true;
    qint64 m_drained = 0;
    qint64 m_completedAt = 0; // when the current request was complete (for RequestRecord::millis)
    qint64 m_receivedAtMs = 0;
    QString m_method;
    QString m_path;
    qint64 m_bytes = 0;
    bool m_finished = false;
};

} // namespace wabadesk::webhook
