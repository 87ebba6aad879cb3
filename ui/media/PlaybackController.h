#pragma once

#include "media/PlaybackState.h"

#include <QHash>
#include <QMediaPlayer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QAudioOutput;
class QTimer;

namespace wabadesk::ui {

// The one small object behind inline voice notes (issue #14 item 11): a single QMediaPlayer with its audio output,
// so only one thing plays at a time, and the state of every message it touched, by row key (position, duration,
// playing, error). The conversation view's delegate paints from state(); nothing per row is a widget.
//
// Nothing here waits: Qt Multimedia loads and plays on its own threads (GStreamer on Linux), and every change comes
// back as a signal. A file that fails (damaged, a codec missing) shows its reason in the bubble; a player that does not
// answer within kLoadTimeoutMs, or stops moving for kStallTimeoutMs while playing, is given up with a reason too, so
// a bubble never spins for ever. Other players (the video window) join through coordinate(): when one starts, the
// others pause.
class PlaybackController : public QObject {
    Q_OBJECT
public:
    static constexpr int kLoadTimeoutMs = 10000;
    static constexpr int kStallTimeoutMs = 8000;

    explicit PlaybackController(QObject* parent = nullptr);
    ~PlaybackController() override;

    PlaybackState state(const QString& key) const;
    QString currentKey() const { return m_key; }

    // Plays `filePath` for `key` from where it was left; pauses it when it is playing.
    void toggle(const QString& key, const QString& filePath);
    void play(const QString& key, const QString& filePath);
    void pause();
    void stop();
    // Moves `key` to `fraction` (0–1) of its length; before it was loaded, that is where it will start.
    void seek(const QString& key, qreal fraction, qint64 knownDurationMs = 0);
    // The file is being fetched first / could not be: shown in the bubble.
    void setLoading(const QString& key);
    void setFailed(const QString& key, const QString& error);

    // Only one thing plays at a time: `other` (a video window's player) pauses this one when it starts, and is paused
    // when this one starts. Forgotten when it is destroyed.
    void coordinate(QMediaPlayer* other);

    // What a player's error means for the agent, in a few words. Qt 6.4's GStreamer backend reports a missing codec
    // as a ResourceError like a damaged file; its message (GStreamer's "… is missing a plug-in") tells them apart.
    static QString describe(QMediaPlayer::Error error, const QString& playerMessage = {});

    QMediaPlayer* player() const { return m_player; }

Q_SIGNALS:
    void stateChanged(const QString& key);

private:
    void update(const std::function<void(PlaybackState&)>& change);
    void fail(const QString& error, const QString& details = {});
    void onStatus(QMediaPlayer::MediaStatus status);
    void checkProgress();
    void pauseOthers(QMediaPlayer* except);

    QMediaPlayer* m_player;
    QAudioOutput* m_audio;
    QTimer* m_watchdog;
    QString m_key;  // the message loaded in the player
    QString m_file; // its file
    qint64 m_pendingSeekMs = -1;
    qint64 m_lastPosition = -1;
    int m_stuckTicks = 0; // watchdog ticks without progress
    QHash<QString, PlaybackState> m_states;
    QList<QPointer<QMediaPlayer>> m_others;
};

} // namespace wabadesk::ui
