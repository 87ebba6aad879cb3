// wabadesk-cli sandbox: the local 360dialog look-alike, standalone, until SIGINT/SIGTERM.
#include "cli/Cli.h"
#include "cli/StopSignal.h"
#include "sandbox/Sandbox.h"

#include <QCoreApplication>

namespace wabadesk::cli {

int Cli::runSandbox()
{
    sandbox::SandboxOptions options;
    const std::optional<quint16> port = portOption(8360);
    if (!port)
        return m_out.usageError(tr("--port must be a number from 0 to 65535."));
    options.port = *port;
    if (m_cmd.isSet(QStringLiteral("webhook"))) {
        options.webhookUrl = QUrl(m_cmd.value(QStringLiteral("webhook")), QUrl::StrictMode);
        if (!options.webhookUrl.isValid() || options.webhookUrl.host().isEmpty() ||
            !options.webhookUrl.scheme().startsWith(QLatin1String("http")))
            return m_out.usageError(tr("--webhook must be an http(s) URL."));
    }
    if (m_cmd.isSet(QStringLiteral("base-url")) || m_cmd.isSet(QStringLiteral("channel")))
        return m_out.usageError(tr("\"sandbox\" serves on loopback itself; --base-url and --channel do not apply."));

    sandbox::Sandbox sb(options);
    catchStopSignals();
    QString error;
    if (!sb.start(&error)) {
        m_out.usageError(tr("The sandbox could not start: %1").arg(error));
        return ExitNetwork;
    }
    if (m_out.json()) {
        m_out.jsonObject({{QStringLiteral("base_url"), sb.baseUrl().toString()},
                          {QStringLiteral("api_key"), QString::fromUtf8(sb.apiKey())},
                          {QStringLiteral("partner_base_url"), sb.partnerBaseUrl().toString()},
                          {QStringLiteral("partner_id"), sb.partnerId()},
                          {QStringLiteral("partner_key"), QString::fromUtf8(sb.partnerKey())}});
    } else {
        m_out.line(tr("Sandbox listening at %1").arg(sb.baseUrl().toString()));
        m_out.line(tr("Test API key: %1").arg(QString::fromUtf8(sb.apiKey())));
        m_out.line(tr("Try:  WABADESK_API_KEY=%1 wabadesk-cli --base-url %2 templates list")
                       .arg(QString::fromUtf8(sb.apiKey()), sb.baseUrl().toString()));
        m_out.line(tr("Partner API at %1, partner id %2, test Partner API key: %3")
                       .arg(sb.partnerBaseUrl().toString(), sb.partnerId(), QString::fromUtf8(sb.partnerKey())));
        m_out.line(tr("Try:  WABADESK_PARTNER_KEY=%1 wabadesk-cli partner clients --partner-id %2 "
                      "--partner-base-url %3")
                       .arg(QString::fromUtf8(sb.partnerKey()), sb.partnerId(), sb.partnerBaseUrl().toString()));
        m_out.line(tr("Press Ctrl+C to stop."));
    }
    waitForStopSignal();
    sb.stop();
    m_out.line(tr("Sandbox stopped."));
    return ExitOk;
}

} // namespace wabadesk::cli
