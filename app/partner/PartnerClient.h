#pragma once

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/Result.h"
#include "partner/PartnerTypes.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace wabadesk::partner {

class RateLimiter;

// 360dialog's Partner API (UPDATES-2026.md §12; docs.360dialog.com "Partner API"): the partner's clients and
// channels, a channel's new API key, a client's balance and usage. Base https://hub.360dialog.io/api/v2; the Partner
// API key travels in the X-API-Key header (the key the partner generates in the Partner Hub; never a channel's
// D360-API-KEY).
//
// Like ApiClient, every call is asynchronous and ends exactly once with a typed value or an ApiError; the callback is
// not run when `context` is gone. Requests are paced by a RateLimiter: balance requests at most 5 per 30 s per client
// (the documented limit); a 429 holds further requests until its Retry-After has passed (the whole window when the
// header is missing) and the request is sent once more then. A second 429 ends the call with the error, its
// retryAfterSeconds set.
class PartnerClient : public QObject {
    Q_OBJECT
public:
    static QUrl defaultBaseUrl(); // https://hub.360dialog.io/api/v2

    // `limiter` may be shared between clients (the GUI keeps one for the run); nullptr: the client has its own.
    PartnerClient(QNetworkAccessManager* network, QUrl baseUrl, QString partnerId, api::KeyProvider key,
                  RateLimiter* limiter = nullptr, QObject* parent = nullptr);
    ~PartnerClient() override;

    QUrl baseUrl() const;
    QString partnerId() const { return m_partnerId; }
    RateLimiter* rateLimiter() const { return m_limiter; }
    void setTimeout(std::chrono::milliseconds timeout);

    // GET /partners/{partner_id}/clients, every page.
    api::ApiCall* listClients(QObject* context, api::Callback<QList<PartnerClientInfo>> done);
    // GET /partners/{partner_id}/channels, every page; with a client id only that client's (filters={"client_id":…}).
    api::ApiCall* listChannels(const QString& clientId, QObject* context, api::Callback<QList<PartnerChannel>> done);
    // POST /partners/{partner_id}/channels/{channel_id}/api_keys. Revokes every earlier key of the channel and resets
    // its webhook at 360dialog ("Generating a new API key will revoke all existing API keys"; REFERENCE.md §5.1).
    api::ApiCall* generateApiKey(const QString& channelId, QObject* context, api::Callback<GeneratedApiKey> done);
    // GET /partners/{partner_id}/clients/{client_id}/info/balance?start_date&end_date&granularity.
    api::ApiCall* clientBalance(const QString& clientId, const BalanceQuery& query, QObject* context,
                                api::Callback<ClientBalance> done);

    // The rate-limit bucket of a client's balance requests.
    static QString balanceBucket(const QString& clientId);

Q_SIGNALS:
    // A request waits for the rate limit: `seconds` from now (rounded up).
    void waiting(const QString& what, int seconds);

private:
    template <typename T>
    api::ApiCall* call(const QString& bucket, bool limited, const QString& path, const QUrlQuery& query,
                       const QByteArray& verb, QObject* context, api::Callback<T> done,
                       std::function<std::optional<T>(const QJsonDocument&)> parse);
    template <typename T>
    api::ApiCall* listAll(const QString& path, const QUrlQuery& query, QObject* context, api::Callback<QList<T>> done,
                          std::function<std::optional<QList<T>>(const QJsonDocument&)> parse);
    QUrl endpoint(const QString& path, const QUrlQuery& query) const;
    api::ApiError refusal() const; // why a call cannot be sent (no partner id or key), or kind None

    std::unique_ptr<api::ApiClient> m_transport; // the base URL, key, header and timeout for RequestCall
    QString m_partnerId;
    api::KeyProvider m_key;
    RateLimiter* m_limiter;
};

} // namespace wabadesk::partner
