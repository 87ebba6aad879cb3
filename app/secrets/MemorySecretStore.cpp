#include "secrets/MemorySecretStore.h"

#include "common/Guarded.h"

namespace wabadesk::secrets {

void MemorySecretStore::answer(QObject* context, Done done, SecretResult result)
{
    // Asynchronous, like the keychain.
    QMetaObject::invokeMethod(
        this, [deliver = guarded(context, std::move(done)), result = std::move(result)] { deliver(result); },
        Qt::QueuedConnection);
}

void MemorySecretStore::read(const QString& key, QObject* context, Done done)
{
    const auto it = m_secrets.constFind(key);
    answer(context, std::move(done),
           it == m_secrets.constEnd() ? SecretResult{SecretError::NotFound, {}, {}}
                                      : SecretResult{SecretError::None, *it, {}});
}

void MemorySecretStore::write(const QString& key, const QByteArray& secret, QObject* context, Done done)
{
    m_secrets.insert(key, secret);
    answer(context, std::move(done), {});
}

void MemorySecretStore::remove(const QString& key, QObject* context, Done done)
{
    const bool existed = m_secrets.remove(key) > 0;
    answer(context, std::move(done), existed ? SecretResult{} : SecretResult{SecretError::NotFound, {}, {}});
}

} // namespace wabadesk::secrets
