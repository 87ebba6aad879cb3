#include "cli/Cli.h"

#include "Version.h"
#include "common/DataDir.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcessEnvironment>

namespace wabadesk::cli {

int Cli::run(const QStringList& arguments)
{
    const bool parsed = m_cmd.parse(arguments);
    m_out = Output(m_cmd.json());
    if (!parsed)
        return m_out.usageError(m_cmd.error(), tr("Run `wabadesk-cli --help` for the commands and options."));
    if (m_cmd.wantsHelp()) {
        std::fputs(
            qPrintable(m_cmd.command().isEmpty() ? CommandLine::helpText() : CommandLine::commandHelp(m_cmd.command())),
            stdout);
        return ExitOk;
    }
    if (m_cmd.wantsVersion() && m_cmd.command().isEmpty()) {
        m_out.line(QStringLiteral("wabadesk-cli %1").arg(QLatin1String(kVersion)));
        if (m_out.json())
            m_out.jsonObject({{QStringLiteral("version"), QLatin1String(kVersion)}});
        return ExitOk;
    }
    if (m_cmd.isSet(QStringLiteral("data-dir"))) {
        const QString dir = m_cmd.value(QStringLiteral("data-dir"));
        if (!QDir().mkpath(dir))
            return m_out.usageError(tr("Cannot use the data directory %1.").arg(dir));
    }
    m_dataDir = resolveDataDir(m_cmd.value(QStringLiteral("data-dir")));
    m_storeLocation = store::StoreLocation::inDataDir(m_dataDir);
    return dispatch();
}

std::optional<quint16> Cli::portOption(quint16 fallback) const
{
    if (!m_cmd.isSet(QStringLiteral("port")))
        return fallback;
    bool ok = false;
    const uint port = m_cmd.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    return quint16(port);
}

bool Cli::require(std::initializer_list<const char*> options, int* exitCode) const
{
    for (const char* o : options) {
        const QString name = QString::fromLatin1(o);
        if (!m_cmd.isSet(name)) {
            *exitCode = m_out.usageError(tr("\"%1\" needs --%2.").arg(m_cmd.command(), name),
                                         tr("Run `wabadesk-cli %1 --help` for its options.").arg(m_cmd.command()));
            return false;
        }
    }
    return true;
}

bool Cli::setUpClient(int* exitCode)
{
    if (m_cmd.isSet(QStringLiteral("channel"))) {
        if (m_cmd.isSet(QStringLiteral("base-url"))) {
            *exitCode = m_out.usageError(tr("--channel brings its own base URL; leave out --base-url."));
            return false;
        }
        setUpChannels();
        const auto channel = namedChannel(m_cmd.value(QStringLiteral("channel")), exitCode);
        return channel && useChannel(*channel, exitCode);
    }
    QUrl base = api::ApiClient::defaultBaseUrl();
    if (m_cmd.isSet(QStringLiteral("base-url"))) {
        base = QUrl(m_cmd.value(QStringLiteral("base-url")), QUrl::StrictMode);
        if (!base.isValid() || base.host().isEmpty() ||
            (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http"))) {
            *exitCode = m_out.usageError(tr("--base-url must be an http(s) URL, e.g. https://waba-v2.360dialog.io"));
            return false;
        }
    }
    // The key only ever comes from the environment (or, later, the keychain): argv is visible to other users.
    m_key = qgetenv("WABADESK_API_KEY").trimmed();
    if (m_key.isEmpty()) {
        *exitCode = m_out.usageError(tr("No API key. Set the environment variable WABADESK_API_KEY (keys are never "
                                        "taken from the command line)."));
        return false;
    }
    m_ownClient = std::make_unique<api::ApiClient>(&m_network, base, [this] { return m_key; });
    m_client = m_ownClient.get();
    return true;
}

int Cli::dispatch()
{
    const QString c = m_cmd.command();
    if (c == QLatin1String("sandbox"))
        return runSandbox();
    if (c == QLatin1String("listen"))
        return listen();
    if (c == QLatin1String("export"))
        return exportHistory();
    if (c.startsWith(QLatin1String("partner ")))
        return partner();
    if (c.startsWith(QLatin1String("quickreply ")))
        return quickReplies();
    if (c.startsWith(QLatin1String("channel "))) {
        setUpChannels();
        if (c == QLatin1String("channel add"))
            return channelAdd();
        if (c == QLatin1String("channel list"))
            return channelList();
        if (c == QLatin1String("channel check"))
            return channelCheck();
        if (c == QLatin1String("channel rotate"))
            return channelRotate();
        return channelRemove();
    }

    int exitCode = ExitOk;
    if (!setUpClient(&exitCode))
        return exitCode;

    if (c == QLatin1String("send text"))
        return sendText();
    if (c == QLatin1String("send location"))
        return sendLocation();
    if (c == QLatin1String("send reaction"))
        return sendReaction();
    if (c == QLatin1String("send template"))
        return sendTemplate();
    if (c == QLatin1String("send raw"))
        return sendRaw();
    if (c.startsWith(QLatin1String("send ")))
        return sendMedia(c.mid(5));
    if (c == QLatin1String("read"))
        return markRead();
    if (c == QLatin1String("media upload"))
        return mediaUpload();
    if (c == QLatin1String("media info"))
        return mediaInfo();
    if (c == QLatin1String("media download"))
        return mediaDownload();
    if (c == QLatin1String("media delete"))
        return mediaDelete();
    if (c == QLatin1String("templates list"))
        return templatesList();
    if (c == QLatin1String("templates create"))
        return templatesCreate();
    if (c == QLatin1String("templates delete"))
        return templatesDelete();
    if (c == QLatin1String("profile get"))
        return profileGet();
    if (c == QLatin1String("profile set"))
        return profileSet();
    if (c == QLatin1String("webhook get"))
        return webhookGet();
    if (c == QLatin1String("webhook set"))
        return webhookSet();
    return m_out.usageError(tr("Unknown command \"%1\".").arg(c));
}

} // namespace wabadesk::cli
