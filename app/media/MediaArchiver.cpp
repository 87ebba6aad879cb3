#include "media/MediaArchiver.h"

#include "api/ApiClient.h"
#include "api/ErrorExplanations.h"
#include "common/Logging.h"
#include "media/MediaCache.h"
#include "store/ChangeHub.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace wabadesk::media {

namespace {

bool hasMedia(const QString& type)
{
    return type == QLatin1String("image") || type == QLatin1String("sticker") || type == QLatin1String("audio") ||
           type == QLatin1String("video") || type == QLatin1String("document");
}

QString explanation(const api::ApiError& error)
{
    const QString text = api::translatedExplanation(error);
    return text.isEmpty() ? error.summary() : text;
}

} // namespace

MediaArchiver::MediaArchiver(store::Store* store, MediaCache* cache, ClientProvider clients, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_cache(cache)
    , m_clients(std::move(clients))
{
    m_resume.setSingleShot(true);
    connect(&m_resume, &QTimer::timeout, this, [this] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QString& channelId : m_pausedUntil.keys())
            isPaused(channelId, now); // ends the pauses that are over
        wakeForResume();
        next();
    });
}

void MediaArchiver::setBreaker(int failures, std::chrono::milliseconds window, std::chrono::milliseconds pause)
{
    m_breakerFailures = std::max(1, failures);
    m_breakerWindow = window;
    m_breakerPause = pause;
}

QDateTime MediaArchiver::pausedUntil(const QString& channelId) const
{
    const QDateTime until = m_pausedUntil.value(channelId);
    return until.isValid() && QDateTime::currentDateTimeUtc() < until ? until : QDateTime();
}

bool MediaArchiver::isPaused(const QString& channelId, const QDateTime& now)
{
    const auto it = m_pausedUntil.constFind(channelId);
    if (it == m_pausedUntil.cend())
        return false;
    if (now < *it)
        return true;
    m_pausedUntil.erase(it);
    qCInfo(lcApi) << "media downloads of a channel resume after their pause";
    Q_EMIT resumed(channelId);
    return false;
}

void MediaArchiver::countFailure(const QString& channelId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QDateTime>& times = m_failures[channelId];
    const QDateTime since = now.addMSecs(-m_breakerWindow.count());
    times.removeIf([&since](const QDateTime& t) { return t < since; });
    times.append(now);
    if (times.size() < m_breakerFailures)
        return;
    times.clear();
    const QDateTime until = now.addMSecs(m_breakerPause.count());
    m_pausedUntil.insert(channelId, until);
    qCWarning(lcApi) << "media downloads of a channel paused for" << m_breakerPause.count() / 1000 << "s after"
                     << m_breakerFailures << "failures (360dialog blocks the media endpoint after more)";
    Q_EMIT paused(channelId, until);
    wakeForResume();
}

void MediaArchiver::wakeForResume()
{
    QDateTime first;
    for (const QDateTime& until : std::as_const(m_pausedUntil))
        if (!first.isValid() || until < first)
            first = until;
    if (!first.isValid()) {
        m_resume.stop();
        return;
    }
    const qint64 ms = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(first)) + 1;
    m_resume.start(int(std::min<qint64>(ms, 24LL * 3600 * 1000)));
}

void MediaArchiver::setChangeHub(store::ChangeHub* hub)
{
    connect(hub, &store::ChangeHub::inboundMessages, this, &MediaArchiver::onInbound);
}

void MediaArchiver::onInbound(const QList<store::NewMessageNotice>& notices)
{
    if (!m_enabled)
        return;
    for (const store::NewMessageNotice& n : notices)
        if (hasMedia(n.type))
            archive(n.channelId, n.wamid);
}

void MediaArchiver::archive(const QString& channelId, const QString& wamid)
{
    m_queue.append({channelId, wamid, 0});
    if (!m_busy)
        next();
}

void MediaArchiver::next()
{
    if (m_busy || m_queue.isEmpty())
        return;
    // The first job of a channel whose downloads are not paused; the others wait in order (wakeForResume).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qsizetype index = 0;
    while (index < m_queue.size() && isPaused(m_queue.at(index).channelId, now))
        ++index;
    if (index == m_queue.size())
        return;
    const Job job = m_queue.takeAt(index);
    const std::optional<StoredMessage> message = m_store->message(job.wamid, job.channelId);
    if (!message || message->mediaId.isEmpty()) {
        Q_EMIT skipped(job.wamid, QCoreApplication::translate("MediaArchiver", "no media"));
        next();
        return;
    }
    if (!message->localMediaPath.isEmpty() && QFileInfo(message->localMediaPath).isFile()) {
        next(); // kept already
        return;
    }
    m_busy = true;
    m_clients(job.channelId, this, [this, job, message = *message](const QString& error, api::ApiClient* client) {
        if (!client) {
            finish(job, error, true);
            return;
        }
        QPointer<api::ApiClient> guard(client);
        // The size first (GET /{media-id}), so that a file over the cap is never downloaded.
        client->mediaInfo(message.mediaId, this, [this, job, message, guard](const api::Result<MediaInfo>& info) {
            if (!info.ok()) {
                countFailure(job.channelId);
                finish(job, explanation(info.error()), info.error().retryable);
                return;
            }
            if (info.value().fileSize > m_maxBytes) {
                Q_EMIT skipped(job.wamid, QCoreApplication::translate("MediaArchiver", "larger than the archive's "
                                                                                       "size limit"));
                finish(job, {}, false);
                return;
            }
            if (!guard) {
                finish(job, QCoreApplication::translate("MediaArchiver", "the channel was removed"), false);
                return;
            }
            m_cache->fetch(guard, message, this, [this, job, message](const QString& path, const QString& why) {
                if (!why.isEmpty()) {
                    countFailure(job.channelId);
                    finish(job, why, true);
                    return;
                }
                if (!m_store->recordMediaFile(message, path, QFileInfo(path).size()))
                    qCWarning(lcApi) << "media kept but not recorded:" << m_store->lastError();
                Q_EMIT archived(job.wamid, path);
                finish(job, {}, false);
            });
        });
    });
}

void MediaArchiver::finish(const Job& job, const QString& error, bool retryable)
{
    m_busy = false;
    if (!error.isEmpty()) {
        if (retryable && job.attempt + 1 < kMaxAttempts) {
            Job again = job;
            ++again.attempt;
            const int delay =
                m_retryDelaysMs.value(job.attempt, m_retryDelaysMs.isEmpty() ? 1000 : m_retryDelaysMs.last());
            QTimer::singleShot(delay, this, [this, again] {
                m_queue.append(again);
                next();
            });
        } else {
            Q_EMIT failed(job.wamid, error);
        }
    }
    next();
}

} // namespace wabadesk::media
