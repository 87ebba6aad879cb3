#pragma once

#include "secrets/SecretStore.h"

#include <QList>

#include <chrono>
#include <memory>

namespace wabadesk::secrets {

// SecretStore over QtKeychain (the OS keychain: Secret Service, macOS Keychain, Windows Credential Manager).
// One job at a time (QtKeychain backends do not like concurrent jobs), a watchdog per job, QtKeychain's errors
// mapped to SecretError, and the insecure plaintext fallback left off.
class KeychainSecretStore final : public SecretStore {
    Q_OBJECT
public:
    // `service` scopes every entry; use serviceNameFor(dataDir) so two data directories never share keys.
    explicit KeychainSecretStore(QString service, QObject* parent = nullptr);
    ~KeychainSecretStore() override;

    static QString serviceNameFor(const QString& dataDir);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void read(const QString& key, QObject* context, Done done) override;
    void write(const QString& key, const QByteArray& secret, QObject* context, Done done) override;
    void remove(const QString& key, QObject* context, Done done) override;

private:
    struct Job;
    void enqueue(std::unique_ptr<Job> job);
    void startNext();
    void finishCurrent(const SecretResult& result);

    QString m_service;
    std::chrono::milliseconds m_timeout{15000};
    QList<std::shared_ptr<Job>> m_queue;
    std::shared_ptr<Job> m_current;
};

} // namespace wabadesk::secrets
