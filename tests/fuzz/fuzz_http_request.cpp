// libFuzzer target: the listener's HTTP request parser (webhook/http/HttpRequestParser), which reads what anyone on
// the internet sends before authentication. Small limits, so that the fuzzer reaches them. Checks: no body over the
// limit is ever accepted, no head is larger than its limit, and the outcome does not depend on how the bytes were
// split into reads (fed whole and in pieces whose sizes the input's first byte chooses).
#include "webhook/http/HttpRequestParser.h"

#include <cstdint>
#include <cstdlib>

using wabadesk::webhook::HttpLimits;
using wabadesk::webhook::HttpRequest;
using wabadesk::webhook::HttpRequestParser;

namespace {

constexpr HttpLimits kLimits{1024, 512, 16, 4096};

struct Outcome {
    QList<HttpRequest> requests;
    int error = 0;
};

Outcome parse(const QByteArray& input, qsizetype piece)
{
    HttpRequestParser parser(kLimits);
    Outcome out;
    qsizetype at = 0;
    bool feedEmpty = false;
    while ((at < input.size() || feedEmpty) && out.requests.size() < 64) {
        const qsizetype size = feedEmpty ? 0 : piece > 0 ? std::min(piece, input.size() - at) : input.size() - at;
        qsizetype used = 0;
        const HttpRequestParser::Step step = parser.feed(input.constData() + at, size, &used);
        if (used < 0 || used > size)
            std::abort();
        feedEmpty = false;
        at += used;
        switch (step) {
        case HttpRequestParser::Step::Failed:
            out.error = parser.errorStatus();
            if (out.error < 400 || out.error > 599)
                std::abort();
            return out;
        case HttpRequestParser::Step::HeadComplete:
            feedEmpty = true;
            break;
        case HttpRequestParser::Step::Complete:
            if (parser.request().body.size() > kLimits.maxBodyBytes)
                std::abort();
            out.requests.append(parser.takeRequest());
            parser.reset();
            break;
        case HttpRequestParser::Step::NeedMore:
            if (used != size)
                std::abort(); // NeedMore means everything given was taken
            break;
        }
    }
    return out;
}

bool same(const Outcome& a, const Outcome& b)
{
    if (a.error != b.error || a.requests.size() != b.requests.size())
        return false;
    for (qsizetype i = 0; i < a.requests.size(); ++i) {
        const HttpRequest& x = a.requests.at(i);
        const HttpRequest& y = b.requests.at(i);
        if (x.method != y.method || x.target != y.target || x.body != y.body || x.keepAlive != y.keepAlive ||
            x.headers != y.headers)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype piece = 1 + data[0] % 16;
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data) + 1, qsizetype(size) - 1);
    const Outcome whole = parse(input, 0);
    const Outcome pieces = parse(input, piece);
    if (!same(whole, pieces))
        std::abort();
    return 0;
}
