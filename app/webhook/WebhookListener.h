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
#include <thread>

namespace httplib {
class Server;
}

namespace wabadesk::webhook {

class Journal;

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
    qint64 maxBodyBytes = 1024 * 1024;
    // Worker threads. cpp-httplib keeps a keep-alive connection on one worker for as long as it stays open, so
    // this is also how many senders are served at once; more connections wait for a free worker.
    int workerThreads = 64;
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
    double millis = 0; // from routing to the answer
    QString note;      // why it was refused
};

// The embedded webhook listener (issue #4): cpp-httplib on its own threads. For every POST: authenticate first (401,
// body not read), refuse bodies over the limit (413, not read into memory), append the raw body durably to the
// journal, answer 200. Parsing happens later, elsewhere (IngestWorker). GET with hub.challenge echoes it.
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
    // Called on the listener's threads after each answer; must be quick and thread-safe.
    void setRequestObserver(std::function<void(const RequestRecord&)> observer);
    // Called on the listener's threads after a record became durable (e.g. to wake the ingest worker).
    void setStoredObserver(std::function<void(qint64 seq)> observer);

    struct Stats {
        qint64 accepted = 0;
        qint64 unauthorized = 0;
        qint64 tooLarge = 0;
        qint64 failed = 0;
    };
    Stats stats() const;

private:
    bool authorize(const QList<std::pair<std::string, std::string>>& headers) const;
    void report(const RequestRecord& record) const;

    Journal* m_journal;
    ListenerOptions m_options;
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    std::atomic<int> m_port{0};
    mutable std::mutex m_mutex; // credentials and observers
    QList<WebhookCredential> m_credentials;
    std::function<void(const RequestRecord&)> m_requestObserver;
    std::function<void(qint64)> m_storedObserver;
    std::atomic<qint64> m_accepted{0}, m_unauthorized{0}, m_tooLarge{0}, m_failed{0};
};

} // namespace wabadesk::webhook
