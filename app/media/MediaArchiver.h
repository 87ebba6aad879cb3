#pragma once

#include "api/ClientProvider.h"
#include "store/StoreTypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

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
class MediaArchiver : public QObject {
    Q_OBJECT
public:
    using ClientProvider = api::ClientProvider;
    static constexpr qint64 kDefaultMaxBytes = 25 * 1000 * 1000;
    static constexpr int kMaxAttempts = 4;

    MediaArchiver(store::Store* store, MediaCache* cache, ClientProvider clients, QObject* parent = nullptr);

    void setChangeHub(store::ChangeHub* hub);
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    // Pauses before retries (tests shorten them).
    void setRetryDelays(QList<int> delaysMs) { m_retryDelaysMs = std::move(delaysMs); }
    // Archives one message now (also what the hub's inbound notices lead to).
    void archive(const QString& channelId, const QString& wamid);
    int pending() const { return int(m_queue.size()) + (m_busy ? 1 : 0); }

Q_SIGNALS:
    void archived(const QString& wamid, const QString& path);
    void skipped(const QString& wamid, const QString& reason); // over the cap, or no media
    void failed(const QString& wamid, const QString& error);   // after the last attempt

private:
    struct Job {
        QString channelId;
        QString wamid;
        int attempt = 0;
    };
    void onInbound(const QList<store::NewMessageNotice>& notices);
    void next();
    void finish(const Job& job, const QString& error, bool retryable);

    store::Store* m_store;
    MediaCache* m_cache;
    ClientProvider m_clients;
    QList<Job> m_queue;
    bool m_busy = false;
    bool m_enabled = true;
    qint64 m_maxBytes = kDefaultMaxBytes;
    QList<int> m_retryDelaysMs{5000, 30000, 120000};
};

} // namespace wabadesk::media
