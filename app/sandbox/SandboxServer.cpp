#include "sandbox/SandboxServer.h"

#include "common/ExclusivePort.h"

#include "api/MediaTypes.h"
#include "common/Logging.h"
#include "sandbox/DemoScenes.h"
#include "sandbox/MessageTraffic.h"
#include "sandbox/SandboxChannel.h"
#include "sandbox/SandboxHttp.h"
#include "sandbox/SandboxNumbers.h"
#include "sandbox/SandboxRouter.h"
#include "sandbox/SeedData.h"

#include <httplib.h>

#include <chrono>

namespace wabadesk::sandbox {

namespace {

// Media uploads go up to 100 MB (§2); multipart framing needs a little more.
constexpr size_t kPayloadMaxLength = static_cast<size_t>(api::kMaxMediaBytes) + 4 * 1024 * 1024;
// One request per connection: cpp-httplib's stop() waits for idle keep-alive connections to time out (it cannot
// interrupt them), which would make every stop() take that long. On loopback a new connection costs nothing.
constexpr size_t kRequestsPerConnection = 1;
constexpr time_t kKeepAliveSecs = 1;
constexpr auto kListenWait = std::chrono::seconds(5);

SandboxOptions withKey(SandboxOptions options)
{
    if (options.apiKey.isEmpty())
        options.apiKey = randomToken(24).toLatin1();
    if (options.partnerKey.isEmpty())
        options.partnerKey = randomToken(24).toLatin1();
    return options;
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options)
    : m_options(withKey(std::move(options)))
    , m_poster([this](const QJsonObject& payload) {
        return m_state.with([&payload](const StateData& data) { return webhookForPayload(data, payload); });
    })
    , m_context{m_state, m_poster, m_options}
    , m_customers(
          m_state, m_poster,
          [this](const QString& waId, const QString& name, const QJsonObject& message, const QDateTime& sentAt) {
              return recordInbound(m_context, waId, name, message, sentAt);
          },
          m_options.customerInterval)
{
    if (m_options.scriptedCustomers) {
        m_context.messageOutcome = [this](const QString& waId, const QString& wamid, bool delivered) {
            m_customers.messageOutcome(waId, wamid, delivered);
        };
    }
    m_state.with([this](StateData& data) {
        data.apiKey = m_options.apiKey;
        data.partner = seedPartner(SandboxChannel::partnerId(), m_options.partnerKey);
    });
    m_state.with([this](StateData& data) {
        data.templates = seedTemplates();
        data.profile = seedProfile();
        data.profilePhotos.insert(QString::number(kSeedPhotoId), {seedProfilePhoto(), QStringLiteral("image/png")});
        data.phoneWebhook.url = m_options.webhookUrl;
        data.phoneWebhook.headers = m_options.webhookHeaders;
    });
    if (m_options.scriptedCustomers)
        ScriptedCustomers::seed(m_state);
}

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::start(QString* errorMessage)
{
    std::lock_guard lifecycle(m_lifecycleMutex);
    if (m_server)
        return true;
    auto server = std::make_unique<httplib::Server>();
    // cpp-httplib's default also sets SO_REUSEPORT, which would let a second sandbox share a taken port.
    useExclusivePort(*server);
    server->set_payload_max_length(kPayloadMaxLength);
    server->set_keep_alive_max_count(kRequestsPerConnection);
    server->set_tcp_nodelay(true); // no Nagle delay on small answers
    server->set_keep_alive_timeout(kKeepAliveSecs);
    server->set_read_timeout(std::chrono::seconds(10));
    server->set_write_timeout(std::chrono::seconds(10));
    m_stopping = false;
    auto router = std::make_unique<SandboxRouter>(*server, m_state, m_stopping);
    registerRoutes(*router);

    const std::string host = m_options.host.toStdString();
    int port = m_options.port;
    bool bound = false;
    if (port == 0) {
        port = server->bind_to_any_port(host);
        bound = port > 0;
    } else {
        bound = server->bind_to_port(host, port);
    }
    if (!bound) {
        if (errorMessage)
            *errorMessage = QStringLiteral("The sandbox cannot listen on %1:%2 (address in use or not available).")
                                .arg(m_options.host)
                                .arg(m_options.port);
        return false;
    }
    m_port = port;
    httplib::Server* raw = server.get();
    m_listenThread = std::thread([raw] { raw->listen_after_bind(); });
    const auto deadline = std::chrono::steady_clock::now() + kListenWait;
    while (!raw->is_running() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    if (!raw->is_running()) {
        raw->stop();
        m_listenThread.join();
        if (errorMessage)
            *errorMessage = QStringLiteral("The sandbox server did not start listening.");
        return false;
    }
    m_router = std::move(router);
    m_server = std::move(server);
    m_poster.start();
    if (m_options.scriptedCustomers)
        m_customers.start();
    if (m_options.demoScenes)
        DemoScenes::schedule(m_context);
    qCInfo(lcSandbox) << "sandbox listening on" << baseUrl().toString();
    return true;
}

void SandboxServer::stop()
{
    std::lock_guard lifecycle(m_lifecycleMutex);
    if (!m_server)
        return;
    m_stopping = true; // ends latency waits
    m_customers.stop();
    m_server->stop();
    if (m_listenThread.joinable())
        m_listenThread.join();
    m_server.reset();
    m_router.reset();
    m_poster.stop();
    qCInfo(lcSandbox) << "sandbox stopped";
}

bool SandboxServer::isRunning() const
{
    std::lock_guard lifecycle(m_lifecycleMutex);
    return m_server && m_server->is_running();
}

QUrl SandboxServer::baseUrl() const
{
    QString host = m_options.host;
    if (host.contains(u':'))
        host = u'[' + host + u']';
    return QUrl(QStringLiteral("http://%1:%2").arg(host).arg(m_port.load()));
}

QUrl SandboxServer::partnerBaseUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/api/v2"));
    return url;
}

QByteArray SandboxServer::rotateKey()
{
    return m_state.with([](StateData& data) { return rotateApiKey(data); });
}

QString SandboxServer::injectInbound(const QString& waId, const QString& profileName, const QJsonObject& message)
{
    return recordInbound(m_context, waId, profileName, message);
}

void SandboxServer::registerRoutes(SandboxRouter& router)
{
    registerMessageRoutes(router, m_context);
    registerMediaRoutes(router, m_context);
    registerTemplateRoutes(router, m_context);
    registerAccountRoutes(router, m_context);
    registerControlRoutes(router, m_context);
    registerHealthRoutes(router, m_context);
    registerPartnerRoutes(router, m_context);
    router.finish();
}

} // namespace wabadesk::sandbox
