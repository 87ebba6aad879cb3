#pragma once

#include "api/ClientProvider.h"
#include "store/StoreTypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>

namespace wabadesk::api {
class ApiClient;
}
namespace wabadesk::store {
class ChangeHub;
class Store;
} // namespace wabadesk::store

namespace wabadesk::media {

class MediaCache;

// Keeps what customers send (issue #7 §3, first part): media of every new inbound message is downloaded in the
// background as soon as its webhook is stored (ids from webhooks expire after 7 days, download URLs after 5
// minutes), checked against its sha256 by ApiClient::downloadMedia, kept by MediaCache under a safe name, and
// recorded in the store (Store::recordMediaFile), which shows the message again with its picture. One download at
// a time (360dialog's media throttles, REFERENCE.md §2.5); failures are retried with growing pauses; files over
// the size cap are left on the server (the agent can still fetch them with Open).
// A breaker guards the channel's number against 360dialog's GET /{media_id} error threshold (§2.5: 20 errors in 60
// minutes block the endpoint for 30 minutes; an older revision: more than 5 failed requests per hour block it for an
// hour): after `failures` failed downloads of a channel within `window`, its downloads pause for `pause` (queued
// media wait, nothing is dropped) and then resume by themselves.
class MediaArchiver : public QObject {
    Q_OBJECT
public:
    using ClientProvider = api::ClientProvider;
    static constexpr qint64 kDefaultMaxBytes = 25 * 1000 * 1000;
    static constexpr int kMaxAttempts = 4;
    // The stricter of §2.5's two revisions, with room to spare: 4 failures within an hour pause the channel an hour.
    static constexpr int kBreakerFailures = 4;
    static constexpr std::chrono::minutes kBreakerWindow{60};
    static constexpr std::chrono::minutes kBreakerPause{60};

    MediaArchiver(store::Store* store, MediaCache* cache, ClientProvider clients, QObject* parent = nullptr);

    void setChangeHub(store::ChangeHub* hub);
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    // Pauses before retries (tests shorten them).
    void setRetryDelays(QList<int> delaysMs) { m_retryDelaysMs = std::move(delaysMs); }
    // Archives one message now (also what the hub's inbound notices lead to).
    void archive(const QString& channelId, const QString& wamid);
    int pending() const { return int(m_queue.size()) + (m_busy ? 1 : 0); }
    // The breaker (tests shorten it).
    void setBreaker(int failures, std::chrono::milliseconds window, std::chrono::milliseconds pause);
    // Until when the channel's downloads are paused by the breaker (invalid when they are not).
    QDateTime pausedUntil(const QString& channelId) const;

Q_SIGNALS:
    void archived(const QString& wamid, const QString& path);
    void skipped(const QString& wamid, const QString& reason); // over the cap, or no media
    void failed(const QString& wamid, const QString& error);   // after the last attempt
    // The breaker tripped: the channel's downloads wait until `until`; resumed() once they go on.
    void paused(const QString& channelId, const QDateTime& until);
    void resumed(const QString& channelId);

private:
    struct Job {
        QString channelId;
        QString wamid;
        int attempt = 0;
    };
    void onInbound(const QList<store::NewMessageNotice>& notices);
    void next();
    void finish(const Job& job, const QString& error, bool retryable);
    // A failed request to 360dialog's media endpoints: counted, and the breaker trips at the threshold.
    void countFailure(const QString& channelId);
    bool isPaused(const QString& channelId, const QDateTime& now);
    void wakeForResume();

    store::Store* m_store;
    MediaCache* m_cache;
    ClientProvider m_clients;
    QList<Job> m_queue;
    bool m_busy = false;
    bool m_enabled = true;
    qint64 m_maxBytes = kDefaultMaxBytes;
    QList<int> m_retryDelaysMs{5000, 30000, 120000};
    int m_breakerFailures = kBreakerFailures;
    std::chrono::milliseconds m_breakerWindow = kBreakerWindow;
    std::chrono::milliseconds m_breakerPause = kBreakerPause;
    QHash<QString, QList<QDateTime>> m_failures; // channel → times of recent failed requests
    QHash<QString, QDateTime> m_pausedUntil;     // channel → end of its pause
    QTimer m_resume;
};

} // namespace wabadesk::media
