#pragma once

#include "store/StoreLocation.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariant>

#include <chrono>
#include <memory>

namespace wabadesk::store {

class ChangeHub;
struct ChangeNotice;

// A team desk's ear on the shared database (issue #18, TEAM.md "Live updates"): LISTENs on ChangeAnnouncer's channel
// through a QPSQL connection of its own, and replays what other processes committed on the ChangeHub as the
// signals a local write emits; notices marked with this hub's origin are skipped (the hub had them from the local
// store already). Lives in the thread that calls start() (a worker thread: connecting may take long); the hub's
// signals are emitted from there, so receivers in the UI thread get them queued.
//
// The driver does not report a dropped connection: a heartbeat query finds it. Then the listener reconnects with
// backoff (0.5 s doubling up to 30 s), subscribes again and emits ChangeHub::reloadNeeded() (notices sent while it was
// away are never replayed). Inbound notices travel as ids only; their sender and preview are read through a store of
// the listener's own (`opener`), which shows only what this desk's login may see.
class RemoteChanges : public QObject {
    Q_OBJECT

public:
    // The listening connection's application_name.
    static constexpr const char* kApplicationName = "wabadesk live updates";

    RemoteChanges(StoreLocation location, StoreOpener opener, ChangeHub* hub, QObject* parent = nullptr);
    ~RemoteChanges() override;

    void setHeartbeatInterval(std::chrono::milliseconds interval);
    void setFirstRetryDelay(std::chrono::milliseconds delay) { m_firstRetry = delay; }

    bool isListening() const { return m_listening; }
    // The server process of the listening connection (0 when none): for tests that end it.
    qint64 backendPid() const { return m_backendPid; }

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    // Listening (again): after start(), and after each reconnect.
    void listening();
    // The connection was lost; a reconnect is tried in `retryIn`.
    void connectionLost(qint64 retryInMs);

private:
    bool connectNow(QString* error);
    void disconnectNow();
    void heartbeat();
    void lost(const QString& why);
    void onNotification(const QString& name, const QVariant& payload);
    void complete(ChangeNotice* notice);

    StoreLocation m_location;
    StoreOpener m_opener;
    ChangeHub* m_hub;
    QString m_connectionName;
    std::unique_ptr<class Store> m_reader;
    QTimer m_heartbeat;
    QTimer m_retry;
    std::chrono::milliseconds m_firstRetry{500};
    std::chrono::milliseconds m_nextRetry{500};
    bool m_listening = false;
    bool m_wasConnected = false;
    qint64 m_backendPid = 0;
};

} // namespace wabadesk::store
