#include "partner/RateLimiter.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace wabadesk::partner {

RateLimiter::RateLimiter(int maxRequests, std::chrono::milliseconds window, QObject* parent)
    : QObject(parent)
    , m_max(std::max(1, maxRequests))
    , m_window(window)
    , m_timer(new QTimer(this))
{
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    m_clock = [elapsed] {
        return elapsed->elapsed();
    };
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &RateLimiter::wake);
}

RateLimiter::~RateLimiter() = default;

void RateLimiter::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

qint64 RateLimiter::now() const
{
    return m_clock();
}

void RateLimiter::prune(Bucket& bucket, qint64 now) const
{
    while (!bucket.started.empty() && bucket.started.front() + m_window.count() <= now)
        bucket.started.pop_front();
}

qint64 RateLimiter::readyAt(const Bucket& bucket, bool limited, qint64 now) const
{
    qint64 at = std::max({now, m_globalHold, bucket.holdUntil});
    if (limited && int(bucket.started.size()) >= m_max) {
        // The window is full: the next slot frees when the oldest of the last m_max starts leaves it.
        at = std::max(at, bucket.started.at(bucket.started.size() - size_t(m_max)) + m_window.count());
    }
    return at;
}

qint64 RateLimiter::waitFor(const QString& bucket, bool limited) const
{
    const qint64 t = now();
    Bucket b = m_buckets.value(bucket);
    prune(b, t);
    qint64 at = readyAt(b, limited, t);
    // Requests already queued in the bucket go first.
    if (!b.queue.empty() && limited)
        at = std::max(at, t + 1);
    return at - t;
}

int RateLimiter::queued(const QString& bucket) const
{
    const auto it = m_buckets.constFind(bucket);
    return it == m_buckets.constEnd() ? 0 : int(it->queue.size());
}

void RateLimiter::acquire(const QString& bucket, bool limited, Start start)
{
    Bucket& b = m_buckets[bucket];
    b.queue.push_back({limited, std::move(start)});
    const bool first = b.queue.size() == 1;
    wake();
    // Still queued: say how long it will wait (only the head's wait is known exactly; later ones wait longer).
    const auto it = m_buckets.constFind(bucket);
    if (it != m_buckets.constEnd() && !it->queue.empty() && first) {
        const qint64 t = now();
        Bucket copy = *it;
        prune(copy, t);
        Q_EMIT waiting(bucket, readyAt(copy, limited, t) - t);
    }
}

void RateLimiter::hold(const QString& bucket, std::chrono::milliseconds delay)
{
    const qint64 until = now() + std::max<qint64>(0, delay.count());
    if (bucket.isEmpty())
        m_globalHold = std::max(m_globalHold, until);
    else
        m_buckets[bucket].holdUntil = std::max(m_buckets[bucket].holdUntil, until);
    for (auto it = m_buckets.cbegin(); it != m_buckets.cend(); ++it)
        if (!it->queue.empty() && (bucket.isEmpty() || it.key() == bucket))
            Q_EMIT waiting(it.key(), std::max<qint64>(0, until - now()));
    arm();
}

void RateLimiter::wake()
{
    const qint64 t = now();
    // Collect what may start, then start it outside the loop: a start may call back into acquire().
    QList<std::pair<QString, Pending>> ready;
    for (auto it = m_buckets.begin(); it != m_buckets.end(); ++it) {
        Bucket& b = it.value();
        prune(b, t);
        while (!b.queue.empty()) {
            const Pending& head = b.queue.front();
            if (readyAt(b, head.limited, t) > t)
                break;
            Pending p = std::move(b.queue.front());
            b.queue.pop_front();
            // Reserve the slot now; a request that does not start gives it back below.
            if (p.limited)
                b.started.push_back(t);
            ready.append({it.key(), std::move(p)});
        }
    }
    for (auto& [bucket, pending] : ready) {
        if (pending.start())
            continue;
        if (pending.limited) {
            auto it = m_buckets.find(bucket);
            if (it != m_buckets.end()) {
                auto pos = std::find(it->started.begin(), it->started.end(), t);
                if (pos != it->started.end())
                    it->started.erase(pos);
            }
        }
    }
    // Forget idle buckets with nothing in their window.
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (it->queue.empty() && it->started.empty() && it->holdUntil <= t)
            it = m_buckets.erase(it);
        else
            ++it;
    }
    arm();
}

void RateLimiter::arm()
{
    const qint64 t = now();
    qint64 next = std::numeric_limits<qint64>::max();
    for (const Bucket& b : std::as_const(m_buckets))
        if (!b.queue.empty())
            next = std::min(next, readyAt(b, b.queue.front().limited, t));
    if (next == std::numeric_limits<qint64>::max()) {
        m_timer->stop();
        return;
    }
    m_timer->start(int(std::clamp<qint64>(next - t, 0, std::numeric_limits<int>::max())));
}

} // namespace wabadesk::partner
