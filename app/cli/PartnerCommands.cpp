// wabadesk-cli partner clients|channels|add-channel|balance|login|logout: 360dialog's Partner API
// (UPDATES-2026.md §12). The Partner API key comes from --key-stdin, WABADESK_PARTNER_KEY or the keychain (stored by
// `partner login`), never from the command line; a generated channel key goes straight into the keychain and is
// never printed.
#include "cli/Cli.h"
#include "cli/SecretInput.h"
#include "partner/ChannelImporter.h"
#include "partner/PartnerAccount.h"
#include "partner/PartnerClient.h"
#include "partner/PartnerErrors.h"

#include <QJsonArray>
#include <QLocale>

#include <cstdio>
#include <functional>
#include <iostream>

namespace wabadesk::cli {

namespace {

using partner::PartnerErrors;

QString col(const QString& s, int width)
{
    return s.leftJustified(width, QLatin1Char(' '), true) + QLatin1Char(' ');
}

QJsonObject clientJson(const partner::PartnerClientInfo& c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("organisation"), c.organisation},
                       {QStringLiteral("status"), c.status},
                       {QStringLiteral("contact"), c.contactName},
                       {QStringLiteral("email"), c.email},
                       {QStringLiteral("country"), c.country},
                       {QStringLiteral("created_at"), c.createdAt.toString(Qt::ISODate)}};
}

QString stateName(partner::ChannelState state, const QString& raw)
{
    switch (state) {
    case partner::ChannelState::Created:
        return QStringLiteral("created");
    case partner::ChannelState::Ready:
        return QStringLiteral("ready");
    case partner::ChannelState::Running:
        return QStringLiteral("running");
    case partner::ChannelState::Other:
        break;
    }
    return raw;
}

QJsonObject partnerChannelJson(const partner::PartnerChannel& c, const std::optional<Channel>& local)
{
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("client_id"), c.clientId},
                  {QStringLiteral("phone_number"), c.phoneNumber},
                  {QStringLiteral("name"), c.phoneName},
                  {QStringLiteral("status"), stateName(c.state, c.status)},
                  {QStringLiteral("account_mode"), c.accountMode},
                  {QStringLiteral("quality_rating"), c.qualityRating},
                  {QStringLiteral("messaging_limit"), c.messagingLimit},
                  {QStringLiteral("waba_id"), c.wabaId},
                  {QStringLiteral("in_wabadesk"), local.has_value()}};
    if (local)
        o.insert(QStringLiteral("wabadesk_channel"), local->name);
    return o;
}

// The commands, over the pieces of Cli they need.
class PartnerCli {
    Q_DECLARE_TR_FUNCTIONS(WabadeskCli)

public:
    PartnerCli(const CommandLine& cmd, const Output& out, QNetworkAccessManager& network,
               channels::ChannelService& channels, secrets::SecretStore& keychain, const QString& dataDir)
        : m_cmd(cmd)
        , m_out(out)
        , m_network(network)
        , m_channels(channels)
        , m_keychain(keychain)
        , m_account(&network, &keychain, dataDir)
    {}
    ~PartnerCli() { m_key.fill('\0'); }

    std::function<int(const channels::ChannelError&)> channelError;
    std::function<QJsonObject(const Channel&)> channelJson;
    std::function<bool(QMap<QString, QString>*, int*)> headerOptions;

    int clients();
    int channels();
    int addChannel();
    int balance();
    int login();
    int logout();

private:
    // Partner id, URL and key from the options, the environment, the saved settings and the keychain.
    bool setUp(int* exitCode);
    bool resolveAccount(int* exitCode);
    int apiError(const api::ApiError& error, PartnerErrors::Action action = PartnerErrors::Action::List) const;
    template <typename T, typename Start>
    static api::Result<T> wait(Start start)
    {
        return waitFor<T>(std::move(start));
    }

    const CommandLine& m_cmd;
    const Output& m_out;
    QNetworkAccessManager& m_network;
    channels::ChannelService& m_channels;
    secrets::SecretStore& m_keychain;
    partner::PartnerAccount m_account;
    QString m_partnerId;
    QUrl m_baseUrl;
    QByteArray m_key;
    std::unique_ptr<partner::PartnerClient> m_client;
};

int PartnerCli::apiError(const api::ApiError& error, PartnerErrors::Action action) const
{
    const partner::PartnerErrorText text = PartnerErrors::describe(error, action);
    if (m_out.json()) {
        QJsonObject o = error.toJson();
        o.insert(QStringLiteral("title"), text.title);
        o.insert(QStringLiteral("explanation"), text.explanation);
        if (text.fix.isEmpty())
            o.remove(QStringLiteral("fix"));
        else
            o.insert(QStringLiteral("fix"), text.fix);
        m_out.jsonObject({{QStringLiteral("error"), o}});
        return Output::exitCodeFor(error);
    }
    QString head = tr("wabadesk-cli: %1").arg(text.title);
    if (error.httpStatus)
        head += tr(" (HTTP %1)").arg(error.httpStatus);
    std::fputs(qPrintable(head + QLatin1Char('\n')), stderr);
    if (!text.explanation.isEmpty())
        std::fputs(qPrintable(text.explanation + QLatin1Char('\n')), stderr);
    for (const QString& problem : error.problems)
        std::fputs(qPrintable(QStringLiteral("  ") + problem + QLatin1Char('\n')), stderr);
    if (!text.fix.isEmpty())
        std::fputs(qPrintable(tr("What to do: %1").arg(text.fix) + QLatin1Char('\n')), stderr);
    return Output::exitCodeFor(error);
}

bool PartnerCli::resolveAccount(int* exitCode)
{
    m_partnerId = m_cmd.isSet(QStringLiteral("partner-id")) ? m_cmd.value(QStringLiteral("partner-id")).trimmed()
                                                            : m_account.partnerId();
    if (m_partnerId.isEmpty()) {
        *exitCode = m_out.usageError(tr("No partner id: pass --partner-id ID (it ends in PA, see the Partner Hub's "
                                        "address), or save it with `wabadesk-cli partner login --partner-id ID`."));
        return false;
    }
    m_baseUrl = m_account.baseUrl();
    if (m_cmd.isSet(QStringLiteral("partner-base-url"))) {
        m_baseUrl = QUrl(m_cmd.value(QStringLiteral("partner-base-url")), QUrl::StrictMode);
        if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty() ||
            (m_baseUrl.scheme() != QLatin1String("https") && m_baseUrl.scheme() != QLatin1String("http"))) {
            *exitCode =
                m_out.usageError(tr("--partner-base-url must be an http(s) URL, e.g. https://hub.360dialog.io/api/v2"));
            return false;
        }
    }
    return true;
}

bool PartnerCli::setUp(int* exitCode)
{
    if (!resolveAccount(exitCode))
        return false;
    if (m_cmd.isSet(QStringLiteral("key-stdin")))
        m_key = readSecretLine(tr("Partner API key: "));
    else
        m_key = qgetenv("WABADESK_PARTNER_KEY").trimmed();
    if (m_key.isEmpty() && !m_cmd.isSet(QStringLiteral("key-stdin"))) {
        QEventLoop loop;
        secrets::SecretResult read;
        bool done = false;
        m_account.loadKey(&loop, [&](const secrets::SecretResult& r) {
            read = r;
            done = true;
            loop.quit();
        });
        if (!done)
            loop.exec();
        if (!read.ok() && read.error != secrets::SecretError::NotFound) {
            *exitCode = m_out.usageError(tr("The Partner API key could not be read from the keychain: %1 Use "
                                            "WABADESK_PARTNER_KEY or --key-stdin instead.")
                                             .arg(secrets::secretErrorText(read.error)));
            return false;
        }
        m_key = read.secret.trimmed();
    }
    if (m_key.isEmpty()) {
        *exitCode = m_out.usageError(tr("No Partner API key: run `wabadesk-cli partner login`, set "
                                        "WABADESK_PARTNER_KEY, or pipe it with --key-stdin (keys are never taken from "
                                        "the command line)."));
        return false;
    }
    m_client = std::make_unique<partner::PartnerClient>(&m_network, m_baseUrl, m_partnerId, [this] { return m_key; });
    QObject::connect(m_client.get(), &partner::PartnerClient::waiting, m_client.get(),
                     [this](const QString&, int seconds) {
                         m_out.problem(tr("Waiting %n second(s) for 360dialog's rate limit…", nullptr, seconds));
                     });
    return true;
}

int PartnerCli::clients()
{
    int code = ExitOk;
    if (!setUp(&code))
        return code;
    const auto r = wait<QList<partner::PartnerClientInfo>>(
        [&](QObject* ctx, auto done) { return m_client->listClients(ctx, done); });
    if (!r.ok())
        return apiError(r.error());
    if (m_out.json()) {
        QJsonArray array;
        for (const auto& c : r.value())
            array.append(clientJson(c));
        m_out.jsonObject({{QStringLiteral("clients"), array}});
        return ExitOk;
    }
    if (r.value().isEmpty()) {
        m_out.line(tr("Partner %1 has no clients yet.").arg(m_partnerId));
        return ExitOk;
    }
    m_out.line(col(tr("ID"), 10) + col(tr("NAME"), 28) + col(tr("STATUS"), 8) + col(tr("CONTACT"), 36) + tr("SINCE"));
    for (const auto& c : r.value())
        m_out.line(col(c.id, 10) + col(c.name, 28) + col(c.status, 8) +
                   col(c.email.isEmpty() ? c.contactName : c.email, 36) + c.createdAt.date().toString(Qt::ISODate));
    return ExitOk;
}

int PartnerCli::channels()
{
    int code = ExitOk;
    if (!setUp(&code))
        return code;
    const QString clientId = m_cmd.value(QStringLiteral("client"));
    const auto r = wait<QList<partner::PartnerChannel>>(
        [&](QObject* ctx, auto done) { return m_client->listChannels(clientId, ctx, done); });
    if (!r.ok())
        return apiError(r.error());
    const QList<Channel> local = m_channels.channels();
    if (m_out.json()) {
        QJsonArray array;
        for (const auto& c : r.value())
            array.append(partnerChannelJson(c, partner::ChannelImporter::existingChannel(local, c)));
        m_out.jsonObject({{QStringLiteral("channels"), array}});
        return ExitOk;
    }
    if (r.value().isEmpty()) {
        m_out.line(clientId.isEmpty() ? tr("No channels.") : tr("Client %1 has no channels.").arg(clientId));
        return ExitOk;
    }
    m_out.line(col(tr("ID"), 10) + col(tr("CLIENT"), 10) + col(tr("NUMBER"), 18) + col(tr("NAME"), 24) +
               col(tr("STATUS"), 8) + col(tr("MODE"), 8) + col(tr("QUALITY"), 8) + col(tr("LIMIT"), 10) +
               tr("WABADESK"));
    for (const auto& c : r.value()) {
        const auto existing = partner::ChannelImporter::existingChannel(local, c);
        m_out.line(col(c.id, 10) + col(c.clientId, 10) + col(c.phoneNumber, 18) + col(c.phoneName, 24) +
                   col(stateName(c.state, c.status), 8) + col(c.accountMode, 8) +
                   col(c.qualityRating.isEmpty() ? QStringLiteral("-") : c.qualityRating, 8) +
                   col(c.messagingLimit.isEmpty() ? QStringLiteral("-") : c.messagingLimit, 10) +
                   (existing ? existing->name : QStringLiteral("-")));
    }
    return ExitOk;
}

int PartnerCli::addChannel()
{
    const QString channelId = m_cmd.arguments().value(0);
    WebhookConfig webhook;
    int code = ExitOk;
    if (m_cmd.isSet(QStringLiteral("url"))) {
        webhook.url = QUrl(m_cmd.value(QStringLiteral("url")), QUrl::StrictMode);
        if (!webhook.url.isValid() || webhook.url.host().isEmpty())
            return m_out.usageError(tr("--url must be the webhook's https URL."));
        if (m_cmd.isSet(QStringLiteral("key-stdin")) &&
            std::any_of(m_cmd.values(QStringLiteral("header")).cbegin(), m_cmd.values(QStringLiteral("header")).cend(),
                        [](const QString& h) { return h.endsWith(QLatin1String(":-")); }))
            return m_out.usageError(tr("--key-stdin and --header NAME:- both read standard input; set the key with "
                                       "WABADESK_PARTNER_KEY or `partner login` instead."));
    } else if (m_cmd.isSet(QStringLiteral("header"))) {
        return m_out.usageError(tr("--header goes with --url."));
    }
    if (!setUp(&code))
        return code;
    if (!headerOptions(&webhook.headers, &code))
        return code;

    // Which channel, and whether WabaDesk has its number already.
    const auto listed = wait<QList<partner::PartnerChannel>>(
        [&](QObject* ctx, auto done) { return m_client->listChannels({}, ctx, done); });
    if (!listed.ok())
        return apiError(listed.error());
    const auto found = std::find_if(listed.value().cbegin(), listed.value().cend(),
                                    [&](const partner::PartnerChannel& c) { return c.id == channelId; });
    if (found == listed.value().cend())
        return m_out.usageError(
            tr("Partner %1 has no channel %2 (see `wabadesk-cli partner channels`).").arg(m_partnerId, channelId));
    const partner::PartnerChannel channel = *found;
    const auto existing = partner::ChannelImporter::existingChannel(m_channels.channels(), channel);

    // Generating revokes the current key at once: say so first, and ask on a terminal.
    m_out.problem(existing ? tr("Generating a new API key for %1 revokes its current key at once; WabaDesk's channel "
                                "\"%2\" gets the new one and its webhooks are set again.")
                                 .arg(channel.phoneNumber, existing->name)
                           : tr("Generating a new API key for %1 revokes its current key at once: anything else "
                                "that uses that key stops working.")
                                 .arg(channel.phoneNumber));
    if (!m_cmd.isSet(QStringLiteral("yes")) && !m_cmd.isSet(QStringLiteral("key-stdin")) && stdinIsTerminal() &&
        !m_out.json()) {
        std::fputs(qPrintable(tr("Continue? [y/N] ")), stderr);
        std::string answer;
        std::getline(std::cin, answer);
        if (answer != "y" && answer != "Y" && answer != "yes") {
            m_out.problem(tr("Nothing was changed."));
            return ExitUsage;
        }
    }

    partner::ChannelImporter importer(m_client.get(), &m_channels, &m_keychain);
    QEventLoop loop;
    std::optional<partner::ChannelImporter::Result> result;
    importer.import({channel, m_cmd.value(QStringLiteral("name")), webhook}, &loop,
                    [&](const partner::ChannelImporter::Result& r) {
                        result = r;
                        loop.quit();
                    });
    if (!result)
        loop.exec();
    using Outcome = partner::ChannelImporter::Result::Outcome;
    switch (result->outcome) {
    case Outcome::NotGenerated:
        if (result->generateError.isError())
            return apiError(result->generateError, PartnerErrors::Action::GenerateKey);
        return channelError(result->channelError);
    case Outcome::GeneratedNotStored: {
        channels::ChannelError e = result->channelError;
        e.message = tr("A new key was generated (the channel's old key no longer works), but WabaDesk could not keep "
                       "it: %1 Fix this, then run the command again to generate another key.")
                        .arg(e.message);
        return channelError(e);
    }
    case Outcome::Added:
    case Outcome::KeyReplaced:
        break;
    }
    const Channel& c = result->channel;
    if (m_out.json()) {
        QJsonObject o{{QStringLiteral("outcome"),
                       result->outcome == Outcome::Added ? QStringLiteral("added") : QStringLiteral("key_replaced")},
                      {QStringLiteral("old_key_revoked"), true},
                      {QStringLiteral("channel"), channelJson(c)},
                      {QStringLiteral("webhooks"), QJsonArray::fromStringList(result->webhooks)}};
        if (result->webhookFailed)
            o.insert(QStringLiteral("webhook_error"), result->channelError.message);
        m_out.jsonObject(o);
    } else {
        m_out.line(result->outcome == Outcome::Added
                       ? tr("Added channel \"%1\" (%2) at %3 with a newly generated key %4, kept in the keychain.")
                             .arg(c.name, c.phoneNumber, c.baseUrl.toString(), c.keyHint)
                       : tr("Replaced the key of \"%1\" (%2) with a newly generated one, %3, kept in the keychain.")
                             .arg(c.name, c.phoneNumber, c.keyHint));
        for (const QString& url : result->webhooks)
            m_out.line(result->outcome == Outcome::Added ? tr("Webhook set to %1.").arg(url)
                                                         : tr("Webhook set again: %1.").arg(url));
        if (!result->webhookFailed && result->webhooks.isEmpty())
            m_out.line(tr("No webhook is set: 360dialog delivers nothing for this number until one is (wabadesk-cli "
                          "--channel \"%1\" webhook set --url URL).")
                           .arg(c.name));
    }
    if (result->webhookFailed) {
        m_out.problem(tr("The webhook was not set: %1").arg(result->channelError.message));
        return ExitApi;
    }
    return ExitOk;
}

int PartnerCli::balance()
{
    int code = ExitOk;
    const QString clientId = m_cmd.value(QStringLiteral("client"));
    if (clientId.isEmpty())
        return m_out.usageError(tr("\"partner balance\" needs --client ID (see `wabadesk-cli partner clients`)."));
    const QString g = m_cmd.isSet(QStringLiteral("granularity")) ? m_cmd.value(QStringLiteral("granularity")).toLower()
                                                                 : QStringLiteral("month");
    if (g != QLatin1String("day") && g != QLatin1String("month"))
        return m_out.usageError(tr("--granularity must be day or month."));
    if (!setUp(&code))
        return code;
    const partner::BalanceQuery query = partner::BalanceQuery::recent(
        g == QLatin1String("day") ? partner::Granularity::Day : partner::Granularity::Month,
        QDateTime::currentDateTimeUtc());
    const auto r = wait<partner::ClientBalance>(
        [&](QObject* ctx, auto done) { return m_client->clientBalance(clientId, query, ctx, done); });
    if (!r.ok())
        return apiError(r.error(), PartnerErrors::Action::Balance);
    if (m_out.json()) {
        m_out.rawJson(r.rawBody());
        return ExitOk;
    }
    const partner::ClientBalance& b = r.value();
    const QLocale c = QLocale::c();
    m_out.line(b.hasBalance ? tr("Balance: %1 %2").arg(c.toString(b.balance, 'f', 2), b.currency.toUpper())
                            : tr("No balance (the client is not on direct payment)."));
    if (b.usage.isEmpty()) {
        m_out.line(tr("No usage in this period."));
        return ExitOk;
    }
    m_out.line(col(g == QLatin1String("day") ? tr("DAY") : tr("MONTH"), 10) + col(tr("TOTAL"), 8) + col(tr("FREE"), 8) +
               col(tr("PAID"), 8) + col(tr("BUSINESS"), 9) + col(tr("USER"), 8) + tr("COST"));
    for (const partner::UsagePeriod& p : b.usage)
        m_out.line(
            col(g == QLatin1String("day") ? p.date.toString(Qt::ISODate) : p.date.toString(QStringLiteral("yyyy-MM")),
                10) +
            col(QString::number(p.quantity), 8) + col(QString::number(p.freeQuantity), 8) +
            col(QString::number(p.paidQuantity), 8) + col(QString::number(p.businessInitiated), 9) +
            col(QString::number(p.userInitiated), 8) + c.toString(p.cost, 'f', 2));
    m_out.line(col(tr("all"), 10) + col(QString::number(b.totalQuantity()), 8) + col(QString(), 8) + col(QString(), 8) +
               col(QString(), 9) + col(QString(), 8) + c.toString(b.totalCost(), 'f', 2) + QLatin1Char(' ') +
               b.currency.toUpper());
    return ExitOk;
}

int PartnerCli::login()
{
    int code = ExitOk;
    if (!resolveAccount(&code))
        return code;
    QByteArray key = qgetenv("WABADESK_PARTNER_KEY").trimmed();
    if (key.isEmpty())
        key = readSecretLine(tr("Partner API key for %1: ").arg(m_partnerId));
    if (key.isEmpty())
        return m_out.usageError(tr("No Partner API key: pipe it to standard input or set WABADESK_PARTNER_KEY."));
    QEventLoop loop;
    std::optional<partner::PartnerAccount::SignInResult> result;
    m_account.signIn(m_partnerId, m_baseUrl, key, &loop, [&](const partner::PartnerAccount::SignInResult& r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    key.fill('\0');
    if (result->apiError.isError())
        return apiError(result->apiError);
    if (!result->keychain.ok()) {
        channels::ChannelError e;
        e.kind = result->keychain.error == secrets::SecretError::NoBackend
                     ? channels::ChannelError::Kind::NoKeychain
                     : channels::ChannelError::Kind::KeychainFailed;
        e.message = tr("The key works, but the keychain did not keep it: %1")
                        .arg(secrets::secretErrorText(result->keychain.error));
        return channelError(e);
    }
    if (m_out.json())
        m_out.jsonObject({{QStringLiteral("partner_id"), m_partnerId},
                          {QStringLiteral("partner_base_url"), m_baseUrl.toString()},
                          {QStringLiteral("clients"), result->clients},
                          {QStringLiteral("key"), m_account.keyHint()}});
    else
        m_out.line(tr("The Partner API key %1 works for partner %2 (%n client(s)); it is in the keychain.", nullptr,
                      result->clients)
                       .arg(m_account.keyHint(), m_partnerId));
    return ExitOk;
}

int PartnerCli::logout()
{
    QEventLoop loop;
    std::optional<secrets::SecretResult> result;
    m_account.signOut(&loop, [&](const secrets::SecretResult& r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    if (!result->ok()) {
        channels::ChannelError e;
        e.kind = channels::ChannelError::Kind::KeychainFailed;
        e.message = secrets::secretErrorText(result->error);
        return channelError(e);
    }
    m_out.line(tr("The Partner API key is no longer in the keychain."));
    if (m_out.json())
        m_out.jsonObject({{QStringLiteral("logged_out"), true}});
    return ExitOk;
}

} // namespace

int Cli::partner()
{
    setUpChannels(); // the keychain, and the channels (which numbers WabaDesk has)
    PartnerCli commands(m_cmd, m_out, m_network, *m_channels, *m_keychain, m_dataDir);
    commands.channelError = [this](const channels::ChannelError& e) {
        return channelError(e);
    };
    commands.channelJson = [](const Channel& c) {
        return channelJson(c);
    };
    commands.headerOptions = [this](QMap<QString, QString>* headers, int* code) {
        return webhookHeaderOptions(headers, code);
    };
    const QString c = m_cmd.command();
    if (c == QLatin1String("partner clients"))
        return commands.clients();
    if (c == QLatin1String("partner channels"))
        return commands.channels();
    if (c == QLatin1String("partner add-channel"))
        return commands.addChannel();
    if (c == QLatin1String("partner balance"))
        return commands.balance();
    if (c == QLatin1String("partner login"))
        return commands.login();
    return commands.logout();
}

} // namespace wabadesk::cli
