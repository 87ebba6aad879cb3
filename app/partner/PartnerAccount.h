#pragma once

#include "api/ApiError.h"
#include "secrets/SecretStore.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace wabadesk::partner {

class PartnerClient;
class RateLimiter;

// The partner's account in this data directory: the partner id and the Partner API URL (not secret) in
// `<data dir>/partner.ini`, the Partner API key in the keychain (secrets::keys::partnerApiKey()). The key is read once
// and then kept in memory for the run, like a channel's (ChannelService); it is never written anywhere else.
// Hands out the PartnerClient for the current settings; one RateLimiter serves every client of the run, so changing
// the key does not reset the pacing.
class PartnerAccount : public QObject {
    Q_OBJECT
public:
    enum class KeyState { Unknown, Loading, Present, Missing, Failed };

    struct SignInResult {
        api::ApiError apiError;         // the check of the key failed
        secrets::SecretResult keychain; // storing the key failed
        int clients = -1;               // how many clients the key sees, after a successful check
        bool ok() const { return !apiError.isError() && keychain.ok(); }
    };

    PartnerAccount(QNetworkAccessManager* network, secrets::SecretStore* keychain, QString dataDir,
                   QObject* parent = nullptr);
    ~PartnerAccount() override;

    // Loads the settings file (nothing when persistent is false: the demo keeps nothing).
    void setPersistent(bool persistent);
    bool isPersistent() const { return m_persistent; }

    QString partnerId() const { return m_partnerId; }
    QUrl baseUrl() const { return m_baseUrl; }
    bool isConfigured() const { return !m_partnerId.isEmpty(); }
    KeyState keyState() const { return m_keyState; }
    QString keyHint() const;                        // "****abcd", empty without a key
    QString keyError() const { return m_keyError; } // why the key could not be read (KeyState::Failed)

    // Reads the key from the keychain unless it is in memory already. `done` gets the keychain's answer
    // (NotFound: no key stored). Not run when `context` is gone.
    void loadKey(QObject* context, std::function<void(const secrets::SecretResult&)> done);

    // Checks `key` with the partner id and URL (it must list the clients), then stores it in the keychain and the id
    // and URL in the settings. Nothing is stored when the check fails. `key` is wiped by the caller.
    void signIn(const QString& partnerId, const QUrl& baseUrl, const QByteArray& key, QObject* context,
                std::function<void(const SignInResult&)> done);
    // Deletes the key from the keychain and memory; the partner id and URL stay.
    void signOut(QObject* context, std::function<void(const secrets::SecretResult&)> done);
    // The demo: id, URL and key for this run, without a check and without writing the settings file.
    void preset(const QString& partnerId, const QUrl& baseUrl, const QByteArray& key);

    // The client for the current partner id, URL and key; recreated when they change (the old one is deleted
    // later, so calls running on it still end). Never nullptr.
    PartnerClient* client();
    RateLimiter* rateLimiter() const { return m_limiter; }
    // Where the Partner API key lives; the channels' keys are in the same store.
    secrets::SecretStore* keychain() const { return m_keychain; }

    static QString settingsFile(const QString& dataDir);

Q_SIGNALS:
    // The partner id, URL or key changed (or the key was read).
    void changed();

private:
    void setKey(const QByteArray& key);
    void saveSettings() const;
    void resetClient();

    QNetworkAccessManager* m_network;
    secrets::SecretStore* m_keychain;
    QString m_dataDir;
    bool m_persistent = true;
    QString m_partnerId;
    QUrl m_baseUrl;
    std::shared_ptr<QByteArray> m_key; // shared with the client's key provider
    KeyState m_keyState = KeyState::Unknown;
    QString m_keyError;
    RateLimiter* m_limiter;
    PartnerClient* m_client = nullptr;
};

} // namespace wabadesk::partner
