#include "media/UploadQueue.h"

#include "api/ApiClient.h"
#include "api/ErrorExplanations.h"
#include "common/Logging.h"
#include "media/KeptUpload.h"
#include "media/MediaValidation.h"
#include "model/MediaItem.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace wabadesk::media {
struct UploadQueue::Prepared {
    UploadVerdict verdict;
    QString sha256;
    QString copy;
    QString error; // I/O problems (translated)
};

UploadQueue::UploadQueue(api::ApiClient* client, store::Store* store, QString channelId, QString copiesDir,
                         QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_channelId(std::move(channelId))
    , m_copiesDir(std::move(copiesDir))
{
    m_workers.setMaxThreadCount(1);
    m_pace.setSingleShot(true);
    connect(&m_pace, &QTimer::timeout, this, &UploadQueue::pump);
}

UploadQueue::~UploadQueue()
{
    // The worker posts its result to this object: it must be done before the object goes.
    for (const auto& flag : std::as_const(m_cancelFlags))
        flag->store(true);
    m_workers.clear();
    m_workers.waitForDone();
    for (const QPointer<api::ApiCall>& call : std::as_const(m_calls))
        if (call)
            call->cancel();
}

int UploadQueue::add(const QString& path, std::optional<api::MediaKind> kind)
{
    Item item;
    item.id = m_nextId++;
    item.sourcePath = path;
    item.fileName = QFileInfo(path).fileName();
    item.requestedKind = kind;
    item.bytes = QFileInfo(path).size();
    m_items.append(item);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelFlags.insert(item.id, cancelled);
    Q_EMIT added(item.id);
    const int id = item.id;
    const QString copiesDir = m_copiesDir;
    m_workers.start([this, id, path, kind, copiesDir, cancelled] {
        const Prepared prepared = prepare(path, kind, copiesDir, cancelled);
        QMetaObject::invokeMethod(
            this, [this, id, prepared] { onPrepared(id, prepared); }, Qt::QueuedConnection);
    });
    return id;
}

// Worker thread: nothing here touches the queue's members.
UploadQueue::Prepared UploadQueue::prepare(const QString& path, std::optional<api::MediaKind> kind,
                                           const QString& copiesDir, const std::shared_ptr<std::atomic_bool>& cancelled)
{
    Prepared p;
    p.verdict = checkUploadFile(path, kind);
    if (!p.verdict.ok() || *cancelled)
        return p;
    const KeptUpload kept = hashAndKeepCopy(path, p.verdict.fileName, copiesDir, cancelled.get());
    switch (kept.failure) {
    case KeptUpload::Failure::None:
        p.sha256 = kept.sha256;
        p.copy = kept.copy;
        break;
    case KeptUpload::Failure::Cancelled:
        break;
    case KeptUpload::Failure::Read:
        p.error = tr("The file %1 cannot be read: %2").arg(path, kept.errorString);
        break;
    case KeptUpload::Failure::Folder:
        p.error = tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(copiesDir));
        break;
    case KeptUpload::Failure::Copy:
        p.error = tr("The copy of %1 could not be written: %2").arg(p.verdict.fileName, kept.errorString);
        break;
    }
    return p;
}

void UploadQueue::onPrepared(int id, const Prepared& prepared)
{
    Item* item = find(id);
    if (!item || item->isFinished())
        return;
    const UploadVerdict& v = prepared.verdict;
    item->mimeType = v.mimeType;
    item->kind = v.kind;
    item->bytes = v.bytes;
    if (!v.ok()) {
        finish(*item, State::Refused, v.reason);
        return;
    }
    if (!prepared.error.isEmpty()) {
        finish(*item, State::Failed, prepared.error);
        return;
    }
    item->sha256 = prepared.sha256;
    item->localCopy = prepared.copy;
    // Dedupe (issue #7 §2): the same content with an id that stays usable for a while is not uploaded again.
    if (const std::optional<MediaItem> known = m_store->findUploadBySha256(m_channelId, item->sha256)) {
        item->mediaId = known->mediaId;
        finish(*item, State::Reused);
        return;
    }
    item->state = State::Waiting;
    Q_EMIT changed(id);
    pump();
}

void UploadQueue::pump()
{
    // Indexes, not references: starting an item emits signals whose receivers may add items.
    for (;;) {
        int uploading = 0;
        int next = -1;
        for (int i = 0; i < m_items.size(); ++i) {
            uploading += m_items.at(i).state == State::Uploading ? 1 : 0;
            if (next < 0 && m_items.at(i).state == State::Waiting)
                next = i;
        }
        if (next < 0 || uploading >= kMaxConcurrent)
            return;
        if (m_sinceStart.isValid() && m_sinceStart.elapsed() < kMinStartIntervalMs) {
            m_pace.start(int(kMinStartIntervalMs - m_sinceStart.elapsed()));
            return;
        }
        start(m_items.at(next).id);
    }
}

void UploadQueue::start(int id)
{
    Item* item = find(id);
    if (!m_client) {
        finish(*item, State::Failed, tr("The channel was removed."));
        return;
    }
    m_sinceStart.start();
    item->state = State::Uploading;
    item->sent = 0;
    ++item->attempts;
    api::ApiCall* call =
        m_client->uploadMedia(item->localCopy, item->mimeType, this, [this, id](const api::Result<QString>& result) {
            m_calls.remove(id);
            Item* it = find(id);
            if (!it || it->isFinished())
                return;
            if (result.ok()) {
                it->mediaId = result.value();
                MediaItem record;
                record.channelId = m_channelId;
                record.mediaId = it->mediaId;
                record.origin = MediaItem::Origin::Uploaded;
                record.kind = it->kind ? api::mediaKindName(*it->kind) : QString();
                record.fileName = it->fileName;
                record.mimeType = it->mimeType;
                record.sha256 = it->sha256;
                record.bytes = it->bytes;
                record.createdAt = QDateTime::currentDateTimeUtc();
                record.expiresAt = MediaItem::expiryFor(record.origin, record.createdAt);
                record.localPath = it->localCopy;
                if (!m_store->recordUpload(record))
                    qCWarning(lcApi) << "upload" << record.mediaId << "not recorded:" << m_store->lastError();
                if ((it = find(id)))
                    finish(*it, State::Done);
                return;
            }
            const api::ApiError& e = result.error();
            if (e.kind == api::ApiError::Kind::Cancelled) {
                finish(*it, State::Cancelled);
                return;
            }
            if (e.retryable && it->attempts < kMaxAttempts) {
                const int delay =
                    e.retryAfterSeconds > 0
                        ? e.retryAfterSeconds * 1000
                        : m_retryDelaysMs.value(it->attempts - 1,
                                                m_retryDelaysMs.isEmpty() ? 1000 : m_retryDelaysMs.last());
                it->state = State::Checking; // not picked by pump() while it waits
                Q_EMIT changed(id);
                QTimer::singleShot(delay, this, [this, id] {
                    if (Item* again = find(id); again && again->state == State::Checking) {
                        again->state = State::Waiting;
                        Q_EMIT changed(id);
                        pump();
                    }
                });
                pump();
                return;
            }
            const QString why = api::translatedExplanation(e);
            finish(*it, State::Failed, why.isEmpty() ? e.summary() : why);
        });
    m_calls.insert(id, call);
    connect(call, &api::ApiCall::uploadProgress, this, [this, id](qint64 sent, qint64 total) {
        if (Item* it = find(id); it && it->state == State::Uploading) {
            it->sent = sent;
            it->total = total;
            Q_EMIT changed(id);
        }
    });
    Q_EMIT changed(id);
}

void UploadQueue::cancel(int id)
{
    Item* item = find(id);
    if (!item || item->isFinished())
        return;
    if (const auto flag = m_cancelFlags.value(id))
        flag->store(true);
    if (const QPointer<api::ApiCall> call = m_calls.take(id))
        call->cancel();
    if ((item = find(id)) && !item->isFinished())
        finish(*item, State::Cancelled);
}

void UploadQueue::finish(Item& item, State state, const QString& error)
{
    item.state = state;
    item.error = error;
    const int id = item.id;
    m_cancelFlags.remove(id);
    Q_EMIT changed(id);
    Q_EMIT finished(id);
    pump();
}

void UploadQueue::clearFinished()
{
    for (qsizetype i = m_items.size() - 1; i >= 0; --i)
        if (m_items.at(i).isFinished()) {
            const int id = m_items.at(i).id;
            m_items.removeAt(i);
            Q_EMIT removed(id);
        }
}

std::optional<UploadQueue::Item> UploadQueue::item(int id) const
{
    for (const Item& i : m_items)
        if (i.id == id)
            return i;
    return std::nullopt;
}

QList<UploadQueue::Item> UploadQueue::items() const
{
    return m_items;
}

int UploadQueue::unfinished() const
{
    int n = 0;
    for (const Item& i : m_items)
        n += i.isFinished() ? 0 : 1;
    return n;
}

UploadQueue::Item* UploadQueue::find(int id)
{
    for (Item& i : m_items)
        if (i.id == id)
            return &i;
    return nullptr;
}

} // namespace wabadesk::media
