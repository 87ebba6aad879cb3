#pragma once

#include <QString>

namespace wabadesk::ui {

// How one media message's playback looks in its bubble (PlaybackController keeps one per message it touched).
struct PlaybackState {
    enum class Phase { Idle, Loading, Playing, Paused, Failed };
    Phase phase = Phase::Idle;
    qint64 positionMs = 0;
    qint64 durationMs = 0; // 0: not known (yet)
    QString error;         // Failed: why, in a few words
    QString details;       // Failed: what the player said (GStreamer's message), for a tooltip

    bool isPlaying() const { return phase == Phase::Playing; }
    bool operator==(const PlaybackState&) const = default;
};

} // namespace wabadesk::ui
