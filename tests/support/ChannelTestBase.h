#pragma once

#include "channels/ChannelRepository.h"
#include "channels/ChannelService.h"
#include "sandbox/Sandbox.h"
#include "secrets/MemorySecretStore.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

namespace wabadesk::test {

// What the channel and GUI tests share: a sandbox (no scripted customers), one network manager, a temporary data
// directory, in-memory secrets, the channel repository and a ChannelService over them. Use as a second base next to
// QObject; call startChannelStack() in init() and stopChannelStack() in cleanup() after the test's own widgets.
class ChannelTestBase {
protected:
    bool startChannelStack(QString* error);
    void stopChannelStack(); // in reverse order of construction

    // Adds the sandbox's channel through ChannelService::addChannel and waits for the answer (10 s at most).
    channels::ChannelError addSandboxChannel(const QString& name, Channel::KeyStorage storage,
                                             Channel* added = nullptr);

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<secrets::MemorySecretStore> m_secrets;
    std::unique_ptr<channels::ChannelRepository> m_repository;
    std::unique_ptr<channels::ChannelService> m_service;
};

} // namespace wabadesk::test
