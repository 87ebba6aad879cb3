#pragma once

#include "sandbox/Sandbox.h"
#include "sandbox/SandboxRoutes.h"
#include "sandbox/SandboxState.h"
#include "sandbox/ScriptedCustomers.h"
#include "sandbox/WebhookPoster.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

namespace httplib {
class Server;
}

namespace wabadesk::sandbox {

// Everything behind the Sandbox facade: the state, the HTTP server on its own threads, the webhook poster and the
// scripted customers. Members are declared so that the threads stop before the state they use goes away.
class SandboxRouter;

class SandboxServer {
public:
    explicit SandboxServer(SandboxOptions options);
    ~SandboxServer();

    bool start(QString* errorMessage);
    void stop();
    bool isRunning() const;
    QUrl baseUrl() const;
    QByteArray apiKey() const
    {
        return const_cast<SandboxState&>(m_state).with([](const StateData& data) { return data.apiKey; });
    }
    QByteArray rotateKey();
    QUrl partnerBaseUrl() const; // baseUrl() + /api/v2
    QByteArray partnerKey() const
    {
        return const_cast<SandboxState&>(m_state).with([](const StateData& data) { return data.partner.partnerKey; });
    }

    SandboxState& state() { return m_state; }
    QString injectInbound(const QString& waId, const QString& profileName, const QJsonObject& message);

private:
    void registerRoutes(SandboxRouter& router);

    SandboxOptions m_options;
    SandboxState m_state;
    WebhookPoster m_poster;
    RouteContext m_context;
    ScriptedCustomers m_customers;

    mutable std::mutex m_lifecycleMutex; // serialises start() and stop()
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_port{0};
    std::unique_ptr<SandboxRouter> m_router; // its handlers are installed on m_server; outlives it
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_listenThread;
};

} // namespace wabadesk::sandbox
