#pragma once

#include "sandbox/SandboxState.h"

#include <QJsonObject>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

namespace httplib {
class Client;
}

namespace wabadesk::sandbox {

// A worker thread that runs jobs when they are due, in due order, and POSTs the JSON a job returns to the current
// webhook target (of the number the payload speaks for). Request handlers only enqueue, so they never wait for a
// webhook receiver. A job may change the sandbox state (e.g. a template review); the state lock is never held while
// posting.
class WebhookPoster {
public:
    using Clock = std::chrono::steady_clock;
    using Job = std::function<std::optional<QJsonObject>()>; // runs on the worker; nullopt: nothing to post
    using TargetProvider = std::function<WebhookTarget(const QJsonObject& payload)>; // asked right before each POST

    explicit WebhookPoster(TargetProvider targetProvider);
    ~WebhookPoster();
    WebhookPoster(const WebhookPoster&) = delete;
    WebhookPoster& operator=(const WebhookPoster&) = delete;

    void start();
    // Stops and joins the worker. Jobs not yet run are dropped; a POST in flight is aborted.
    void stop();

    void schedule(std::chrono::milliseconds delay, Job job);
    void post(const QJsonObject& payload, std::chrono::milliseconds delay = {});
    // POSTs at once, on the caller's thread (call it from a job): true when the receiver answered 200.
    bool postNow(const QJsonObject& payload);

private:
    void run();
    bool deliver(const QJsonObject& payload);

    TargetProvider m_targetProvider;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::map<std::pair<Clock::time_point, quint64>, Job> m_queue; // (due, sequence): FIFO among equal due times
    quint64 m_sequence = 0;
    bool m_stopping = false;
    httplib::Client* m_inFlight = nullptr; // guarded by m_mutex; stop() aborts it
    std::thread m_thread;
};

} // namespace wabadesk::sandbox
