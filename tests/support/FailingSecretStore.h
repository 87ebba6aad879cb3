#pragma once

#include "secrets/SecretStore.h"

#include <QPointer>

namespace wabadesk::test {

// A SecretStore that answers every call with one error (e.g. NoBackend: "no keychain on this system").
class FailingSecretStore final : public secrets::SecretStore {
public:
    explicit FailingSecretStore(secrets::SecretError error, QObject* parent = nullptr)
        : SecretStore(parent)
        , m_error(error)
    {}
    int calls = 0;
    void read(const QString&, QObject* context, Done done) override { answer(context, std::move(done)); }
    void write(const QString&, const QByteArray&, QObject* context, Done done) override
    {
        answer(context, std::move(done));
    }
    void remove(const QString&, QObject* context, Done done) override { answer(context, std::move(done)); }

private:
    void answer(QObject* context, Done done)
    {
        ++calls;
        QMetaObject::invokeMethod(
            this,
            [guard = QPointer<QObject>(context), done = std::move(done), error = m_error] {
                if (guard && done)
                    done({error, {}, QStringLiteral("test")});
            },
            Qt::QueuedConnection);
    }
    secrets::SecretError m_error;
};

} // namespace wabadesk::test
