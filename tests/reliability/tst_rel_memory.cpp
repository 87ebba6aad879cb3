// Reliability (issue #15 item 2 and 3, "Done when"): after 200 MB of headers, a 50 MB POST without the secret and a
// 50 MB chunked body with it, the listener's resident memory is within 20 MB of what it was idle, and nothing was
// stored. Against `wabadesk-cli listen`; prints the resident size after each step.
#include "ListenProcess.h"
#include "RawHttp.h"
#include "store/Store.h"
#include "store/StoreLocation.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace wabadesk::test;

namespace {

struct Sent {
    qint64 bytes = 0;
    int status = 0;
};

// Sends `head`, then `chunk` over and over until `total` bytes went out or the listener closed the connection;
// then reads its answer.
Sent flood(quint16 port, const QByteArray& head, const QByteArray& chunk, qint64 total)
{
    Sent out;
    RawConnection c;
    if (!c.connectTo(port) || !c.send(head))
        return out;
    QElapsedTimer timer;
    timer.start();
    while (out.bytes < total && timer.elapsed() < 60000) {
        const qint64 n = c.sendSome(chunk);
        if (n < 0)
            break; // reset
        out.bytes += n;
        if (n == 0) {
            if (c.isClosedByPeer())
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    }
    out.status = c.readResponse(3000).status;
    return out;
}

// The resident size once it has settled (freed memory goes back within a moment).
qint64 settledKiB(const ListenProcess& listen)
{
    qint64 last = listen.residentKiB();
    for (int i = 0; i < 20; ++i) {
        QTest::qWait(100);
        const qint64 now = listen.residentKiB();
        if (now >= last - 64)
            return now;
        last = now;
    }
    return last;
}

} // namespace

class TestMemory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hostileInputLeavesMemoryWhereItWas()
    {
        QTemporaryDir data;
        ListenProcess listen(data.path());
        QVERIFY2(listen.start(), qPrintable(listen.output()));
        // One real delivery first: the idle figure includes what serving costs.
        {
            RawConnection c;
            QVERIFY(c.connectTo(listen.port()));
            QVERIFY(c.send(ListenProcess::delivery(QStringLiteral("wamid.rel-mem-0"))));
            QCOMPARE(c.readResponse().status, 200);
        }
        const qint64 idle = settledKiB(listen);
        qInfo("idle: %lld KiB", idle);

        // 1. 200 MB of headers without the secret, on as many connections as the listener makes it take.
        const QByteArray line = "X-Pad: " + QByteArray(1000, 'h') + "\r\n";
        QByteArray lines;
        for (int i = 0; i < 64; ++i)
            lines += line;
        qint64 offered = 0;
        int connections = 0;
        int answered431 = 0;
        QElapsedTimer timer;
        timer.start();
        while (offered < 200LL * 1000 * 1000) {
            const Sent s = flood(listen.port(), "POST /webhook HTTP/1.1\r\nHost: x\r\n", lines, 200LL * 1000 * 1000);
            offered += std::max<qint64>(s.bytes, lines.size());
            ++connections;
            answered431 += s.status == 431;
        }
        const qint64 afterHeaders = settledKiB(listen);
        qInfo("200 MB of headers: %d connections in %lld ms, %d answered 431; resident %lld KiB", connections,
              timer.elapsed(), answered431, afterHeaders);
        QCOMPARE(answered431, connections);

        // 2. A 50 MB POST without the secret.
        const QByteArray block(256 * 1024, 'b');
        const Sent post = flood(listen.port(), "POST /webhook HTTP/1.1\r\nHost: x\r\nContent-Length: 52428800\r\n\r\n",
                                block, 50LL * 1024 * 1024);
        const qint64 afterPost = settledKiB(listen);
        qInfo("50 MB POST without the secret: %d, %lld bytes got through; resident %lld KiB", post.status, post.bytes,
              afterPost);
        QCOMPARE(post.status, 401);

        // 3. A 50 MB chunked body with the secret.
        QByteArray chunk = QByteArray::number(block.size(), 16) + "\r\n" + block + "\r\n";
        const Sent chunked =
            flood(listen.port(),
                  "POST /webhook HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nX-WabaDesk-Secret: " +
                      ListenProcess::kSecret + "\r\n\r\n",
                  chunk, 50LL * 1024 * 1024);
        const qint64 afterChunked = settledKiB(listen);
        qInfo("50 MB chunked body with the secret: %d, %lld bytes got through; resident %lld KiB", chunked.status,
              chunked.bytes, afterChunked);
        QCOMPARE(chunked.status, 413);

        qInfo("resident: idle %lld KiB, at the end %lld KiB (%+lld KiB)", idle, afterChunked, afterChunked - idle);
        QVERIFY2(afterHeaders - idle < 20 * 1024, qPrintable(QString::number(afterHeaders - idle)));
        QVERIFY2(afterPost - idle < 20 * 1024, qPrintable(QString::number(afterPost - idle)));
        QVERIFY2(afterChunked - idle < 20 * 1024, qPrintable(QString::number(afterChunked - idle)));
        QVERIFY(listen.stop());
        // Only the one real delivery was stored.
        QString error;
        auto store = wabadesk::store::Store::open(wabadesk::store::StoreLocation::inDataDir(data.path()), &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->journalEntries(10).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMemory)
#include "tst_rel_memory.moc"
