#pragma once

#include <QByteArray>

#include <atomic>
#include <functional>
#include <regex>
#include <string>
#include <vector>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace wabadesk::sandbox {

class SandboxState;

// Registers handlers on the cpp-httplib server behind the sandbox's middleware:
// - API routes: the request is recorded (without the key), the configured latency is added, the D360-API-KEY header
//   is checked (401 in the 360dialog gateway form, REFERENCE.md §7.1), then the next counted fault, if any, answers
//   instead of the handler.
// - control routes (/_sandbox/…): key check only; no recording, latency or faults.
// finish() adds the answers for unknown paths (404) and known paths with another method (400), both as Graph errors.
class SandboxRouter {
public:
    using Handler = std::function<void(const httplib::Request&, httplib::Response&)>;
    enum class Method { Get, Post, Delete };

    SandboxRouter(httplib::Server& server, SandboxState& state, const std::atomic<bool>& stopping);

    void api(Method method, const std::string& pattern, Handler handler);
    // Partner API routes (UPDATES-2026.md §12): recorded (without the key), latency added, the X-API-Key header
    // checked against the partner key (401 in the hub's "meta" form); no counted faults.
    void partner(Method method, const std::string& pattern, Handler handler);
    void control(Method method, const std::string& pattern, Handler handler);
    // Public URLs (a CDN's): no key, no recording, latency or faults.
    void open(Method method, const std::string& pattern, Handler handler);
    void finish();

private:
    Handler wrapApi(Handler handler);
    Handler wrapControl(Handler handler);
    Handler wrapPartner(Handler handler);
    void add(Method method, const std::string& pattern, Handler handler);
    bool isAuthorized(const httplib::Request& req) const;
    void record(const httplib::Request& req);
    void waitLatency(int milliseconds) const;
    void answerUnrouted(const httplib::Request& req, httplib::Response& res) const;

    httplib::Server& m_server;
    SandboxState& m_state;
    const std::atomic<bool>& m_stopping;
    std::vector<std::pair<Method, std::regex>> m_known;
};

} // namespace wabadesk::sandbox
