// wabadesk-cli listen: the webhook listener, journal and store without a GUI (issue #4, headless mode).
#include "cli/Cli.h"
#include "cli/StopSignal.h"
#include "store/Store.h"
#include "webhook/IngestWorker.h"
#include "webhook/Journal.h"
#include "webhook/WebhookListener.h"

#include <QDir>
#include <QEventLoop>

#include <cstdio>
#include <mutex>

namespace wabadesk::cli {

namespace {

// The channels' webhook headers from the keychain: every header of every channel's webhook is an accepted credential.
QList<webhook::WebhookCredential> channelCredentials(channels::ChannelService& service, QHash<QString, QString>* routes)
{
    QList<webhook::WebhookCredential> credentials;
    for (const Channel& c : service.channels()) {
        if (!c.phoneNumberId.isEmpty())
            routes->insert(c.phoneNumberId, c.id);
        for (auto scope :
             {channels::ChannelService::WebhookScope::PhoneNumber, channels::ChannelService::WebhookScope::Waba}) {
            QEventLoop loop;
            QMap<QString, QString> headers;
            service.webhookSecrets(c.id, scope, &loop,
                                   [&](const channels::ChannelError& e, const QMap<QString, QString>& h) {
                                       if (!e.isError())
                                           headers = h;
                                       loop.quit();
                                   });
            loop.exec();
            for (auto it = headers.begin(); it != headers.end(); ++it)
                credentials.append({it.key().toLatin1(), it.value().toUtf8(), c.id});
        }
    }
    return credentials;
}

} // namespace

int Cli::listen()
{
    webhook::ListenerOptions options;
    options.address =
        m_cmd.isSet(QStringLiteral("address")) ? m_cmd.value(QStringLiteral("address")) : QStringLiteral("127.0.0.1");
    options.port = 8361;
    if (m_cmd.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = m_cmd.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port > 65535)
            return m_out.usageError(tr("--port must be a number from 0 to 65535."));
        options.port = quint16(port);
    }
    options.tlsCertFile = m_cmd.value(QStringLiteral("tls-cert"));
    options.tlsKeyFile = m_cmd.value(QStringLiteral("tls-key"));
    if (options.tlsCertFile.isEmpty() != options.tlsKeyFile.isEmpty())
        return m_out.usageError(tr("HTTPS needs both --tls-cert and --tls-key."));
    options.insecureNoAuth = m_cmd.isSet(QStringLiteral("insecure-no-auth"));

    setUpChannels();
    QHash<QString, QString> routes;
    QList<webhook::WebhookCredential> credentials = channelCredentials(*m_channels, &routes);
    if (m_cmd.isSet(QStringLiteral("secret-header"))) {
        const QByteArray value = qgetenv("WABADESK_WEBHOOK_SECRET");
        if (value.isEmpty())
            return m_out.usageError(tr("--secret-header takes its value from the environment variable "
                                       "WABADESK_WEBHOOK_SECRET, which is not set."));
        credentials.append({m_cmd.value(QStringLiteral("secret-header")).toLatin1(), value, QString()});
    }
    if (credentials.isEmpty() && !options.insecureNoAuth)
        return m_out.usageError(tr("No webhook secret is configured: set one with `webhook set --channel NAME --header "
                                   "X-WabaDesk-Secret:-`, or use --secret-header NAME with WABADESK_WEBHOOK_SECRET. "
                                   "(--insecure-no-auth accepts anything, for tests only.)"));
    if (options.insecureNoAuth)
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("WARNING: --insecure-no-auth: every request is accepted and stored without "
                                   "authentication. Use this only on a trusted network, for testing.")));

    QString error;
    auto journal = webhook::Journal::open(QDir(m_dataDir).filePath(QStringLiteral("journal")), &error);
    if (!journal)
        return m_out.usageError(tr("The journal cannot be opened: %1").arg(error));
    webhook::IngestWorker ingest(journal.get(), m_dataDir);
    ingest.setChannelRoutes(routes);
    if (!ingest.start(&error))
        return m_out.usageError(tr("The store cannot be opened: %1").arg(error));
    webhook::WebhookListener listener(journal.get(), options);
    listener.setCredentials(credentials);
    std::mutex outputMutex;
    listener.setRequestObserver([&](const webhook::RequestRecord& r) {
        // One line per request: time, peer, method, path, status, bytes, journal sequence, milliseconds, note.
        const QString line = QStringLiteral("%1 %2 %3 %4 %5 %6B%7 %8ms%9")
                                 .arg(r.at.toString(Qt::ISODateWithMs), r.peer, r.method, r.path)
                                 .arg(r.status)
                                 .arg(r.bytes)
                                 .arg(r.seq > 0 ? QStringLiteral(" seq=%1").arg(r.seq) : QString())
                                 .arg(r.millis, 0, 'f', 2)
                                 .arg(r.note.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.note));
        std::lock_guard lock(outputMutex);
        std::fprintf(stdout, "%s\n", qPrintable(line));
        std::fflush(stdout);
    });
    listener.setStoredObserver([&ingest](qint64) { ingest.wake(); });
    if (!listener.start(&error))
        return m_out.usageError(tr("The listener cannot start: %1").arg(error));
    {
        std::lock_guard lock(outputMutex);
        std::fprintf(stdout, "%s\n",
                     qPrintable(tr("Listening for webhooks at %1 (accepted credentials: %n; data in %2). Ctrl+C stops.",
                                   int(credentials.size()))
                                    .arg(listener.url().toString(), m_dataDir)));
        std::fflush(stdout);
    }
    waitForStopSignal();
    listener.stop();
    ingest.waitUntilIngested(journal->lastSeq(), 5000);
    ingest.stop();
    std::fprintf(stdout, "%s\n", qPrintable(tr("Stopped; %1 request(s) stored.").arg(listener.stats().accepted)));
    return ExitOk;
}

} // namespace wabadesk::cli
