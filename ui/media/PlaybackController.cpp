#include "media/PlaybackController.h"

#include <QAudioOutput>
#include <QFileInfo>
#include <QTimer>
#include <QUrl>

namespace wabadesk::ui {

namespace {
constexpr int kWatchdogTickMs = 1000;
}

PlaybackController::PlaybackController(QObject* parent)
    : QObject(parent)
    , m_player(new QMediaPlayer(this))
    , m_audio(new QAudioOutput(this))
    , m_watchdog(new QTimer(this))
{
    m_player->setObjectName(QStringLiteral("inlinePlayer"));
    // Audio goes to the system's default output. (Without an output Qt's GStreamer pipeline leaves the audio
    // unlinked and fails; with no sound card, GStreamer's autoaudiosink falls back to a clocked fake sink.)
    m_player->setAudioOutput(m_audio);
    m_watchdog->setInterval(kWatchdogTickMs);
    connect(m_watchdog, &QTimer::timeout, this, &PlaybackController::checkProgress);

    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        if (duration > 0)
            update([duration](PlaybackState& s) { s.durationMs = duration; });
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 position) {
        if (m_pendingSeekMs >= 0)
            return; // the old position until the seek is applied
        update([position](PlaybackState& s) { s.positionMs = position; });
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState playback) {
        if (playback == QMediaPlayer::PlayingState) {
            pauseOthers(nullptr);
            m_stuckTicks = 0;
            m_watchdog->start();
        }
        update([playback](PlaybackState& s) {
            if (s.phase == PlaybackState::Phase::Failed)
                return;
            if (playback == QMediaPlayer::PlayingState)
                s.phase = PlaybackState::Phase::Playing;
            else if (s.phase != PlaybackState::Phase::Loading)
                s.phase = PlaybackState::Phase::Paused;
        });
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &PlaybackController::onStatus);
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error error, const QString& message) { fail(describe(error, message), message); });
}

PlaybackController::~PlaybackController()
{
    m_player->stop();
}

PlaybackState PlaybackController::state(const QString& key) const
{
    return m_states.value(key);
}

void PlaybackController::update(const std::function<void(PlaybackState&)>& change)
{
    if (m_key.isEmpty())
        return;
    PlaybackState& s = m_states[m_key];
    const PlaybackState before = s;
    change(s);
    if (!(s == before))
        Q_EMIT stateChanged(m_key);
}

QString PlaybackController::describe(QMediaPlayer::Error error, const QString& playerMessage)
{
    if (playerMessage.contains(QLatin1String("plug-in"), Qt::CaseInsensitive) ||
        playerMessage.contains(QLatin1String("plugin"), Qt::CaseInsensitive) ||
        playerMessage.contains(QLatin1String("codec"), Qt::CaseInsensitive))
        return tr("Cannot be played here: a codec for it is missing (GStreamer's plugins).");
    switch (error) {
    case QMediaPlayer::FormatError:
        return tr("Cannot be played here: this format is not supported.");
    case QMediaPlayer::ResourceError:
        return tr("Cannot be played: the file is damaged or not a recording.");
    case QMediaPlayer::AccessDeniedError:
        return tr("Cannot be played: the file cannot be opened.");
    case QMediaPlayer::NetworkError:
        return tr("Cannot be played: the file could not be read.");
    case QMediaPlayer::NoError:
        break;
    }
    return tr("Cannot be played.");
}

void PlaybackController::fail(const QString& error, const QString& details)
{
    m_watchdog->stop();
    update([&error, &details](PlaybackState& s) {
        s.phase = PlaybackState::Phase::Failed;
        s.error = error;
        s.details = details;
    });
    m_player->stop();
    m_player->setSource(QUrl());
    m_key.clear();
    m_file.clear();
}

void PlaybackController::toggle(const QString& key, const QString& filePath)
{
    if (key == m_key && m_player->playbackState() == QMediaPlayer::PlayingState) {
        pause();
        return;
    }
    play(key, filePath);
}

void PlaybackController::play(const QString& key, const QString& filePath)
{
    if (key.isEmpty() || (filePath.isEmpty() && key != m_key))
        return;
    if (!m_player->isAvailable()) {
        setFailed(key, tr("Cannot be played: this system has no media playback."));
        return;
    }
    if (key != m_key || (!filePath.isEmpty() && filePath != m_file)) {
        // Leave the one playing where it is (its bubble keeps the position), then load this one.
        if (!m_key.isEmpty()) {
            m_player->pause();
            update([](PlaybackState& s) {
                if (s.phase != PlaybackState::Phase::Failed)
                    s.phase = PlaybackState::Phase::Paused;
            });
        }
        m_key = key;
        m_file = filePath;
        PlaybackState& s = m_states[key];
        const bool finished = s.durationMs > 0 && s.positionMs >= s.durationMs - 100;
        m_pendingSeekMs = finished ? -1 : (s.positionMs > 0 ? s.positionMs : m_pendingSeekMs);
        s.phase = PlaybackState::Phase::Loading;
        s.error.clear();
        s.details.clear();
        if (finished)
            s.positionMs = 0;
        Q_EMIT stateChanged(key);
        m_lastPosition = -1;
        m_stuckTicks = 0;
        m_watchdog->start();
        m_player->setSource(QUrl::fromLocalFile(QFileInfo(filePath).absoluteFilePath()));
    } else if (m_player->mediaStatus() == QMediaPlayer::EndOfMedia) {
        m_player->setPosition(0);
    }
    pauseOthers(nullptr);
    m_player->play();
}

void PlaybackController::pause()
{
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
}

void PlaybackController::stop()
{
    m_watchdog->stop();
    if (m_key.isEmpty())
        return;
    m_player->pause();
    update([](PlaybackState& s) {
        if (s.phase != PlaybackState::Phase::Failed)
            s.phase = PlaybackState::Phase::Paused;
    });
}

void PlaybackController::seek(const QString& key, qreal fraction, qint64 knownDurationMs)
{
    fraction = std::clamp<qreal>(fraction, 0, 1);
    PlaybackState& s = m_states[key];
    const qint64 duration = s.durationMs > 0 ? s.durationMs : knownDurationMs;
    if (duration <= 0)
        return;
    if (s.durationMs <= 0)
        s.durationMs = duration;
    const qint64 target = qint64(fraction * duration);
    s.positionMs = target;
    if (key == m_key && m_player->mediaStatus() != QMediaPlayer::LoadingMedia &&
        m_player->mediaStatus() != QMediaPlayer::NoMedia) {
        m_pendingSeekMs = -1;
        m_player->setPosition(target);
    } else if (key == m_key) {
        m_pendingSeekMs = target; // applied once loaded
    }
    Q_EMIT stateChanged(key);
}

void PlaybackController::setLoading(const QString& key)
{
    PlaybackState& s = m_states[key];
    s.phase = PlaybackState::Phase::Loading;
    s.error.clear();
    Q_EMIT stateChanged(key);
}

void PlaybackController::setFailed(const QString& key, const QString& error)
{
    PlaybackState& s = m_states[key];
    s.phase = PlaybackState::Phase::Failed;
    s.error = error;
    Q_EMIT stateChanged(key);
}

void PlaybackController::onStatus(QMediaPlayer::MediaStatus status)
{
    switch (status) {
    case QMediaPlayer::LoadedMedia:
    case QMediaPlayer::BufferedMedia:
        if (m_pendingSeekMs >= 0) {
            const qint64 target = m_pendingSeekMs;
            m_pendingSeekMs = -1;
            m_player->setPosition(target);
        }
        break;
    case QMediaPlayer::EndOfMedia:
        m_watchdog->stop();
        update([](PlaybackState& s) {
            s.phase = PlaybackState::Phase::Paused;
            s.positionMs = s.durationMs; // the bar full; the next play starts over
        });
        break;
    case QMediaPlayer::InvalidMedia:
        if (m_player->error() == QMediaPlayer::NoError)
            fail(describe(QMediaPlayer::ResourceError));
        break;
    default:
        break;
    }
}

void PlaybackController::checkProgress()
{
    if (m_key.isEmpty()) {
        m_watchdog->stop();
        return;
    }
    const QMediaPlayer::MediaStatus status = m_player->mediaStatus();
    const qint64 position = m_player->position();
    static constexpr int kLoadTicks = kLoadTimeoutMs / kWatchdogTickMs;
    static constexpr int kStallTicks = kStallTimeoutMs / kWatchdogTickMs;
    const bool loading = status == QMediaPlayer::LoadingMedia || status == QMediaPlayer::NoMedia;
    const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
    if (!loading && !playing) {
        m_watchdog->stop();
        m_stuckTicks = 0;
        return;
    }
    m_stuckTicks = (loading || position == m_lastPosition) ? m_stuckTicks + 1 : 0;
    m_lastPosition = position;
    if ((loading && m_stuckTicks >= kLoadTicks) || (!loading && m_stuckTicks >= kStallTicks))
        fail(tr("Cannot be played: the player did not respond."));
}

void PlaybackController::coordinate(QMediaPlayer* other)
{
    if (!other || m_others.contains(other))
        return;
    m_others.append(other);
    connect(other, &QMediaPlayer::playbackStateChanged, this, [this, other](QMediaPlayer::PlaybackState playback) {
        if (playback != QMediaPlayer::PlayingState)
            return;
        pause();
        pauseOthers(other);
    });
}

void PlaybackController::pauseOthers(QMediaPlayer* except)
{
    m_others.removeAll(nullptr);
    for (const QPointer<QMediaPlayer>& other : std::as_const(m_others)) {
        if (other && other != except && other->playbackState() == QMediaPlayer::PlayingState)
            other->pause();
    }
}

} // namespace wabadesk::ui
