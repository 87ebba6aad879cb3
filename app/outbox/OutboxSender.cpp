#include "outbox/OutboxSender.h"

#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "api/OutgoingMessage.h"
#include "media/KeptUpload.h"
#include "media/MediaCache.h"
#include "model/MediaItem.h"
#include "outbox/OutboxLogging.h"
#include "outbox/OutboxPayload.h"
#include "store/ChangeHub.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QPointer>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>

namespace wabadesk::outbox {

namespace {

// Due items looked at per pass; more are taken on the next pass as these finish.
constexpr int kBatch = 200;

// Whether an older item of the same conversation is still queued (waiting for a retry) or sending: then `item` waits,
// so a conversation's messages go out in the order they were written. Failed and cancelled items do not hold later
// ones back (the agent decides whether to retry them).
bool hasOlderUnsent(const store::Store* store, const OutboxItem& item)
{
    if (item.conversationId.isEmpty())
        return false;
    const QList<OutboxItem> pending = store->pendingOutgoing(item.conversationId);
    return std::any_of(pending.cbegin(), pending.cend(), [&item](const OutboxItem& other) {
        return other.id < item.id &&
               (other.state == OutboxItem::State::Queued || other.state == OutboxItem::State::Sending);
    });
}

QString newSenderId()
{
    return QSysInfo::machineHostName() + QLatin1Char(':') + QString::number(QCoreApplication::applicationPid()) +
           QLatin1Char(':') + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

} // namespace

OutboxSender::OutboxSender(store::Store* store, ClientProvider clients, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_id(newSenderId())
    , m_clients(std::move(clients))
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, [this] {
        m_wakeAt = QDateTime();
        kick();
    });
    connect(&m_poll, &QTimer::timeout, this, &OutboxSender::housekeep);
    connect(m_store, &store::Store::outboxChanged, this, &OutboxSender::kick);
    m_hashers.setMaxThreadCount(1);
    setPolicy(m_policy);
}

// A hash posts its result to this object: it must be done before the object goes.
OutboxSender::~OutboxSender()
{
    m_hashers.clear();
    m_hashers.waitForDone();
}

void OutboxSender::setPolicy(const OutboxPolicy& policy)
{
    m_policy = policy;
    m_policy.maxParallel = std::max(1, m_policy.maxParallel);
    m_policy.maxAttempts = std::max(1, m_policy.maxAttempts);
    m_pacer.setRate(m_policy.messagesPerSecond);
    m_poll.setInterval(std::max<qint64>(100, m_policy.pollInterval.count()));
}

void OutboxSender::setChangeHub(store::ChangeHub* hub)
{
    if (hub)
        connect(hub, &store::ChangeHub::outboxChanged, this, &OutboxSender::kick);
}

void OutboxSender::start()
{
    if (m_running)
        return;
    m_running = true;
    m_poll.start();
    housekeep();
}

void OutboxSender::housekeep()
{
    if (!m_running)
        return;
    if (!m_inFlight.isEmpty() && m_store->renewOutgoingClaims(m_id, m_policy.claimLease) < 0)
        qCWarning(lcOutbox) << "could not renew the outbox claims:" << m_store->lastError();
    int requeued = 0;
    int unknown = 0;
    if (!m_store->settleInterruptedOutgoing(&requeued, &unknown))
        qCWarning(lcOutbox) << "could not settle interrupted outbox items:" << m_store->lastError();
    else if (requeued + unknown > 0)
        qCInfo(lcOutbox) << "outbox items of a stopped sender:" << requeued << "queued again," << unknown
                         << "with an unknown outcome";
    kick();
}

void OutboxSender::stop()
{
    m_running = false;
    m_poll.stop();
    m_wake.stop();
    m_wakeAt = QDateTime();
}

void OutboxSender::kick()
{
    if (!m_running || m_pumpQueued)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(this, &OutboxSender::pump, Qt::QueuedConnection);
}

void OutboxSender::pump()
{
    m_pumpQueued = false;
    if (!m_running || int(m_inFlight.size()) >= m_policy.maxParallel)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<OutboxItem> due = m_store->dueOutgoing(now, kBatch);
    QSet<QString> held; // keys passed over in this pass: their later items wait too
    QDateTime next;
    for (OutboxItem item : due) {
        if (int(m_inFlight.size()) >= m_policy.maxParallel)
            break;
        const QString key = orderingKey(item);
        if (m_busyKeys.contains(key) || held.contains(key))
            continue;
        const QDateTime ready = m_pacer.readyAt(item.channelId, now);
        if (ready > now) {
            held.insert(key);
            next = next.isValid() ? std::min(next, ready) : ready;
            continue;
        }
        if (hasOlderUnsent(m_store, item)) {
            held.insert(key);
            continue;
        }
        if (!m_store->markOutgoingSending(item.id, m_id, m_policy.claimLease))
            continue; // cancelled or taken in the meantime
        m_pacer.recordSend(item.channelId, now);
        item.state = OutboxItem::State::Sending;
        ++item.attempts;
        begin(item);
    }
    if (next.isValid())
        wakeAt(next);
}

void OutboxSender::begin(const OutboxItem& item)
{
    const QString key = orderingKey(item);
    m_inFlight.insert(item.id, key);
    m_busyKeys.insert(key);
    qCDebug(lcOutbox) << "sending outbox item" << item.id << "attempt" << item.attempts;
    m_clients(item.channelId, this, [this, item](const QString& error, api::ApiClient* client) {
        if (!client) {
            failedLocally(item, QStringLiteral("channel: ") + error, true);
            return;
        }
        if (!localFile(item.payload).isEmpty())
            upload(client, item);
        else
            send(client, item, wireBody(item.payload), item.payload);
    });
}

void OutboxSender::upload(api::ApiClient* client, const OutboxItem& item)
{
    const QString path = localFile(item.payload);
    if (!QFileInfo(path).isFile()) {
        failedLocally(item, QStringLiteral("file: ") + tr("The file to send no longer exists: %1").arg(path), false);
        return;
    }
    if (!m_mediaCache) {
        uploadHashed(client, item, {}, {}, -1);
        return;
    }
    // Hashed and kept off the UI thread (documents go up to 100 MB); the answer comes back to this thread.
    QPointer<api::ApiClient> guard(client);
    const QString type = item.payload.value(QLatin1String("type")).toString();
    const QString named = item.payload.value(type).toObject().value(QLatin1String("filename")).toString();
    const QString fileName = named.isEmpty() ? QFileInfo(path).fileName() : named;
    const QString copies = m_mediaCache->uploadsDir(item.channelId);
    m_hashers.start([this, guard, item, path, fileName, copies] {
        const media::KeptUpload kept = media::hashAndKeepCopy(path, fileName, copies);
        QMetaObject::invokeMethod(
            this,
            [this, guard, item, kept] {
                if (!guard) {
                    failedLocally(item, QStringLiteral("channel: ") + tr("The channel was removed."), true);
                    return;
                }
                uploadHashed(guard, item, kept.sha256, kept.copy, kept.bytes);
            },
            Qt::QueuedConnection);
    });
}

void OutboxSender::uploadHashed(api::ApiClient* client, const OutboxItem& item, const QString& sha256,
                                const QString& copy, qint64 bytes)
{
    // The same content uploaded before with an id that lives at least another hour: sent by that id (issue #7 §2).
    if (!sha256.isEmpty()) {
        if (const std::optional<MediaItem> known = m_store->findUploadBySha256(item.channelId, sha256)) {
            qCDebug(lcOutbox) << "outbox item" << item.id << "reuses media" << known->mediaId;
            sendWithMediaId(client, item, known->mediaId);
            return;
        }
    }
    const QString path = localFile(item.payload);
    const QString mimeType = localMimeType(item.payload);
    QPointer<api::ApiClient> guard(client);
    client->uploadMedia(
        path, mimeType, this,
        [this, item, guard, sha256, copy, bytes, path, mimeType](const api::Result<QString>& result) {
            if (!result.ok()) {
                failed(item, result.error());
                return;
            }
            if (!guard) {
                failedLocally(item, QStringLiteral("channel: ") + tr("The channel was removed."), true);
                return;
            }
            if (!sha256.isEmpty()) {
                const QString type = item.payload.value(QLatin1String("type")).toString();
                const QString named = item.payload.value(type).toObject().value(QLatin1String("filename")).toString();
                MediaItem record;
                record.channelId = item.channelId;
                record.mediaId = result.value();
                record.origin = MediaItem::Origin::Uploaded;
                record.kind = type;
                record.fileName = named.isEmpty() ? QFileInfo(path).fileName() : named;
                record.mimeType = mimeType.isEmpty() ? QMimeDatabase().mimeTypeForFile(path).name() : mimeType;
                record.sha256 = sha256;
                record.bytes = bytes;
                record.createdAt = QDateTime::currentDateTimeUtc();
                record.expiresAt = MediaItem::expiryFor(record.origin, record.createdAt);
                record.localPath = copy;
                if (!m_store->recordUpload(record))
                    qCWarning(lcOutbox) << "upload" << record.mediaId << "not recorded:" << m_store->lastError();
            }
            sendWithMediaId(guard, item, result.value());
        });
}

void OutboxSender::sendWithMediaId(api::ApiClient* client, const OutboxItem& item, const QString& mediaId)
{
    const QJsonObject body = withUploadedMedia(item.payload, mediaId);
    QJsonObject recorded = body; // the store keeps the local file and type with the id
    recorded.insert(QStringLiteral("wabadesk"), item.payload.value(QLatin1String("wabadesk")));
    send(client, item, body, recorded);
}

void OutboxSender::send(api::ApiClient* client, const OutboxItem& item, const QJsonObject& body,
                        const QJsonObject& recorded)
{
    auto done = [this, item, recorded](const api::Result<SendResult>& result) {
        if (result.ok())
            succeeded(item, result.value(), recorded);
        else
            failed(item, result.error());
    };
    api::OutgoingMessage message = api::OutgoingMessage::fromJson(wireBody(body));
    // Echoed by the message's status webhooks: what settles the item if this process stops before the answer.
    if (message.bizOpaqueCallbackData.isEmpty())
        message.bizOpaqueCallbackData = OutboxItem::callbackData(item.id);
    // Recorded before it leaves; a sender whose lease ran out (another sender settled the item) does not send.
    if (!m_store->markOutgoingRequestSent(item.id, m_id, displayText(item.payload))) {
        qCWarning(lcOutbox) << "outbox item" << item.id << "not sent: this sender no longer holds it";
        finish(item);
        return;
    }
    if (viaMarketingMessages(item.payload))
        client->sendMarketingMessage(message, this, std::move(done));
    else
        client->sendMessage(message, this, std::move(done));
}

void OutboxSender::succeeded(const OutboxItem& item, const SendResult& result, const QJsonObject& recorded)
{
    if (!m_store->markOutgoingSent(item.id, result.messageId, displayText(item.payload), recorded))
        qCWarning(lcOutbox) << "outbox item" << item.id
                            << "was sent but could not be recorded:" << m_store->lastError();
    qCDebug(lcOutbox) << "outbox item" << item.id << "sent";
    finish(item);
    Q_EMIT itemSent(item.id, item.conversationId, result.messageId);
}

void OutboxSender::failed(const OutboxItem& item, const api::ApiError& error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    apply(item, decideFailure(error, item.attempts, m_policy, now, QRandomGenerator::global()->generateDouble()));
}

void OutboxSender::failedLocally(const OutboxItem& item, const QString& errorText, bool retryable)
{
    FailureDecision decision;
    decision.errorText = errorText;
    decision.permanent = !retryable || item.attempts >= m_policy.maxAttempts;
    if (!decision.permanent) {
        const auto delay = backoffDelay(m_policy, item.attempts, QRandomGenerator::global()->generateDouble());
        decision.retryAt = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
    }
    apply(item, decision);
}

void OutboxSender::apply(const OutboxItem& item, const FailureDecision& decision)
{
    if (decision.channelPausedUntil.isValid())
        m_pacer.pauseUntil(item.channelId, decision.channelPausedUntil);
    const QDateTime retryAt = decision.permanent ? QDateTime() : decision.retryAt;
    if (!m_store->markOutgoingFailed(item.id, decision.errorText, retryAt))
        qCWarning(lcOutbox) << "could not record the outcome of outbox item" << item.id << m_store->lastError();
    if (decision.permanent) {
        qCInfo(lcOutbox) << "outbox item" << item.id << "failed:" << outboxErrorCode(decision.errorText);
        if (decision.closesWindow && !item.conversationId.isEmpty()) {
            if (!m_store->closeWindow(item.conversationId))
                qCWarning(lcOutbox) << "could not close the window of a conversation" << m_store->lastError();
        }
    } else {
        qCInfo(lcOutbox) << "outbox item" << item.id << "retries in" << QDateTime::currentDateTimeUtc().secsTo(retryAt)
                         << "s after attempt" << item.attempts;
        wakeAt(retryAt);
    }
    finish(item);
    if (decision.permanent) {
        if (decision.closesWindow)
            Q_EMIT windowClosed(item.conversationId);
        Q_EMIT itemFailed(item.id, item.conversationId, decision.errorText);
    } else {
        Q_EMIT itemRetrying(item.id, item.conversationId, decision.errorText, retryAt);
    }
}

void OutboxSender::finish(const OutboxItem& item)
{
    m_busyKeys.remove(m_inFlight.take(item.id));
    kick();
}

void OutboxSender::wakeAt(const QDateTime& at)
{
    if (!m_running)
        return;
    if (m_wakeAt.isValid() && m_wakeAt <= at && m_wake.isActive())
        return;
    m_wakeAt = at;
    const qint64 ms = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at)) + 1;
    m_wake.start(int(std::min<qint64>(ms, 24LL * 3600 * 1000)));
}

} // namespace wabadesk::outbox
