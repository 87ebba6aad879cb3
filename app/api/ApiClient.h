#pragma once

#include "api/ApiCall.h"
#include "api/OutgoingMessage.h"
#include "api/Result.h"
#include "model/BusinessProfile.h"
#include "model/HealthStatus.h"
#include "model/Media.h"
#include "model/PhoneNumber.h"
#include "model/SendResult.h"
#include "model/Template.h"
#include "model/WebhookConfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace wabadesk::api {

// Returns the channel's API key when a request is about to be sent. Never stored by the client.
using KeyProvider = std::function<QByteArray()>;

// One client per channel over a shared QNetworkAccessManager (REFERENCE.md §0). Every call is asynchronous,
// validates what it can before sending, and ends exactly once: the callback gets a value or an ApiError.
// The callback is not run when `context` was destroyed in the meantime.
class ApiClient : public QObject {
    Q_OBJECT
public:
    static QUrl defaultBaseUrl(); // https://waba-v2.360dialog.io
    static QUrl sandboxBaseUrl(); // https://waba-sandbox.360dialog.io

    ApiClient(QNetworkAccessManager* network, QUrl baseUrl, KeyProvider keyProvider, QObject* parent = nullptr);

    QUrl baseUrl() const { return m_baseUrl; }
    // The shared network manager, for requests that are not API calls (a profile picture's public CDN URL, §4.1).
    QNetworkAccessManager* network() const { return m_network; }
    // Inactivity timeout: a call that makes no progress for this long ends with Kind::Timeout.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Largest JSON response accepted; anything larger ends with MalformedResponse instead of filling memory.
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    // The header the key travels in: D360-API-KEY for the channel API (§0.1); the Partner API client, which sends
    // its requests through an ApiClient too, uses X-API-Key (UPDATES-2026.md §12).
    void setKeyHeader(const QByteArray& name) { m_keyHeader = name; }
    QByteArray keyHeader() const { return m_keyHeader; }

    // Messages (§1)
    ApiCall* sendMessage(const OutgoingMessage& message, QObject* context, Callback<SendResult> done);
    // A marketing template through Marketing Messages Lite: POST /marketing_messages, same body and answer
    // (UPDATES-2026.md §9); 131055 when the number has not accepted the MM Lite terms.
    ApiCall* sendMarketingMessage(const OutgoingMessage& message, QObject* context, Callback<SendResult> done);
    ApiCall* markRead(const QString& messageId, bool typingIndicator, QObject* context, Callback<bool> done);

    // Media (§2). Upload checks type and size (§2.7) first; an empty mimeType is detected from the content.
    ApiCall* uploadMedia(const QString& filePath, const QString& mimeType, QObject* context, Callback<QString> done);
    ApiCall* mediaInfo(const QString& mediaId, QObject* context, Callback<MediaInfo> done);
    // Resolves the URL (§2.2), rewrites the lookaside host to the base URL (§2.4), streams to outPath
    // (written atomically) and checks sha256 and size.
    ApiCall* downloadMedia(const QString& mediaId, const QString& outPath, QObject* context,
                           Callback<DownloadedMedia> done);
    ApiCall* deleteMedia(const QString& mediaId, QObject* context, Callback<bool> done);
    // Resumable upload (§2.6): returns the handle `h` for template samples and the profile photo.
    ApiCall* resumableUpload(const QString& filePath, const QString& mimeType, QObject* context,
                             Callback<QString> done);

    // Templates (§3)
    ApiCall* listTemplates(QObject* context, Callback<QList<Template>> done);
    ApiCall* createTemplate(const QJsonObject& templateDefinition, QObject* context, Callback<TemplateCreated> done);
    ApiCall* deleteTemplate(const QString& name, QObject* context, Callback<bool> done);

    // Business profile (§4)
    ApiCall* businessProfile(QObject* context, Callback<BusinessProfile> done);
    ApiCall* updateBusinessProfile(const BusinessProfileUpdate& update, QObject* context, Callback<bool> done);

    // Messaging health (UPDATES-2026.md §10): GET /health_status.
    ApiCall* healthStatus(QObject* context, Callback<HealthStatus> done);

    // The channel's phone number (§0.2, unconfirmed endpoint; a cheap authenticated call to check a key).
    ApiCall* phoneNumberInfo(QObject* context, Callback<PhoneNumberInfo> done);

    // Webhooks (§5)
    ApiCall* phoneNumberWebhook(QObject* context, Callback<WebhookConfig> done);
    ApiCall* setPhoneNumberWebhook(const WebhookConfig& config, QObject* context, Callback<bool> done);
    ApiCall* wabaWebhook(QObject* context, Callback<WebhookConfig> done);
    ApiCall* setWabaWebhook(const WebhookConfig& config, QObject* context, Callback<bool> done);

    // The URL a lookaside media URL is fetched from through 360dialog (§2.4); other URLs are returned unchanged
    // when they are on the base URL's host, and empty (refused) otherwise, so the key never goes elsewhere.
    QUrl rewriteMediaUrl(const QUrl& url) const;

private:
    friend class RequestCall;
    QUrl endpoint(const QString& path, const QUrlQuery& query = {}) const;
    ApiCall* webhookGet(const QString& path, QObject* context, Callback<WebhookConfig> done);
    ApiCall* webhookSet(const QString& path, const WebhookConfig& config, QObject* context, Callback<bool> done);

    QNetworkAccessManager* m_network;
    QUrl m_baseUrl;
    KeyProvider m_keyProvider;
    QByteArray m_keyHeader = QByteArrayLiteral("D360-API-KEY");
    std::chrono::milliseconds m_timeout{30000};
    qint64 m_maxResponseBytes = 16LL * 1024 * 1024;
};

} // namespace wabadesk::api
