#pragma once

#include "api/ApiError.h"
#include "channels/ChannelService.h"
#include "model/Channel.h"
#include "model/WebhookConfig.h"
#include "partner/PartnerTypes.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace wabadesk::secrets {
class SecretStore;
}

namespace wabadesk::partner {

class PartnerClient;

// "Add to WabaDesk": a partner's channel becomes a WabaDesk channel with a key generated through the Partner API,
// straight into the keychain (the key is never shown, logged or kept anywhere else).
//
// 1. The keychain must be writable first: generating revokes the channel's old key at once (Client Hub docs:
//    "Generating a new API key will revoke all existing API keys"), so a key that could not be kept would leave the
//    number without a working key.
// 2. POST …/channels/{id}/api_keys.
// 3. A number WabaDesk has already (same digits) keeps its channel: ChannelService::rotateKey checks the new key,
//    swaps it in and re-applies the webhooks WabaDesk set for it (a new key resets the webhook, REFERENCE.md §5.1).
//    A new number goes through ChannelService::addChannel (the key is checked against the messaging API the answer
//    names), then its phone-number webhook is set when one is given.
class ChannelImporter : public QObject {
    Q_OBJECT
public:
    struct Request {
        PartnerChannel channel;
        QString name;          // a new channel's name; empty: from the number's verified name
        WebhookConfig webhook; // a new channel's phone-number webhook; an empty URL sets none
    };
    struct Result {
        enum class Outcome {
            Added,              // a new WabaDesk channel with the new key
            KeyReplaced,        // the existing WabaDesk channel now uses the new key
            NotGenerated,       // nothing changed anywhere (generateError, or the keychain check failed)
            GeneratedNotStored, // the key was generated (the old one is revoked) but WabaDesk could not keep it
        };
        Outcome outcome = Outcome::NotGenerated;
        Channel channel;
        api::ApiError generateError;         // NotGenerated through the Partner API
        channels::ChannelError channelError; // keychain check, adding, rotating; or the webhook failure
        QStringList webhooks;                // URLs set (new channel) or re-applied (existing one)
        bool webhookFailed = false;          // the key is in place but a webhook was not set (channelError says why)
        bool oldKeyRevoked() const { return outcome != Outcome::NotGenerated; }
        bool ok() const { return (outcome == Outcome::Added || outcome == Outcome::KeyReplaced) && !webhookFailed; }
    };

    // `keychain` is the store the channels' keys go to; it is probed before a key is generated.
    ChannelImporter(PartnerClient* partner, channels::ChannelService* channels, secrets::SecretStore* keychain,
                    QObject* parent = nullptr);

    // The WabaDesk channel with the partner channel's number, if any.
    static std::optional<Channel> existingChannel(const QList<Channel>& channels, const PartnerChannel& channel);
    // The messaging API a generated key is for: its `address` when it is https (or loopback http when the Partner
    // API is on loopback too: the local sandbox), else https://waba-v2.360dialog.io.
    static QUrl messagingBaseUrl(const QUrl& address, const QUrl& partnerBaseUrl);

    void import(const Request& request, QObject* context, std::function<void(const Result&)> done);

private:
    using Done = std::function<void(const Result&)>;
    void generate(const Request& request, Done finish);
    void replaceKey(const Channel& existing, GeneratedApiKey key, Done finish);
    void addNew(const Request& request, GeneratedApiKey key, Done finish);

    QPointer<PartnerClient> m_partner;
    channels::ChannelService* m_channels;
    secrets::SecretStore* m_keychain;
};

} // namespace wabadesk::partner
