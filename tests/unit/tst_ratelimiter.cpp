// RateLimiter on an injected clock: a limited bucket lets `max` requests start per window, in order, the rest wait
// exactly as long as the window says; holds pause one bucket or all; a request that no longer wants to start gives
// its slot back; unlimited buckets only wait for holds.
#include "partner/RateLimiter.h"

#include <QSignalSpy>
#include <QtTest>

using wabadesk::partner::RateLimiter;

class TestRateLimiter : public QObject {
    Q_OBJECT
    qint64 m_now = 0;
    std::unique_ptr<RateLimiter> m_limiter;
    QStringList m_started;

    void request(const QString& bucket, const QString& name, bool limited = true, bool wants = true)
    {
        m_limiter->acquire(bucket, limited, [this, name, wants] {
            if (wants)
                m_started << name;
            return wants;
        });
    }

private Q_SLOTS:
    void init()
    {
        m_now = 100000;
        m_started.clear();
        m_limiter = std::make_unique<RateLimiter>(5, std::chrono::seconds(30));
        m_limiter->setClock([this] { return m_now; });
    }

    void fiveGoTheSixthWaitsForTheOldestToLeave()
    {
        QSignalSpy waiting(m_limiter.get(), &RateLimiter::waiting);
        for (int i = 1; i <= 5; ++i) {
            request(QStringLiteral("b"), QString::number(i));
            m_now += 2000;
        }
        QCOMPARE(m_started.size(), 5);
        request(QStringLiteral("b"), QStringLiteral("6"));
        request(QStringLiteral("b"), QStringLiteral("7"));
        QCOMPARE(m_started.size(), 5);
        QCOMPARE(waiting.size(), 1);                       // once, for the head of the queue
        QCOMPARE(waiting.at(0).at(1).toLongLong(), 20000); // first at 100 s, now 110 s: free at 130 s
        QCOMPARE(m_limiter->waitFor(QStringLiteral("b"), true), 20000);
        m_now += 19999;
        m_limiter->wake();
        QCOMPARE(m_started.size(), 5);
        m_now += 1;
        m_limiter->wake();
        QCOMPARE(m_started, QStringList({"1", "2", "3", "4", "5", "6"}));
        m_now += 2000; // the second one's slot frees
        m_limiter->wake();
        QCOMPARE(m_started.last(), QStringLiteral("7"));
        QCOMPARE(m_limiter->queued(QStringLiteral("b")), 0);
    }

    void bucketsAreIndependent()
    {
        for (int i = 0; i < 6; ++i)
            request(QStringLiteral("a"), QStringLiteral("a%1").arg(i));
        request(QStringLiteral("b"), QStringLiteral("b0"));
        request(QString(), QStringLiteral("list"), false);
        QVERIFY(m_started.contains(QStringLiteral("b0")));
        QVERIFY(m_started.contains(QStringLiteral("list")));
        QVERIFY(!m_started.contains(QStringLiteral("a5")));
    }

    void aCancelledRequestGivesItsSlotBack()
    {
        for (int i = 0; i < 4; ++i)
            request(QStringLiteral("b"), QString::number(i));
        request(QStringLiteral("b"), QStringLiteral("gone"), true, false); // cancelled before its turn
        request(QStringLiteral("b"), QStringLiteral("5th"));
        QCOMPARE(m_started.size(), 5);
        QCOMPARE(m_started.last(), QStringLiteral("5th"));
        QCOMPARE(m_limiter->waitFor(QStringLiteral("b"), true), 30000);
    }

    void holdsPauseABucketOrEverything()
    {
        QSignalSpy waiting(m_limiter.get(), &RateLimiter::waiting);
        m_limiter->hold(QStringLiteral("b"), std::chrono::seconds(12));
        request(QStringLiteral("b"), QStringLiteral("held"));
        request(QStringLiteral("c"), QStringLiteral("free"));
        QCOMPARE(m_started, QStringList{QStringLiteral("free")});
        QCOMPARE(waiting.last().at(1).toLongLong(), 12000);
        m_now += 12000;
        m_limiter->wake();
        QCOMPARE(m_started.last(), QStringLiteral("held"));

        // A global hold (a 429 on an unlimited endpoint) stops every bucket, the unlimited one too.
        m_limiter->hold(QString(), std::chrono::seconds(3));
        request(QString(), QStringLiteral("list"), false);
        request(QStringLiteral("c"), QStringLiteral("balance"));
        QCOMPARE(m_started.size(), 2);
        m_now += 3000;
        m_limiter->wake();
        QCOMPARE(m_started.size(), 4);
    }

    void aStartThatAcquiresAgainIsSafe()
    {
        // A request's start may queue another (a paged list): no iterator trouble, order kept.
        m_limiter->acquire(QStringLiteral("b"), true, [this] {
            m_started << QStringLiteral("outer");
            request(QStringLiteral("b"), QStringLiteral("inner"));
            return true;
        });
        QCOMPARE(m_started, QStringList({"outer", "inner"}));
    }
};

QTEST_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
