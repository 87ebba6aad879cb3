#include "partner/PartnerAccount.h"

#include "common/Guarded.h"
#include "common/Logging.h"
#include "common/Redact.h"
#include "partner/PartnerClient.h"
#include "partner/RateLimiter.h"

#include <QDir>
#include <QSettings>

namespace wabadesk::partner {

PartnerAccount::PartnerAccount(QNetworkAccessManager* network, secrets::SecretStore* keychain, QString dataDir,
                               QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_keychain(keychain)
    , m_dataDir(std::move(dataDir))
    , m_baseUrl(PartnerClient::defaultBaseUrl())
    , m_key(std::make_shared<QByteArray>())
    , m_limiter(new RateLimiter(5, std::chrono::seconds(30), this))
{
    setPersistent(true);
}

PartnerAccount::~PartnerAccount()
{
    m_key->fill('\0');
}

QString PartnerAccount::settingsFile(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("partner.ini"));
}

void PartnerAccount::setPersistent(bool persistent)
{
    m_persistent = persistent;
    if (!persistent || m_dataDir.isEmpty())
        return;
    const QSettings s(settingsFile(m_dataDir), QSettings::IniFormat);
    m_partnerId = s.value(QStringLiteral("partner/id")).toString();
    const QUrl url(s.value(QStringLiteral("partner/baseUrl")).toString());
    m_baseUrl = url.isValid() && !url.host().isEmpty() ? url : PartnerClient::defaultBaseUrl();
    resetClient();
}

void PartnerAccount::saveSettings() const
{
    if (!m_persistent || m_dataDir.isEmpty())
        return;
    QDir().mkpath(m_dataDir);
    QSettings s(settingsFile(m_dataDir), QSettings::IniFormat);
    s.setValue(QStringLiteral("partner/id"), m_partnerId);
    if (m_baseUrl == PartnerClient::defaultBaseUrl())
        s.remove(QStringLiteral("partner/baseUrl"));
    else
        s.setValue(QStringLiteral("partner/baseUrl"), m_baseUrl.toString());
}

QString PartnerAccount::keyHint() const
{
    return m_key->isEmpty() ? QString() : redactedSecret(*m_key);
}

void PartnerAccount::setKey(const QByteArray& key)
{
    m_key->fill('\0');
    *m_key = key;
    m_keyState = key.isEmpty() ? KeyState::Missing : KeyState::Present;
    m_keyError.clear();
}

void PartnerAccount::resetClient()
{
    if (m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
}

PartnerClient* PartnerAccount::client()
{
    if (!m_client) {
        std::weak_ptr<QByteArray> key = m_key;
        m_client = new PartnerClient(
            m_network, m_baseUrl, m_partnerId,
            [key] {
                const auto k = key.lock();
                return k ? *k : QByteArray();
            },
            m_limiter, this);
    }
    return m_client;
}

void PartnerAccount::loadKey(QObject* context, std::function<void(const secrets::SecretResult&)> done)
{
    auto finish = guarded(context, std::move(done));
    if (!m_key->isEmpty()) {
        QMetaObject::invokeMethod(
            this, [finish] { finish({}); }, Qt::QueuedConnection);
        return;
    }
    m_keyState = KeyState::Loading;
    m_keychain->read(secrets::keys::partnerApiKey(), this, [this, finish](const secrets::SecretResult& r) {
        if (r.ok()) {
            setKey(r.secret);
        } else if (r.error == secrets::SecretError::NotFound) {
            setKey({});
        } else {
            m_keyState = KeyState::Failed;
            m_keyError = secrets::secretErrorText(r.error);
        }
        Q_EMIT changed();
        finish(r);
    });
}

void PartnerAccount::signIn(const QString& partnerId, const QUrl& baseUrl, const QByteArray& key, QObject* context,
                            std::function<void(const SignInResult&)> done)
{
    auto finish = guarded(context, std::move(done));
    const QString id = partnerId.trimmed();
    const QUrl url = baseUrl.isValid() && !baseUrl.host().isEmpty() ? baseUrl : PartnerClient::defaultBaseUrl();
    const QByteArray candidate = key.trimmed();
    // A client of its own for the check, with the candidate key; the account changes only when it works.
    auto* check = new PartnerClient(
        m_network, url, id, [candidate] { return candidate; }, m_limiter, this);
    check->listClients(check, [=, this](const api::Result<QList<PartnerClientInfo>>& r) {
        check->deleteLater();
        SignInResult result;
        if (!r.ok()) {
            result.apiError = r.error();
            finish(result);
            return;
        }
        result.clients = int(r.value().size());
        m_keychain->write(
            secrets::keys::partnerApiKey(), candidate, this, [=, this](const secrets::SecretResult& w) mutable {
                result.keychain = w;
                if (w.ok()) {
                    m_partnerId = id;
                    m_baseUrl = url;
                    setKey(candidate);
                    saveSettings();
                    resetClient();
                    qCInfo(lcPartner) << "partner" << id << "signed in at" << url.host() << "key" << keyHint();
                    Q_EMIT changed();
                }
                finish(result);
            });
    });
}

void PartnerAccount::signOut(QObject* context, std::function<void(const secrets::SecretResult&)> done)
{
    auto finish = guarded(context, std::move(done));
    m_keychain->remove(secrets::keys::partnerApiKey(), this, [this, finish](const secrets::SecretResult& r) {
        const bool gone = r.ok() || r.error == secrets::SecretError::NotFound;
        if (gone) {
            setKey({});
            resetClient();
            qCInfo(lcPartner) << "partner key removed";
            Q_EMIT changed();
        }
        finish(gone ? secrets::SecretResult{} : r);
    });
}

void PartnerAccount::preset(const QString& partnerId, const QUrl& baseUrl, const QByteArray& key)
{
    m_partnerId = partnerId;
    m_baseUrl = baseUrl;
    setKey(key);
    resetClient();
    // Kept in the (in-memory) keychain too, so that signing out and in again behaves as it does outside the demo.
    m_keychain->write(secrets::keys::partnerApiKey(), key, this, {});
    Q_EMIT changed();
}

} // namespace wabadesk::partner
