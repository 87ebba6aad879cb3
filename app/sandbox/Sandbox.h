#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

namespace wabadesk::sandbox {

struct SandboxOptions {
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;  // 0: any free port
    QByteArray apiKey; // empty: a random key is generated
    QUrl webhookUrl;   // where status and inbound webhooks go; empty: none are posted
    QMap<QString, QString> webhookHeaders;
    bool scriptedCustomers = true; // customers who write in by themselves and answer (ScriptedCustomers.h)
    bool demoScenes = false;       // the 2026 scenes (sandbox/DemoScenes.h) once the webhook is set (the demo)
    // How long a scripted customer takes to answer a message that reached them; their unprompted messages come a
    // few of these apart. Tests make it short.
    std::chrono::milliseconds customerInterval{2500};
    std::chrono::milliseconds reviewDelay{3000}; // template review: submitted -> approved/rejected
    std::chrono::milliseconds statusDelay{400};  // between sent, delivered and read webhooks
    // The Partner API (UPDATES-2026.md §12) at baseUrl()/api/v2: its key (empty: a random one) and the balance
    // endpoint's limit, per client (5 requests per 30 s, as documented).
    QByteArray partnerKey;
    int partnerBalanceLimit = 5;
    std::chrono::milliseconds partnerBalanceWindow{30000};
};

// Fault modes for tests and training. Counted faults apply to the next N API requests, in this order:
// dropped connection, malformed body, rate limit, server error.
struct FaultPlan {
    int latencyMs = 0;    // added to every response
    int serverErrors = 0; // answer 500 with a 131000 Graph error
    int rateLimited = 0;  // answer 429 with code 130429 and Retry-After
    int retryAfterSeconds = 2;
    int dropConnections = 0; // close the connection without a complete response
    int malformedBodies = 0; // answer 200 with a truncated, non-JSON body
};

// A request the sandbox received, kept for tests (headers without the API key).
struct RecordedRequest {
    QString method;
    QString path;
    QByteArray body;
    QString contentType;
};

class SandboxServer;

// The local 360dialog look-alike (REFERENCE.md §0–§7): same endpoints, same validation, same response and error
// bodies, on loopback, with no network and no real key. Thread-safe; it serves on its own threads.
class Sandbox {
public:
    explicit Sandbox(SandboxOptions options = {});
    ~Sandbox();
    Sandbox(const Sandbox&) = delete;
    Sandbox& operator=(const Sandbox&) = delete;

    bool start(QString* errorMessage = nullptr);
    void stop();
    bool isRunning() const;

    QUrl baseUrl() const; // http://127.0.0.1:<port>
    QByteArray apiKey() const;

    // The Partner API: http://127.0.0.1:<port>/api/v2, the partner id and the Partner API key (X-API-Key). Keys it
    // generates for the partner's channels work on the messaging API at baseUrl() (the sandbox's own number's key
    // replaces apiKey()).
    QUrl partnerBaseUrl() const;
    QString partnerId() const;
    QByteArray partnerKey() const;

    // Like generating a new key in the 360dialog Hub: the old key stops working at once and the phone-number
    // webhook is reset (REFERENCE.md §5.1). Returns the new key. Also POST /_sandbox/rotate-key.
    QByteArray rotateKey();

    void setFaults(const FaultPlan& plan);
    void setWebhook(const QUrl& url, const QMap<QString, QString>& headers = {});

    // Customers: the 24-hour window (§8.4) runs from a customer's last inbound message.
    void setLastInbound(const QString& waId, const QDateTime& when);
    // A customer writes in: recorded, and posted to the webhook in the real envelope (§6.1). `message` is a
    // `messages[]` item without from/id/timestamp (those are filled in). Returns the new wamid.
    QString injectInbound(const QString& waId, const QString& profileName, const QJsonObject& message);

    QList<RecordedRequest> recordedRequests() const;
    void clearRecordedRequests();

private:
    std::unique_ptr<SandboxServer> d;
};

} // namespace wabadesk::sandbox
