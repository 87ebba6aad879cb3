#include "partner/ChannelImporter.h"

#include "common/Guarded.h"
#include "common/Logging.h"
#include "common/PhoneInput.h"
#include "partner/PartnerClient.h"
#include "secrets/SecretStore.h"

namespace wabadesk::partner {

namespace {

channels::ChannelError keychainError(const secrets::SecretResult& r)
{
    channels::ChannelError e;
    e.kind = r.error == secrets::SecretError::NoBackend ? channels::ChannelError::Kind::NoKeychain
                                                        : channels::ChannelError::Kind::KeychainFailed;
    e.message = secrets::secretErrorText(r.error);
    return e;
}

const QString kProbe = QStringLiteral("partner/probe");

} // namespace

ChannelImporter::ChannelImporter(PartnerClient* partner, channels::ChannelService* channels,
                                 secrets::SecretStore* keychain, QObject* parent)
    : QObject(parent)
    , m_partner(partner)
    , m_channels(channels)
    , m_keychain(keychain)
{}

std::optional<Channel> ChannelImporter::existingChannel(const QList<Channel>& channels, const PartnerChannel& channel)
{
    const QString number = phoneDigits(channel.phoneNumber);
    if (number.isEmpty())
        return std::nullopt;
    for (const Channel& c : channels)
        if (phoneDigits(c.phoneNumber) == number)
            return c;
    return std::nullopt;
}

QUrl ChannelImporter::messagingBaseUrl(const QUrl& address, const QUrl& partnerBaseUrl)
{
    const bool usable = address.isValid() && !address.host().isEmpty() && address.userInfo().isEmpty() &&
                        !address.hasQuery() && !address.hasFragment();
    if (usable && address.scheme() == QLatin1String("https"))
        return address;
    if (usable && address.scheme() == QLatin1String("http") && Channel::isLoopbackUrl(address) &&
        Channel::isLoopbackUrl(partnerBaseUrl))
        return address;
    return api::ApiClient::defaultBaseUrl();
}

void ChannelImporter::import(const Request& request, QObject* context, std::function<void(const Result&)> done)
{
    Done finish = guarded(context, std::move(done));
    if (!m_keychain) {
        generate(request, finish);
        return;
    }
    // 1. A probe entry: written and removed again before anything irreversible happens.
    m_keychain->write(kProbe, QByteArrayLiteral("probe"), this, [=, this](const secrets::SecretResult& w) {
        if (!w.ok()) {
            Result r;
            r.outcome = Result::Outcome::NotGenerated;
            r.channelError = keychainError(w);
            finish(r);
            return;
        }
        m_keychain->remove(kProbe, this, [=, this](const secrets::SecretResult&) { generate(request, finish); });
    });
}

void ChannelImporter::generate(const Request& request, Done finish)
{
    if (!m_partner) {
        Result r;
        r.generateError = api::ApiError::transport(api::ApiError::Kind::Cancelled, QStringLiteral("Cancelled"));
        finish(r);
        return;
    }
    const QUrl partnerBase = m_partner->baseUrl();
    // 2. The new key; from here on the channel's old key no longer works.
    m_partner->generateApiKey(request.channel.id, this, [=, this](const api::Result<GeneratedApiKey>& g) {
        if (!g.ok()) {
            Result r;
            r.outcome = Result::Outcome::NotGenerated;
            r.generateError = g.error();
            finish(r);
            return;
        }
        GeneratedApiKey key = g.value();
        key.address = messagingBaseUrl(key.address, partnerBase);
        qCInfo(lcPartner) << "new API key generated for channel" << request.channel.id << "for" << key.address.host();
        // 3. An existing channel keeps its id, history and webhooks; a new number is added.
        if (const auto existing = existingChannel(m_channels->channels(), request.channel))
            replaceKey(*existing, key, finish);
        else
            addNew(request, key, finish);
    });
}

void ChannelImporter::replaceKey(const Channel& existing, GeneratedApiKey key, Done finish)
{
    const QDateTime rotatedBefore = existing.keyRotatedAt;
    const QString id = existing.id;
    m_channels->rotateKey(id, key.apiKey, this, [=, this](const channels::ChannelError& e) {
        Result r;
        const Channel now = m_channels->channel(id).value_or(existing);
        r.channel = now;
        // rotateKey swaps the key before it sets the webhooks again: a later failure still means a new key.
        const bool replaced = !e.isError() || now.keyRotatedAt != rotatedBefore;
        r.outcome = replaced ? Result::Outcome::KeyReplaced : Result::Outcome::GeneratedNotStored;
        r.channelError = e;
        r.webhookFailed = replaced && e.isError();
        if (replaced && !r.webhookFailed) {
            if (!now.phoneWebhookUrl.isEmpty())
                r.webhooks << now.phoneWebhookUrl.toString();
            if (!now.wabaWebhookUrl.isEmpty())
                r.webhooks << now.wabaWebhookUrl.toString();
        }
        finish(r);
    });
    key.wipe();
}

void ChannelImporter::addNew(const Request& request, GeneratedApiKey key, Done finish)
{
    m_channels->addChannel(key.address, key.apiKey, request.name, Channel::KeyStorage::Keychain, this,
                           [=, this](const channels::ChannelError& e, const Channel& added) {
                               Result r;
                               if (e.isError()) {
                                   r.outcome = Result::Outcome::GeneratedNotStored;
                                   r.channelError = e;
                                   finish(r);
                                   return;
                               }
                               r.outcome = Result::Outcome::Added;
                               r.channel = added;
                               if (request.webhook.url.isEmpty()) {
                                   finish(r);
                                   return;
                               }
                               m_channels->setWebhook(
                                   added.id, channels::ChannelService::WebhookScope::PhoneNumber, request.webhook, this,
                                   [=, this](const channels::ChannelError& we) {
                                       Result withWebhook = r;
                                       withWebhook.channel = m_channels->channel(added.id).value_or(added);
                                       if (we.isError()) {
                                           withWebhook.webhookFailed = true;
                                           withWebhook.channelError = we;
                                       } else {
                                           withWebhook.webhooks << request.webhook.url.toString();
                                       }
                                       finish(withWebhook);
                                   });
                           });
    key.wipe();
}

} // namespace wabadesk::partner
