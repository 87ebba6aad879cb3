// The webhook journal under faults (issue #15, items 4-6): a full disk, concurrent rotation, and a journal that is
// lost or restored from an older backup while the store survives. Nothing acknowledged may be lost, and the journal
// must recover by itself once the fault is gone.
#include "RawHttp.h"
#include "store/Store.h"
#include "store/StoreLocation.h"
#include "webhook/IngestWorker.h"
#include "webhook/Journal.h"
#include "webhook/ListenerService.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <mutex>
#include <set>
#include <sys/resource.h>
#include <thread>
#include <vector>

using namespace wabadesk;
using webhook::Journal;

namespace {

QByteArray textEnvelope(const QString& wamid)
{
    return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"messages\","
           "\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"49301234567\","
           "\"phone_number_id\":\"109876543210123\"},\"contacts\":[{\"profile\":{\"name\":\"Anna\"},\"wa_id\":"
           "\"4915112345678\"}],\"messages\":[{\"from\":\"4915112345678\",\"id\":\"" +
           wamid.toUtf8() + "\",\"timestamp\":\"1700000000\",\"type\":\"text\",\"text\":{\"body\":\"hello\"}}]}}]}]}";
}

// Files larger than `bytes` cannot be written by this process while it lives (writes fail with EFBIG, as on a full
// disk); restores the old limit when it goes.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limited = m_saved;
        limited.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FileSizeLimit() { ::setrlimit(RLIMIT_FSIZE, &m_saved); }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_saved{};
};

} // namespace

class TestJournalFaults : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString fresh(const QString& name) const
    {
        const QString path = m_dir.filePath(name);
        QDir(path).removeRecursively();
        return path;
    }

    static QStringList segments(const QString& dir) { return QDir(dir).entryList({QStringLiteral("*.wbj")}); }

private Q_SLOTS:
    // Tried: 8 threads append 300-byte records to 64 KiB segments at once. The journal rotates once per full
    // segment: before, every thread that had waited for a sync rotated again, leaving segments of a few records.
    void concurrentAppendsRotateOncePerSegment()
    {
        const QString dir = fresh(QStringLiteral("rotate"));
        QString error;
        constexpr qint64 kSegment = 64 * 1024;
        auto journal = Journal::open(dir, &error, Journal::Options{kSegment, false});
        QVERIFY2(journal, qPrintable(error));
        const QByteArray body(300, 'r');
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t)
            threads.emplace_back([&] {
                for (int i = 0; i < 250; ++i)
                    journal->append(body, "p", i);
            });
        for (auto& t : threads)
            t.join();
        QCOMPARE(journal->lastSeq(), 2000);
        const QStringList files = segments(dir);
        // 2,000 records of 300 + 29 bytes: 658,000 bytes, 11 segments when each is filled.
        const qint64 recordBytes = 12 + 18 + 1 + body.size();
        const qint64 perSegment = kSegment / recordBytes;
        qInfo("%lld segments for 2,000 records (%lld fit in one)", qint64(files.size()), perSegment);
        QVERIFY2(files.size() <= 2000 / perSegment + 1, qPrintable(files.join(QLatin1Char(' '))));
        QCOMPARE(journal->readAfter(0, 5000).size(), 2000);
    }

    // Tried: the disk fills up (writes fail as on a full disk), then space comes back. Appends fail while it is full
    // (the listener answers 503) and succeed again afterwards without a restart; before, the journal stayed failed.
    void aFullDiskRecoversByItself_data()
    {
        QTest::addColumn<bool>("preallocate");
        QTest::newRow("growing segment") << false;
        QTest::newRow("preallocated segment") << true;
    }

    void aFullDiskRecoversByItself()
    {
        QFETCH(bool, preallocate);
        const QString dir = fresh(QStringLiteral("full"));
        QString error;
        constexpr qint64 kSegment = 256 * 1024;
        auto journal = Journal::open(dir, &error, Journal::Options{kSegment, preallocate});
        QVERIFY2(journal, qPrintable(error));
        const QByteArray body(1000, 'd');
        qint64 seq = 0;
        for (int i = 0; i < 10; ++i)
            seq = journal->append(body, "p", i);
        QCOMPARE(seq, 10);
        {
            // Full: no file may grow past what the journal has now (a preallocated segment is full size already, so
            // its next segment cannot be created).
            FileSizeLimit full(preallocate ? 4096
                                           : rlim_t(QFileInfo(QDir(dir).filePath(segments(dir).first())).size()));
            int failed = 0;
            for (int i = 0; i < 400; ++i)
                failed += journal->append(body, "p", i, &error) < 0;
            qInfo("while full: %d of 400 appends failed (%s)", failed, qPrintable(error));
            QVERIFY(failed > 0);
        }
        // Space is back: the very next append is stored, and so are the following ones.
        QVERIFY2(journal->append(body, "p", 0, &error) > 0, qPrintable(error));
        const qint64 last = journal->append("after", "p", 0, &error);
        QVERIFY2(last > 0, qPrintable(error));
        const QList<Journal::Entry> all = journal->readAfter(0, 10000);
        QCOMPARE(all.last().seq, last);
        QCOMPARE(all.last().body, QByteArray("after"));
        // Reopened, the journal holds the same records (nothing written while full is taken for a record).
        const qint64 count = all.size();
        journal.reset();
        journal = Journal::open(dir, &error, Journal::Options{kSegment, preallocate});
        QVERIFY2(journal, qPrintable(error));
        QCOMPARE(journal->readAfter(0, 10000).size(), count);
        QCOMPARE(journal->lastSeq(), last);
    }

    // The listener service says so while the disk is full (storageProblem(), runningChanged for the status bar) and
    // when it is over, without a restart; deliveries get 503 meanwhile and 200 afterwards.
    void theListenerServiceReportsAFullDiskAndItsEnd()
    {
        const QString data = fresh(QStringLiteral("service-full"));
        webhook::ListenerService service(nullptr, store::StoreLocation::inDataDir(data));
        service.setPersistSettings(false);
        service.setExtraCredentials({{"X-WabaDesk-Secret", "full-secret", QString()}});
        QString error;
        QVERIFY2(service.start(webhook::ListenerOptions{}, &error), qPrintable(error));
        const auto post = [&](int n) {
            test::RawConnection c;
            const QByteArray body = textEnvelope(QStringLiteral("wamid.full%1").arg(n));
            if (!c.connectTo(quint16(service.url().port())) ||
                !c.send("POST / HTTP/1.1\r\nHost: x\r\nX-WabaDesk-Secret: full-secret\r\nContent-Length: " +
                        QByteArray::number(body.size()) + "\r\n\r\n" + body))
                return 0;
            return c.readResponse(5000).status;
        };
        QCOMPARE(post(1), 200);
        QSignalSpy status(&service, &webhook::ListenerService::runningChanged);
        {
            FileSizeLimit full(1); // no write past the first byte of any file
            QCOMPARE(post(2), 503);
            QVERIFY(!service.storageProblem().isEmpty());
            QTRY_VERIFY(status.count() >= 1); // queued to the event loop (the status bar's)
            qInfo("while full: %s", qPrintable(service.storageProblem()));
        }
        // Space is back: the journal's own retry finds it within a second or two, with no delivery needed.
        QTRY_VERIFY_WITH_TIMEOUT(service.storageProblem().isEmpty(), 5000);
        QTRY_VERIFY(status.count() >= 2);
        QCOMPARE(post(3), 200);
        service.stop();
    }

    // Tried: 5 messages acknowledged and stored; the journal directory is deleted while the store stays; 5 more
    // acknowledged. All 10 must be in the store: before, the new journal numbered from 1 again and the store's
    // checkpoint (seq 5) skipped every one of them.
    void aLostJournalDoesNotHideNewMessages()
    {
        const QString data = fresh(QStringLiteral("lost"));
        const QString journalDir = QDir(data).filePath(QStringLiteral("journal"));
        const auto deliver = [&](int from, int to) {
            QString error;
            auto journal = Journal::open(journalDir, &error);
            QVERIFY2(journal, qPrintable(error));
            webhook::IngestWorker ingest(journal.get(), store::StoreLocation::inDataDir(data));
            QVERIFY2(ingest.start(&error), qPrintable(error));
            qint64 seq = 0;
            for (int i = from; i <= to; ++i)
                seq = journal->append(textEnvelope(QStringLiteral("wamid.lost%1").arg(i)), "p", 1700000000000);
            QVERIFY(seq > 0);
            ingest.wake();
            QVERIFY(ingest.waitUntilIngested(seq, 10000));
            ingest.stop();
        };
        deliver(1, 5);
        QVERIFY(QDir(journalDir).removeRecursively());
        deliver(6, 10);
        QString error;
        auto store = store::Store::open(store::StoreLocation::inDataDir(data), &error);
        QVERIFY2(store, qPrintable(error));
        for (int i = 1; i <= 10; ++i)
            QVERIFY2(store->message(QStringLiteral("wamid.lost%1").arg(i)), qPrintable(QString::number(i)));
    }

    // Tried: the journal is restored from a backup taken after 3 of 5 stored messages; 2 more are acknowledged
    // (numbered 4 and 5 again by the restored journal). Both must be stored.
    void aJournalRestoredFromAnOlderBackupDoesNotHideNewMessages()
    {
        const QString data = fresh(QStringLiteral("restored"));
        const QString journalDir = QDir(data).filePath(QStringLiteral("journal"));
        const QString backup = m_dir.filePath(QStringLiteral("restored-backup"));
        QDir(backup).removeRecursively();
        const auto copyDir = [](const QString& from, const QString& to) {
            QDir().mkpath(to);
            for (const QString& f : QDir(from).entryList(QDir::Files))
                if (f != QLatin1String("lock"))
                    QFile::copy(QDir(from).filePath(f), QDir(to).filePath(f));
        };
        const auto deliver = [&](int from, int to, bool backUpAfterThree) {
            QString error;
            auto journal = Journal::open(journalDir, &error);
            QVERIFY2(journal, qPrintable(error));
            webhook::IngestWorker ingest(journal.get(), store::StoreLocation::inDataDir(data));
            QVERIFY2(ingest.start(&error), qPrintable(error));
            qint64 seq = 0;
            for (int i = from; i <= to; ++i) {
                seq = journal->append(textEnvelope(QStringLiteral("wamid.restored%1").arg(i)), "p", 1700000000000);
                if (backUpAfterThree && i == 3)
                    copyDir(journalDir, backup);
            }
            ingest.wake();
            QVERIFY(ingest.waitUntilIngested(seq, 10000));
            ingest.stop();
        };
        deliver(1, 5, true);
        QVERIFY(QDir(journalDir).removeRecursively());
        copyDir(backup, journalDir);
        deliver(6, 7, false);
        QString error;
        auto store = store::Store::open(store::StoreLocation::inDataDir(data), &error);
        QVERIFY2(store, qPrintable(error));
        for (int i = 1; i <= 7; ++i)
            QVERIFY2(store->message(QStringLiteral("wamid.restored%1").arg(i)), qPrintable(QString::number(i)));
    }
};

QTEST_GUILESS_MAIN(TestJournalFaults)
#include "tst_journal_faults.moc"
