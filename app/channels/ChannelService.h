#pragma once

#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "api/ClientProvider.h"
#include "channels/ChannelRepository.h"
#include "model/Channel.h"
#include "secrets/SecretStore.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace wabadesk::channels {

// What went wrong in a channel operation, each with its own message (issue #3: a wrong key, a network failure and
// an unreachable base URL are told apart).
struct ChannelError {
    enum class Kind {
        None,
        WrongKey,       // 401/403, or Meta auth codes: the key was not accepted
        Unreachable,    // host not found, connection refused: the base URL is wrong or the server is down
        NetworkFailure, // timeout, connection dropped, TLS failure
        NotAnApi,       // something answered, but not like 360dialog
        NoKeychain,     // no OS keychain: offer KeyStorage::SessionOnly
        KeychainFailed, // the keychain refused or failed
        InvalidInput,   // bad name, URL or webhook settings; see problems
        NotFound,       // no channel by that id or name
        Duplicate,      // a channel with that name or number exists
        ApiRejected,    // the API refused (e.g. a webhook URL); see apiError
    };
    Kind kind = Kind::None;
    QString message; // translated, one sentence, never contains a secret
    QStringList problems;
    api::ApiError apiError;
    bool isError() const { return kind != Kind::None; }
};

// Checks, adds, rotates and removes channels; keeps keys in the SecretStore and the rest in the repository; hands out
// one ApiClient per channel over the shared network manager. A key read from the keychain is cached in memory for
// the run so that requests need no keychain round trip.
class ChannelService : public QObject {
    Q_OBJECT
public:
    enum class WebhookScope { PhoneNumber, Waba };
    using Done = std::function<void(const ChannelError&)>;

    struct KeyCheck {
        ChannelError error;
        QString phoneNumber;
        QString phoneNumberId;
        QString verifiedName;
    };

    ChannelService(QNetworkAccessManager* network, secrets::SecretStore* keychain, ChannelRepository* repository,
                   QObject* parent = nullptr);
    ~ChannelService() override;

    QList<Channel> channels() const { return m_channels; }
    std::optional<Channel> channel(const QString& id) const;
    std::optional<Channel> channelByName(const QString& name) const; // case-insensitive

    // A cheap authenticated call with `key` against `baseUrl` (the phone number's details, else the profile).
    void checkKey(const QUrl& baseUrl, const QByteArray& key, QObject* context,
                  std::function<void(const KeyCheck&)> done);

    // Checks the key, names the channel from the API unless `name` is given, stores the key, saves the channel.
    // Nothing is saved for a key that fails. NoKeychain means: ask the user, then call again with SessionOnly.
    void addChannel(const QUrl& baseUrl, const QByteArray& key, const QString& name, Channel::KeyStorage storage,
                    QObject* context, std::function<void(const ChannelError&, const Channel&)> done);

    // Checks the new key, replaces the old one in the keychain, then re-applies the channel's webhooks (a new key
    // resets them at 360dialog, REFERENCE.md §5.1).
    void rotateKey(const QString& channelId, const QByteArray& newKey, QObject* context, Done done);

    // Marketing templates through /marketing_messages (MM Lite, UPDATES-2026.md §9) or not; saved with the channel.
    bool setMarketingMessagesLite(const QString& channelId, bool enabled);
    // Gives the channel another name (trimmed; not empty, not another channel's, case-insensitively) and saves it.
    // Synchronous: nothing but the channel settings change.
    ChannelError renameChannel(const QString& channelId, const QString& name);

    // Deletes the channel's keychain entries and settings; with purgeHistory first its local history (through the
    // history purger, when one is set) and its local data directory. When the history cannot be deleted, nothing is
    // removed and `done` says why.
    void removeChannel(const QString& channelId, bool purgeHistory, QObject* context, Done done);
    // Deletes a channel's local history: the store, the webhook journal, media (webhook/HistoryPurge.h). Set by the
    // composition (ListenerService, the CLI); `done` gets an empty string on success, else why, on this thread.
    using HistoryPurger = std::function<void(const Channel& channel, std::function<void(const QString& error)> done)>;
    void setHistoryPurger(HistoryPurger purger) { m_historyPurger = std::move(purger); }

    // Validates (REFERENCE.md §5.4), sets the webhook at 360dialog, then remembers URL and header names and keeps
    // the header values in the keychain (the embedded listener reads them to authenticate deliveries).
    void setWebhook(const QString& channelId, WebhookScope scope, const WebhookConfig& config, QObject* context,
                    Done done);
    // The header values of a webhook as stored in the keychain.
    void webhookSecrets(const QString& channelId, WebhookScope scope, QObject* context,
                        std::function<void(const ChannelError&, const QMap<QString, QString>&)> done);

    // The channel's ApiClient, after its key was loaded from the keychain (once per run).
    void withClient(const QString& channelId, QObject* context,
                    std::function<void(const ChannelError&, api::ApiClient*)> done);

    // withClient() as a plain function for the parts that only need clients (api/ClientProvider.h).
    api::ClientProvider clientProvider();

    QString channelDataDir(const QString& channelId) const;
    static ChannelError errorFor(const api::ApiError& error);

Q_SIGNALS:
    void channelsChanged();

private:
    struct Session;
    secrets::SecretStore* storeFor(const Channel& channel) const;
    void saveChannel(const Channel& channel);
    void replaceChannel(const Channel& channel);
    void reapplyWebhooks(const QString& channelId, QList<WebhookScope> scopes, Done finish);
    void removeSecrets(const Channel& channel, QStringList keys, bool purgeHistory, Done finish);

    QNetworkAccessManager* m_network;
    secrets::SecretStore* m_keychain;
    ChannelRepository* m_repository;
    std::unique_ptr<secrets::SecretStore> m_sessionStore; // SessionOnly channels' keys
    QList<Channel> m_channels;
    QHash<QString, std::shared_ptr<Session>> m_sessions; // per channel: cached key and its ApiClient
    HistoryPurger m_historyPurger;
};

} // namespace wabadesk::channels
