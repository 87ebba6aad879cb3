// The wabadesk executable: the composition root. It creates the shared services and hands them to the window
// through constructors; nothing here is global.
#include "MainWindow.h"
#include "Version.h"
#include "api/ApiClient.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SeedData.h"
#include "theme/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>

#include <memory>

namespace {

// The customers the sandbox seeds, offered as recipients in demo mode.
QList<wabadesk::ui::KnownRecipient> demoRecipients()
{
    QList<wabadesk::ui::KnownRecipient> recipients;
    for (const wabadesk::sandbox::CastMember& member : wabadesk::sandbox::seedCast())
        recipients.append({member.waId, member.name});
    return recipients;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(wabadesk::kApplicationName));
    QApplication::setApplicationVersion(QString::fromLatin1(wabadesk::kVersion));
    QApplication::setOrganizationName(QString::fromLatin1(wabadesk::kOrganizationName));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/wabadesk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop client for WhatsApp Business through 360dialog."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Run against a local sandbox that behaves like 360dialog (no real messages)."));
    parser.addOption(demoOption);
    parser.process(app);

    wabadesk::ui::theme::apply(app, wabadesk::ui::theme::schemeFromEnvironment());

    // Locals go in reverse order: the window (which uses the client), the client, the sandbox, the network manager.
    QNetworkAccessManager network;
    std::unique_ptr<wabadesk::sandbox::Sandbox> sandbox;
    std::unique_ptr<wabadesk::api::ApiClient> demoClient;
    QList<wabadesk::ui::ChannelDescriptor> channels;

    if (parser.isSet(demoOption)) {
        wabadesk::sandbox::SandboxOptions options;
        options.host = QStringLiteral("127.0.0.1");
        options.port = 0;
        options.scriptedCustomers = true;
        sandbox = std::make_unique<wabadesk::sandbox::Sandbox>(options);
        QString error;
        if (!sandbox->start(&error)) {
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "WabaDesk"),
                QApplication::translate("main", "The demo sandbox could not be started: %1")
                    .arg(error.isEmpty() ? QApplication::translate("main", "unknown reason") : error));
            return 1;
        }
        wabadesk::sandbox::Sandbox* sb = sandbox.get();
        demoClient = std::make_unique<wabadesk::api::ApiClient>(&network, sb->baseUrl(), [sb] { return sb->apiKey(); });
        wabadesk::ui::ChannelDescriptor demo;
        demo.id = QStringLiteral("demo");
        demo.name = QApplication::translate("main", "Demo channel (sandbox)");
        demo.colour = QColor(0x25, 0xa1, 0x6b);
        demo.description = QApplication::translate(
            "main", "Sample templates, profile and customers; no message leaves this computer.");
        demo.connectionText =
            QApplication::translate("main", "Demo mode — local sandbox at %1").arg(sb->baseUrl().toString());
        demo.client = demoClient.get();
        demo.recipients = demoRecipients();
        channels << demo;
    }

    wabadesk::ui::MainWindow window(channels);
    window.show();
    return app.exec();
}
