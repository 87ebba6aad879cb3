// The listener's HTTP/1.x request parser (issue #15): framing, limits and the shapes a hostile client tries. Each
// input is fed whole and byte by byte: a request split anywhere must parse the same.
#include "webhook/http/HttpRequestParser.h"

#include <QtTest>

using wabadesk::webhook::HttpLimits;
using wabadesk::webhook::HttpRequest;
using wabadesk::webhook::HttpRequestParser;
using Step = HttpRequestParser::Step;

namespace {

struct Outcome {
    QList<HttpRequest> requests;
    int errorStatus = 0;
    bool needsMore = false;
};

// Feeds `input` in pieces of `piece` bytes (0: whole), reading the body after every head, as the listener does.
Outcome parse(const QByteArray& input, qsizetype piece, HttpLimits limits = {})
{
    HttpRequestParser parser(limits);
    Outcome out;
    qsizetype at = 0;
    bool feedEmpty = false;
    while (at < input.size() || feedEmpty) {
        const qsizetype size = piece > 0 ? std::min(piece, input.size() - at) : input.size() - at;
        qsizetype used = 0;
        const Step step = parser.feed(input.constData() + at, feedEmpty ? 0 : size, &used);
        feedEmpty = false;
        at += used;
        if (step == Step::Failed) {
            out.errorStatus = parser.errorStatus();
            return out;
        }
        if (step == Step::HeadComplete)
            feedEmpty = true; // the body, even an empty one
        if (step == Step::Complete) {
            out.requests.append(parser.takeRequest());
            parser.reset();
        }
    }
    out.needsMore = !parser.isIdle();
    return out;
}

} // namespace

class TestHttpRequestParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void requests_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("count");
        QTest::addColumn<QByteArray>("lastBody");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("Content-Length") << QByteArray("POST /w HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello")
                                        << 1 << QByteArray("hello") << true;
        QTest::newRow("chunked with extensions and trailers")
            << QByteArray("POST /w HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\n3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\n"
                          "X-Trailer: 1\r\n\r\n")
            << 1 << QByteArray("abcde") << true;
        QTest::newRow("pipelined") << QByteArray("GET / HTTP/1.1\r\n\r\nPOST / HTTP/1.1\r\nContent-Length: 2\r\n\r\nok")
                                   << 2 << QByteArray("ok") << true;
        QTest::newRow("LF line ends, a leading empty line")
            << QByteArray("\r\nPOST / HTTP/1.1\nContent-Length: 1\n\nx") << 1 << QByteArray("x") << true;
        QTest::newRow("HTTP/1.0 closes") << QByteArray("GET / HTTP/1.0\r\n\r\n") << 1 << QByteArray() << false;
        QTest::newRow("HTTP/1.0 keep-alive")
            << QByteArray("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") << 1 << QByteArray() << true;
        QTest::newRow("Connection: close")
            << QByteArray("GET / HTTP/1.1\r\nConnection: close\r\n\r\n") << 1 << QByteArray() << false;
        QTest::newRow("two equal Content-Length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nab") << 1
            << QByteArray("ab") << true;
        QTest::newRow("NUL in the body is data")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\na\0b", 41) << 1 << QByteArray("a\0b", 3) << true;
    }

    void requests()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, count);
        QFETCH(QByteArray, lastBody);
        QFETCH(bool, keepAlive);
        for (const qsizetype piece : {qsizetype(0), qsizetype(1), qsizetype(7)}) {
            const Outcome o = parse(input, piece);
            QCOMPARE(o.errorStatus, 0);
            QCOMPARE(o.requests.size(), count);
            QCOMPARE(o.requests.last().body, lastBody);
            QCOMPARE(o.requests.last().keepAlive, keepAlive);
            QVERIFY(!o.needsMore);
        }
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("status");
        const QByteArray post = "POST / HTTP/1.1\r\n";
        QTest::newRow("Content-Length and chunked (smuggling)")
            << post + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
            << 400;
        QTest::newRow("two different Content-Length") << post + "Content-Length: 3\r\nContent-Length: 4\r\n\r\n" << 400;
        QTest::newRow("Content-Length list") << post + "Content-Length: 3, 3\r\n\r\nabc" << 400;
        QTest::newRow("negative Content-Length") << post + "Content-Length: -1\r\n\r\n" << 400;
        QTest::newRow("gzip coding") << post + "Transfer-Encoding: gzip, chunked\r\n\r\n" << 501;
        QTest::newRow("chunked twice") << post + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n"
                                       << 400;
        QTest::newRow("chunked in HTTP/1.0")
            << QByteArray("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n") << 400;
        QTest::newRow("space before the colon") << post + "Content-Length : 1\r\n\r\nx" << 400;
        QTest::newRow("folded header") << post + "X-A: 1\r\n  continued\r\n\r\n" << 400;
        QTest::newRow("NUL in a header value") << post + QByteArray("X-A: a\0b\r\n\r\n", 12) << 400;
        QTest::newRow("bare CR") << post + "X-A: a\rb\r\n\r\n" << 400;
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
        QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 400;
        QTest::newRow("a relative target") << QByteArray("GET index.html HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("Expect: other") << post + "Expect: 200-ok\r\n\r\n" << 417;
        QTest::newRow("chunk size not hex") << post + "Transfer-Encoding: chunked\r\n\r\nzz\r\n" << 400;
        QTest::newRow("chunk longer than said") << post + "Transfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n" << 400;
        QTest::newRow("chunk size over the limit") << post + "Transfer-Encoding: chunked\r\n\r\n100001\r\n" << 413;
        QTest::newRow("chunk size overflowing 64 bits")
            << post + "Transfer-Encoding: chunked\r\n\r\nffffffffffffffffffffffff\r\n"
            << 413;
        QTest::newRow("Content-Length over the limit") << post + "Content-Length: 1048577\r\n\r\n" << 413;
        QTest::newRow("request line over 8 KiB") << "GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\n\r\n" << 414;
        QTest::newRow("headers over 16 KiB") << post + "X-A: " + QByteArray(17000, 'a') + "\r\n\r\n" << 431;
        QByteArray many = post;
        for (int i = 0; i < 101; ++i)
            many += "X-" + QByteArray::number(i) + ": 1\r\n";
        QTest::newRow("101 header lines") << many + "\r\n" << 431;
        QTest::newRow("endless empty lines") << QByteArray(20000, '\n') << 431;
    }

    void refusals()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, status);
        for (const qsizetype piece : {qsizetype(0), qsizetype(1), qsizetype(5)}) {
            const Outcome o = parse(input, piece);
            QCOMPARE(o.errorStatus, status);
        }
    }

    // Chunks adding up to more than the limit are refused before the limit is passed in memory.
    void chunksAddingUpOverTheLimit()
    {
        HttpLimits limits;
        limits.maxBodyBytes = 1000;
        QByteArray input = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 11; ++i)
            input += "64\r\n" + QByteArray(100, 'x') + "\r\n";
        input += "0\r\n\r\n";
        QCOMPARE(parse(input, 0, limits).errorStatus, 413);
        QCOMPARE(parse(input, 3, limits).errorStatus, 413);
        // Exactly at the limit: accepted.
        QByteArray exact = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 10; ++i)
            exact += "64\r\n" + QByteArray(100, 'x') + "\r\n";
        exact += "0\r\n\r\n";
        const Outcome o = parse(exact, 0, limits);
        QCOMPARE(o.errorStatus, 0);
        QCOMPARE(o.requests.value(0).body.size(), 1000);
    }

    // The head is handed over before a byte of the body is taken: the caller can refuse without reading it.
    void theHeadComesBeforeTheBody()
    {
        HttpRequestParser parser;
        const QByteArray input =
            "POST /w?x=1 HTTP/1.1\r\nX-Secret: s\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\nbody";
        qsizetype used = 0;
        QCOMPARE(parser.feed(input, &used), Step::HeadComplete);
        QCOMPARE(used, input.size() - 4);
        QCOMPARE(parser.request().header("x-secret"), QByteArray("s"));
        QCOMPARE(parser.request().target, QByteArray("/w?x=1"));
        QVERIFY(parser.request().expectContinue);
        QVERIFY(parser.request().body.isEmpty());
        QCOMPARE(parser.feed(input.constData() + used, 4, &used), Step::Complete);
        QCOMPARE(parser.request().body, QByteArray("body"));
    }

    void anIncompleteRequestNeedsMore()
    {
        const Outcome o = parse("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc", 0);
        QCOMPARE(o.errorStatus, 0);
        QVERIFY(o.requests.isEmpty());
        QVERIFY(o.needsMore);
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
