#include "media/VideoPlayerDialog.h"

#include "common/LocaleFormat.h"
#include "media/PlaybackController.h"

#include <QAudioOutput>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QSettings>
#include <QSlider>
#include <QStackedLayout>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoWidget>

namespace wabadesk::ui {

namespace {

const auto kVolumeKey = QStringLiteral("media/videoVolume");
constexpr qint64 kStepMs = 5000;
// Qt 6.4's GStreamer player finishes the previous asynchronous state change before a seek, and for a paused video
// that waits up to 300 ms on the calling (UI) thread (measured: a seek right after a pause or another seek took 300 ms,
// one a second later 1 ms). Paused seeks closer together than this are merged into one, sent once it has settled.
constexpr qint64 kSettleMs = 350;

enum class Glyph { Play, Pause, Volume, Muted };

// The controls' signs, drawn in the palette's text colour (the style's media icons are dark on a dark theme).
QIcon glyph(Glyph kind, const QColor& colour)
{
    const int side = 44; // drawn at 2x, shown at 22 px
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    switch (kind) {
    case Glyph::Play:
        p.drawPolygon(QPolygonF{QPointF(14, 9), QPointF(36, 22), QPointF(14, 35)});
        break;
    case Glyph::Pause:
        p.drawRoundedRect(QRectF(12, 10, 7, 24), 2, 2);
        p.drawRoundedRect(QRectF(25, 10, 7, 24), 2, 2);
        break;
    case Glyph::Volume:
    case Glyph::Muted: {
        p.drawPolygon(QPolygonF{QPointF(8, 17), QPointF(15, 17), QPointF(24, 9), QPointF(24, 35), QPointF(15, 27),
                                QPointF(8, 27)});
        p.setPen(QPen(colour, 3, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        if (kind == Glyph::Muted) {
            p.drawLine(QPointF(29, 16), QPointF(38, 28));
            p.drawLine(QPointF(38, 16), QPointF(29, 28));
        } else {
            p.drawArc(QRectF(20, 14, 12, 16), -60 * 16, 120 * 16);
            p.drawArc(QRectF(20, 9, 20, 26), -60 * 16, 120 * 16);
        }
        break;
    }
    }
    p.end();
    pixmap.setDevicePixelRatio(2);
    return QIcon(pixmap);
}

} // namespace

VideoPlayerDialog::VideoPlayerDialog(const QString& filePath, const QString& title, PlaybackController* coordinator,
                                     QWidget* parent)
    : QDialog(parent)
    , m_player(new QMediaPlayer(this))
    , m_audio(new QAudioOutput(this))
    , m_video(new QVideoWidget(this))
    , m_error(new QLabel(this))
    , m_play(new QToolButton(this))
    , m_seek(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_mute(new QToolButton(this))
    , m_volume(new QSlider(Qt::Horizontal, this))
    , m_loadTimeout(new QTimer(this))
    , m_seekLater(new QTimer(this))
{
    setObjectName(QStringLiteral("videoPlayerDialog"));
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);

    m_video->setObjectName(QStringLiteral("videoOutput"));
    m_video->setAccessibleName(tr("Video"));
    m_video->setMinimumSize(320, 180);
    m_video->setAspectRatioMode(Qt::KeepAspectRatio);
    m_error->setObjectName(QStringLiteral("videoError"));
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setWordWrap(true);
    m_error->setMargin(24);
    m_error->setTextFormat(Qt::PlainText);

    m_play->setObjectName(QStringLiteral("videoPlay"));
    m_play->setAutoRaise(true);
    m_play->setIconSize(QSize(22, 22));
    connect(m_play, &QToolButton::clicked, this, &VideoPlayerDialog::togglePlay);

    m_seek->setObjectName(QStringLiteral("videoSeek"));
    m_seek->setAccessibleName(tr("Position"));
    m_seek->setRange(0, 0);
    m_seek->setFocusPolicy(Qt::NoFocus); // the dialog's keys seek; the bar is for the mouse
    connect(m_seek, &QSlider::sliderPressed, this, [this] { m_seeking = true; });
    connect(m_seek, &QSlider::sliderReleased, this, [this] {
        m_seeking = false;
        seekTo(m_seek->value());
    });
    connect(m_seek, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove && !m_seeking) // a click on the groove
            QTimer::singleShot(0, this, [this] { seekTo(m_seek->value()); });
    });
    m_seekLater->setSingleShot(true);
    connect(m_seekLater, &QTimer::timeout, this, &VideoPlayerDialog::applySeek);
    connect(m_seek, &QSlider::sliderMoved, this, [this] { updateTime(); });

    m_time->setObjectName(QStringLiteral("videoTime"));
    m_time->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00:00 / 00:00")) + 8);
    m_time->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_mute->setObjectName(QStringLiteral("videoMute"));
    m_mute->setAutoRaise(true);
    m_mute->setCheckable(true);
    m_mute->setToolTip(tr("Mute (M)"));
    m_mute->setAccessibleName(tr("Mute"));
    m_mute->setIcon(glyph(Glyph::Volume, palette().color(QPalette::ButtonText)));
    connect(m_mute, &QToolButton::toggled, this, [this](bool muted) {
        m_audio->setMuted(muted);
        m_mute->setIcon(glyph(muted ? Glyph::Muted : Glyph::Volume, palette().color(QPalette::ButtonText)));
    });
    m_volume->setObjectName(QStringLiteral("videoVolume"));
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setRange(0, 100);
    m_volume->setFixedWidth(100);
    m_volume->setFocusPolicy(Qt::NoFocus);
    m_volume->setValue(std::clamp(QSettings().value(kVolumeKey, 80).toInt(), 0, 100));
    m_audio->setVolume(float(m_volume->value()) / 100.0f);
    connect(m_volume, &QSlider::valueChanged, this, [this](int value) {
        m_audio->setVolume(float(value) / 100.0f);
        QSettings().setValue(kVolumeKey, value);
    });

    auto* screen = new QWidget(this);
    auto* stack = new QStackedLayout(screen);
    stack->addWidget(m_video);
    stack->addWidget(m_error);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_play);
    controls->addWidget(m_seek, 1);
    controls->addWidget(m_time);
    controls->addSpacing(8);
    controls->addWidget(m_mute);
    controls->addWidget(m_volume);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addWidget(screen, 1);
    controls->setContentsMargins(8, 0, 8, 0);
    layout->addLayout(controls);
    resize(640, 420);

    m_player->setAudioOutput(m_audio);
    m_player->setVideoOutput(m_video);
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        m_seek->setRange(0, int(std::min<qint64>(duration, std::numeric_limits<int>::max())));
        updateTime();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 position) {
        if (!m_seeking && m_seekTarget < 0)
            m_seek->setValue(int(position));
        updateTime();
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &VideoPlayerDialog::updatePlayButton);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error error, const QString& message) {
        showError(PlaybackController::describe(error, message));
        m_error->setToolTip(message);
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status != QMediaPlayer::LoadingMedia && status != QMediaPlayer::NoMedia)
            m_loadTimeout->stop();
        if (status == QMediaPlayer::InvalidMedia && m_player->error() == QMediaPlayer::NoError)
            showError(PlaybackController::describe(QMediaPlayer::ResourceError));
        if (status == QMediaPlayer::EndOfMedia)
            updatePlayButton();
    });

    m_loadTimeout->setSingleShot(true);
    m_loadTimeout->setInterval(PlaybackController::kLoadTimeoutMs);
    connect(m_loadTimeout, &QTimer::timeout, this,
            [this] { showError(tr("Cannot be played: the player did not respond.")); });

    if (coordinator)
        coordinator->coordinate(m_player);
    updatePlayButton();
    updateTime();
    if (!m_player->isAvailable()) {
        showError(tr("Cannot be played: this system has no media playback."));
        return;
    }
    m_loadTimeout->start();
    m_player->setSource(QUrl::fromLocalFile(QFileInfo(filePath).absoluteFilePath()));
    m_player->play();
}

VideoPlayerDialog::~VideoPlayerDialog()
{
    m_player->stop();
}

QString VideoPlayerDialog::errorText() const
{
    return m_error->isVisibleTo(this) || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void VideoPlayerDialog::showError(const QString& text)
{
    m_loadTimeout->stop();
    m_player->stop();
    m_error->setText(text);
    if (auto* stack = qobject_cast<QStackedLayout*>(m_error->parentWidget()->layout()))
        stack->setCurrentWidget(m_error);
    m_play->setEnabled(false);
    m_seek->setEnabled(false);
}

void VideoPlayerDialog::togglePlay()
{
    if (!m_error->text().isEmpty())
        return;
    if (m_player->playbackState() == QMediaPlayer::PlayingState) {
        m_player->pause();
        m_sinceChange.start();
        return;
    }
    if (m_player->mediaStatus() == QMediaPlayer::EndOfMedia)
        m_player->setPosition(0);
    m_player->play();
}

void VideoPlayerDialog::seekBy(qint64 deltaMs)
{
    const qint64 duration = m_player->duration();
    if (duration <= 0)
        return;
    const qint64 from = m_seekTarget >= 0 ? m_seekTarget : m_player->position();
    seekTo(std::clamp<qint64>(from + deltaMs, 0, duration));
}

void VideoPlayerDialog::seekTo(qint64 positionMs)
{
    m_seekTarget = positionMs;
    m_seek->setValue(int(positionMs));
    updateTime();
    const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
    const qint64 since = m_sinceChange.isValid() ? m_sinceChange.elapsed() : kSettleMs;
    if (playing || (since >= kSettleMs && !m_seekLater->isActive())) {
        applySeek();
        return;
    }
    if (!m_seekLater->isActive())
        m_seekLater->start(int(kSettleMs - std::min(since, kSettleMs)));
}

void VideoPlayerDialog::applySeek()
{
    if (m_seekTarget < 0)
        return;
    const qint64 target = m_seekTarget;
    m_seekTarget = -1;
    m_player->setPosition(target);
    m_sinceChange.start();
}

void VideoPlayerDialog::updateTime()
{
    const qint64 position = m_seeking || m_seekTarget >= 0 ? m_seek->value() : m_player->position();
    m_time->setText(tr("%1 / %2").arg(mediaTime(position), mediaTime(m_player->duration() + 500))); // length rounded
}

void VideoPlayerDialog::updatePlayButton()
{
    const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
    m_play->setIcon(glyph(playing ? Glyph::Pause : Glyph::Play, palette().color(QPalette::ButtonText)));
    m_play->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
    m_play->setAccessibleName(playing ? tr("Pause") : tr("Play"));
}

void VideoPlayerDialog::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_K:
        togglePlay();
        return;
    case Qt::Key_Left:
        seekBy(-kStepMs);
        return;
    case Qt::Key_Right:
        seekBy(kStepMs);
        return;
    case Qt::Key_M:
        m_mute->toggle();
        return;
    default:
        QDialog::keyPressEvent(event); // Esc closes
    }
}

void VideoPlayerDialog::closeEvent(QCloseEvent* event)
{
    m_player->stop();
    QDialog::closeEvent(event);
}

} // namespace wabadesk::ui
