#include "sandbox/SandboxRouter.h"

#include "common/SecretCompare.h"

#include "common/Logging.h"
#include "sandbox/SandboxFaults.h"
#include "sandbox/SandboxHttp.h"
#include "sandbox/SandboxNumbers.h"
#include "sandbox/SandboxState.h"

#include <httplib.h>

#include <QJsonDocument>

#include <chrono>
#include <thread>

namespace wabadesk::sandbox {

namespace {

// Recorded bodies are for tests and debugging; a 100 MB upload is kept only in the media store.
constexpr qsizetype kMaxRecordedBody = 1024 * 1024;

void replyUnauthorized(httplib::Response& res, const QString& message = QStringLiteral("Invalid api key"))
{
    // The 360dialog gateway answers before Meta is reached, in its own "meta" form (REFERENCE.md §7.1).
    const QJsonObject meta{{QStringLiteral("success"), false},
                           {QStringLiteral("http_code"), 401},
                           {QStringLiteral("developer_message"), message}};
    replyJson(res, 401, QJsonObject{{QStringLiteral("meta"), meta}});
}

} // namespace

SandboxRouter::SandboxRouter(httplib::Server& server, SandboxState& state, const std::atomic<bool>& stopping)
    : m_server(server)
    , m_state(state)
    , m_stopping(stopping)
{}

void SandboxRouter::api(Method method, const std::string& pattern, Handler handler)
{
    m_known.emplace_back(method, std::regex(pattern));
    add(method, pattern, wrapApi(std::move(handler)));
}

void SandboxRouter::partner(Method method, const std::string& pattern, Handler handler)
{
    m_known.emplace_back(method, std::regex(pattern));
    add(method, pattern, wrapPartner(std::move(handler)));
}

void SandboxRouter::control(Method method, const std::string& pattern, Handler handler)
{
    m_known.emplace_back(method, std::regex(pattern));
    add(method, pattern, wrapControl(std::move(handler)));
}

void SandboxRouter::open(Method method, const std::string& pattern, Handler handler)
{
    m_known.emplace_back(method, std::regex(pattern));
    add(method, pattern, std::move(handler));
}

void SandboxRouter::finish()
{
    const Handler unrouted =
        wrapApi([this](const httplib::Request& req, httplib::Response& res) { answerUnrouted(req, res); });
    m_server.Get(".*", unrouted);
    m_server.Post(".*", unrouted);
    m_server.Delete(".*", unrouted);
    m_server.Put(".*", unrouted);
    m_server.Patch(".*", unrouted);
    // Errors cpp-httplib produces itself (413 payload too large, 400 unparsable request…) get a Graph body too.
    // The error handler also sees the handlers' own 4xx/5xx answers; those already have a body and are left alone.
    const httplib::Server::HandlerWithResponse errorHandler = [](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty() || res.content_provider_)
            return httplib::Server::HandlerResponse::Unhandled;
        GraphError error =
            graphError(100, QStringLiteral("The request could not be processed (HTTP %1).").arg(res.status));
        error.httpStatus = res.status;
        if (res.status == 413)
            error.details = QStringLiteral("The request body is larger than the Cloud API accepts (100 MB).");
        replyError(res, error);
        return httplib::Server::HandlerResponse::Handled;
    };
    m_server.set_error_handler(errorHandler);
}

SandboxRouter::Handler SandboxRouter::wrapApi(Handler handler)
{
    return [this, handler = std::move(handler)](const httplib::Request& req, httplib::Response& res) {
        record(req);
        waitLatency(m_state.with([](const StateData& data) { return data.faults.latencyMs; }));
        if (!isAuthorized(req)) {
            replyUnauthorized(res);
            return;
        }
        FaultPlan plan;
        const Fault fault = m_state.with([&plan](StateData& data) {
            const Fault taken = takeFault(data.faults);
            plan = data.faults;
            return taken;
        });
        if (fault != Fault::None) {
            qCDebug(lcSandbox) << "fault" << static_cast<int>(fault) << "for" << req.method.c_str() << req.path.c_str();
            applyFault(fault, plan, res);
            return;
        }
        handler(req, res);
    };
}

SandboxRouter::Handler SandboxRouter::wrapPartner(Handler handler)
{
    return [this, handler = std::move(handler)](const httplib::Request& req, httplib::Response& res) {
        record(req);
        waitLatency(m_state.with([](const StateData& data) { return data.faults.latencyMs; }));
        // The Partner API key travels in X-API-Key (the Partner API's V2 authentication; the hub's answer to a
        // missing or wrong key is its "meta" error object).
        const QByteArray presented = QByteArray::fromStdString(req.get_header_value("X-API-Key"));
        const QByteArray expected = m_state.with([](const StateData& data) { return data.partner.partnerKey; });
        if (presented.isEmpty() || !secretsEqual(presented, expected)) {
            replyUnauthorized(res, presented.isEmpty() ? QStringLiteral("Authentication credentials were not provided.")
                                                       : QStringLiteral("Invalid API key."));
            return;
        }
        handler(req, res);
    };
}

SandboxRouter::Handler SandboxRouter::wrapControl(Handler handler)
{
    return [this, handler = std::move(handler)](const httplib::Request& req, httplib::Response& res) {
        if (!isAuthorized(req)) {
            replyUnauthorized(res);
            return;
        }
        handler(req, res);
    };
}

void SandboxRouter::add(Method method, const std::string& pattern, Handler handler)
{
    switch (method) {
    case Method::Get:
        m_server.Get(pattern, std::move(handler));
        break;
    case Method::Post:
        m_server.Post(pattern, std::move(handler));
        break;
    case Method::Delete:
        m_server.Delete(pattern, std::move(handler));
        break;
    }
}

bool SandboxRouter::isAuthorized(const httplib::Request& req) const
{
    // cpp-httplib compares header names case-insensitively, as HTTP requires.
    if (!req.has_header("D360-API-KEY"))
        return false;
    // The sandbox number's key, or the key the Partner API generated for another number (SandboxNumbers.h).
    const QByteArray presented = QByteArray::fromStdString(req.get_header_value("D360-API-KEY"));
    return m_state.with([&presented](const StateData& data) { return isNumberKey(data, presented); });
}

void SandboxRouter::record(const httplib::Request& req)
{
    RecordedRequest recorded;
    recorded.method = QString::fromStdString(req.method);
    recorded.path = QString::fromStdString(req.target); // path and query as sent
    recorded.body = QByteArray::fromStdString(req.body).left(kMaxRecordedBody);
    recorded.contentType = QString::fromStdString(req.get_header_value("Content-Type"));
    qCDebug(lcSandbox) << "request" << recorded.method << QString::fromStdString(req.path);
    m_state.with([&recorded](StateData& data) { data.requests.append(recorded); });
}

void SandboxRouter::waitLatency(int milliseconds) const
{
    // Sliced so that stop() does not wait for a long configured latency.
    const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(milliseconds);
    while (!m_stopping && std::chrono::steady_clock::now() < end)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
}

void SandboxRouter::answerUnrouted(const httplib::Request& req, httplib::Response& res) const
{
    const QString method = QString::fromStdString(req.method);
    for (const auto& [knownMethod, pattern] : m_known) {
        if (std::regex_match(req.path, pattern)) {
            // Graph's answer to a verb an object does not support (400, code 100).
            GraphError error = graphError(100);
            error.type = QStringLiteral("GraphMethodException");
            error.message = QStringLiteral("Unsupported %1 request.").arg(method.toLower());
            error.details = QStringLiteral("%1 is not supported on this endpoint.").arg(method);
            replyError(res, error);
            return;
        }
    }
    GraphError error = graphError(100);
    error.httpStatus = 404;
    error.message = QStringLiteral("(#100) Unsupported request");
    error.details = QStringLiteral("Unknown path components: %1").arg(QString::fromStdString(req.path));
    replyError(res, error);
}

} // namespace wabadesk::sandbox
