#include "partner/PartnerClient.h"

#include "api/JsonCall.h"
#include "common/Guarded.h"
#include "common/Logging.h"
#include "partner/PartnerJson.h"
#include "partner/RateLimiter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QUrlQuery>

namespace wabadesk::partner {

namespace {

using api::RequestCall;

struct PartnerClientText {
    Q_DECLARE_TR_FUNCTIONS(PartnerClient)
};

// Partner, client and channel ids end up in URL paths: only what the hub hands out passes.
bool isId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

constexpr int kPageSize = 100;
constexpr int kMaxItems = 20000; // a partner with more clients than this is not a desktop's job

} // namespace

QUrl PartnerClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://hub.360dialog.io/api/v2"));
}

PartnerClient::PartnerClient(QNetworkAccessManager* network, QUrl baseUrl, QString partnerId, api::KeyProvider key,
                             RateLimiter* limiter, QObject* parent)
    : QObject(parent)
    , m_transport(std::make_unique<api::ApiClient>(network, std::move(baseUrl), key))
    , m_partnerId(std::move(partnerId))
    , m_key(std::move(key))
    , m_limiter(limiter ? limiter : new RateLimiter(5, std::chrono::seconds(30), this))
{
    m_transport->setKeyHeader(QByteArrayLiteral("X-API-Key"));
    m_transport->setTimeout(std::chrono::milliseconds(20000));
    connect(m_limiter, &RateLimiter::waiting, this,
            [this](const QString& bucket, qint64 ms) { Q_EMIT waiting(bucket, int((ms + 999) / 1000)); });
}

PartnerClient::~PartnerClient() = default;

QUrl PartnerClient::baseUrl() const
{
    return m_transport->baseUrl();
}

void PartnerClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_transport->setTimeout(timeout);
}

QString PartnerClient::balanceBucket(const QString& clientId)
{
    return QStringLiteral("balance/") + clientId;
}

QUrl PartnerClient::endpoint(const QString& path, const QUrlQuery& query) const
{
    QUrl url = m_transport->baseUrl();
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/partners/") + m_partnerId + path);
    url.setQuery(query);
    return url;
}

api::ApiError PartnerClient::refusal() const
{
    QStringList problems;
    if (m_partnerId.isEmpty())
        problems << PartnerClientText::tr("No partner id is set. It is in the Partner Hub's address and ends in "
                                          "\"PA\".");
    else if (!isId(m_partnerId))
        problems << PartnerClientText::tr("\"%1\" is not a partner id.").arg(m_partnerId.left(40));
    const QByteArray key = m_key ? m_key() : QByteArray();
    if (key.isEmpty())
        problems << PartnerClientText::tr("No Partner API key is available.");
    return problems.isEmpty() ? api::ApiError{} : api::ApiError::validation(problems);
}

namespace {

// Wraps `next`: a 429 holds the bucket (every bucket, for an unlimited one) for the Retry-After, then the same
// request is sent once more through the limiter; anything else, and the second answer, goes to `next`.
RequestCall::Completion retryingOnce(QPointer<RateLimiter> limiter, const QString& bucket, bool limited,
                                     const RequestCall::Spec& spec, RequestCall::Completion next)
{
    return [=](RequestCall* c, const RequestCall::Response& r) {
        if (r.httpStatus != 429 || !limiter) {
            next(c, r);
            return;
        }
        const qint64 ms = r.error.retryAfterSeconds >= 0 ? qint64(r.error.retryAfterSeconds) * 1000
                                                         : qint64(limiter->window().count());
        qCInfo(lcPartner) << "rate limited on" << spec.url.path() << "- waiting" << ms << "ms";
        c->holdOpen();
        limiter->hold(limited ? bucket : QString(), std::chrono::milliseconds(ms));
        QPointer<RequestCall> pending(c);
        limiter->acquire(bucket, limited, [pending, spec, next] {
            if (!pending || pending->isFinished())
                return false;
            pending->continueWith(spec, next);
            return true;
        });
    };
}

} // namespace

template <typename T>
api::ApiCall* PartnerClient::call(const QString& bucket, bool limited, const QString& path, const QUrlQuery& query,
                                  const QByteArray& verb, QObject* context, api::Callback<T> done,
                                  std::function<std::optional<T>(const QJsonDocument&)> parse)
{
    if (const api::ApiError why = refusal(); why.isError())
        return api::refused<T>(m_transport.get(), context, std::move(done), why);
    RequestCall::Spec spec;
    spec.verb = verb;
    spec.url = endpoint(path, query);
    if (verb == "POST") {
        spec.body = QByteArrayLiteral("{}");
        spec.contentType = "application/json";
    }
    auto deliver = guarded(context, std::move(done));
    RequestCall::Completion finish = [deliver, parse](RequestCall* c, const RequestCall::Response& r) {
        const api::Result<T> result = api::toResult<T>(r, parse);
        c->finish([&] { deliver(result); });
    };
    auto* request =
        new RequestCall(m_transport.get(), spec, retryingOnce(m_limiter, bucket, limited, spec, std::move(finish)));
    QPointer<RequestCall> pending(request);
    m_limiter->acquire(bucket, limited, [pending] {
        if (!pending || pending->isFinished())
            return false;
        pending->start();
        return true;
    });
    return request;
}

template <typename T>
api::ApiCall* PartnerClient::listAll(const QString& path, const QUrlQuery& query, QObject* context,
                                     api::Callback<QList<T>> done,
                                     std::function<std::optional<QList<T>>(const QJsonDocument&)> parse)
{
    auto collected = std::make_shared<QList<T>>();
    auto pageSpec = [this, path, query](int offset) {
        QUrlQuery q = query;
        q.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
        q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
        RequestCall::Spec spec;
        spec.url = endpoint(path, q);
        return spec;
    };
    QPointer<RateLimiter> limiter = m_limiter;
    auto deliver = guarded(context, std::move(done));
    // Each page: collect, then either fetch the next on the same handle or deliver everything.
    auto step = std::make_shared<RequestCall::Completion>();
    *step = [=](RequestCall* c, const RequestCall::Response& r) {
        const api::Result<QList<T>> page = api::toResult<QList<T>>(r, parse);
        if (!page.ok()) {
            c->finish([&] { deliver(page); });
            *step = nullptr;
            return;
        }
        collected->append(page.value());
        const int total = json::listTotal(QJsonDocument::fromJson(r.body));
        if (!page.value().isEmpty() && total > collected->size() && collected->size() < kMaxItems) {
            const RequestCall::Spec next = pageSpec(int(collected->size()));
            c->continueWith(next, retryingOnce(limiter, QString(), false, next, *step));
            return;
        }
        c->finish([&] { deliver(api::Result<QList<T>>::success(*collected, r.body)); });
        *step = nullptr; // the page chain ends: break the self-reference
    };
    // The first page goes through call()'s checks and limiter; call() is typed on the page, so adapt.
    if (const api::ApiError why = refusal(); why.isError()) {
        *step = nullptr;
        return api::refused<QList<T>>(m_transport.get(), context, deliver, why);
    }
    const RequestCall::Spec first = pageSpec(0);
    auto* request = new RequestCall(m_transport.get(), first, retryingOnce(limiter, QString(), false, first, *step));
    QPointer<RequestCall> pending(request);
    m_limiter->acquire(QString(), false, [pending] {
        if (!pending || pending->isFinished())
            return false;
        pending->start();
        return true;
    });
    return request;
}

api::ApiCall* PartnerClient::listClients(QObject* context, api::Callback<QList<PartnerClientInfo>> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sort"), QStringLiteral("name"));
    return listAll<PartnerClientInfo>(QStringLiteral("/clients"), query, context, std::move(done), json::clientList);
}

api::ApiCall* PartnerClient::listChannels(const QString& clientId, QObject* context,
                                          api::Callback<QList<PartnerChannel>> done)
{
    QUrlQuery query;
    if (!clientId.isEmpty()) {
        if (!isId(clientId))
            return api::refused<QList<PartnerChannel>>(
                m_transport.get(), context, std::move(done),
                api::ApiError::validation(
                    {PartnerClientText::tr("\"%1\" is not a client id.").arg(clientId.left(40))}));
        const QJsonObject filters{{QStringLiteral("client_id"), clientId}};
        query.addQueryItem(QStringLiteral("filters"),
                           QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact)));
    }
    return listAll<PartnerChannel>(QStringLiteral("/channels"), query, context, std::move(done), json::channelList);
}

api::ApiCall* PartnerClient::generateApiKey(const QString& channelId, QObject* context,
                                            api::Callback<GeneratedApiKey> done)
{
    if (!isId(channelId))
        return api::refused<GeneratedApiKey>(
            m_transport.get(), context, std::move(done),
            api::ApiError::validation({PartnerClientText::tr("\"%1\" is not a channel id.").arg(channelId.left(40))}));
    qCInfo(lcPartner) << "generating a new API key for channel" << channelId;
    return call<GeneratedApiKey>(QString(), false, QStringLiteral("/channels/%1/api_keys").arg(channelId), {}, "POST",
                                 context, std::move(done), json::generatedApiKey);
}

api::ApiCall* PartnerClient::clientBalance(const QString& clientId, const BalanceQuery& q, QObject* context,
                                           api::Callback<ClientBalance> done)
{
    QStringList problems;
    if (!isId(clientId))
        problems << PartnerClientText::tr("\"%1\" is not a client id.").arg(clientId.left(40));
    if (!q.start.isValid() || !q.end.isValid() || q.start > q.end)
        problems << PartnerClientText::tr("The period's start must be before its end.");
    if (!problems.isEmpty())
        return api::refused<ClientBalance>(m_transport.get(), context, std::move(done),
                                           api::ApiError::validation(problems));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("start_date"), QString::number(q.start.toSecsSinceEpoch()));
    query.addQueryItem(QStringLiteral("end_date"), QString::number(q.end.toSecsSinceEpoch()));
    query.addQueryItem(QStringLiteral("granularity"), granularityName(q.granularity));
    return call<ClientBalance>(balanceBucket(clientId), true, QStringLiteral("/clients/%1/info/balance").arg(clientId),
                               query, "GET", context, std::move(done), json::clientBalance);
}

} // namespace wabadesk::partner
