#pragma once

#include "sandbox/CustomerStories.h"
#include "sandbox/SeedData.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>

namespace wabadesk::sandbox {

class SandboxState;
class WebhookPoster;

// The demo's customers (seedCast) living their stories (CustomerStories.h): once a webhook target is set, their
// history arrives (with the times they wrote it, so that windows are open or closed as the cast says), then a few
// unprompted messages over the first minute; after that they answer the agent: a short human delay after a message of
// the agent's was read (one answer for several quick messages), a tap on buttons, lists and template quick replies,
// and once a word after a message that did not reach them. Nothing is sent twice; nobody thanks before being
// answered.
//
// Everything runs as jobs on the sandbox's WebhookPoster thread (status webhooks and customers' messages come out in
// one order); `delay` sets the pace (the human delay; the live messages come a few delays apart). Messages go through
// `inject` (which records and posts them).
class ScriptedCustomers {
public:
    using Inject = std::function<QString(const QString& waId, const QString& name, const QJsonObject& message,
                                         const QDateTime& sentAt)>;

    ScriptedCustomers(SandboxState& state, WebhookPoster& poster, Inject inject, std::chrono::milliseconds delay);
    ScriptedCustomers(const ScriptedCustomers&) = delete;
    ScriptedCustomers& operator=(const ScriptedCustomers&) = delete;

    // Records the cast with their last-inbound times (and failing deliveries), so that their windows are open or
    // closed from the start.
    static void seed(SandboxState& state);

    // Once a webhook is set: the history, then the live messages. Stopping makes jobs still queued do nothing.
    void start();
    void stop();

    // A message of the business to `waId` was read (delivered) or failed: called on the poster's thread.
    void messageOutcome(const QString& waId, const QString& wamid, bool delivered);

private:
    struct Progress {
        QString firstTextWamid; // what an EditOpening edits: their own first text
        QString lastAgentWamid; // the agent's last message that reached them
        int answered = 0;       // answer groups used
        quint64 generation = 0; // a newer message of the agent's replaces an answer not sent yet
        bool toldFailure = false;
    };

    void sendHistory();
    void sendOne(const Story& story, const Say& say, const QDateTime& sentAt = {});
    void answer(const QString& waId, quint64 generation);
    // A tap when the agent's message asked for one (buttons, a list, a template's quick reply), else nothing.
    std::optional<QJsonObject> tapFor(const QString& wamid) const;
    QJsonObject build(const Story& story, const Say& say);
    QString storeMedia(const QByteArray& bytes, const QString& mimeType, const QString& fileName);
    void later(std::chrono::milliseconds delay, std::function<void()> job);
    const Story* storyFor(const QString& waId) const;
    QString nameOf(const QString& waId) const;

    SandboxState& m_state;
    WebhookPoster& m_poster;
    Inject m_inject;
    std::chrono::milliseconds m_delay;
    QList<Story> m_stories;
    QList<CastMember> m_cast;
    std::atomic<bool> m_stopping{false};
    bool m_historySent = false;          // poster thread only
    QHash<QString, Progress> m_progress; // wa_id → their progress (poster thread only)
};

} // namespace wabadesk::sandbox
