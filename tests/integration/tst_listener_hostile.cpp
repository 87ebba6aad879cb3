// The webhook listener under hostile input (issue #15, items 1-3 and 10): what an outsider who found the URL can send
// without the secret must not delay real deliveries, fill memory, or get anything stored; with the secret, no framing
// gets a body over the limit stored. Each test says what it tries; all run with the listener's default options.
#include "RawHttp.h"
#include "webhook/Journal.h"
#include "webhook/WebhookListener.h"

#include <httplib.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

using namespace wabadesk::webhook;
using wabadesk::test::RawConnection;

namespace {
const QByteArray kSecret = "hostile-test-secret-77c1";

QByteArray envelope(int n)
{
    return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"messages\","
           "\"value\":{\"messages\":[{\"id\":\"wamid.h" +
           QByteArray::number(n) + "\",\"type\":\"text\",\"text\":{\"body\":\"hi\"}}]}}]}]}";
}

QByteArray delivery(const QByteArray& body, const QByteArray& secret = kSecret)
{
    QByteArray request = "POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
    if (!secret.isEmpty())
        request += "X-WabaDesk-Secret: " + secret + "\r\n";
    return request + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray chunked(const QList<QByteArray>& chunks)
{
    QByteArray out;
    for (const QByteArray& c : chunks)
        out += QByteArray::number(c.size(), 16) + "\r\n" + c + "\r\n";
    return out + "0\r\n\r\n";
}

// Loopback addresses other than 127.0.0.1 for crowds of connections (Linux routes all of 127.0.0.0/8 to lo).
QByteArray crowdAddress(int i)
{
    return "127.0." + QByteArray::number(1 + i / 250) + "." + QByteArray::number(2 + i % 250);
}
} // namespace

class TestListenerHostile : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<WebhookListener> m_listener;
    quint16 m_port = 0;

    void startListener(const QString& name)
    {
        QString error;
        m_listener.reset();
        m_journal = Journal::open(m_dir.filePath(name), &error);
        QVERIFY2(m_journal, qPrintable(error));
        m_listener = std::make_unique<WebhookListener>(m_journal.get(), ListenerOptions{});
        m_listener->setCredentials({{"X-WabaDesk-Secret", kSecret, QStringLiteral("c1")}});
        QVERIFY2(m_listener->start(&error), qPrintable(error));
        m_port = quint16(m_listener->url().port());
    }

    // One delivery on a new connection from 127.0.0.1; its status (0: none) and how long the answer took.
    std::pair<int, double> deliver(int n, int timeoutMs = 2000)
    {
        QElapsedTimer timer;
        timer.start();
        RawConnection c;
        if (!c.connectTo(m_port, nullptr, timeoutMs) || !c.send(delivery(envelope(n)), timeoutMs))
            return {0, double(timer.nsecsElapsed()) / 1e6};
        const int status = c.readResponse(timeoutMs).status;
        return {status, double(timer.nsecsElapsed()) / 1e6};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const qint64 files = wabadesk::test::raiseOpenFileLimit();
        if (files < 2600)
            QSKIP("this test needs about 2,600 open files (1,000 slow connections on both ends)");
    }

    void cleanup()
    {
        m_listener.reset();
        m_journal.reset();
    }

    // Tried: 1,000 connections from other loopback addresses send a request line and then one header line every
    // 2 s, without the secret (slowloris). Meanwhile 300 real deliveries, one after the other, on new connections.
    // Before: 64 of them held every worker thread and the rest queued behind them: no delivery got an answer.
    void slowClientsDoNotDelayDeliveries()
    {
        startListener(QStringLiteral("slow"));
        constexpr int kSlow = 1000;
        std::vector<RawConnection> slow(kSlow);
        for (int i = 0; i < kSlow; ++i) {
            QVERIFY2(slow[size_t(i)].connectTo(m_port, crowdAddress(i).constData()), crowdAddress(i).constData());
            QVERIFY(slow[size_t(i)].send("POST /webhook HTTP/1.1\r\nHost: x\r\n"));
        }
        std::atomic<bool> stop{false};
        std::thread trickle([&] {
            // One more header line every 2 s on each connection that is still open.
            for (int round = 0; !stop; ++round) {
                for (RawConnection& c : slow)
                    if (c.isOpen() && !c.isClosedByPeer())
                        c.sendSome("X-Slow-" + QByteArray::number(round) + ": 1\r\n");
                for (int i = 0; i < 20 && !stop; ++i)
                    std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        });
        std::vector<double> millis;
        int ok = 0;
        for (int i = 0; i < 300; ++i) {
            const auto [status, ms] = deliver(i);
            ok += status == 200;
            millis.push_back(ms);
            if (status != 200)
                break; // blocked: no need to wait for 299 more timeouts
        }
        stop = true;
        trickle.join();
        std::sort(millis.begin(), millis.end());
        qInfo("300 deliveries beside 1,000 slow connections: p50 %.2f ms, p99 %.2f ms, max %.2f ms",
              millis[millis.size() / 2], millis[std::min(millis.size() - 1, millis.size() * 99 / 100)], millis.back());
        QCOMPARE(ok, 300);
        // Blocked deliveries take seconds; 1 s tolerates a loaded CI machine (tests/reliability holds them to 50 ms).
        QVERIFY2(millis.back() < 1000, qPrintable(QString::number(millis.back())));
        QCOMPARE(m_journal->lastSeq(), 300);
    }

    // Tried: a request line, then a header line every 500 ms, forever. A request must arrive whole within a few
    // seconds; before, each line restarted cpp-httplib's read timeout and the connection stayed open for good.
    void aRequestMustArriveWithinADeadline()
    {
        startListener(QStringLiteral("deadline"));
        RawConnection c;
        QVERIFY(c.connectTo(m_port));
        QVERIFY(c.send("POST /webhook HTTP/1.1\r\n"));
        QElapsedTimer timer;
        timer.start();
        bool closed = false;
        for (int i = 0; i < 40 && !closed; ++i) { // 20 s
            c.sendSome("X-Drip-" + QByteArray::number(i) + ": 1\r\n");
            closed = c.waitClosed(500);
        }
        qInfo("closed after %lld ms", timer.elapsed());
        QVERIFY2(closed, "the connection was still open after 20 s of dripping headers");
        QVERIFY(timer.elapsed() < 15000);
    }

    // Tried: 1 MiB of headers in 1 KiB lines, without the secret, and one 100 KiB header line. Headers are capped
    // (16 KiB) and answered 431, then the connection is closed; before, every line was kept in memory.
    void headerFloodIsAnswered431()
    {
        startListener(QStringLiteral("headers"));
        {
            RawConnection c;
            QVERIFY(c.connectTo(m_port));
            QVERIFY(c.send("POST /webhook HTTP/1.1\r\nHost: x\r\n"));
            const QByteArray line = "X-Pad: " + QByteArray(1000, 'a') + "\r\n";
            for (int i = 0; i < 1024 && c.sendSome(line) >= 0; ++i) {
            }
            const auto r = c.readResponse(5000);
            QCOMPARE(r.status, 431);
            QVERIFY(c.waitClosed(5000));
        }
        {
            RawConnection c;
            QVERIFY(c.connectTo(m_port));
            c.send("POST /webhook HTTP/1.1\r\nX-Long: " + QByteArray(100 * 1024, 'b'), 2000);
            QCOMPARE(c.readResponse(5000).status, 431);
            QVERIFY(c.waitClosed(5000));
        }
        QCOMPARE(m_journal->lastSeq(), 0);
    }

    // Tried: a POST without the secret whose body is another request (a GET that echoes "smuggled"). The 401 must be
    // the only answer and the connection must close: before, the body was read as the next request and answered.
    void aRejectedRequestsBodyIsNeverRead()
    {
        startListener(QStringLiteral("rejected"));
        RawConnection c;
        QVERIFY(c.connectTo(m_port));
        const QByteArray inner = "GET /webhook?hub.challenge=smuggled HTTP/1.1\r\nHost: x\r\n\r\n";
        QVERIFY(c.send(delivery(inner, QByteArray())));
        const auto r = c.readResponse(5000);
        QCOMPARE(r.status, 401);
        const auto second = c.readResponse(2000);
        QVERIFY2(second.status == 0, second.body.constData());
        QVERIFY(c.waitClosed(3000));
        QCOMPARE(m_journal->lastSeq(), 0);
    }

    // Tried: a 64 MiB POST without the secret, sent as fast as the listener takes it. After the 401 the connection is
    // closed without reading the body: the sender cannot get more than the socket buffers' worth through, and the
    // listener's memory does not grow by the body. Before, the whole body was read (as the "next request line",
    // +65 MB resident per request).
    void aRejectedRequestsBodyIsNotReadIntoMemory()
    {
        startListener(QStringLiteral("rejected-big"));
        const qint64 before = wabadesk::test::residentKiB();
        RawConnection c;
        QVERIFY(c.connectTo(m_port));
        constexpr qint64 kBody = 64LL * 1024 * 1024;
        QVERIFY(
            c.send("POST /webhook HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(kBody) + "\r\n\r\n"));
        const QByteArray chunk(256 * 1024, 'a');
        qint64 sent = 0;
        QElapsedTimer timer;
        timer.start();
        while (sent < kBody && timer.elapsed() < 10000) {
            const qint64 n = c.sendSome(chunk);
            if (n < 0)
                break; // reset: the listener closed the connection
            sent += n;
            if (n == 0) {
                if (c.isClosedByPeer())
                    break;
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        }
        const qint64 after = wabadesk::test::residentKiB();
        qInfo("a 64 MiB unauthenticated POST: %lld bytes got through in %lld ms; resident %lld -> %lld KiB", sent,
              timer.elapsed(), before, after);
        QVERIFY2(sent < 16LL * 1024 * 1024, qPrintable(QString::number(sent)));
        QVERIFY2(after - before < 20 * 1024, qPrintable(QString::number(after - before)));
        QCOMPARE(m_journal->lastSeq(), 0);
    }

    // Tried (with the secret): bodies over the 1 MiB limit in every framing. All are refused with 413 and nothing is
    // stored; before, chunked bodies bypassed the limit and were stored whole.
    void bodiesOverTheLimitAreRefusedInEveryFraming_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        const QByteArray post = "POST /webhook HTTP/1.1\r\nHost: x\r\nX-WabaDesk-Secret: " + kSecret + "\r\n";
        const QByteArray te = post + "Transfer-Encoding: chunked\r\n\r\n";
        QTest::newRow("Content-Length") << post + "Content-Length: 2097152\r\n\r\n" << QByteArray(2 << 20, 'x') << 413;
        QTest::newRow("one 2 MiB chunk") << te << chunked({QByteArray(2 << 20, 'x')}) << 413;
        QList<QByteArray> small;
        for (int i = 0; i < 4200; ++i)
            small.append(QByteArray(512, 'y'));
        QTest::newRow("4,200 chunks of 512 bytes") << te << chunked(small) << 413;
        QTest::newRow("a chunk size that overflows")
            << te << QByteArray("1000000000000000000001\r\nzz\r\n0\r\n\r\n") << 413;
        QTest::newRow("chunked and Content-Length") << post + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                    << chunked({"hello"}) << 400;
    }

    void bodiesOverTheLimitAreRefusedInEveryFraming()
    {
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        startListener(QStringLiteral("limit"));
        RawConnection c;
        QVERIFY(c.connectTo(m_port));
        QVERIFY(c.send(head));
        for (qsizetype sent = 0; sent < body.size();) { // the server may stop reading once it knows
            const qint64 n = c.sendSome(body.mid(sent, 65536));
            if (n < 0)
                break;
            if (n == 0 && c.isClosedByPeer())
                break;
            sent += n;
            if (n == 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        QCOMPARE(c.readResponse(5000).status, status);
        QVERIFY(c.waitClosed(5000));
        QCOMPARE(m_journal->lastSeq(), 0);
    }

    // A chunked body within the limit is stored de-chunked (framing is not content).
    void aChunkedBodyWithinTheLimitIsStoredWhole()
    {
        startListener(QStringLiteral("chunked-ok"));
        RawConnection c;
        QVERIFY(c.connectTo(m_port));
        const QByteArray body = envelope(7);
        QVERIFY(c.send("POST /webhook HTTP/1.1\r\nHost: x\r\nX-WabaDesk-Secret: " + kSecret +
                       "\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked({body.left(10), body.mid(10)})));
        QCOMPARE(c.readResponse(5000).status, 200);
        QCOMPARE(m_journal->readAfter(0, 1).value(0).body, body);
    }

    // Expect: 100-continue (curl sends it for larger bodies): the sender with the secret is told to go on and its
    // body is stored; the one without gets its 401 at once, and never the invitation to send the body.
    void expectContinueOnlyForTheAuthenticated()
    {
        startListener(QStringLiteral("continue"));
        const QByteArray body = envelope(9);
        RawConnection c;
        QVERIFY(c.connectTo(m_port));
        QVERIFY(c.send("POST /webhook HTTP/1.1\r\nHost: x\r\nX-WabaDesk-Secret: " + kSecret +
                       "\r\nExpect: 100-continue\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"));
        QCOMPARE(c.readResponse(3000).status, 100);
        QVERIFY(c.send(body));
        QCOMPARE(c.readResponse(3000).status, 200);
        QCOMPARE(m_journal->readAfter(0, 1).value(0).body, body);

        RawConnection refused;
        QVERIFY(refused.connectTo(m_port));
        QVERIFY(
            refused.send("POST /webhook HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 10\r\n\r\n"));
        QCOMPARE(refused.readResponse(3000).status, 401);
        QVERIFY(refused.waitClosed(3000));
        QCOMPARE(m_journal->lastSeq(), 1);
    }

    // Tried: 300 connections from 127.0.0.1 that send half a request line and stay. Connections per address are
    // capped: the oldest incomplete ones are closed to make room, and a real delivery from the same address (a
    // tunnel's) still gets its 200. Before: all 300 were kept and the delivery waited behind them.
    void connectionsPerAddressAreCapped()
    {
        startListener(QStringLiteral("cap"));
        std::vector<RawConnection> idle(300);
        for (RawConnection& c : idle) {
            QVERIFY(c.connectTo(m_port));
            QVERIFY(c.send("POST /webh"));
        }
        const auto [status, ms] = deliver(1, 3000);
        qInfo("delivery beside 300 incomplete connections from its address: %d in %.2f ms", status, ms);
        QCOMPARE(status, 200);
        int closed = 0;
        const bool enough = QTest::qWaitFor(
            [&] {
                closed =
                    int(std::count_if(idle.begin(), idle.end(), [](RawConnection& c) { return c.isClosedByPeer(); }));
                return closed >= 300 - 64;
            },
            3000);
        qInfo("%d of 300 incomplete connections were closed", closed);
        QVERIFY(enough);
        QVERIFY2(closed >= 300 - 64, qPrintable(QString::number(closed)));
    }

    // HTTPS (a certificate configured): a client that connects and never starts the handshake is closed after the
    // request deadline like a plain one, and a real delivery over TLS beside it is stored.
    void theTlsHandshakeHasTheDeadlineToo()
    {
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        if (!openssl.waitForStarted(5000))
            QSKIP("the openssl command is not installed (scripts/setup-debian.sh test installs it)");
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        QString error;
        m_listener.reset();
        m_journal = Journal::open(m_dir.filePath(QStringLiteral("tls")), &error);
        QVERIFY2(m_journal, qPrintable(error));
        ListenerOptions options;
        options.tlsCertFile = cert;
        options.tlsKeyFile = key; // an EC key (the existing HTTPS test uses RSA)
        m_listener = std::make_unique<WebhookListener>(m_journal.get(), options);
        m_listener->setCredentials({{"X-WabaDesk-Secret", kSecret, QStringLiteral("c1")}});
        QVERIFY2(m_listener->start(&error), qPrintable(error));
        m_port = quint16(m_listener->url().port());

        RawConnection silent;
        QVERIFY(silent.connectTo(m_port));
        QElapsedTimer timer;
        timer.start();
        httplib::SSLClient client("127.0.0.1", m_port);
        client.enable_server_certificate_verification(false);
        auto r = client.Post("/webhook", httplib::Headers{{"X-WabaDesk-Secret", kSecret.toStdString()}},
                             envelope(1).toStdString(), "application/json");
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(m_journal->lastSeq(), 1);
        QVERIFY2(silent.waitClosed(15000), "a TLS connection without a handshake was kept open");
        qInfo("a silent TLS connection was closed after %lld ms", timer.elapsed());
        QVERIFY(timer.elapsed() < 10000);
    }

    // The listening socket's backlog is the system's (SOMAXCONN), not 5: a burst of connections waits in it instead
    // of being dropped. Then a burst of 300 simultaneous deliveries: every one is answered.
    void aBurstOfConnectionsIsAccepted()
    {
        startListener(QStringLiteral("backlog"));
        const int backlog = wabadesk::test::listenBacklog(m_port);
        if (backlog < 0)
            QSKIP("`ss` (iproute2) is not installed");
        qInfo("listen backlog: %d", backlog);
        QVERIFY2(backlog >= 128, qPrintable(QString::number(backlog)));

        std::vector<RawConnection> burst(300);
        for (size_t i = 0; i < burst.size(); ++i)
            QVERIFY(burst[i].connectTo(m_port, crowdAddress(int(i)).constData()));
        for (size_t i = 0; i < burst.size(); ++i)
            QVERIFY(burst[i].send(delivery(envelope(int(i)))));
        int ok = 0;
        for (RawConnection& c : burst)
            ok += c.readResponse(5000).status == 200;
        QCOMPARE(ok, 300);
    }
};

QTEST_GUILESS_MAIN(TestListenerHostile)
#include "tst_listener_hostile.moc"
