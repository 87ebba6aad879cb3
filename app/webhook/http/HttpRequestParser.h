#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace wabadesk::webhook {

// Bounds on what one request may make the listener hold (issue #15): the head is small, the body only comes after the
// head was read (and the sender authenticated), and no framing gets past the body limit.
struct HttpLimits {
    qsizetype maxHeadBytes = 16 * 1024; // request line + headers, and a chunked body's trailers
    qsizetype maxRequestLineBytes = 8 * 1024;
    int maxHeaderCount = 100;
    qint64 maxBodyBytes = 1024 * 1024;
};

// One HTTP/1.x request as the listener needs it.
struct HttpRequest {
    QByteArray method;
    QByteArray target;                            // origin-form ("/webhook?x=1") or absolute-form, as sent
    int minorVersion = 1;                         // HTTP/1.0 or HTTP/1.1
    QList<QPair<QByteArray, QByteArray>> headers; // names as sent; values without surrounding blanks
    qint64 contentLength = -1;                    // -1: none given
    bool chunked = false;
    bool keepAlive = true; // after this request (HTTP/1.1 unless "close"; HTTP/1.0 only with "keep-alive")
    bool expectContinue = false;
    QByteArray body; // de-chunked

    // The value of the first header with this name (case-insensitive); null when absent.
    QByteArray header(const QByteArray& name) const;
};

// An incremental, bounded HTTP/1.0 and 1.1 request parser (RFC 9112) for the webhook listener. Bytes go in as they
// arrive; it stops after the head (so that the caller can authenticate and refuse before a byte of the body is read),
// after a complete request (what follows belongs to the next one), or at the first error, with the status to answer:
// 400 malformed (also Content-Length beside Transfer-Encoding, a request-smuggling shape), 413 body over the limit in
// any framing, 414 request line too long, 417 unknown expectation, 431 head too large, 501 a transfer coding other
// than chunked, 505 not HTTP/1.x. It never holds more than the head limit plus the body limit. Pure: no I/O, no Qt
// event loop; fuzzed (tests/fuzz).
class HttpRequestParser {
public:
    enum class Step {
        NeedMore,     // everything given was consumed; feed more
        HeadComplete, // request() has the method, target and headers; feed again to read the body
        Complete,     // request() is complete; call reset() before the next request
        Failed,       // errorStatus() and errorReason() say why; the connection cannot go on
    };

    explicit HttpRequestParser(HttpLimits limits = {});

    // Consumes from `data` up to the next step; *consumed says how many bytes were used.
    Step feed(const char* data, qsizetype size, qsizetype* consumed);
    Step feed(const QByteArray& data, qsizetype* consumed) { return feed(data.constData(), data.size(), consumed); }

    const HttpRequest& request() const { return m_request; }
    HttpRequest takeRequest();
    int errorStatus() const { return m_errorStatus; }
    const char* errorReason() const { return m_errorReason; }
    bool isIdle() const { return m_state == State::Start && m_line.isEmpty() && m_headBytes == 0; }
    bool isInBody() const;
    void reset();

private:
    enum class State { Start, Headers, BodyStart, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Done, Failed };

    Step fail(int status, const char* reason);
    // Appends to the current line up to LF; true when a whole line is in m_line (without its line ending).
    bool takeLine(const char*& p, const char* end, qsizetype limit, int overStatus, const char* overReason,
                  Step* failed);
    Step onRequestLine();
    Step onHeaderLine();
    Step onHeadEnd();
    Step onChunkSizeLine();

    HttpLimits m_limits;
    State m_state = State::Start;
    HttpRequest m_request;
    QByteArray m_line;
    qsizetype m_headBytes = 0; // head (and trailer) bytes so far
    qint64 m_remaining = 0;    // body or chunk bytes still to read
    bool m_lineHasCr = false;
    int m_errorStatus = 0;
    const char* m_errorReason = "";
};

} // namespace wabadesk::webhook
