// bench_listener: the embedded webhook listener under load (issue #4). Prints one line per figure:
// `<name> <value> <unit>`. Not a test: it measures and prints, it does not pass or fail.
//
//   build/bench/bench_listener [seconds=5] [clients=8]
//
// 1. paced:    1,000 requests/s of realistic webhook batches over keep-alive connections -> ack latency p50/p99/max
// 2. full:     as fast as the clients can post -> requests/s acknowledged, events/s stored (journal -> store)
// 3. multiplexed: 2 client threads driving 16 keep-alive connections (8 each, one request in flight per connection,
//    the issue #15 target: acknowledgement p99 <= 2 ms at >= 12,000 requests/s) -> requests/s, ack latency p50/p99
// 4. baselines: plain threaded receivers that commit each body to SQLite before answering, same full load: one
//    connection per worker thread (baseline) and one shared connection behind a mutex (baseline_serialized)
// Afterwards: every acknowledged request is in the store (checked by sequence number), and peak RSS.
// Data goes to a directory under the current one (not /tmp, which may be a RAM disk where fsync costs nothing).
#include "store/Store.h"
#include "store/StoreConnection.h"
#include "webhook/IngestWorker.h"
#include "webhook/Journal.h"
#include "webhook/WebhookListener.h"

#include <httplib.h>
#include <sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <random>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace wabadesk;
using Clock = std::chrono::steady_clock;

namespace {

const std::string kSecretHeader = "X-WabaDesk-Secret";
const std::string kSecret = "bench-secret-value-0123456789";

void figure(const char* name, double value, const char* unit)
{
    std::printf("%s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

// Realistic batches (REFERENCE.md §6): status updates (the bulk of the traffic: sent, delivered, read per message),
// inbound texts with a contact, and some media/reactions. Returns the body and its number of events.
struct Body {
    std::string json;
    int events;
};

std::vector<Body> makeBodies(int count)
{
    std::mt19937 rng(42);
    std::vector<Body> out;
    for (int i = 0; i < count; ++i) {
        const std::string wamid = "wamid.HBgLNDkxNTExMjM0NTY3OBUCABIYFDNBQjEyMzQ1Njc4OTAxMjM0NTY3" + std::to_string(i);
        const std::string head = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\","
                                 "\"changes\":[{\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_"
                                 "phone_number\":\"49301234567\",\"phone_number_id\":\"109876543210123\"},";
        const std::string tail = "},\"field\":\"messages\"}]}]}";
        const int kind = int(rng() % 10);
        if (kind < 5) {
            const int n = 1 + int(rng() % 3);
            std::string statuses;
            for (int s = 0; s < n; ++s) {
                if (s)
                    statuses += ",";
                static const char* names[] = {"sent", "delivered", "read"};
                statuses += "{\"id\":\"" + wamid + "s" + std::to_string(s) + "\",\"status\":\"" + names[s] +
                            "\",\"timestamp\":\"1700000000\",\"recipient_id\":\"4915112345678\",\"conversation\":{"
                            "\"id\":\"7270432eae37498234f4444b35ffc5\",\"origin\":{\"type\":\"service\"}},\"pricing\":{"
                            "\"pricing_model\":\"PMP\",\"type\":\"free_customer_service\",\"category\":\"service\"}}";
            }
            out.push_back({head + "\"statuses\":[" + statuses + "]" + tail, n});
        } else if (kind < 9) {
            out.push_back(
                {head +
                     "\"contacts\":[{\"profile\":{\"name\":\"Anna "
                     "Schmidt\"},\"wa_id\":\"4915112345678\"}],\"messages\":[{\"from\":\"4915112345678\",\"id\":\"" +
                     wamid +
                     "\",\"timestamp\":\"1700000000\",\"type\":\"text\",\"text\":{\"body\":\"Hello, I ordered a blue "
                     "jacket last week (order A-" +
                     std::to_string(i) +
                     ") and it has not arrived yet. Could you check the tracking for me, please?\"}}]" + tail,
                 1});
        } else {
            out.push_back(
                {head +
                     "\"contacts\":[{\"profile\":{\"name\":\"João "
                     "Silva\"},\"wa_id\":\"5511987654321\"}],\"messages\":[{\"from\":\"5511987654321\",\"id\":\"" +
                     wamid +
                     "\",\"timestamp\":\"1700000000\",\"type\":\"image\",\"image\":{\"caption\":\"the damaged "
                     "box\",\"mime_type\":\"image/jpeg\",\"sha256\":\"4654+8g=\",\"id\":\"65463453" +
                     std::to_string(i) + "\"}}]" + tail,
                 1});
        }
    }
    return out;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

struct LoadResult {
    std::vector<double> latenciesMs;
    long acked = 0;
    long events = 0;
    long failed = 0;
    long reconnects = 0;
    qint64 maxSeq = 0;
    double seconds = 0;
};

// `clients` threads posting bodies over keep-alive connections; `rate` requests/s in total, or 0 for as fast as
// possible.
LoadResult load(int port, const std::vector<Body>& bodies, int clients, double seconds, double rate)
{
    LoadResult result;
    std::mutex mutex;
    const auto start = Clock::now();
    const auto end = start + std::chrono::duration<double>(seconds);
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            httplib::Client client("127.0.0.1", port);
            client.set_keep_alive(true);
            client.set_tcp_nodelay(true);
            client.set_read_timeout(10, 0);
            const httplib::Headers headers{{kSecretHeader, kSecret}};
            std::vector<double> mine;
            long acked = 0, events = 0, failed = 0;
            const double interval = rate > 0 ? double(clients) / rate : 0; // seconds between this thread's sends
            auto next = start + std::chrono::duration<double>(interval * double(c) / double(clients));
            for (size_t i = size_t(c); Clock::now() < end; i += size_t(clients)) {
                if (rate > 0) {
                    std::this_thread::sleep_until(next);
                    next += std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(interval));
                }
                const Body& body = bodies[i % bodies.size()];
                const auto t0 = Clock::now();
                auto res = client.Post("/webhook", headers, body.json, "application/json");
                const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
                if (res && res->status == 200) {
                    ++acked;
                    events += body.events;
                    mine.push_back(ms);
                } else {
                    ++failed;
                }
            }
            std::lock_guard lock(mutex);
            result.latenciesMs.insert(result.latenciesMs.end(), mine.begin(), mine.end());
            result.acked += acked;
            result.events += events;
            result.failed += failed;
        });
    }
    for (auto& t : threads)
        t.join();
    result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return result;
}

// `threads` client threads, each driving `perThread` keep-alive connections with poll(): every connection has one
// request in flight; when its answer is complete the next is sent at once. Raw sockets, so that the client costs as
// little as possible and the figures are the listener's.
LoadResult loadMultiplexed(int port, const std::vector<Body>& bodies, int threads, int perThread, double seconds)
{
    LoadResult result;
    std::mutex mutex;
    const auto start = Clock::now();
    const auto end = start + std::chrono::duration<double>(seconds);
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            struct Connection {
                int fd = -1;
                std::string in;
                Clock::time_point sentAt;
                int events = 0;
            };
            std::vector<Connection> connections;
            connections.resize(size_t(perThread));
            std::vector<pollfd> polls;
            polls.resize(size_t(perThread));
            std::vector<double> mine;
            long acked = 0, events = 0, failed = 0;
            size_t next = size_t(t);
            const auto send = [&](Connection& c) {
                const Body& body = bodies[next % bodies.size()];
                next += size_t(threads);
                const std::string request = "POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                                            "application/json\r\n" +
                                            kSecretHeader + ": " + kSecret +
                                            "\r\nContent-Length: " + std::to_string(body.json.size()) + "\r\n\r\n" +
                                            body.json;
                c.sentAt = Clock::now();
                c.events = body.events;
                return ::send(c.fd, request.data(), request.size(), MSG_NOSIGNAL) == ssize_t(request.size());
            };
            // (Re)connects and sends; a server may close a keep-alive connection after an answer (a request limit).
            const auto open = [&](size_t i) {
                Connection& c = connections[i];
                if (c.fd >= 0)
                    ::close(c.fd);
                c.in.clear();
                c.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
                const int one = 1;
                ::setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                sockaddr_in addr{};
                addr.sin_family = AF_INET;
                addr.sin_port = htons(quint16(port));
                addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
                const bool ok = ::connect(c.fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 && send(c);
                polls[i] = {ok ? c.fd : -1, POLLIN, 0};
                return ok;
            };
            long reconnects = 0;
            for (size_t i = 0; i < connections.size(); ++i)
                if (!open(i))
                    ++failed;
            while (Clock::now() < end) {
                if (::poll(polls.data(), polls.size(), 100) <= 0)
                    continue;
                for (size_t i = 0; i < polls.size(); ++i) {
                    if (!(polls[i].revents & (POLLIN | POLLERR | POLLHUP)))
                        continue;
                    Connection& c = connections[i];
                    char buffer[4096];
                    const ssize_t n = ::recv(c.fd, buffer, sizeof buffer, 0);
                    if (n <= 0) {
                        // Closed after the last answer: the request just sent never arrived; send it again.
                        ++reconnects;
                        if (!c.in.empty() || !open(i))
                            ++failed;
                        continue;
                    }
                    c.in.append(buffer, size_t(n));
                    const size_t headEnd = c.in.find("\r\n\r\n");
                    if (headEnd == std::string::npos)
                        continue;
                    const size_t lengthAt = c.in.find("Content-Length: ");
                    const size_t length = lengthAt < headEnd ? size_t(std::atol(c.in.c_str() + lengthAt + 16)) : 0;
                    if (c.in.size() < headEnd + 4 + length)
                        continue;
                    const bool ok = c.in.compare(0, 12, "HTTP/1.1 200") == 0;
                    c.in.erase(0, headEnd + 4 + length);
                    if (ok) {
                        ++acked;
                        events += c.events;
                        mine.push_back(std::chrono::duration<double, std::milli>(Clock::now() - c.sentAt).count());
                    } else {
                        ++failed;
                    }
                    if (Clock::now() < end && !send(c))
                        ++failed;
                }
            }
            for (Connection& c : connections)
                ::close(c.fd);
            std::lock_guard lock(mutex);
            result.latenciesMs.insert(result.latenciesMs.end(), mine.begin(), mine.end());
            result.acked += acked;
            result.events += events;
            result.failed += failed;
            result.reconnects += reconnects;
        });
    }
    for (auto& w : workers)
        w.join();
    result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return result;
}

// The comparison point: a plain threaded receiver that parses nothing but commits every body to SQLite before it
// answers (WAL, synchronous=FULL). Two ways such receivers are written:
// - PerThread: each worker thread has its own connection, as request-per-thread frameworks do; concurrent writers
//   meet SQLite's write lock and its busy handler (the receiver the issue describes: a few thousand requests/s and a
//   p99 in the hundreds of milliseconds);
// - Serialized: one connection behind a mutex (the kinder variant: no busy waits, but one commit at a time).
class PlainReceiver {
public:
    enum class Mode { PerThread, Serialized };

    PlainReceiver(const QString& path, Mode mode)
        : m_path(QFile::encodeName(path).toStdString())
        , m_mode(mode)
    {
        sqlite3* db = openDb();
        sqlite3_exec(db, "CREATE TABLE IF NOT EXISTS inbox(id INTEGER PRIMARY KEY, body BLOB);", nullptr, nullptr,
                     nullptr);
        if (mode == Mode::Serialized)
            m_shared = db;
        else
            sqlite3_close(db);
        m_server.Post("/webhook", [this](const httplib::Request& req, httplib::Response& res) {
            const bool ok = m_mode == Mode::Serialized ? insertSerialized(req.body) : insertPerThread(req.body);
            res.status = ok ? 200 : 503;
            res.set_content("{}", "application/json");
        });
        m_server.set_tcp_nodelay(true);
        m_port = m_server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
        while (!m_server.is_running())
            std::this_thread::yield();
    }
    ~PlainReceiver()
    {
        m_server.stop();
        m_thread.join();
        std::lock_guard lock(m_mutex);
        for (sqlite3* db : m_connections)
            sqlite3_close(db);
        if (m_shared)
            sqlite3_close(m_shared);
    }
    int port() const { return m_port; }

private:
    sqlite3* openDb()
    {
        sqlite3* db = nullptr;
        sqlite3_open(m_path.c_str(), &db);
        sqlite3_busy_timeout(db, 10000);
        sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;", nullptr, nullptr, nullptr);
        return db;
    }
    static bool insert(sqlite3* db, const std::string& body)
    {
        sqlite3_stmt* stmt = nullptr;
        sqlite3_prepare_v2(db, "INSERT INTO inbox(body) VALUES(?)", -1, &stmt, nullptr);
        sqlite3_bind_blob(stmt, 1, body.data(), int(body.size()), SQLITE_STATIC);
        const bool ok = sqlite3_step(stmt) == SQLITE_DONE;
        sqlite3_finalize(stmt);
        return ok;
    }
    bool insertSerialized(const std::string& body)
    {
        std::lock_guard lock(m_mutex);
        return insert(m_shared, body);
    }
    bool insertPerThread(const std::string& body)
    {
        thread_local sqlite3* db = nullptr;
        thread_local const PlainReceiver* owner = nullptr;
        if (owner != this) {
            db = openDb();
            owner = this;
            std::lock_guard lock(m_mutex);
            m_connections.push_back(db);
        }
        return insert(db, body);
    }

    std::string m_path;
    Mode m_mode;
    sqlite3* m_shared = nullptr;
    std::vector<sqlite3*> m_connections;
    std::mutex m_mutex;
    httplib::Server m_server;
    std::thread m_thread;
    int m_port = 0;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? std::max(1.0, atof(argv[1])) : 5.0;
    const int clients = argc > 2 ? std::max(1, atoi(argv[2])) : 8;
    QTemporaryDir dir(QDir::current().filePath(QStringLiteral("bench-listener-XXXXXX")));
    const QStorageInfo storage(dir.path());
    std::printf("# data in %s (%s), %d clients, %.0f s per phase, %u hardware threads\n", qPrintable(dir.path()),
                storage.fileSystemType().constData(), clients, seconds, std::thread::hardware_concurrency());
    const std::vector<Body> bodies = makeBodies(2000);

    QString error;
    auto journal = webhook::Journal::open(dir.filePath(QStringLiteral("journal")), &error);
    webhook::IngestWorker ingest(journal.get(), store::StoreLocation::inDataDir(dir.path()));
    // BENCH_ACK_ONLY=1 leaves the store out, to tell acknowledgement costs from ingest costs.
    const bool ackOnly = qEnvironmentVariableIsSet("BENCH_ACK_ONLY");
    if (!journal || (!ackOnly && !ingest.start(&error))) {
        std::fprintf(stderr, "setup failed: %s\n", qPrintable(error));
        return 1;
    }
    webhook::WebhookListener listener(journal.get(), webhook::ListenerOptions{});
    listener.setCredentials(
        {{QByteArray::fromStdString(kSecretHeader), QByteArray::fromStdString(kSecret), QString()}});
    if (!listener.start(&error)) {
        std::fprintf(stderr, "listener: %s\n", qPrintable(error));
        return 1;
    }
    const int port = listener.url().port();

    // 1. Paced 1,000 requests/s.
    const LoadResult paced = load(port, bodies, clients, seconds, 1000);
    figure("paced_request_rate", double(paced.acked) / paced.seconds, "requests/s");
    figure("paced_ack_p50", percentile(paced.latenciesMs, 0.50), "ms");
    figure("paced_ack_p99", percentile(paced.latenciesMs, 0.99), "ms");
    figure("paced_ack_max", percentile(paced.latenciesMs, 1.0), "ms");
    figure("paced_failed", double(paced.failed), "requests");
    if (!ackOnly)
        ingest.waitUntilIngested(journal->lastSeq(), 60000);

    // 2. Full load: acknowledged requests/s, and events/s stored from the first request until the store caught up.
    const qint64 before = journal->lastSeq();
    QElapsedTimer storeTimer;
    storeTimer.start();
    const LoadResult full = load(port, bodies, clients, seconds, 0);
    const qint64 target = journal->lastSeq();
    const bool caughtUp = !ackOnly && ingest.waitUntilIngested(target, 120000);
    const double storeSeconds = double(storeTimer.nsecsElapsed()) / 1e9;
    figure("full_request_rate", double(full.acked) / full.seconds, "requests/s");
    figure("full_event_rate_acknowledged", double(full.events) / full.seconds, "events/s");
    figure("full_ack_p50", percentile(full.latenciesMs, 0.50), "ms");
    figure("full_ack_p99", percentile(full.latenciesMs, 0.99), "ms");
    figure("full_ack_max", percentile(full.latenciesMs, 1.0), "ms");
    figure("full_events_stored_rate", double(full.events) / storeSeconds, "events/s");
    figure("full_store_catch_up", storeSeconds - full.seconds, "s");
    const auto jstats = journal->stats();
    figure("group_commit_factor", double(jstats.appends) / double(std::max<qint64>(1, jstats.syncs)), "appends/sync");

    // 3. The issue #15 shape: 2 client threads, 16 connections.
    const LoadResult mux = loadMultiplexed(port, bodies, 2, 8, seconds);
    figure("mux16_request_rate", double(mux.acked) / mux.seconds, "requests/s");
    figure("mux16_ack_p50", percentile(mux.latenciesMs, 0.50), "ms");
    figure("mux16_ack_p99", percentile(mux.latenciesMs, 0.99), "ms");
    figure("mux16_ack_max", percentile(mux.latenciesMs, 1.0), "ms");
    figure("mux16_failed", double(mux.failed), "requests");
    figure("mux16_reconnects", double(mux.reconnects), "connections");
    const qint64 muxTarget = journal->lastSeq();
    if (!ackOnly)
        ingest.waitUntilIngested(muxTarget, 120000);

    // Every acknowledged request is in the store: one webhook_journal row per sequence number.
    listener.stop();
    ingest.stop();
    long stored = 0;
    {
        QSqlDatabase db =
            store::openRawConnection(store::StoreLocation::inDataDir(dir.path()), QStringLiteral("bench-check"));
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT COUNT(*) FROM webhook_journal"));
        if (q.next())
            stored = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-check"));
    const long acknowledged = paced.acked + full.acked + mux.acked;
    figure("acknowledged_total", double(acknowledged), "requests");
    figure("stored_total", double(stored), "requests");
    figure("acknowledged_missing_from_store", double(acknowledged - stored), "requests");
    std::printf("# store caught up: %s; journal seq %lld..%lld\n", caughtUp ? "yes" : "no", (long long)before,
                (long long)target);

    // 4. The plain threaded receivers, same full load (each in its own database).
    const double fullRate = double(full.acked) / full.seconds;
    const std::pair<const char*, PlainReceiver::Mode> baselines[] = {
        {"baseline", PlainReceiver::Mode::PerThread}, {"baseline_serialized", PlainReceiver::Mode::Serialized}};
    for (const auto& [name, mode] : baselines) {
        PlainReceiver plain(dir.filePath(QString::fromLatin1(name) + QStringLiteral(".sqlite")), mode);
        const LoadResult base = load(plain.port(), bodies, clients, seconds, 0);
        const double rate = double(base.acked) / base.seconds;
        const std::string n(name);
        figure((n + "_request_rate").c_str(), rate, "requests/s");
        figure((n + "_ack_p50").c_str(), percentile(base.latenciesMs, 0.50), "ms");
        figure((n + "_ack_p99").c_str(), percentile(base.latenciesMs, 0.99), "ms");
        figure((n + "_failed").c_str(), double(base.failed), "requests");
        figure(("throughput_vs_" + n).c_str(), fullRate / std::max(1.0, rate), "x");
    }
    figure("peak_rss", double(peakRssKb()) / 1024.0, "MiB");
    return 0;
}
