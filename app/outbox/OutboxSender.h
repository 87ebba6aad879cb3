#pragma once

#include "api/ClientProvider.h"
#include "model/OutboxItem.h"
#include "model/SendResult.h"
#include "outbox/OutboxPolicy.h"
#include "outbox/SendPacer.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <functional>

namespace wabadesk::api {
class ApiClient;
class ApiError;
} // namespace wabadesk::api

namespace wabadesk::media {
class MediaCache;
}
namespace wabadesk::store {
class ChangeHub;
class Store;
} // namespace wabadesk::store

namespace wabadesk::outbox {

using ClientProvider = api::ClientProvider; // a channel's ApiClient, or why not (api/ClientProvider.h)

// Works the store's outbox (DESIGN.md "Outbox", issue #5 §6) on the UI thread:
// - takes due items (queued, next attempt reached), at most one in flight per conversation and
//   policy().maxParallel overall, oldest first; a conversation's later item waits while an older one is queued for a
//   retry, so messages arrive in the order they were written;
// - paces each channel (policy().messagesPerSecond) and pauses a channel after 429/130429 for Retry-After;
// - media on disk (OutboxPayload.h) is uploaded first (POST /media), its id put into the payload, then sent; with a
//   media cache set (setMediaCache) the file is hashed and kept in the channel's uploads folder off the UI thread,
//   a still-valid upload of the same content (Store::findUploadBySha256) is sent by its id instead of uploading
//   again, and a new upload is recorded in the media library (Store::recordUpload) with its 30-day expiry;
// - on success: Store::markOutgoingSent(id, wamid, displayText) — the item becomes the outbound message;
// - retryable failures (OutboxPolicy.h, REFERENCE.md §7.2) are queued again with backoff, up to maxAttempts;
//   permanent ones are marked failed with "code: explanation"; 131047 also closes the conversation's window.
// Kicked by the store's outbox signal, the ChangeHub's, and a poll timer (retries from earlier runs).
// Several senders (processes) may work one store (issue #17 item 9): each claims items under its own id() with a lease
// it renews every poll, records that a request left just before it leaves (and does not send an item whose claim it
// lost), and sends the outbox id as biz_opaque_callback_data. At start and every poll it settles items of senders
// that stopped (their lease ran out): queued again if their request never left, else 'unknown' for the status
// webhook or the agent to settle — never sent twice silently.
class OutboxSender : public QObject {
    Q_OBJECT
public:
    OutboxSender(store::Store* store, ClientProvider clients, QObject* parent = nullptr);
    ~OutboxSender() override;

    void setPolicy(const OutboxPolicy& policy);
    const OutboxPolicy& policy() const { return m_policy; }
    // Also kick on the hub's outboxChanged (writes by other Store instances).
    void setChangeHub(store::ChangeHub* hub);
    const ClientProvider& clients() const { return m_clients; }
    // Composer attachments go into the media library (issue #7): kept under cache->uploadsDir(channel), deduplicated
    // by SHA-256 and recorded. Without it (nullptr) files are just uploaded.
    void setMediaCache(media::MediaCache* cache) { m_mediaCache = cache; }

    // Puts back items an earlier run left 'sending' (on the first start only), then starts working the queue.
    void start();
    // No new sends; requests in flight still finish and are recorded.
    void stop();
    bool isRunning() const { return m_running; }
    // Looks at the queue soon (coalesced, never re-entrant). Safe to call any time.
    void kick();
    int inFlightCount() const { return int(m_inFlight.size()); }
    // This sender's id in the outbox's claims: host, process and a random part (unique per instance).
    const QString& id() const { return m_id; }

Q_SIGNALS:
    void itemSent(qint64 outboxId, const QString& conversationId, const QString& wamid);
    void itemRetrying(qint64 outboxId, const QString& conversationId, const QString& error, const QDateTime& retryAt);
    void itemFailed(qint64 outboxId, const QString& conversationId, const QString& error);
    // A 131047 came back: the store's window for the conversation is closed now.
    void windowClosed(const QString& conversationId);

private:
    void pump();
    // Every poll: renews this sender's claims, settles those of senders that stopped, looks at the queue.
    void housekeep();
    void begin(const OutboxItem& item);
    void upload(api::ApiClient* client, const OutboxItem& item);
    // After hashing (worker thread): sends by a still-valid id of the same content, or uploads and records.
    void uploadHashed(api::ApiClient* client, const OutboxItem& item, const QString& sha256, const QString& copy,
                      qint64 bytes);
    void sendWithMediaId(api::ApiClient* client, const OutboxItem& item, const QString& mediaId);
    // `recorded`: what the store keeps for the sent message (the wire body plus the local file and type).
    void send(api::ApiClient* client, const OutboxItem& item, const QJsonObject& body, const QJsonObject& recorded);
    void succeeded(const OutboxItem& item, const SendResult& result, const QJsonObject& recorded);
    void failed(const OutboxItem& item, const api::ApiError& error);
    void failedLocally(const OutboxItem& item, const QString& errorText, bool retryable);
    void apply(const OutboxItem& item, const FailureDecision& decision);
    void finish(const OutboxItem& item);
    void wakeAt(const QDateTime& at);

    store::Store* m_store;
    const QString m_id;
    ClientProvider m_clients;
    OutboxPolicy m_policy;
    SendPacer m_pacer;
    QHash<qint64, QString> m_inFlight; // outbox id → ordering key
    QSet<QString> m_busyKeys;          // ordering keys with an item in flight
    QTimer m_wake;                     // the next known due time (a retry, a paced channel)
    QDateTime m_wakeAt;
    QTimer m_poll;
    bool m_running = false;
    bool m_pumpQueued = false;
    media::MediaCache* m_mediaCache = nullptr;
    QThreadPool m_hashers; // hashes and copies attachments (waited for on destruction)
};

} // namespace wabadesk::outbox
