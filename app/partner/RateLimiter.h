#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <deque>
#include <functional>

class QTimer;

namespace wabadesk::partner {

// Paces Partner API requests on the client side, so that 360dialog's limits are kept instead of hit
// (UPDATES-2026.md §12: "5 requests per 30 s" for a client's balance; 429 with Retry-After when exceeded).
//
// Requests go through buckets. A limited bucket (a client's balance) lets at most maxRequests start in any window;
// the others only wait for holds. hold() pauses a bucket, or every bucket, until a server's Retry-After has passed.
// Within a bucket requests start in the order they came. Nothing blocks: a request that has to wait is queued and
// started by a timer when its turn comes, and waiting() says for how long.
//
// The clock is injectable (milliseconds, monotonic), so tests check the 6th request of a window without waiting
// 30 s: move the clock, then call wake().
class RateLimiter : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;
    // Runs when the request may start; returns false when it no longer wants to (cancelled meanwhile): then it takes
    // no slot of the window.
    using Start = std::function<bool()>;

    explicit RateLimiter(int maxRequests = 5, std::chrono::milliseconds window = std::chrono::seconds(30),
                         QObject* parent = nullptr);
    ~RateLimiter() override;

    void setClock(Clock clock);
    qint64 now() const;
    int maxRequests() const { return m_max; }
    std::chrono::milliseconds window() const { return m_window; }

    // Starts `start` now (synchronously) or queues it. `limited` buckets count against the window.
    void acquire(const QString& bucket, bool limited, Start start);
    // Nothing in `bucket` (every bucket when empty) starts before now + delay.
    void hold(const QString& bucket, std::chrono::milliseconds delay);
    // How long a request entering `bucket` now would wait, in ms (0: it would start at once).
    qint64 waitFor(const QString& bucket, bool limited) const;
    int queued(const QString& bucket) const;
    // Starts what may start now and re-arms the timer. The timer calls it; so do tests after moving the clock.
    void wake();

Q_SIGNALS:
    // A request of `bucket` waits `ms` before it can start (emitted when it is queued, and again when a hold
    // lengthens the wait).
    void waiting(const QString& bucket, qint64 ms);

private:
    struct Pending {
        bool limited;
        Start start;
    };
    struct Bucket {
        std::deque<qint64> started; // start times within the window, oldest first
        std::deque<Pending> queue;
        qint64 holdUntil = 0;
    };
    qint64 readyAt(const Bucket& bucket, bool limited, qint64 now) const;
    void prune(Bucket& bucket, qint64 now) const;
    void arm();

    int m_max;
    std::chrono::milliseconds m_window;
    Clock m_clock;
    QHash<QString, Bucket> m_buckets;
    qint64 m_globalHold = 0;
    QTimer* m_timer;
};

} // namespace wabadesk::partner
