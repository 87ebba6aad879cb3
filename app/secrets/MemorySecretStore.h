#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace wabadesk::secrets {

// Secrets held in process memory only: the "for this run only" choice where no keychain exists, and the store
// used by tests that do not test the keychain itself. Answers asynchronously, like the keychain.
class MemorySecretStore final : public SecretStore {
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(const QString& key, QObject* context, Done done) override;
    void write(const QString& key, const QByteArray& secret, QObject* context, Done done) override;
    void remove(const QString& key, QObject* context, Done done) override;

    bool contains(const QString& key) const { return m_secrets.contains(key); }
    qsizetype size() const { return m_secrets.size(); }

private:
    void answer(QObject* context, Done done, SecretResult result);
    QHash<QString, QByteArray> m_secrets;
};

} // namespace wabadesk::secrets
