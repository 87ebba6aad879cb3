#include "sandbox/WebhookPoster.h"

#include "common/Logging.h"

#include <httplib.h>

#include <QJsonDocument>

namespace wabadesk::sandbox {

namespace {

// 360dialog gives receivers 5 s (REFERENCE.md §5.5); the sandbox gives up sooner so that stop() stays quick.
constexpr auto kConnectTimeout = std::chrono::seconds(2);
constexpr auto kIoTimeout = std::chrono::seconds(2);

} // namespace

WebhookPoster::WebhookPoster(TargetProvider targetProvider)
    : m_targetProvider(std::move(targetProvider))
{}

WebhookPoster::~WebhookPoster()
{
    stop();
}

void WebhookPoster::start()
{
    std::lock_guard lock(m_mutex);
    if (m_thread.joinable())
        return;
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void WebhookPoster::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_thread.joinable())
            return;
        m_stopping = true;
        m_queue.clear();
        if (m_inFlight)
            m_inFlight->stop();
    }
    m_wake.notify_all();
    m_thread.join();
}

void WebhookPoster::schedule(std::chrono::milliseconds delay, Job job)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.emplace(std::make_pair(Clock::now() + delay, m_sequence++), std::move(job));
    }
    m_wake.notify_all();
}

void WebhookPoster::post(const QJsonObject& payload, std::chrono::milliseconds delay)
{
    schedule(delay, [payload]() -> std::optional<QJsonObject> { return payload; });
}

void WebhookPoster::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        if (m_queue.empty()) {
            m_wake.wait(lock);
            continue;
        }
        const auto due = m_queue.begin()->first.first;
        if (Clock::now() < due) {
            m_wake.wait_until(lock, due);
            continue;
        }
        Job job = std::move(m_queue.begin()->second);
        m_queue.erase(m_queue.begin());
        lock.unlock();
        if (const std::optional<QJsonObject> payload = job())
            deliver(*payload);
        lock.lock();
    }
}

bool WebhookPoster::postNow(const QJsonObject& payload)
{
    return deliver(payload);
}

bool WebhookPoster::deliver(const QJsonObject& payload)
{
    const WebhookTarget target = m_targetProvider(payload);
    if (!target.isSet())
        return false;
    const QUrl& url = target.url;
    QString host = url.host();
    if (host.contains(u':'))
        host = u'[' + host + u']';
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    const QString origin = url.scheme() + QStringLiteral("://") + host + u':' + QString::number(url.port(defaultPort));
    QString path = url.path(QUrl::FullyEncoded);
    if (path.isEmpty())
        path = QStringLiteral("/");
    if (url.hasQuery())
        path += u'?' + url.query(QUrl::FullyEncoded);

    httplib::Client client(origin.toStdString());
    client.set_connection_timeout(kConnectTimeout);
    client.set_read_timeout(kIoTimeout);
    client.set_write_timeout(kIoTimeout);
    httplib::Headers headers;
    for (auto it = target.headers.cbegin(); it != target.headers.cend(); ++it)
        headers.emplace(it.key().toStdString(), it.value().toStdString());
    headers.emplace("User-Agent", "WabaDesk-Sandbox/1.0");

    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return false;
        m_inFlight = &client;
    }
    const std::string body = QJsonDocument(payload).toJson(QJsonDocument::Compact).toStdString();
    const httplib::Result result = client.Post(path.toStdString(), headers, body, "application/json");
    {
        std::lock_guard lock(m_mutex);
        m_inFlight = nullptr;
    }
    // The URL may carry a secret in its query, so only the host is logged.
    if (!result)
        qCWarning(lcSandbox) << "webhook POST to" << url.host()
                             << "failed:" << httplib::to_string(result.error()).c_str();
    else if (result->status != 200)
        qCWarning(lcSandbox) << "webhook POST to" << url.host() << "answered HTTP" << result->status;
    return result && result->status == 200;
}

} // namespace wabadesk::sandbox
