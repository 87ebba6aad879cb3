#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace wabadesk::secrets {

enum class SecretError {
    None,
    NotFound,     // no entry under this key
    NoBackend,    // no keychain on this system (e.g. Linux without a Secret Service)
    AccessDenied, // the user or the system refused
    Timeout,      // the keychain did not answer in time (watchdog)
    Other,
};

struct SecretResult {
    SecretError error = SecretError::None;
    QByteArray secret; // read only
    QString message;   // the backend's words; never contains the secret
    bool ok() const { return error == SecretError::None; }
};

// Where secrets (API keys, webhook secrets) live. Asynchronous: every call ends exactly once with `done`
// (not run when `context` was destroyed). Keys are names such as "channel/<id>/api-key"; an implementation scopes
// them (per data directory for the OS keychain).
class SecretStore : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const SecretResult&)>;
    using QObject::QObject;

    virtual void read(const QString& key, QObject* context, Done done) = 0;
    virtual void write(const QString& key, const QByteArray& secret, QObject* context, Done done) = 0;
    virtual void remove(const QString& key, QObject* context, Done done) = 0;
};

// The names under which a channel's secrets are stored.
namespace keys {
QString apiKey(const QString& channelId);
QString webhookHeaders(const QString& channelId, const QString& scope); // JSON object of header values
QString partnerApiKey(); // the 360dialog Partner API key (one partner account per data directory)
} // namespace keys

QString secretErrorText(SecretError error);

} // namespace wabadesk::secrets
