#include "outbox/SendPacer.h"

#include <algorithm>
#include <utility>

namespace wabadesk::outbox {

namespace {
constexpr qint64 kWindowMs = 1000;
}

QDateTime SendPacer::readyAt(const QString& channelId, const QDateTime& now)
{
    const auto it = m_channels.find(channelId);
    if (it == m_channels.end())
        return now;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    while (!it->sentMs.empty() && it->sentMs.front() <= nowMs - kWindowMs)
        it->sentMs.pop_front();
    qint64 ready = std::max(nowMs, it->pausedUntilMs);
    if (std::cmp_greater_equal(it->sentMs.size(), m_perSecond))
        ready = std::max(ready, it->sentMs[it->sentMs.size() - size_t(m_perSecond)] + kWindowMs);
    return QDateTime::fromMSecsSinceEpoch(ready, Qt::UTC);
}

void SendPacer::recordSend(const QString& channelId, const QDateTime& now)
{
    ChannelState& state = m_channels[channelId];
    state.sentMs.push_back(now.toMSecsSinceEpoch());
    while (std::cmp_greater(state.sentMs.size(), m_perSecond))
        state.sentMs.pop_front();
}

void SendPacer::pauseUntil(const QString& channelId, const QDateTime& until)
{
    ChannelState& state = m_channels[channelId];
    state.pausedUntilMs = std::max(state.pausedUntilMs, until.toMSecsSinceEpoch());
}

QDateTime SendPacer::pausedUntil(const QString& channelId) const
{
    const auto it = m_channels.constFind(channelId);
    if (it == m_channels.constEnd() || it->pausedUntilMs == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(it->pausedUntilMs, Qt::UTC);
}

} // namespace wabadesk::outbox
