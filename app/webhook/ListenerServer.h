#pragma once

#include "webhook/WebhookListener.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>

namespace wabadesk::webhook {

class ListenerConnection;

// The webhook listener's accept loop and connection table, on the listener's I/O thread (WebhookListener.h): accepts
// with the system's backlog, caps connections in total and per client address (evicting the oldest that has not sent
// a whole request), enforces the deadlines four times a second, and hands complete requests to the journal, whose
// writer thread answers back here.
class ListenerServer : public QTcpServer {
    Q_OBJECT
public:
    ListenerServer(WebhookListener* listener, Journal* journal, const ListenerOptions& options,
                   std::optional<QSslConfiguration> tls);
    ~ListenerServer() override;

    // On the I/O thread.
    bool startListening(QString* error);
    void shutDown(); // stops accepting and closes every connection
    // Blocks (any thread) until no journal append started here is still unanswered.
    void waitForJournal();

    // For the connections.
    qint64 now() const { return m_clock.elapsed(); }
    const ListenerOptions& options() const { return m_options; }
    WebhookListener& listener() { return *m_listener; }
    // Appends the body; `connection` gets onStored() back on this thread (unless it is gone by then).
    void store(ListenerConnection* connection, const QByteArray& body, const QByteArray& peer, qint64 receivedAtMs);
    void connectionFinished(ListenerConnection* connection);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void sweep();
    // Closes the oldest evictable connection among `candidates`; false when none may be closed.
    bool evictOldest(const QList<ListenerConnection*>& candidates);
    void onAcceptError();

    WebhookListener* m_listener;
    Journal* m_journal;
    ListenerOptions m_options;
    std::optional<QSslConfiguration> m_tls;
    QElapsedTimer m_clock;
    QTimer m_sweep;
    quint64 m_nextId = 1;
    QHash<quint64, ListenerConnection*> m_connections;
    QHash<QString, QList<ListenerConnection*>> m_byAddress; // oldest first

    std::mutex m_inFlightMutex;
    std::condition_variable m_inFlightDone;
    int m_inFlight = 0; // journal appends not yet answered back
};

} // namespace wabadesk::webhook
