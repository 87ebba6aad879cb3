// The webhook journal (durable, ordered, recovers from a torn tail) and the listener in front of it:
// authentication before the body, 413 for oversized bodies, 200 only after the body is in the journal.
#include "webhook/Journal.h"
#include "webhook/WebhookListener.h"

#include <httplib.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <set>
#include <thread>
#include <vector>

using namespace wabadesk::webhook;

namespace {
const QByteArray kSecret = "listener-test-secret-4f1d";

httplib::Headers secretHeader(const QByteArray& value = kSecret)
{
    return {{"X-WabaDesk-Secret", value.toStdString()}};
}

std::string envelope(int n)
{
    return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"messages\","
           "\"value\":{\"messages\":[{\"id\":\"wamid." +
           std::to_string(n) + "\",\"type\":\"text\",\"text\":{\"body\":\"hi\"}}]}}]}]}";
}
} // namespace

class TestListener : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString fresh(const QString& name) const
    {
        const QString path = m_dir.filePath(name);
        QDir(path).removeRecursively();
        return path;
    }

private Q_SLOTS:
    void journalConcurrentAppendsAreOrderedAndDurable()
    {
        QString error;
        auto journal = Journal::open(fresh(QStringLiteral("j1")), &error);
        QVERIFY2(journal, qPrintable(error));
        constexpr int threads = 8, each = 250;
        std::vector<std::thread> workers;
        std::mutex seenMutex;
        std::set<qint64> seen;
        for (int t = 0; t < threads; ++t)
            workers.emplace_back([&, t] {
                for (int i = 0; i < each; ++i) {
                    const qint64 seq =
                        journal->append(QByteArray::number(t * 1000 + i), "127.0.0.1:1", 1700000000000 + i);
                    std::lock_guard lock(seenMutex);
                    seen.insert(seq);
                }
            });
        for (auto& w : workers)
            w.join();
        QCOMPARE(int(seen.size()), threads * each);
        QCOMPARE(*seen.begin(), 1);
        QCOMPARE(*seen.rbegin(), threads * each);
        QCOMPARE(journal->lastSeq(), threads * each);
        const auto stats = journal->stats();
        QCOMPARE(stats.appends, threads * each);
        QVERIFY(stats.syncs >= 1 && stats.syncs <= stats.appends); // group commit: usually far fewer syncs
        qInfo("group commit: %lld appends, %lld syncs", stats.appends, stats.syncs);

        // Read back in order, in pages.
        qint64 after = 0;
        int total = 0;
        while (true) {
            const auto page = journal->readAfter(after, 300);
            if (page.isEmpty())
                break;
            for (const auto& e : page) {
                QCOMPARE(e.seq, after + 1);
                after = e.seq;
                ++total;
            }
        }
        QCOMPARE(total, threads * each);
    }

    void journalSurvivesReopenAndATornTail_data()
    {
        QTest::addColumn<bool>("preallocate");
        QTest::newRow("preallocated segments") << true;
        QTest::newRow("growing segments") << false;
    }

    void journalSurvivesReopenAndATornTail()
    {
        QFETCH(bool, preallocate);
        const QString dir = fresh(QStringLiteral("j2"));
        const Journal::Options options{64 * 1024, preallocate};
        QString error;
        {
            auto journal = Journal::open(dir, &error, options);
            QVERIFY(journal);
            for (int i = 1; i <= 10; ++i)
                QCOMPARE(journal->append("body " + QByteArray::number(i), "peer", i), i);
        }
        const QStringList files = QDir(dir).entryList({QStringLiteral("*.wbj")});
        QCOMPARE(files.size(), 1);
        const QString path = QDir(dir).filePath(files.first());
        if (preallocate)
            QCOMPARE(QFileInfo(path).size(), 64 * 1024); // zeros after the records are free space
        {
            // A clean reopen: nothing is cut, numbering and writing continue after record 10.
            auto journal = Journal::open(dir, &error, options);
            QCOMPARE(journal->lastSeq(), 10);
            QCOMPARE(journal->stats().recoveredTornBytes, 0);
            QCOMPARE(journal->append("body 11", "peer", 11), 11);
        }
        // A crash in the middle of a write: a partial record right after the last good one.
        QFile segment(path);
        QVERIFY(segment.open(QIODevice::ReadWrite));
        const qsizetype end = segment.readAll().indexOf("body 11") + 7;
        segment.seek(end);
        segment.write(QByteArray::fromHex("5744424a") + QByteArray(20, 'x')); // magic, then garbage
        segment.close();

        auto journal = Journal::open(dir, &error, options);
        QVERIFY2(journal, qPrintable(error));
        QCOMPARE(journal->lastSeq(), 11);
        QVERIFY(journal->stats().recoveredTornBytes >= 24);
        QCOMPARE(QFileInfo(path).size(), end); // cut right after the last good record
        QCOMPARE(journal->append("after the crash", "peer", 12), 12);
        const auto all = journal->readAfter(0, 100);
        QCOMPARE(all.size(), 12);
        QCOMPARE(all.at(9).body, QByteArray("body 10"));
        QCOMPARE(all.at(11).body, QByteArray("after the crash"));
        QCOMPARE(all.at(11).peer, QByteArray("peer"));
        QCOMPARE(all.at(11).receivedAtMs, 12);
    }

    void journalHasOneWriter()
    {
        const QString dir = fresh(QStringLiteral("j5"));
        QString error;
        auto first = Journal::open(dir, &error);
        QVERIFY(first);
        QVERIFY(!Journal::open(dir, &error)); // a second writer, as another process would be
        QVERIFY2(error.contains(QStringLiteral("in use")), qPrintable(error));
        first.reset();
        QVERIFY2(Journal::open(dir, &error), qPrintable(error)); // released with the first
    }

    void journalDetectsAFlippedBit()
    {
        const QString dir = fresh(QStringLiteral("j3"));
        QString error;
        {
            auto journal = Journal::open(dir, &error);
            journal->append("first", "p", 1);
            journal->append("second", "p", 2);
        }
        QFile segment(QDir(dir).filePath(QDir(dir).entryList({QStringLiteral("*.wbj")}).first()));
        QVERIFY(segment.open(QIODevice::ReadWrite));
        QByteArray bytes = segment.readAll();
        const qsizetype at = bytes.lastIndexOf("second");
        bytes[at] = 'S'; // the CRC no longer matches
        segment.seek(0);
        segment.write(bytes);
        segment.close();
        auto journal = Journal::open(dir, &error);
        QCOMPARE(journal->lastSeq(), 1);
        QCOMPARE(journal->readAfter(0, 10).size(), 1);
    }

    void journalSegmentsRotateAndAreReleased()
    {
        const QString dir = fresh(QStringLiteral("j4"));
        QString error;
        auto journal = Journal::open(dir, &error, Journal::Options{1024, true});
        const QByteArray body(300, 'b');
        for (int i = 0; i < 20; ++i)
            journal->append(body, "p", i);
        const int segments = int(QDir(dir).entryList({QStringLiteral("*.wbj")}).size());
        QVERIFY2(segments >= 5, qPrintable(QString::number(segments)));
        QCOMPARE(journal->readAfter(0, 100).size(), 20);
        QCOMPARE(journal->readAfter(7, 100).first().seq, 8); // across segment boundaries, without the cursor
        journal->releaseUpTo(15);
        const int left = int(QDir(dir).entryList({QStringLiteral("*.wbj")}).size());
        QVERIFY(left < segments);
        const auto rest = journal->readAfter(15, 100);
        QCOMPARE(rest.size(), 5);
        QCOMPARE(rest.first().seq, 16);
        // Reopening continues the numbering.
        journal.reset();
        journal = Journal::open(dir, &error, Journal::Options{1024, true});
        QCOMPARE(journal->append(body, "p", 0), 21);
    }

    void listenerStoresOnlyAuthenticatedBodies()
    {
        QString error;
        auto journal = Journal::open(fresh(QStringLiteral("l1")), &error);
        WebhookListener listener(journal.get(), ListenerOptions{});
        listener.setCredentials({{"X-WabaDesk-Secret", kSecret, QStringLiteral("c1")},
                                 {"Authorization", "Basic dXNlcjpwYXNz", QStringLiteral("c2")}});
        std::atomic<qint64> storedSeq{0};
        listener.setStoredObserver([&](qint64 seq) { storedSeq = seq; });
        QVERIFY2(listener.start(&error), qPrintable(error));
        QCOMPARE(listener.url().host(), QStringLiteral("127.0.0.1"));
        httplib::Client client("127.0.0.1", listener.url().port());

        auto ok = client.Post("/webhook", secretHeader(), envelope(1), "application/json");
        QVERIFY(ok);
        QCOMPARE(ok->status, 200);
        QCOMPARE(journal->lastSeq(), 1);
        QCOMPARE(storedSeq.load(), 1);
        QCOMPARE(journal->readAfter(0, 1).first().body, QByteArray::fromStdString(envelope(1)));

        auto basic = client.Post("/webhook", httplib::Headers{{"Authorization", "Basic dXNlcjpwYXNz"}}, envelope(2),
                                 "application/json");
        QCOMPARE(basic->status, 200);
        QCOMPARE(journal->lastSeq(), 2);

        // Wrong secret, missing secret, the secret in another header, an empty value: 401, nothing stored.
        for (const httplib::Headers& h : {secretHeader("wrong"), httplib::Headers{},
                                          httplib::Headers{{"X-Other", kSecret.toStdString()}}, secretHeader("")}) {
            httplib::Client c("127.0.0.1", listener.url().port());
            auto refused = c.Post("/webhook", h, envelope(3), "application/json");
            QVERIFY(refused);
            QCOMPARE(refused->status, 401);
        }
        QCOMPARE(journal->lastSeq(), 2);
        QCOMPARE(listener.stats().unauthorized, 4);

        // Not JSON: still 200 (so 360dialog does not redeliver for days); the parser quarantines it later.
        auto junk = client.Post("/webhook", secretHeader(), "<html>not json", "text/html");
        QCOMPARE(junk->status, 200);
        QCOMPARE(journal->lastSeq(), 3);
    }

    // Many senders on open keep-alive connections at once (360dialog delivers in parallel): every one is answered
    // while the others keep their connections busy. With cpp-httplib's default pool (8 workers, each held by one
    // connection), the ninth sender and beyond would get nothing until a busy connection closed.
    void manyKeepAliveSendersAreAllServed()
    {
        QString error;
        auto journal = Journal::open(fresh(QStringLiteral("many")), &error);
        WebhookListener listener(journal.get(), ListenerOptions{});
        listener.setCredentials({{"X-WabaDesk-Secret", kSecret, QStringLiteral("c1")}});
        QVERIFY2(listener.start(&error), qPrintable(error));
        const int port = listener.url().port();
        constexpr int kSenders = 24;
        std::atomic<bool> stop{false};
        std::atomic<int> busy{0};
        std::vector<std::atomic<int>> answered(kSenders);
        std::vector<std::thread> senders;
        for (int i = 0; i < kSenders; ++i) {
            senders.emplace_back([&, i] {
                httplib::Client client("127.0.0.1", port);
                client.set_keep_alive(true);
                client.set_read_timeout(8, 0);
                ++busy;
                int n = 0;
                while (!stop) { // keeps its connection busy, as a sender under load does
                    auto res = client.Post("/webhook", secretHeader(), envelope(i * 100000 + n++), "application/json");
                    if (res && res->status == 200)
                        ++answered[size_t(i)];
                }
            });
        }
        // Until every sender got an answer, at most 6 s (each is answered within milliseconds when served).
        const bool everyoneAnswered = QTest::qWaitFor(
            [&] {
                return std::all_of(answered.cbegin(), answered.cend(), [](const auto& count) { return count > 0; });
            },
            6000);
        stop = true;
        for (std::thread& t : senders)
            t.join();
        const int served =
            int(std::count_if(answered.cbegin(), answered.cend(), [](const auto& count) { return count > 0; }));
        QCOMPARE(served, kSenders);
        QVERIFY(everyoneAnswered);
    }

    void listenerRefusesOversizedBodiesWithoutStoring()
    {
        QString error;
        auto journal = Journal::open(fresh(QStringLiteral("l2")), &error);
        ListenerOptions options;
        options.maxBodyBytes = 64 * 1024;
        WebhookListener listener(journal.get(), options);
        listener.setCredentials({{"X-WabaDesk-Secret", kSecret, QString()}});
        QVERIFY(listener.start(&error));
        httplib::Client client("127.0.0.1", listener.url().port());
        auto big = client.Post("/webhook", secretHeader(), std::string(64 * 1024 + 1, 'x'), "application/json");
        QVERIFY(big);
        QCOMPARE(big->status, 413);
        QCOMPARE(journal->lastSeq(), 0);
        httplib::Client again("127.0.0.1", listener.url().port());
        auto fits = again.Post("/webhook", secretHeader(), std::string(64 * 1024, 'x'), "application/json");
        QCOMPARE(fits->status, 200);
        QCOMPARE(listener.stats().tooLarge, 1);
    }

    void noCredentialsMeansNoDeliveryUnlessInsecure()
    {
        QString error;
        auto journal = Journal::open(fresh(QStringLiteral("l3")), &error);
        WebhookListener strict(journal.get(), ListenerOptions{});
        QVERIFY(strict.start(&error));
        httplib::Client c1("127.0.0.1", strict.url().port());
        QCOMPARE(c1.Post("/", envelope(1), "application/json")->status, 401);
        strict.stop();
        ListenerOptions insecure;
        insecure.insecureNoAuth = true;
        WebhookListener open(journal.get(), insecure);
        QVERIFY(open.start(&error));
        httplib::Client c2("127.0.0.1", open.url().port());
        QCOMPARE(c2.Post("/", envelope(1), "application/json")->status, 200);
        QCOMPARE(journal->lastSeq(), 1);
    }

    void challengeIsEchoedSafely()
    {
        QString error;
        auto journal = Journal::open(fresh(QStringLiteral("l4")), &error);
        WebhookListener listener(journal.get(), ListenerOptions{});
        QVERIFY(listener.start(&error));
        httplib::Client client("127.0.0.1", listener.url().port());
        auto r = client.Get("/webhook?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=x");
        QCOMPARE(r->status, 200);
        QCOMPARE(r->body, std::string("1158201444"));
        auto hostile = client.Get("/webhook?hub.challenge=%3Cscript%3Ealert(1)%3C/script%3E");
        QVERIFY(hostile->body.find("<script>") == std::string::npos);
        QCOMPARE(journal->lastSeq(), 0);
    }

    void httpsWithAConfiguredCertificate()
    {
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        if (!openssl.waitForStarted(5000))
            QSKIP("the openssl command is not installed (scripts/setup-debian.sh test installs it)");
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        QString error;
        auto journal = Journal::open(fresh(QStringLiteral("l5")), &error);
        ListenerOptions options;
        options.tlsCertFile = cert;
        options.tlsKeyFile = key;
        WebhookListener listener(journal.get(), options);
        listener.setCredentials({{"X-WabaDesk-Secret", kSecret, QString()}});
        QVERIFY2(listener.start(&error), qPrintable(error));
        QCOMPARE(listener.url().scheme(), QStringLiteral("https"));
        httplib::SSLClient client("127.0.0.1", listener.url().port());
        client.enable_server_certificate_verification(false); // self-signed, for the test
        auto r = client.Post("/webhook", secretHeader(), envelope(1), "application/json");
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(journal->lastSeq(), 1);

        ListenerOptions missing;
        missing.tlsCertFile = m_dir.filePath(QStringLiteral("nope.pem"));
        missing.tlsKeyFile = key;
        WebhookListener broken(journal.get(), missing);
        QVERIFY(!broken.start(&error));
        QVERIFY(error.contains(QStringLiteral("certificate")));
    }
};

QTEST_GUILESS_MAIN(TestListener)
#include "tst_listener.moc"
