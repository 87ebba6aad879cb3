// Round trips of POST /messages through ApiClient to the local sandbox on 127.0.0.1: latency percentiles of
// sequential sends, then throughput with N sends in flight. Prints figures; asserts nothing.
// Usage: build/bench/bench_apiclient [count=2000] [inflight=16]
#include "api/ApiClient.h"
#include "sandbox/Sandbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>

#include <algorithm>
#include <cstdio>

using namespace wabadesk;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(10, atoi(argv[1])) : 2000;
    const int inflight = argc > 2 ? std::max(1, atoi(argv[2])) : 16;

    sandbox::SandboxOptions options;
    options.scriptedCustomers = false;
    options.statusDelay = std::chrono::milliseconds(0);
    sandbox::Sandbox sb(options);
    QString error;
    if (!sb.start(&error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const QString to = QStringLiteral("4915112345678");
    sb.setLastInbound(to, QDateTime::currentDateTimeUtc());
    QNetworkAccessManager nam;
    const QByteArray key = sb.apiKey();
    api::ApiClient client(&nam, sb.baseUrl(), [key] { return key; });

    // Sequential: one call at a time, latency per call.
    std::vector<double> ms;
    ms.reserve(size_t(count));
    int failures = 0;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < count; ++i) {
        QElapsedTimer t;
        t.start();
        bool done = false;
        client.sendMessage(api::messages::text(to, QStringLiteral("bench %1").arg(i)), &app,
                           [&](const api::Result<SendResult>& r) {
                               failures += r.ok() ? 0 : 1;
                               done = true;
                           });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    const double sequentialSeconds = double(total.nsecsElapsed()) / 1e9;
    std::sort(ms.begin(), ms.end());
    auto pct = [&](double p) {
        return ms[std::min(ms.size() - 1, size_t(p * double(ms.size())))];
    };
    std::printf("sequential sends: %d (failures %d) in %.2f s\n", count, failures, sequentialSeconds);
    std::printf("  latency ms: p50 %.2f  p95 %.2f  p99 %.2f  max %.2f\n", pct(0.50), pct(0.95), pct(0.99), ms.back());

    // Concurrent: keep `inflight` calls open.
    int started = 0, finished = 0;
    failures = 0;
    total.restart();
    std::function<void()> startOne = [&] {
        ++started;
        client.sendMessage(api::messages::text(to, QStringLiteral("bench")), &app,
                           [&](const api::Result<SendResult>& r) {
                               failures += r.ok() ? 0 : 1;
                               ++finished;
                               if (started < count)
                                   startOne();
                           });
    };
    for (int i = 0; i < inflight && started < count; ++i)
        startOne();
    while (finished < count)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double concurrentSeconds = double(total.nsecsElapsed()) / 1e9;
    std::printf("concurrent sends: %d with %d in flight (failures %d) in %.2f s = %.0f sends/s\n", count, inflight,
                failures, concurrentSeconds, double(count) / concurrentSeconds);
    sb.stop();
    return 0;
}
