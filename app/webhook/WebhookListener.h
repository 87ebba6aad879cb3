#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

class QThread;

namespace wabadesk::webhook {

class Journal;
class ListenerServer;
struct HttpRequest;

// One accepted way for 360dialog to authenticate a delivery: a header and its exact value (a secret header such as
// X-WabaDesk-Secret, or "Authorization: Basic …"), as configured with a channel's webhook (REFERENCE.md §5.1, §5.6).
struct WebhookCredential {
    QByteArray header;
    QByteArray value;
    QString channelId;
};

struct ListenerOptions {
    QString address = QStringLiteral("127.0.0.1");
    quint16 port = 0;    // 0: any free port
    QString tlsCertFile; // HTTPS when both are set
    QString tlsKeyFile;
    qint64 maxBodyBytes = 1024 * 1024;    // in any framing (Content-Length or chunked)
    qsizetype maxHeaderBytes = 16 * 1024; // request line and headers; more is answered 431
    // A request's line and headers (and, with HTTPS, the handshake before them) must arrive within this, however
    // they trickle in; else 408 and the connection is closed (slow clients, issue #15).
    int headerTimeoutMs = 5000;
    int bodyTimeoutMs = 15000; // the body, once the headers were accepted
    int idleTimeoutMs = 15000; // a kept-alive connection without a request
    int maxConnections = 4096;
    // Per client address (an IPv6 client: per /64). When full, the oldest connection that has not sent a whole
    // request is closed to make room: behind a tunnel every client has the same address, and a real delivery must
    // still get through while slow clients take the slots.
    int maxConnectionsPerAddress = 64;
    bool insecureNoAuth = false; // accept deliveries without any credential (only when asked for explicitly)
};

// One line per request, for `wabadesk-cli listen` and the inspector (no body, no secret).
struct RequestRecord {
    QDateTime at;
    QString peer;
    QString method;
    QString path;
    int status = 0;
    qint64 bytes = 0;
    qint64 seq = 0;    // journal sequence number when stored
    double millis = 0; // from the complete request to the answer
    QString note;      // why it was refused
};

// The embedded webhook listener (issue #4, issue #15): an event-driven HTTP/1.1 server (Qt's QTcpServer and
// QSslSocket on one I/O thread of its own) in front of the journal. For every POST: authenticate once the headers are
// in (401, and the connection is closed without reading the body), refuse bodies over the limit in any framing (413),
// append the raw body to the journal (durably, group-committed on the journal's writer thread, which answers back to
// the I/O thread), answer 200. Parsing happens later, elsewhere (IngestWorker). GET with hub.challenge echoes it.
//
// Why not cpp-httplib's server any more: it gives each connection a thread from a fixed pool, so 64 slow clients
// hold every worker; its read timeout restarts with every byte; it caps neither the number of header lines nor
// chunked bodies; it reads a refused request's body; Debian's build listens with a backlog of 5 and answers 500 for
// sockets past FD_SETSIZE. Here a connection costs a socket and a few KiB until it has sent a whole, authenticated,
// bounded request; deadlines hold per request, and connections per address are capped (ListenerOptions).
class WebhookListener {
public:
    WebhookListener(Journal* journal, ListenerOptions options);
    ~WebhookListener();
    WebhookListener(const WebhookListener&) = delete;
    WebhookListener& operator=(const WebhookListener&) = delete;

    bool start(QString* error);
    void stop();
    bool isRunning() const;
    QUrl url() const; // http(s)://address:port/

    // Thread-safe; takes effect for the next request.
    void setCredentials(const QList<WebhookCredential>& credentials);
    // Called on the listener's thread after each answer; must be quick and thread-safe.
    void setRequestObserver(std::function<void(const RequestRecord&)> observer);
    // Called on the listener's thread when a record became durable, before its sender is answered 200 (e.g. to wake the
    // ingest worker); must be quick and thread-safe.
    void setStoredObserver(std::function<void(qint64 seq)> observer);

    struct Stats {
        qint64 accepted = 0;     // stored and answered 200
        qint64 unauthorized = 0; // 401
        qint64 tooLarge = 0;     // 413
        qint64 failed = 0;       // 503: the journal could not store it
        qint64 malformed = 0;    // 400, 405, 408, 414, 417, 431, 501, 505
        qint64 evicted = 0;      // connections closed to make room (per-address or total cap)
        qint64 refused = 0;      // connections closed at once: no room and nothing to evict
        qint64 open = 0;         // connections open now
    };
    Stats stats() const;

private:
    friend class ListenerServer;
    friend class ListenerConnection;

    bool authorize(const HttpRequest& request) const;
    void report(const RequestRecord& record) const;
    void notifyStored(qint64 seq) const;

    Journal* m_journal;
    ListenerOptions m_options;
    std::unique_ptr<QThread> m_thread;
    ListenerServer* m_server = nullptr; // lives in m_thread
    int m_port = 0;
    mutable std::mutex m_mutex; // credentials and observers
    QList<WebhookCredential> m_credentials;
    std::function<void(const RequestRecord&)> m_requestObserver;
    std::function<void(qint64)> m_storedObserver;
    std::atomic<qint64> m_accepted{0}, m_unauthorized{0}, m_tooLarge{0}, m_failed{0}, m_malformed{0}, m_evicted{0},
        m_refused{0}, m_open{0};
};

} // namespace wabadesk::webhook
