#include "webhook/http/HttpRequestParser.h"

#include <cstring>

namespace wabadesk::webhook {

namespace {

constexpr qsizetype kMaxChunkLine = 4096; // chunk size plus extensions
constexpr int kMaxContentLengthDigits = 18;

bool isTokenChar(unsigned char c)
{
    // RFC 9110 §5.6.2 tchar
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

bool isToken(const QByteArray& s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s)
        if (c == '\0' || !isTokenChar(static_cast<unsigned char>(c)))
            return false;
    return true;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

QByteArray trimmedBlanks(const QByteArray& s)
{
    qsizetype from = 0;
    qsizetype to = s.size();
    while (from < to && isBlank(s.at(from)))
        ++from;
    while (to > from && isBlank(s.at(to - 1)))
        --to;
    return s.mid(from, to - from);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

QByteArray HttpRequest::header(const QByteArray& name) const
{
    for (const auto& [n, v] : headers)
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

HttpRequestParser::HttpRequestParser(HttpLimits limits)
    : m_limits(limits)
{}

void HttpRequestParser::reset()
{
    m_state = State::Start;
    m_request = HttpRequest();
    m_line.clear();
    m_headBytes = 0;
    m_remaining = 0;
    m_lineHasCr = false;
    m_errorStatus = 0;
    m_errorReason = "";
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest out = std::move(m_request);
    m_request = HttpRequest();
    return out;
}

bool HttpRequestParser::isInBody() const
{
    return m_state == State::BodyStart || m_state == State::Body || m_state == State::ChunkSize ||
           m_state == State::ChunkData || m_state == State::ChunkDataEnd || m_state == State::Trailers;
}

HttpRequestParser::Step HttpRequestParser::fail(int status, const char* reason)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorReason = reason;
    m_line.clear();
    return Step::Failed;
}

bool HttpRequestParser::takeLine(const char*& p, const char* end, qsizetype limit, int overStatus,
                                 const char* overReason, Step* failed)
{
    const bool countsAsHead = m_state == State::Start || m_state == State::Headers || m_state == State::Trailers;
    const char* newline = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
    const qsizetype take = (newline ? newline + 1 : end) - p;
    // Over a limit: the one the bytes pass first decides, so that the answer does not depend on how they arrived
    // (whole or in pieces; the fuzzer compares both).
    const qsizetype lineRoom = limit + 2 - m_line.size(); // the line's end (CR LF) is not counted against it
    const qsizetype headRoom = countsAsHead ? m_limits.maxHeadBytes - m_headBytes : lineRoom;
    if (take > lineRoom || take > headRoom) {
        *failed = headRoom < lineRoom ? fail(431, "a request head over the size limit") : fail(overStatus, overReason);
        return false;
    }
    if (countsAsHead)
        m_headBytes += take;
    m_line.append(p, newline ? take - 1 : take);
    p += take;
    if (!newline)
        return false;
    if (m_line.endsWith('\r'))
        m_line.chop(1);
    if (m_line.contains('\r')) {
        *failed = fail(400, "a bare CR in the request head");
        return false;
    }
    return true;
}

HttpRequestParser::Step HttpRequestParser::onRequestLine()
{
    const qsizetype first = m_line.indexOf(' ');
    const qsizetype last = m_line.lastIndexOf(' ');
    if (first <= 0 || last <= first + 1)
        return fail(400, "a malformed request line");
    m_request.method = m_line.left(first);
    m_request.target = m_line.mid(first + 1, last - first - 1);
    const QByteArray version = m_line.mid(last + 1);
    if (!isToken(m_request.method))
        return fail(400, "a malformed method");
    for (const char c : std::as_const(m_request.target))
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
            return fail(400, "a malformed request target");
    if (!m_request.target.startsWith('/') && !m_request.target.startsWith("http://") &&
        !m_request.target.startsWith("https://") && m_request.target != "*")
        return fail(400, "a malformed request target");
    if (version == "HTTP/1.1")
        m_request.minorVersion = 1;
    else if (version == "HTTP/1.0")
        m_request.minorVersion = 0;
    else if (version.size() == 8 && version.startsWith("HTTP/") && hexValue(version.at(5)) >= 0 &&
             hexValue(version.at(5)) <= 9 && version.at(6) == '.' && hexValue(version.at(7)) >= 0 &&
             hexValue(version.at(7)) <= 9)
        return fail(505, "an HTTP version other than 1.0 and 1.1");
    else
        return fail(400, "a malformed HTTP version");
    return Step::NeedMore;
}

HttpRequestParser::Step HttpRequestParser::onHeaderLine()
{
    if (isBlank(m_line.at(0)))
        return fail(400, "a folded header line");
    const qsizetype colon = m_line.indexOf(':');
    if (colon <= 0)
        return fail(400, "a header line without a name");
    const QByteArray name = m_line.left(colon);
    if (!isToken(name))
        return fail(400, "a malformed header name");
    const QByteArray value = trimmedBlanks(m_line.mid(colon + 1));
    for (const char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            return fail(400, "a control character in a header value");
    }
    if (m_request.headers.size() >= m_limits.maxHeaderCount)
        return fail(431, "too many header lines");

    if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
        if (value.isEmpty() || value.size() > kMaxContentLengthDigits)
            return fail(400, "a malformed Content-Length");
        for (const char c : value)
            if (c < '0' || c > '9')
                return fail(400, "a malformed Content-Length");
        const qint64 length = value.toLongLong();
        if (m_request.contentLength >= 0 && m_request.contentLength != length)
            return fail(400, "two different Content-Length values");
        m_request.contentLength = length;
    } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
        // Only "chunked", once (RFC 9112 §6.1); any other coding is not implemented here.
        for (const QByteArray& coding : value.split(',')) {
            const QByteArray c = trimmedBlanks(coding);
            if (c.compare("chunked", Qt::CaseInsensitive) != 0)
                return fail(c.isEmpty() ? 400 : 501, "a transfer coding other than chunked");
            if (m_request.chunked)
                return fail(400, "chunked applied twice");
            m_request.chunked = true;
        }
    } else if (name.compare("Expect", Qt::CaseInsensitive) == 0) {
        if (value.compare("100-continue", Qt::CaseInsensitive) != 0)
            return fail(417, "an expectation other than 100-continue");
        m_request.expectContinue = true;
    }
    m_request.headers.append({name, value});
    return Step::NeedMore;
}

HttpRequestParser::Step HttpRequestParser::onHeadEnd()
{
    if (m_request.chunked && m_request.contentLength >= 0)
        return fail(400, "both Content-Length and Transfer-Encoding");
    if (m_request.chunked && m_request.minorVersion == 0)
        return fail(400, "Transfer-Encoding in an HTTP/1.0 request");
    bool close = false;
    bool keepAlive = false;
    for (const QByteArray& token : m_request.header("Connection").split(',')) {
        const QByteArray t = trimmedBlanks(token);
        close = close || t.compare("close", Qt::CaseInsensitive) == 0;
        keepAlive = keepAlive || t.compare("keep-alive", Qt::CaseInsensitive) == 0;
    }
    m_request.keepAlive = !close && (m_request.minorVersion == 1 || keepAlive);
    if (m_request.minorVersion == 0)
        m_request.expectContinue = false; // 100 Continue is not for HTTP/1.0 clients
    m_state = State::BodyStart;
    return Step::HeadComplete;
}

HttpRequestParser::Step HttpRequestParser::onChunkSizeLine()
{
    qint64 size = 0;
    qsizetype i = 0;
    const qint64 room = m_limits.maxBodyBytes - m_request.body.size();
    for (; i < m_line.size(); ++i) {
        const int v = hexValue(m_line.at(i));
        if (v < 0)
            break;
        size = size * 16 + v;
        if (size > room)
            return fail(413, "a body over the size limit");
    }
    if (i == 0)
        return fail(400, "a malformed chunk size");
    while (i < m_line.size() && isBlank(m_line.at(i)))
        ++i;
    if (i < m_line.size() && m_line.at(i) != ';')
        return fail(400, "a malformed chunk size");
    m_line.clear();
    if (size == 0) {
        m_state = State::Trailers;
    } else {
        m_remaining = size;
        m_state = State::ChunkData;
    }
    return Step::NeedMore;
}

HttpRequestParser::Step HttpRequestParser::feed(const char* data, qsizetype size, qsizetype* consumed)
{
    const char* p = data;
    const char* const end = data + size;
    const auto done = [&](Step step) {
        *consumed = p - data;
        return step;
    };
    Step failed = Step::Failed;
    for (;;) {
        switch (m_state) {
        case State::Start:
            if (!takeLine(p, end, m_limits.maxRequestLineBytes, 414, "a request line that is too long", &failed))
                return done(m_state == State::Failed ? Step::Failed : Step::NeedMore);
            if (m_line.isEmpty())
                continue; // an empty line before the request line is ignored (RFC 9112 §2.2); the head limit holds
            if (onRequestLine() == Step::Failed)
                return done(Step::Failed);
            m_line.clear();
            m_state = State::Headers;
            break;
        case State::Headers:
            if (!takeLine(p, end, m_limits.maxHeadBytes, 431, "request headers over the size limit", &failed))
                return done(m_state == State::Failed ? Step::Failed : Step::NeedMore);
            if (m_line.isEmpty())
                return done(onHeadEnd());
            if (onHeaderLine() == Step::Failed)
                return done(Step::Failed);
            m_line.clear();
            break;
        case State::BodyStart:
            if (m_request.chunked) {
                m_state = State::ChunkSize;
            } else if (m_request.contentLength > m_limits.maxBodyBytes) {
                return done(fail(413, "a body over the size limit"));
            } else if (m_request.contentLength > 0) {
                m_request.body.reserve(qsizetype(m_request.contentLength));
                m_remaining = m_request.contentLength;
                m_state = State::Body;
            } else {
                m_state = State::Done;
            }
            break;
        case State::Body:
        case State::ChunkData: {
            const qsizetype n = qsizetype(std::min<qint64>(m_remaining, end - p));
            m_request.body.append(p, n);
            p += n;
            m_remaining -= n;
            if (m_remaining > 0)
                return done(Step::NeedMore);
            m_state = m_state == State::Body ? State::Done : State::ChunkDataEnd;
            break;
        }
        case State::ChunkSize:
            if (!takeLine(p, end, kMaxChunkLine, 400, "a chunk size line that is too long", &failed))
                return done(m_state == State::Failed ? Step::Failed : Step::NeedMore);
            if (onChunkSizeLine() == Step::Failed)
                return done(Step::Failed);
            break;
        case State::ChunkDataEnd:
            if (!takeLine(p, end, 2, 400, "a chunk without its line end", &failed))
                return done(m_state == State::Failed ? Step::Failed : Step::NeedMore);
            if (!m_line.isEmpty())
                return done(fail(400, "a chunk longer than its size"));
            m_state = State::ChunkSize;
            break;
        case State::Trailers:
            if (!takeLine(p, end, m_limits.maxHeadBytes, 431, "trailers over the size limit", &failed))
                return done(m_state == State::Failed ? Step::Failed : Step::NeedMore);
            if (m_line.isEmpty()) {
                m_state = State::Done;
                break;
            }
            if (isBlank(m_line.at(0)) || m_line.indexOf(':') <= 0)
                return done(fail(400, "a malformed trailer"));
            m_line.clear(); // trailers are read and dropped
            break;
        case State::Done:
            return done(Step::Complete);
        case State::Failed:
            return done(Step::Failed);
        }
    }
}

} // namespace wabadesk::webhook
