#pragma once

#include "sandbox/SeedData.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace wabadesk::sandbox {

class SandboxState;

// A thread that lets the seeded customers write in, one message every `interval` (the first three rounds quickly),
// cycling through every inbound type of REFERENCE.md §6.3: text, formatted text, image, location, a reaction to and
// a reply to the business's last message, text that looks like HTML, a PDF, a voice note, an edit of their earlier
// text, a contact card, a reply-button tap, an order, a sticker, a video and an unsupported type. Messages go through
// `inject` (which records and posts them).
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
    QJsonObject mediaMessage(const QString& type, const QByteArray& bytes, const QString& mimeType,
                             const QString& fileName, const QJsonObject& extra);

    static constexpr int kSteps = 16;

    SandboxState& m_state;
    Inject m_inject;
    std::chrono::milliseconds m_interval;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    int m_turn = 0;                     // only touched by the worker
    QHash<QString, QString> m_lastText; // wa_id → their last text's wamid (worker only)
    std::thread m_thread;
};

} // namespace wabadesk::sandbox
