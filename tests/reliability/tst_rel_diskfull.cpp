// Reliability (issue #15 item 4): the disk fills up under `wabadesk-cli listen`, then space comes back. While full,
// deliveries are answered 503 (360dialog delivers them again later) and `listen` says so; once there is space again
// it stores deliveries by itself, without a restart, says that too, and everything it acknowledged reaches the
// store. The data directory is on a small tmpfs (CI runs as root on a fresh VM); where one cannot be mounted the test
// is skipped and says why. Prints the timeline.
#include "ListenProcess.h"
#include "RawHttp.h"
#include "store/Store.h"
#include "store/StoreLocation.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace wabadesk::test;

namespace {

int deliver(quint16 port, const QString& wamid)
{
    RawConnection c;
    if (!c.connectTo(port) || !c.send(ListenProcess::delivery(wamid, QByteArray(900, 'x'))))
        return 0;
    return c.readResponse(5000).status;
}

// Fills the file system of `path` with `filler` until it is full; the bytes written.
qint64 fill(const QString& filler)
{
    QFile f(filler);
    if (!f.open(QIODevice::WriteOnly))
        return 0;
    const QByteArray block(64 * 1024, 'f');
    qint64 written = 0;
    for (;;) {
        const qint64 n = f.write(block);
        if (n <= 0 || !f.flush())
            break;
        written += n;
    }
    return written;
}

} // namespace

class TestDiskFull : public QObject {
    Q_OBJECT
    QTemporaryDir m_mount;
    bool m_mounted = false;

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a tmpfs needs root (CI runs the suite as root); not root here, so the disk-full test did "
                  "not run");
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=24m,mode=0700"), QStringLiteral("wabadesk-diskfull"), m_mount.path()});
        if (!mount.waitForFinished(10000) || mount.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("a 24 MB tmpfs could not be mounted (%1); the disk-full test did not run")
                                 .arg(QString::fromLocal8Bit(mount.readAllStandardError()).trimmed())));
        m_mounted = true;
    }

    void cleanupTestCase()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_mount.path()});
    }

    void aFullDiskIsAnswered503AndRecoversWithoutARestart()
    {
        const QString data = QDir(m_mount.path()).filePath(QStringLiteral("data"));
        ListenProcess listen(data);
        QVERIFY2(listen.start(), qPrintable(listen.output()));
        QStringList acked;
        int n = 0;
        for (; n < 10; ++n) {
            const QString wamid = QStringLiteral("wamid.rel-full-%1").arg(n);
            QCOMPARE(deliver(listen.port(), wamid), 200);
            acked << wamid;
        }

        // Full.
        const QString filler = QDir(m_mount.path()).filePath(QStringLiteral("filler"));
        const qint64 filled = fill(filler);
        int status = 200;
        int before503 = 0;
        QElapsedTimer timer;
        timer.start();
        while (status == 200 && before503 < 5000) {
            const QString wamid = QStringLiteral("wamid.rel-full-%1").arg(n++);
            status = deliver(listen.port(), wamid);
            if (status == 200) {
                acked << wamid;
                ++before503;
            }
        }
        qInfo("filled %lld bytes; %d more deliveries fitted, then %d (after %lld ms)", filled, before503, status,
              timer.elapsed());
        QCOMPARE(status, 503);
        QCOMPARE(deliver(listen.port(), QStringLiteral("wamid.rel-full-refused")), 503);
        QTRY_VERIFY(listen.output().contains(QStringLiteral("cannot write")));

        // Space again: the listener finds out by itself.
        QVERIFY(QFile::remove(filler));
        timer.restart();
        QTRY_VERIFY_WITH_TIMEOUT(listen.output().contains(QStringLiteral("can write again")), 10000);
        const qint64 noticed = timer.elapsed();
        status = deliver(listen.port(), QStringLiteral("wamid.rel-full-back"));
        qInfo("space freed: the listener said so after %lld ms; the next delivery got %d", noticed, status);
        QCOMPARE(status, 200);
        acked << QStringLiteral("wamid.rel-full-back");

        // Everything acknowledged reaches the store (its ingest retried while the disk was full).
        QVERIFY(listen.stop());
        QString error;
        auto store = wabadesk::store::Store::open(wabadesk::store::StoreLocation::inDataDir(data), &error);
        QVERIFY2(store, qPrintable(error));
        int missing = 0;
        for (const QString& wamid : std::as_const(acked))
            missing += store->message(wamid) ? 0 : 1;
        qInfo("%lld acknowledged, %d missing from the store", qint64(acked.size()), missing);
        QCOMPARE(missing, 0);
        QVERIFY(!store->message(QStringLiteral("wamid.rel-full-refused")));
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_rel_diskfull.moc"
