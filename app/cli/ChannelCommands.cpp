// wabadesk-cli channel add|list|check|rotate|remove, and the channel set-up behind --channel.
#include "cli/Cli.h"
#include "cli/SecretInput.h"
#include "common/Redact.h"
#include "secrets/KeychainSecretStore.h"
#include "webhook/HistoryPurge.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace wabadesk::cli {

QJsonObject Cli::channelJson(const Channel& c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("phone_number"), c.phoneNumber},
                       {QStringLiteral("phone_number_id"), c.phoneNumberId},
                       {QStringLiteral("verified_name"), c.verifiedName},
                       {QStringLiteral("base_url"), c.baseUrl.toString()},
                       {QStringLiteral("hosting"), c.hosting == Channel::Hosting::OnPremise
                                                       ? QStringLiteral("on-premise")
                                                       : QStringLiteral("cloud")},
                       {QStringLiteral("key"), c.keyHint},
                       {QStringLiteral("phone_webhook"), c.phoneWebhookUrl.toString()},
                       {QStringLiteral("waba_webhook"), c.wabaWebhookUrl.toString()}};
}

void Cli::setUpChannels()
{
    if (m_channels)
        return;
    m_keychain =
        std::make_unique<secrets::KeychainSecretStore>(secrets::KeychainSecretStore::serviceNameFor(m_dataDir));
    m_repository = std::make_unique<channels::ChannelRepository>(m_dataDir);
    m_channels = std::make_unique<channels::ChannelService>(&m_network, m_keychain.get(), m_repository.get());
}

bool Cli::useChannel(const Channel& channel, int* exitCode)
{
    m_channel = channel;
    QEventLoop loop;
    channels::ChannelError error;
    bool done = false;
    m_channels->withClient(channel.id, &loop, [&](const channels::ChannelError& e, api::ApiClient* client) {
        error = e;
        m_client = client;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    if (error.isError()) {
        *exitCode = channelError(error);
        return false;
    }
    return true;
}

std::optional<Channel> Cli::namedChannel(const QString& name, int* exitCode) const
{
    if (auto c = m_channels->channelByName(name))
        return c;
    QStringList names;
    for (const Channel& c : m_channels->channels())
        names << c.name;
    *exitCode = m_out.usageError(
        names.isEmpty() ? tr("There is no channel \"%1\"; no channels are set up (see `channel add`).").arg(name)
                        : tr("There is no channel \"%1\". Channels: %2.").arg(name, names.join(QStringLiteral(", "))));
    return std::nullopt;
}

QByteArray Cli::readKey(const QString& prompt) const
{
    QByteArray key = qgetenv("WABADESK_API_KEY").trimmed();
    if (!key.isEmpty())
        return key;
    return readSecretLine(prompt);
}

int Cli::channelError(const channels::ChannelError& error) const
{
    using Kind = channels::ChannelError::Kind;
    int code = ExitUsage;
    switch (error.kind) {
    case Kind::None:
        return ExitOk;
    case Kind::WrongKey:
    case Kind::NotAnApi:
    case Kind::ApiRejected:
        code = ExitApi;
        break;
    case Kind::Unreachable:
    case Kind::NetworkFailure:
        code = ExitNetwork;
        break;
    case Kind::NoKeychain:
    case Kind::KeychainFailed:
    case Kind::InvalidInput:
    case Kind::NotFound:
    case Kind::Duplicate:
        code = ExitUsage;
        break;
    }
    QString message = error.message;
    if (error.kind == Kind::NoKeychain)
        message += tr(" WabaDesk keeps keys only in the OS keychain; start a Secret Service (e.g. GNOME Keyring), or "
                      "use WABADESK_API_KEY with --base-url for single commands.");
    if (m_out.json()) {
        QJsonObject o{{QStringLiteral("kind"), QStringLiteral("channel")}, {QStringLiteral("message"), message}};
        if (!error.problems.isEmpty())
            o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(error.problems));
        if (error.apiError.isError())
            o.insert(QStringLiteral("api_error"), error.apiError.toJson());
        m_out.jsonObject({{QStringLiteral("error"), o}});
        return code;
    }
    m_out.usageError(message);
    for (qsizetype i = 1; i < error.problems.size(); ++i)
        m_out.usageError(error.problems.at(i));
    return code;
}

int Cli::channelAdd()
{
    const QUrl base = m_cmd.isSet(QStringLiteral("base-url")) ? QUrl(m_cmd.value(QStringLiteral("base-url")))
                                                              : api::ApiClient::defaultBaseUrl();
    QByteArray key = readKey(tr("API key for %1: ").arg(base.host()));
    if (key.isEmpty())
        return m_out.usageError(tr("No API key: pipe it to standard input or set WABADESK_API_KEY."));
    QEventLoop loop;
    channels::ChannelError error;
    Channel added;
    m_channels->addChannel(base, key, m_cmd.value(QStringLiteral("name")), Channel::KeyStorage::Keychain, &loop,
                           [&](const channels::ChannelError& e, const Channel& c) {
                               error = e;
                               added = c;
                               loop.quit();
                           });
    loop.exec();
    key.fill('\0');
    if (error.isError())
        return channelError(error);
    if (m_out.json())
        m_out.jsonObject(channelJson(added));
    else
        m_out.line(tr("Added channel \"%1\" (%2) at %3; key %4 is in the keychain.")
                       .arg(added.name, added.phoneNumber.isEmpty() ? tr("number unknown") : added.phoneNumber,
                            added.baseUrl.toString(), added.keyHint));
    return ExitOk;
}

int Cli::channelList()
{
    const QList<Channel> list = m_channels->channels();
    if (m_out.json()) {
        QJsonArray array;
        for (const Channel& c : list)
            array.append(channelJson(c));
        m_out.jsonObject({{QStringLiteral("channels"), array}});
        return ExitOk;
    }
    if (list.isEmpty()) {
        m_out.line(tr("No channels. Add one with: wabadesk-cli [--base-url URL] channel add --name NAME"));
        return ExitOk;
    }
    auto col = [](const QString& s, int w) {
        return s.leftJustified(w, QLatin1Char(' '), true);
    };
    m_out.line(col(tr("NAME"), 24) + col(tr("NUMBER"), 18) + col(tr("KEY"), 10) + tr("BASE URL"));
    for (const Channel& c : list)
        m_out.line(col(c.name, 24) + col(c.phoneNumber, 18) + col(c.keyHint, 10) + c.baseUrl.toString() +
                   (c.hosting == Channel::Hosting::OnPremise ? tr("  (On-Premise: ended by Meta in October 2025)")
                                                             : QString()));
    return ExitOk;
}

int Cli::channelCheck()
{
    int code = ExitOk;
    const auto c = namedChannel(m_cmd.arguments().value(0), &code);
    if (!c)
        return code;
    if (!useChannel(*c, &code))
        return code;
    const auto result =
        wait<PhoneNumberInfo>([&](QObject* ctx, auto done) { return m_client->phoneNumberInfo(ctx, done); });
    // Like adding: an endpoint that does not exist (404) still proves the key when the profile answers.
    if (!result.ok() && result.error().httpStatus != 404)
        return channelError(channels::ChannelService::errorFor(result.error()));
    if (!result.ok()) {
        const auto profile =
            wait<BusinessProfile>([&](QObject* ctx, auto done) { return m_client->businessProfile(ctx, done); });
        if (!profile.ok())
            return channelError(channels::ChannelService::errorFor(profile.error()));
    }
    m_out.line(tr("The key of \"%1\" (%2) works.").arg(c->name, c->keyHint));
    if (m_out.json())
        m_out.jsonObject({{QStringLiteral("ok"), true}, {QStringLiteral("channel"), channelJson(*c)}});
    return ExitOk;
}

int Cli::channelRotate()
{
    int code = ExitOk;
    const auto c = namedChannel(m_cmd.arguments().value(0), &code);
    if (!c)
        return code;
    QByteArray key = readKey(tr("New API key for \"%1\": ").arg(c->name));
    if (key.isEmpty())
        return m_out.usageError(tr("No API key: pipe it to standard input or set WABADESK_API_KEY."));
    QEventLoop loop;
    channels::ChannelError error;
    m_channels->rotateKey(c->id, key, &loop, [&](const channels::ChannelError& e) {
        error = e;
        loop.quit();
    });
    loop.exec();
    key.fill('\0');
    if (error.isError())
        return channelError(error);
    const Channel updated = m_channels->channel(c->id).value_or(*c);
    const int webhooks = int(!updated.phoneWebhookUrl.isEmpty()) + int(!updated.wabaWebhookUrl.isEmpty());
    if (m_out.json())
        m_out.jsonObject(channelJson(updated));
    else
        m_out.line(tr("Replaced the key of \"%1\" (now %2)%3.")
                       .arg(updated.name, updated.keyHint,
                            webhooks ? tr("; webhook settings re-applied") : tr("; no webhook to re-apply")));
    return ExitOk;
}

int Cli::channelRemove()
{
    int code = ExitOk;
    const auto c = namedChannel(m_cmd.arguments().value(0), &code);
    if (!c)
        return code;
    const bool purge = m_cmd.isSet(QStringLiteral("purge-history"));
    // The history goes first, everywhere it is kept (store, webhook journal, media); this fails before deleting
    // anything while a running WabaDesk (the app or `listen`) has the journal.
    webhook::HistoryPurgeReport purged;
    m_channels->setHistoryPurger([&](const Channel& channel, std::function<void(const QString&)> done) {
        QString why;
        done(webhook::purgeChannelHistory(m_storeLocation, channel, nullptr, &purged, &why) ? QString() : why);
    });
    QEventLoop loop;
    channels::ChannelError error;
    bool finished = false;
    m_channels->removeChannel(c->id, purge, &loop, [&](const channels::ChannelError& e) {
        error = e;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    if (error.isError())
        return channelError(error);
    if (m_out.json()) {
        QJsonObject o{{QStringLiteral("removed"), c->name}, {QStringLiteral("purged_history"), purge}};
        if (purge)
            o.insert(QStringLiteral("purged"),
                     QJsonObject{{QStringLiteral("messages"), purged.messages},
                                 {QStringLiteral("conversations"), purged.conversations},
                                 {QStringLiteral("contacts"), purged.contacts},
                                 {QStringLiteral("raw_bodies"), purged.journalRows + purged.journalRecords},
                                 {QStringLiteral("media_files"), purged.mediaFiles}});
        m_out.jsonObject(o);
        return ExitOk;
    }
    if (purge)
        m_out.line(tr("Removed \"%1\", its keychain entries and its local history: %2 messages in %3 conversations, "
                      "%4 raw webhook bodies and %5 media files deleted.")
                       .arg(c->name)
                       .arg(purged.messages)
                       .arg(purged.conversations)
                       .arg(purged.journalRows + purged.journalRecords)
                       .arg(purged.mediaFiles));
    else
        m_out.line(tr("Removed \"%1\" and its keychain entries.").arg(c->name));
    return ExitOk;
}

} // namespace wabadesk::cli
