#pragma once

#include "sandbox/SeedData.h"

#include <QJsonObject>
#include <QString>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace wabadesk::sandbox {

class SandboxState;

// A thread that lets the seeded customers write in, one message every `interval`, cycling through a script:
// text, formatted text, image, location, a reaction to and a reply to the business's last message, and text that
// looks like HTML (REFERENCE.md §6.3 shapes). Messages go through `inject` (which records and posts them).
class ScriptedCustomers {
public:
    using Inject = std::function<QString(const QString& waId, const QString& name, const QJsonObject& message)>;

    ScriptedCustomers(SandboxState& state, Inject inject, std::chrono::milliseconds interval);
    ~ScriptedCustomers();
    ScriptedCustomers(const ScriptedCustomers&) = delete;
    ScriptedCustomers& operator=(const ScriptedCustomers&) = delete;

    // Records the cast with their last-inbound times, so that their windows are open or closed from the start.
    static void seed(SandboxState& state);

    void start();
    void stop();

private:
    void run();
    QJsonObject nextMessage(const CastMember& customer, int step);

    SandboxState& m_state;
    Inject m_inject;
    std::chrono::milliseconds m_interval;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    int m_turn = 0; // only touched by the worker
    std::thread m_thread;
};

} // namespace wabadesk::sandbox
