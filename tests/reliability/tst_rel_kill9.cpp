// Reliability (issue #4, kept for issue #15): `wabadesk-cli listen` is killed with SIGKILL three times in the middle
// of a load and started again on the same data directory; afterwards every delivery it acknowledged is in the store.
// Prints each round's figures.
#include "ListenProcess.h"
#include "RawHttp.h"
#include "store/Store.h"
#include "store/StoreLocation.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

using namespace wabadesk::test;

class TestKill9 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedThreeTimesLosesNothing()
    {
        QTemporaryDir data;
        std::mutex mutex;
        QStringList acked;
        std::atomic<int> next{0};
        for (int round = 1; round <= 4; ++round) {
            ListenProcess listen(data.path());
            QVERIFY2(listen.start(), qPrintable(listen.output()));
            const quint16 port = listen.port();
            std::atomic<bool> stop{false};
            std::atomic<int> roundAcked{0};
            std::vector<std::thread> clients;
            for (int t = 0; t < 4; ++t)
                clients.emplace_back([&] {
                    RawConnection c; // keep-alive, reconnecting after a failure
                    while (!stop) {
                        if (!c.isOpen() && !c.connectTo(port, nullptr, 500)) {
                            std::this_thread::sleep_for(std::chrono::milliseconds(5));
                            continue;
                        }
                        const QString wamid = QStringLiteral("wamid.rel-kill-%1").arg(next++);
                        if (c.send(ListenProcess::delivery(wamid), 2000) && c.readResponse(2000).status == 200) {
                            std::lock_guard lock(mutex);
                            acked << wamid;
                            ++roundAcked;
                        } else {
                            c.close();
                        }
                    }
                });
            QElapsedTimer timer;
            timer.start();
            const bool last = round == 4;
            QVERIFY(QTest::qWaitFor([&] { return roundAcked >= 1000; }, 60000));
            if (last)
                QVERIFY(listen.stop()); // the last round ends cleanly: the store catches up
            else
                listen.kill();
            stop = true;
            for (auto& t : clients)
                t.join();
            qInfo("round %d: %d acknowledged in %lld ms, then %s", round, roundAcked.load(), timer.elapsed(),
                  last ? "stopped" : "killed with SIGKILL");
        }
        QString error;
        auto store = wabadesk::store::Store::open(wabadesk::store::StoreLocation::inDataDir(data.path()), &error);
        QVERIFY2(store, qPrintable(error));
        int missing = 0;
        for (const QString& wamid : std::as_const(acked))
            missing += store->message(wamid) ? 0 : 1;
        qInfo("%lld acknowledged over 4 rounds, %d missing from the store", qint64(acked.size()), missing);
        QCOMPARE(missing, 0);
    }
};

QTEST_GUILESS_MAIN(TestKill9)
#include "tst_rel_kill9.moc"
