// wabadesk-cli listen: the webhook listener, journal and store without a GUI (issue #4, headless mode).
#include "cli/Cli.h"
#include "cli/LinePrinter.h"
#include "cli/StopSignal.h"
#include "webhook/ListenerService.h"

#include <cstdio>

namespace wabadesk::cli {

int Cli::listen()
{
    webhook::ListenerOptions options;
    options.address =
        m_cmd.isSet(QStringLiteral("address")) ? m_cmd.value(QStringLiteral("address")) : QStringLiteral("127.0.0.1");
    const std::optional<quint16> port = portOption(8361);
    if (!port)
        return m_out.usageError(tr("--port must be a number from 0 to 65535."));
    options.port = *port;
    options.tlsCertFile = m_cmd.value(QStringLiteral("tls-cert"));
    options.tlsKeyFile = m_cmd.value(QStringLiteral("tls-key"));
    if (options.tlsCertFile.isEmpty() != options.tlsKeyFile.isEmpty())
        return m_out.usageError(tr("HTTPS needs both --tls-cert and --tls-key."));
    options.insecureNoAuth = m_cmd.isSet(QStringLiteral("insecure-no-auth"));

    setUpChannels();
    // The same composition as the GUI's: journal, ingest worker and listener, with the channels' webhook secrets as
    // credentials and their numbers as routes.
    webhook::ListenerService service(m_channels.get(), m_storeLocation);
    if (m_cmd.isSet(QStringLiteral("secret-header"))) {
        const QByteArray value = qgetenv("WABADESK_WEBHOOK_SECRET");
        if (value.isEmpty())
            return m_out.usageError(tr("--secret-header takes its value from the environment variable "
                                       "WABADESK_WEBHOOK_SECRET, which is not set."));
        service.setExtraCredentials({{m_cmd.value(QStringLiteral("secret-header")).toLatin1(), value, QString()}});
    }
    const int credentials = service.loadCredentialsNow();
    if (credentials == 0 && !options.insecureNoAuth)
        return m_out.usageError(tr("No webhook secret is configured: set one with `webhook set --channel NAME --header "
                                   "X-WabaDesk-Secret:-`, or use --secret-header NAME with WABADESK_WEBHOOK_SECRET. "
                                   "(--insecure-no-auth accepts anything, for tests only.)"));
    if (options.insecureNoAuth)
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("WARNING: --insecure-no-auth: every request is accepted and stored without "
                                   "authentication. Use this only on a trusted network, for testing.")));

    // Request lines come from the listener's I/O thread: printed on a thread of their own, so that a slow reader of
    // the output never holds up a delivery.
    LinePrinter out(stdout);
    LinePrinter err(stderr);
    service.setRequestObserver([&](const webhook::RequestRecord& r) {
        // One line per request: time, peer, method, path, status, bytes, journal sequence, milliseconds, note.
        const QString line = QStringLiteral("%1 %2 %3 %4 %5 %6B%7 %8ms%9")
                                 .arg(r.at.toString(Qt::ISODateWithMs), r.peer, r.method, r.path)
                                 .arg(r.status)
                                 .arg(r.bytes)
                                 .arg(r.seq > 0 ? QStringLiteral(" seq=%1").arg(r.seq) : QString())
                                 .arg(r.millis, 0, 'f', 2)
                                 .arg(r.note.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.note));
        out.print(line.toLocal8Bit());
    });
    // The journal cannot write (a full disk): said once when it happens and once when it is over; meanwhile
    // deliveries are answered 503 and 360dialog sends them again.
    service.setHealthObserver([&](const webhook::Journal::Health& health) {
        const QString line = health.writable
                                 ? tr("The journal can write again; deliveries are stored.")
                                 : tr("The journal cannot write (%1): deliveries are answered 503 and will be sent "
                                      "again by 360dialog; retrying every second.")
                                       .arg(health.problem);
        err.print(line.toLocal8Bit());
    });
    catchStopSignals(); // before the world is told that it is listening
    QString error;
    if (!service.start(options, &error))
        return m_out.usageError(error);
    out.print(
        tr("Listening for webhooks at %1 (accepted credentials: %n; data in %2). Ctrl+C stops.", nullptr, credentials)
            .arg(service.url().toString(), m_dataDir)
            .toLocal8Bit());
    waitForStopSignal();
    service.stop(); // lets the ingest worker catch up first
    out.print(tr("Stopped; %1 request(s) stored.").arg(service.stats().accepted).toLocal8Bit());
    return ExitOk;
}

} // namespace wabadesk::cli
