#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <deque>

namespace wabadesk::outbox {

// Per-channel pacing of POST /messages: at most `perSecond` sends in any one-second window (REFERENCE.md §8.1,
// 80 mps per number by default), and a pause for the whole channel after a throughput error with Retry-After.
class SendPacer {
public:
    explicit SendPacer(int perSecond = 80) { setRate(perSecond); }
    void setRate(int perSecond) { m_perSecond = perSecond < 1 ? 1 : perSecond; }
    int rate() const { return m_perSecond; }

    // When the channel may send next; <= now means at once.
    QDateTime readyAt(const QString& channelId, const QDateTime& now);
    void recordSend(const QString& channelId, const QDateTime& now);
    // Extends (never shortens) the channel's pause.
    void pauseUntil(const QString& channelId, const QDateTime& until);
    QDateTime pausedUntil(const QString& channelId) const;

private:
    struct ChannelState {
        std::deque<qint64> sentMs; // send times within the last second, oldest first
        qint64 pausedUntilMs = 0;
    };
    int m_perSecond = 80;
    QHash<QString, ChannelState> m_channels;
};

} // namespace wabadesk::outbox
