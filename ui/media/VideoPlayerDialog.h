#pragma once

#include <QDialog>
#include <QElapsedTimer>
#include <QMediaPlayer>

class QAudioOutput;
class QLabel;
class QSlider;
class QTimer;
class QToolButton;
class QVideoWidget;

namespace wabadesk::ui {

class PlaybackController;

// A video a customer sent (or the agent's own), played in a window of its own: play/pause (Space), a seek bar (Left
// and Right: 5 s), the time and length, volume and mute (M; the volume is remembered), Esc closes and stops it. It
// starts playing when opened. With a PlaybackController it takes part in "one thing at a time": a voice note started
// pauses the video and the other way round. A file that cannot be played says why in the window; a player that does
// not answer within PlaybackController::kLoadTimeoutMs is given up with a reason, never a spinner for ever.
class VideoPlayerDialog : public QDialog {
    Q_OBJECT
public:
    VideoPlayerDialog(const QString& filePath, const QString& title, PlaybackController* coordinator,
                      QWidget* parent = nullptr);
    ~VideoPlayerDialog() override;

    QMediaPlayer* player() const { return m_player; }
    QString errorText() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void togglePlay();
    void seekBy(qint64 deltaMs);
    // Seeks now, or (paused, right after a pause or another seek) once the player settled: see kSettleMs.
    void seekTo(qint64 positionMs);
    void applySeek();
    void updateTime();
    void updatePlayButton();
    void showError(const QString& text);

    QMediaPlayer* m_player;
    QAudioOutput* m_audio;
    QVideoWidget* m_video;
    QLabel* m_error;
    QToolButton* m_play;
    QSlider* m_seek;
    QLabel* m_time;
    QToolButton* m_mute;
    QSlider* m_volume;
    QTimer* m_loadTimeout;
    QTimer* m_seekLater;
    QElapsedTimer m_sinceChange; // since the last pause or seek
    qint64 m_seekTarget = -1;
    bool m_seeking = false;
};

} // namespace wabadesk::ui
