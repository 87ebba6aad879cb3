#pragma once

#include "sandbox/PartnerData.h"
#include "sandbox/Sandbox.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

#include <mutex>

namespace wabadesk::sandbox {

// A customer (WhatsApp user) the channel talks to. The 24-hour window (REFERENCE.md §8.4) runs from lastInbound.
struct CustomerRecord {
    QString waId;
    QString name;
    QDateTime lastInbound;         // invalid: never wrote
    QString lastBusinessMessageId; // the latest message the business sent them
    QString conversationId;        // the open (pricing) conversation, §6.4
    QDateTime conversationExpiry;
    int inboundCount = 0;
    int outboundCount = 0;
    int failNextDeliveries = 0; // the next N messages to them fail with 131026 (a scripted customer's old app)
};

struct SentMessage {
    QString to; // wa_id
    QString type;
    QString status;   // accepted, sent, delivered, read, failed
    QJsonObject body; // what was POSTed (scripted customers answer buttons, lists and templates by it)
};

struct StoredMedia {
    QByteArray bytes;
    QString mimeType;
    QString fileName;
    QString sha256Hex;
    QHash<QString, qint64> urlHashes; // hash of a download URL handed out by GET /{id} -> expiry (unix seconds)
};

// A resumable upload (§2.6).
struct UploadSession {
    QString fileName;
    qint64 length = 0;
    QString fileType;
    QByteArray bytes;
    QString handle;
};

// A profile picture as served from its profile_picture_url (§4.1, a public CDN URL at Meta).
struct ProfilePhoto {
    QByteArray bytes;
    QString mimeType;
};

struct StoredTemplate {
    QJsonObject json;  // exactly as listed in waba_templates (§3.1), status lower case
    qint64 metaId = 0; // the numeric id Meta's webhooks use (§6.5)
};

struct WebhookTarget {
    QUrl url;
    QMap<QString, QString> headers;
    bool isSet() const { return !url.isEmpty(); }
};

struct StateData {
    QMap<QString, CustomerRecord> customers; // by wa_id
    QHash<QString, SentMessage> sent;        // by wamid
    QHash<QString, QString> inbound;         // wamid -> wa_id of customer messages
    QHash<QString, StoredMedia> media;       // by media id
    QHash<QString, UploadSession> uploads;   // by session id (without "upload:")
    QList<StoredTemplate> templates;
    QJsonObject profile; // the data[0] object of GET /whatsapp_business_profile, without messaging_product
    QHash<QString, ProfilePhoto> profilePhotos; // by the id in its URL (/_sandbox/pps/<id>)
    WebhookTarget phoneWebhook;                 // /v1/configs/webhook
    WebhookTarget wabaWebhook;                  // /waba_webhook
    FaultPlan faults;
    QList<RecordedRequest> requests;
    QByteArray apiKey;          // the channel's current key; rotateKey() replaces it (only the newest key works)
    bool mmLiteAccepted = true; // MM Lite terms (UPDATES-2026.md §9); false: 131055
    QString health = QStringLiteral("AVAILABLE"); // GET /health_status: AVAILABLE, LIMITED or BLOCKED (§10)
    PartnerData partner;                          // the Partner API's partner, clients and channels (PartnerRoutes.cpp)
};

// Everything the sandbox remembers, behind one mutex. Callers pass a function that runs under the lock; it must not
// do network I/O or call back into code that takes the lock.
class SandboxState {
public:
    template <typename F>
    auto with(F&& f)
    {
        std::lock_guard lock(m_mutex);
        return f(m_data);
    }
    template <typename F>
    auto with(F&& f) const
    {
        std::lock_guard lock(m_mutex);
        return f(static_cast<const StateData&>(m_data));
    }

private:
    mutable std::mutex m_mutex;
    StateData m_data;
};

// Helpers for code that already holds the lock (inside with()).
CustomerRecord& ensureCustomer(StateData& data, const QString& waId);
bool isWindowOpen(const StateData& data, const QString& waId, const QDateTime& now);
QString addMedia(StateData& data, const QByteArray& bytes, const QString& mimeType, const QString& fileName);
// A new key: the old one stops working and the phone-number webhook is reset (REFERENCE.md §5.1).
QByteArray rotateApiKey(StateData& data);
WebhookTarget activeWebhook(const StateData& data); // phone-number webhook first, then the WABA one (§5.2)

} // namespace wabadesk::sandbox
