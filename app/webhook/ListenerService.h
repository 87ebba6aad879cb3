#pragma once

#include "model/Channel.h"
#include "store/StoreLocation.h"
#include "store/StoreTypes.h"
#include "webhook/Journal.h"
#include "webhook/WebhookListener.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace wabadesk::channels {
class ChannelService;
}
namespace wabadesk::store {
class ChangeHub;
}

namespace wabadesk::webhook {

class IngestWorker;
class Journal;

// The listener's settings the GUI remembers in QSettings ("webhookListener/…"). Nothing secret: the credentials
// come from the channels' webhooks in the keychain.
struct ListenerSettings {
    bool enabled = true;
    QString address = QStringLiteral("127.0.0.1");
    quint16 port = 8361;
    QString tlsCertFile; // HTTPS when both files are set
    QString tlsKeyFile;

    ListenerOptions options() const;
    static ListenerSettings load();
    void save() const;
    bool operator==(const ListenerSettings&) const = default;
};

// The embedded webhook listener as one service (issue #4), for the GUI and `wabadesk-cli listen` alike: it owns the
// journal (<dataDir>/journal), the ingest worker and the HTTP listener, and keeps the listener's credentials and
// routes in step with the channels: every header of every channel's phone-number and WABA webhook (the values from
// the keychain, ChannelService::webhookSecrets) is accepted, and metadata.phone_number_id routes to the channel.
// They are read again whenever the channels change, so a newly set webhook secret counts without a restart.
//
// Requests are answered on the listener's threads and events are stored on the ingest thread; both are reported
// through signals, which reach receivers in other threads queued. The last kRecentRequests requests (rejected ones
// included; their bodies are never read, let alone stored) stay in memory for the webhook inspector.
class ListenerService : public QObject {
    Q_OBJECT
public:
    static constexpr int kRecentRequests = 500;

    // The journal goes to <location.dataDir>/journal; the ingest worker opens the store at `location`.
    ListenerService(channels::ChannelService* channels, store::StoreLocation location, QObject* parent = nullptr);
    ~ListenerService() override;

    // Opens the journal, starts ingesting, then listens. False and a sentence saying why (also lastError()).
    bool start(const ListenerOptions& options, QString* error = nullptr);
    // Stops listening, lets the ingest worker catch up (a few seconds at most), then stops it.
    void stop();
    bool isRunning() const;
    QUrl url() const; // empty when not running
    ListenerOptions options() const { return m_options; }
    QString lastError() const { return m_lastError; }
    // Why deliveries cannot be stored right now (the journal cannot write: a full disk), or empty. While it is set
    // the listener answers 503 and 360dialog delivers again later; the journal retries by itself (issue #15 item 4).
    // runningChanged() is emitted when it changes. Thread-safe.
    QString storageProblem() const;

    // The GUI's settings: persisted (unless setPersistSettings(false), as in the demo), then applied: stopped, and
    // started again with them when enabled. False (and why) when it should run but cannot start.
    bool applySettings(const ListenerSettings& settings, QString* error = nullptr);
    ListenerSettings settings() const { return m_settings; }
    void setPersistSettings(bool persist) { m_persistSettings = persist; }

    // Credentials accepted besides the channels' (`wabadesk-cli listen --secret-header`).
    void setExtraCredentials(const QList<WebhookCredential>& credentials);
    // Reads every channel's webhook secrets again (asynchronously; credentialsChanged when done).
    void refreshCredentials();
    // refreshCredentials(), then waits for it in a local event loop; returns credentialCount().
    int loadCredentialsNow();
    int credentialCount() const { return int(m_channelCredentials.size() + m_extraCredentials.size()); }
    // The first header of the channel's webhooks (phone number first): what a test event authenticates with.
    std::optional<WebhookCredential> credentialFor(const QString& channelId) const;

    // The last kRecentRequests requests, oldest first. Thread-safe.
    QList<RequestRecord> recentRequests() const;
    qint64 receivedCount() const { return m_received.load(); } // requests answered since start, any status
    qint64 rejectedCount() const { return m_rejected.load(); } // of which not stored (401, 413, 503)
    WebhookListener::Stats stats() const;                      // of the running or last listener

    // Appends `body` to the journal again, as received now from `peer` (the inspector's "Replay"): the ingest worker
    // parses it like any delivery, idempotently. Its number in the store (webhook_journal.seq, what the inspector
    // shows; RequestRecord::seq too), or -1 (and why).
    qint64 replay(const QByteArray& body, QString* error = nullptr);
    // Blocks until the journal is in the store up to the store's number `seq` (or the timeout passes).
    bool waitUntilIngested(qint64 seq, int timeoutMs);
    qint64 lastJournalSeq() const;

    // Deletes a channel's local history (webhook/HistoryPurge.h) on a thread of its own, holding the ingest worker
    // meanwhile when the listener runs; `done` (empty: success, else why) runs on this object's thread. The channel
    // service calls it when a channel is removed with its history (the constructor installs it).
    void purgeChannelHistory(const Channel& channel, std::function<void(const QString& error)> done);

    // Stored events reach the UI through `hub` (the ingest worker's store re-emits on it). Takes effect at start().
    void setChangeHub(store::ChangeHub* hub) { m_hub = hub; }

    // Also called for every request, on the listener's threads (the CLI's log lines). Set it before start().
    void setRequestObserver(std::function<void(const RequestRecord&)> observer);
    // Also called when the journal becomes unwritable or writable again, on the journal's thread. Before start().
    void setHealthObserver(std::function<void(const Journal::Health&)> observer);

Q_SIGNALS:
    void requestReceived(const wabadesk::webhook::RequestRecord& record);
    void ingested(const QList<wabadesk::store::IngestOutcome>& outcomes);
    void runningChanged(bool running); // also when storageProblem() changes
    void credentialsChanged(int count);

private:
    void onRequest(const RequestRecord& record);
    void onHealth(const Journal::Health& health);
    void waitForPurge();
    void applyCredentials();

    channels::ChannelService* m_channels;
    store::StoreLocation m_location;
    ListenerOptions m_options;
    ListenerSettings m_settings;
    bool m_persistSettings = true;
    store::ChangeHub* m_hub = nullptr;
    QString m_lastError;
    std::thread m_purge; // a history purge in progress

    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<IngestWorker> m_ingest;
    std::unique_ptr<WebhookListener> m_listener;
    WebhookListener::Stats m_lastStats;

    QList<WebhookCredential> m_channelCredentials;
    QList<WebhookCredential> m_extraCredentials;
    QHash<QString, QString> m_routes;
    quint64 m_refreshGeneration = 0;
    bool m_refreshing = false;

    mutable std::mutex m_mutex; // the ring and the observer; touched by the listener's threads
    std::deque<RequestRecord> m_recent;
    std::function<void(const RequestRecord&)> m_observer;
    std::function<void(const Journal::Health&)> m_healthObserver;
    QString m_storageProblem;
    std::atomic<qint64> m_received{0};
    std::atomic<qint64> m_rejected{0};
};

} // namespace wabadesk::webhook
