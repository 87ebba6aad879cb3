#include "ChannelTestBase.h"

#include <QTest>

namespace wabadesk::test {

bool ChannelTestBase::startChannelStack(QString* error)
{
    sandbox::SandboxOptions options;
    options.scriptedCustomers = false;
    m_sandbox = std::make_unique<sandbox::Sandbox>(options);
    if (!m_sandbox->start(error))
        return false;
    m_network = std::make_unique<QNetworkAccessManager>();
    m_dataDir = std::make_unique<QTemporaryDir>();
    if (!m_dataDir->isValid()) {
        *error = m_dataDir->errorString();
        return false;
    }
    m_secrets = std::make_unique<secrets::MemorySecretStore>();
    m_repository = std::make_unique<channels::ChannelRepository>(m_dataDir->path());
    m_service = std::make_unique<channels::ChannelService>(m_network.get(), m_secrets.get(), m_repository.get());
    return true;
}

void ChannelTestBase::stopChannelStack()
{
    m_service.reset();
    m_repository.reset();
    m_secrets.reset();
    m_dataDir.reset();
    m_network.reset();
    m_sandbox.reset();
}

channels::ChannelError ChannelTestBase::addSandboxChannel(const QString& name, Channel::KeyStorage storage,
                                                          Channel* added)
{
    std::optional<channels::ChannelError> result;
    m_service->addChannel(m_sandbox->baseUrl(), m_sandbox->apiKey(), name, storage, m_service.get(),
                          [&](const channels::ChannelError& e, const Channel& c) {
                              result = e;
                              if (added)
                                  *added = c;
                          });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000)) {
        channels::ChannelError timeout;
        timeout.kind = channels::ChannelError::Kind::NetworkFailure;
        timeout.message = QStringLiteral("addChannel did not answer within 10 s");
        return timeout;
    }
    return *result;
}

} // namespace wabadesk::test
