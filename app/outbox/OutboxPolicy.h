#pragma once

#include <QDateTime>
#include <QString>

#include <chrono>

namespace wabadesk::api {
class ApiError;
}

namespace wabadesk::outbox {

// How the sender paces and retries (REFERENCE.md §7.2 "Retry policy summary", §8.1, §8.2).
struct OutboxPolicy {
    int maxParallel = 4;                         // requests in flight over all channels (one per conversation at most)
    int maxAttempts = 8;                         // then the item fails for good with its last error
    int messagesPerSecond = 80;                  // per channel (§8.1: 80 mps default per number)
    std::chrono::milliseconds baseBackoff{2000}; // first retry; doubles per attempt
    std::chrono::milliseconds maxBackoff{10 * 60 * 1000}; // cap of the exponential backoff
    double jitter = 0.2;                                  // ± fraction of the backoff
    std::chrono::milliseconds pairBackoffUnit{1000};      // 131056: 4^(attempt-1) units (§8.2)
    std::chrono::milliseconds pollInterval{15000};        // looks for due items even without a signal
    // How long a claimed item stays this sender's without renewal (renewed every poll): after that another sender
    // takes it back (store/OutboxWriter.h). Much longer than pollInterval.
    std::chrono::milliseconds claimLease{2 * 60 * 1000};
};

// What to do with an item whose attempt failed.
struct FailureDecision {
    bool permanent = false;
    QDateTime retryAt;            // when !permanent: queued again for then
    QDateTime channelPausedUntil; // valid: the whole channel waits (429, 130429, 80007, 4)
    bool closesWindow = false;    // 131047: the conversation's 24-hour window is closed now
    QString errorText;            // what the store keeps and the bubble shows: "131047: 24-hour window closed"
};

// The short, translated text for an error: "<code>: <title>" (Meta code, else "HTTP <status>", else the error
// kind), with the API's details appended for permanent errors where they help ("100: Invalid parameter (…)").
QString outboxErrorText(const api::ApiError& error);

// The Meta code (or HTTP status) at the start of an error text made by outboxErrorText(); 0 when none.
int outboxErrorCode(const QString& errorText);

// The exponential backoff before attempt `attempts + 1`: base·2^(attempts-1), capped, ± jitter. `jitterUnit`
// in [0, 1) picks the point in the jitter range (0.5 = none), so tests can pin it.
std::chrono::milliseconds backoffDelay(const OutboxPolicy& policy, int attempts, double jitterUnit);

// Classifies one failed attempt. `attempts` counts this one (1 after the first try).
FailureDecision decideFailure(const api::ApiError& error, int attempts, const OutboxPolicy& policy,
                              const QDateTime& now, double jitterUnit);

} // namespace wabadesk::outbox
