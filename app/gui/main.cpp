// The wabadesk executable: the composition root. It creates the shared services and hands them to the window
// through constructors; nothing here is global.
#include "MainWindow.h"
#include "Version.h"
#include "channels/ChannelRepository.h"
#include "channels/ChannelService.h"
#include "channels/WebhookUrlRules.h"
#include "common/DataDir.h"
#include "common/SingleInstance.h"
#include "common/Translations.h"
#include "conversations/DeskServices.h"
#include "conversations/OutboxSendTarget.h"
#include "media/MediaArchiver.h"
#include "media/MediaCache.h"
#include "media/PlaybackController.h"
#include "outbox/MessageSender.h"
#include "outbox/OutboxSender.h"
#include "partner/PartnerAccount.h"
#include "quickreplies/QuickReplyLibrary.h"
#include "sandbox/Sandbox.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "settings/Preferences.h"
#include "store/ChangeHub.h"
#include "store/RemoteChangesThread.h"
#include "store/Store.h"
#include "theme/Theme.h"
#include "webhook/ListenerService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstring>

#include <memory>

namespace {

void showStartError(const QString& text)
{
    QMessageBox::critical(nullptr, QApplication::translate("main", "WabaDesk"), text);
}

// The demo's live traffic: the sandbox channel's phone-number webhook points at the embedded listener, with a fresh
// secret header, so that the scripted customers' messages and the status webhooks arrive as they would from
// 360dialog.
void connectDemoWebhook(wabadesk::channels::ChannelService& channels, wabadesk::webhook::ListenerService& listener,
                        const wabadesk::Channel& channel, QWidget* window)
{
    if (!listener.isRunning())
        return;
    wabadesk::WebhookConfig config;
    config.url = listener.url();
    config.headers.insert(QStringLiteral("X-WabaDesk-Secret"),
                          QString::fromLatin1(wabadesk::channels::generateWebhookSecret()));
    channels.setWebhook(channel.id, wabadesk::channels::ChannelService::WebhookScope::PhoneNumber, config, window,
                        [window](const wabadesk::channels::ChannelError& error) {
                            if (error.isError())
                                QMessageBox::warning(window, QApplication::translate("main", "WabaDesk"),
                                                     QApplication::translate("main", "The demo channel's webhook "
                                                                                     "could not be set: %1")
                                                         .arg(error.message));
                        });
}

// `wabadesk --version` answers without a display (packaging checks, scripts): QApplication would need one.
bool printVersionIfAsked(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("%s %s\n", wabadesk::kApplicationName, wabadesk::kVersion);
            return true;
        }
    }
    return false;
}

bool isHelpAsked(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        for (const char* option : {"--help", "-h", "-?", "--help-all"})
            if (std::strcmp(argv[i], option) == 0)
                return true;
    return false;
}

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QString::fromLatin1(wabadesk::kApplicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(wabadesk::kVersion));
    QCoreApplication::setOrganizationName(QString::fromLatin1(wabadesk::kOrganizationName));
}

// The interface language: the one chosen in Preferences, else the system's (LANGUAGE, LC_ALL, LANG, … on Linux).
// Dates and numbers follow the system's regional settings through QLocale() either way.
void installLanguage(wabadesk::Translations& translations)
{
    translations.install(
        wabadesk::Translations::resolve(wabadesk::ui::Preferences::load().language, QLocale::system().uiLanguages()));
}

// wabadesk's options, for the window and for --help.
struct CommandLine {
    QCommandLineParser parser;
    const QCommandLineOption demo{
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Run against a local sandbox that behaves like 360dialog (no real "
                                            "messages, nothing saved, the system keychain untouched).")};
    const QCommandLineOption dataDir{
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Keep channels and history in DIR (default: $WABADESK_DATA_DIR, else the "
                                            "user's data directory)."),
        QStringLiteral("DIR")};
    // For packaging checks (scripts/test.sh starts the installed app): quit once the window is up and the event loop
    // has run for a second.
    QCommandLineOption quitAfterStartup{QStringLiteral("quit-after-startup"),
                                        QStringLiteral("Quit a second after the window is shown (for checks).")};

    CommandLine()
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Desktop client for WhatsApp Business through 360dialog."));
        parser.addHelpOption();
        parser.addVersionOption();
        quitAfterStartup.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(demo);
        parser.addOption(dataDir);
        parser.addOption(quitAfterStartup);
    }
};

// `wabadesk --help` answers without a display too (a terminal over SSH, a packaging check): the options are known
// before any window, so a QCoreApplication is enough. process() prints the help and exits.
int printHelp(int argc, char** argv)
{
    QCoreApplication core(argc, argv);
    setApplicationNames();
    wabadesk::Translations translations;
    installLanguage(translations);
    CommandLine commandLine;
    commandLine.parser.process(core);
    return 0;
}

// Raises the window when another start asks for it, keeping it maximised or full-screen if it was.
void bringToFront(QWidget& window)
{
    window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window.show();
    window.raise();
    window.activateWindow();
}

} // namespace

int main(int argc, char** argv)
{
    if (printVersionIfAsked(argc, argv))
        return 0;
    if (isHelpAsked(argc, argv))
        return printHelp(argc, argv);
    QApplication app(argc, argv);
    setApplicationNames();
    // The desktop file's name: the Wayland app id, so that the shell shows the right icon and name.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.wabadesk.WabaDesk"));
    // The installed icon theme's (hicolor, or a theme that restyles it) first, else the built-in SVG.
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("io.wabadesk.WabaDesk"), QIcon(QStringLiteral(":/icons/wabadesk.svg"))));
    wabadesk::Translations translations;
    installLanguage(translations);

    CommandLine commandLine;
    commandLine.parser.process(app);
    const bool demo = commandLine.parser.isSet(commandLine.demo);

    // The theme chosen in Preferences, unless WABADESK_THEME says light or dark (screenshots, testing both looks).
    const wabadesk::ui::theme::Scheme forced = wabadesk::ui::theme::schemeFromEnvironment();
    wabadesk::ui::theme::apply(
        app, forced != wabadesk::ui::theme::Scheme::System ? forced : wabadesk::ui::Preferences::load().theme);

    // One WabaDesk per data directory (two would share one store and one listener port): a second start raises the
    // running window and exits, before the demo starts a sandbox. The demo has one key of its own (see
    // SingleInstance::keyFor).
    wabadesk::SingleInstance instance(
        demo ? wabadesk::SingleInstance::keyFor(QString(), true)
             : wabadesk::SingleInstance::keyFor(wabadesk::resolveDataDir(commandLine.parser.value(commandLine.dataDir)),
                                                false));
    switch (instance.start(QApplication::arguments().mid(1))) {
    case wabadesk::SingleInstance::Role::Secondary:
        return 0;
    case wabadesk::SingleInstance::Role::Failed:
        showStartError(instance.errorString());
        return 1;
    case wabadesk::SingleInstance::Role::Primary:
        break;
    }

    // Locals go in reverse order: the window, the desk (sender, outbox, store), the listener, the change hub, the
    // service (which owns the channels' clients), the secret store, the repository, the sandbox, the network
    // manager, the demo's temporary directory.
    QTemporaryDir demoDir;
    QNetworkAccessManager network;
    std::unique_ptr<wabadesk::sandbox::Sandbox> sandbox;
    QString dataDir;
    if (demo) {
        // The demo keeps nothing: a throwaway data directory and keys in memory only.
        if (!demoDir.isValid()) {
            showStartError(
                QApplication::translate("main", "No temporary directory for the demo: %1").arg(demoDir.errorString()));
            return 1;
        }
        dataDir = demoDir.path();
        wabadesk::sandbox::SandboxOptions options;
        options.host = QStringLiteral("127.0.0.1");
        options.port = 0;
        options.scriptedCustomers = true;
        options.demoScenes = true; // usernames, calls, a group, echoes, a Flow reply (issue #16)
        sandbox = std::make_unique<wabadesk::sandbox::Sandbox>(options);
        QString error;
        if (!sandbox->start(&error)) {
            showStartError(QApplication::translate("main", "The demo sandbox could not be started: %1")
                               .arg(error.isEmpty() ? QApplication::translate("main", "unknown reason") : error));
            return 1;
        }
    } else {
        dataDir = wabadesk::resolveDataDir(commandLine.parser.value(commandLine.dataDir));
    }

    // Where the messages are: this desk's SQLite file in the data directory (a team's PostgreSQL later, issue #18).
    const wabadesk::store::StoreLocation storeLocation = wabadesk::store::StoreLocation::inDataDir(dataDir);

    std::unique_ptr<wabadesk::secrets::SecretStore> secrets;
    if (demo)
        secrets = std::make_unique<wabadesk::secrets::MemorySecretStore>();
    else
        secrets = std::make_unique<wabadesk::secrets::KeychainSecretStore>(
            wabadesk::secrets::KeychainSecretStore::serviceNameFor(dataDir));
    wabadesk::channels::ChannelRepository repository(dataDir);
    wabadesk::channels::ChannelService channels(&network, secrets.get(), &repository);
    // Every store connection (this thread's, the listener's ingest worker's) reports its commits here: the desk
    // updates live. It outlives the listener.
    wabadesk::store::ChangeHub hub;

    // The embedded webhook listener: in the demo on a free loopback port and remembering nothing, else as the user
    // set it up (Settings → Webhook Listener…; by default on 127.0.0.1:8361). A failure to start shows in the
    // status bar and the settings dialog.
    wabadesk::webhook::ListenerService listener(&channels, storeLocation);
    listener.setChangeHub(&hub);
    if (demo) {
        listener.setPersistSettings(false);
        wabadesk::webhook::ListenerSettings settings;
        settings.port = 0;
        listener.applySettings(settings);
    } else {
        listener.applySettings(wabadesk::webhook::ListenerSettings::load());
    }
    listener.refreshCredentials();

    // The conversation desk: the UI thread's store, the outbox that sends what agents write, media kept on disk.
    QString storeError;
    std::unique_ptr<wabadesk::store::Store> store = wabadesk::store::Store::open(storeLocation, &storeError);
    if (!store) {
        showStartError(QApplication::translate("main", "The message store could not be opened: %1").arg(storeError));
        return 1;
    }
    store->setChangeHub(&hub);
    // A team's database (issue #18): what other desks and the server commit reaches this desk's hub live.
    std::unique_ptr<wabadesk::store::RemoteChangesThread> remoteChanges;
    if (storeLocation.engine == wabadesk::store::StoreLocation::Engine::PostgreSql) {
        remoteChanges = std::make_unique<wabadesk::store::RemoteChangesThread>(
            storeLocation, wabadesk::store::Store::openerFor(storeLocation), &hub);
        remoteChanges->start();
    }
    if (demo) // a few everyday answers to try "/" with
        wabadesk::quickreplies::QuickReplyLibrary(store.get()).addExamples();
    wabadesk::media::MediaCache media(dataDir);
    wabadesk::outbox::OutboxSender outbox(store.get(), channels.clientProvider());
    outbox.setChangeHub(&hub);
    outbox.setMediaCache(&media); // composer attachments go into the media library too
    outbox.start();
    wabadesk::outbox::MessageSender sender(store.get(), &outbox);
    // A channel's "MM Lite" setting sends its marketing templates through /marketing_messages (UPDATES-2026.md §9).
    sender.setMarketingLiteCheck([&channels](const QString& channelId) {
        const std::optional<wabadesk::Channel> c = channels.channel(channelId);
        return c && c->marketingMessagesLite;
    });
    wabadesk::ui::OutboxSendTarget sendTarget(&sender);
    // What customers send is kept as it arrives (download links expire in minutes, media ids in days).
    wabadesk::media::MediaArchiver archiver(store.get(), &media, channels.clientProvider());
    archiver.setChangeHub(&hub);
    // One player for every desk's voice notes: one thing plays at a time.
    wabadesk::ui::PlaybackController playback;
    wabadesk::ui::DeskServices desk;
    desk.store = store.get();
    desk.openStore = wabadesk::store::Store::openerFor(storeLocation);
    desk.hub = &hub;
    desk.sender = &sender;
    desk.sendTarget = &sendTarget;
    desk.channels = &channels;
    desk.media = &media;
    desk.archiver = &archiver;
    desk.playback = &playback;
    wabadesk::ui::applyMediaArchivePreferences(desk, wabadesk::ui::Preferences::load());

    // The 360dialog partner account (Channel → Partner Console…): its key in the keychain, its id in the data
    // directory; the demo's is the sandbox's, for this run only.
    wabadesk::partner::PartnerAccount partnerAccount(&network, secrets.get(), dataDir);
    if (demo) {
        partnerAccount.setPersistent(false);
        partnerAccount.preset(sandbox->partnerId(), sandbox->partnerBaseUrl(), sandbox->partnerKey());
    }

    wabadesk::ui::MainWindow window(&channels, desk);
    window.setListener(&listener, &network);
    window.setPartnerAccount(&partnerAccount);
    window.setOutbox(&outbox); // the rate limit from the preferences, before the first send
    QObject::connect(&instance, &wabadesk::SingleInstance::activationRequested, &window,
                     [&window] { bringToFront(window); });
    window.show();
    if (commandLine.parser.isSet(commandLine.quitAfterStartup))
        QTimer::singleShot(1000, &app, [] {
            std::printf("%s started\n", wabadesk::kApplicationName);
            QApplication::quit();
        });

    if (demo) {
        // The demo channel takes the same path as any channel: the key is checked against the sandbox, then kept.
        QByteArray key = sandbox->apiKey();
        channels.addChannel(sandbox->baseUrl(), key, QApplication::translate("main", "Demo channel (sandbox)"),
                            wabadesk::Channel::KeyStorage::SessionOnly, &window,
                            [&window, &channels, &listener](const wabadesk::channels::ChannelError& error,
                                                            const wabadesk::Channel& channel) {
                                if (!error.isError()) {
                                    connectDemoWebhook(channels, listener, channel, &window);
                                    return;
                                }
                                QMessageBox::warning(&window, QApplication::translate("main", "WabaDesk"),
                                                     QApplication::translate("main", "The demo channel could not be "
                                                                                     "added: %1")
                                                         .arg(error.message));
                            });
        key.fill('\0');
    }
    return app.exec();
}
