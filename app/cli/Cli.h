#pragma once

#include "api/ApiClient.h"
#include "channels/ChannelRepository.h"
#include "channels/ChannelService.h"
#include "cli/CommandLine.h"
#include "cli/Output.h"
#include "cli/Wait.h"
#include "secrets/SecretStore.h"
#include "store/StoreLocation.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

#include <memory>
#include <optional>

namespace wabadesk::cli {

// wabadesk-cli: parses the command line, builds the ApiClient for the chosen base URL and key, runs one
// command and returns its exit code.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(WabadeskCli)

public:
    int run(const QStringList& arguments);

private:
    int dispatch();
    bool setUpClient(int* exitCode);

    // Send commands (SendCommands.cpp)
    int sendText();
    int sendMedia(const QString& kindName);
    int sendLocation();
    int sendReaction();
    int sendTemplate();
    int sendRaw();
    int markRead();
    int send(const api::OutgoingMessage& message);

    // Admin commands (AdminCommands.cpp)
    int mediaUpload();
    int mediaInfo();
    int mediaDownload();
    int mediaDelete();
    int templatesList();
    int templatesCreate();
    int templatesDelete();
    int profileGet();
    int profileSet();
    int webhookGet();
    int webhookSet();
    // --header NAME:VALUE options (VALUE '-' from standard input) into `headers`; false (and a usage error) when one
    // is malformed.
    bool webhookHeaderOptions(QMap<QString, QString>* headers, int* exitCode) const;

    // SandboxCommand.cpp
    int runSandbox();
    // ListenCommand.cpp
    int listen();
    // ExportCommand.cpp
    int exportHistory();
    // QuickReplyCommands.cpp: quickreply list, add, remove
    int quickReplies();

    // ChannelCommands.cpp
    void setUpChannels();
    // Makes m_client the channel's client (its key read from the keychain).
    bool useChannel(const Channel& channel, int* exitCode);
    int channelAdd();
    int channelList();
    int channelCheck();
    int channelRotate();
    int channelRemove();
    // The key for add/rotate: WABADESK_API_KEY, else standard input (a prompt without echo on a terminal).
    QByteArray readKey(const QString& prompt) const;
    int channelError(const channels::ChannelError& error) const;
    static QJsonObject channelJson(const Channel& channel);

    // PartnerCommands.cpp: partner clients|channels|add-channel|balance|login|logout (the Partner API).
    int partner();
    std::optional<Channel> namedChannel(const QString& name, int* exitCode) const;

    // --port, or `fallback` when not given; nullopt when it is not a port number.
    std::optional<quint16> portOption(quint16 fallback) const;

    // Options that must be present; prints a usage error for the first missing one.
    bool require(std::initializer_list<const char*> options, int* exitCode) const;

    // Runs one asynchronous API call to completion on a local event loop.
    template <typename T, typename Start>
    api::Result<T> wait(Start start)
    {
        return waitFor<T>(std::move(start));
    }

    // Prints the raw response (--json) or calls printHuman; returns the exit code.
    template <typename T, typename Print>
    int report(const api::Result<T>& result, Print printHuman)
    {
        if (!result.ok())
            return m_out.apiError(result.error());
        if (m_out.json())
            m_out.rawJson(result.rawBody());
        else
            printHuman(result.value());
        return ExitOk;
    }

    CommandLine m_cmd;
    Output m_out{false};
    QNetworkAccessManager m_network;
    QString m_dataDir;
    store::StoreLocation m_storeLocation; // the one the commands open: built here, the CLI's composition root
    std::unique_ptr<secrets::SecretStore> m_keychain;
    std::unique_ptr<channels::ChannelRepository> m_repository;
    std::unique_ptr<channels::ChannelService> m_channels;
    std::unique_ptr<api::ApiClient> m_ownClient; // with WABADESK_API_KEY and --base-url
    api::ApiClient* m_client = nullptr;          // m_ownClient, or the channel's client
    std::optional<Channel> m_channel;            // with --channel
    QByteArray m_key;
};

} // namespace wabadesk::cli
