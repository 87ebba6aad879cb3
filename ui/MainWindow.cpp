#include "MainWindow.h"

#include "Version.h"
#include "channels/ChannelActions.h"
#include "channels/ChannelInsights.h"
#include "channels/ChannelService.h"
#include "channels/ChannelSwitcher.h"
#include "channels/ChannelText.h"
#include "channels/ChannelWorkspace.h"
#include "common/EmptyState.h"
#include "conversations/Composer.h"
#include "conversations/ConversationListPanel.h"
#include "conversations/ConversationView.h"
#include "conversations/ConversationsArea.h"
#include "conversations/MessageListView.h"
#include "conversations/QuickSwitcher.h"
#include "media/MediaArchiver.h"
#include "media/MediaCache.h"
#include "media/MediaRetention.h"
#include "notify/DesktopNotifier.h"
#include "outbox/MessageSender.h"
#include "outbox/OutboxSender.h"
#include "partner/PartnerActions.h"
#include "quickreplies/QuickRepliesDialog.h"
#include "settings/Preferences.h"
#include "settings/PreferencesDialog.h"
#include "store/ChangeHub.h"
#include "store/Store.h"
#include "theme/Theme.h"
#include "webhook/ListenerActions.h"
#include "webhook/ListenerService.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QIcon>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>

namespace wabadesk::ui {

namespace {
// QSettings keys. Only window layout lives here: never a key, token or message.
const auto kGeometryKey = QStringLiteral("mainWindow/geometry");
const auto kStateKey = QStringLiteral("mainWindow/state");
const auto kSplitterKey = QStringLiteral("mainWindow/splitter");
const auto kAreaKey = QStringLiteral("mainWindow/area");
constexpr int kStatusMessageMs = 8000;
} // namespace

MainWindow::MainWindow(channels::ChannelService* service, const DeskServices& desk, QWidget* parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_desk(desk)
    , m_actions(new ChannelActions(service, this))
    , m_insights(new ChannelInsights(service, desk.store, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_switcher(new ChannelSwitcher(m_splitter))
    , m_stack(new QStackedWidget(m_splitter))
    , m_empty(new EmptyState(tr("No channel yet"), {}, m_stack))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QString::fromLatin1(kApplicationName));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_stack->setObjectName(QStringLiteral("channelStack"));
    m_switcher->setMinimumWidth(fontMetrics().averageCharWidth() * 18);
    m_splitter->addWidget(m_switcher);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({fontMetrics().averageCharWidth() * 36, 1000});
    setCentralWidget(m_splitter);

    m_empty->setObjectName(QStringLiteral("noChannelState"));
    m_empty->setText(
        tr("<p>WabaDesk works with WhatsApp Business numbers connected through 360dialog. Add a number with its API "
           "key from the 360dialog Hub; WabaDesk checks the key and keeps it in this computer's keychain.</p>"
           "<p>To look around without a number, start WabaDesk with <b>--demo</b>: it runs a local sandbox that "
           "behaves like 360dialog, with sample templates, a business profile and customers. Nothing leaves this "
           "computer.</p>"));
    m_empty->setAction(tr("Add Channel…"), QStringLiteral("noChannelAddButton"));
    connect(m_empty, &EmptyState::actionRequested, m_actions, &ChannelActions::addChannel);
    m_stack->addWidget(m_empty);

    if (m_desk.isValid()) {
        m_allDesk = new ConversationsArea(m_desk, QString(), m_stack);
        m_allDesk->setObjectName(QStringLiteral("allChannelsDesk"));
        m_stack->addWidget(m_allDesk);
        adoptDesk(m_allDesk);
        m_notifier = new DesktopNotifier(m_desk.hub, this, this);
        m_notifier->setVisibleConversationProvider([this] { return visibleConversationId(); });
        m_notifier->setChannelNamer([this](const QString& channelId) {
            const std::optional<Channel> channel = m_service->channel(channelId);
            return channel && m_service->channels().size() > 1 ? channel->name : QString();
        });
        const Preferences stored = Preferences::load();
        m_notifier->setEnabled(stored.notifications);
        m_notifier->setMutedChannels(stored.mutedChannels);
        m_desk.sender->setReadReceiptsEnabled(stored.readReceipts);
        // The tray's Mute All and the switcher's per-channel mute are remembered like the dialog's choices.
        connect(m_notifier, &DesktopNotifier::enabledChanged, this, [this] {
            Preferences p = Preferences::load();
            p.notifications = m_notifier->isEnabled();
            p.save();
        });
        connect(m_notifier, &DesktopNotifier::mutedChannelsChanged, this, [this](const QSet<QString>& muted) {
            saveMutedChannels();
            m_quick->setMutedChannels(muted);
            syncMuteAction();
        });
        connect(m_notifier, &DesktopNotifier::quitRequested, this, &QWidget::close);
        m_quick = new QuickSwitcher(m_desk.store, m_desk.hub, this);
        m_quick->setMutedChannels(stored.mutedChannels);
        connect(m_quick, &QuickSwitcher::conversationChosen, this, [this](const QString& id) {
            if (openConversation(id))
                focusComposer();
        });
        connect(m_quick, &QuickSwitcher::channelChosen, this, [this](const QString& id) {
            m_switcher->setCurrentChannel(id);
            if (currentWorkspace())
                showArea(ChannelWorkspace::DeskTab);
            focusConversationList();
        });
        connect(m_quick, &QuickSwitcher::muteRequested, m_notifier, &DesktopNotifier::setChannelMuted);
        connect(m_notifier, &DesktopNotifier::conversationRequested, this, [this](const QString& id) {
            showNormal();
            raise();
            activateWindow();
            openConversation(id);
        });
        m_unreadTimer = new QTimer(this);
        m_unreadTimer->setSingleShot(true);
        m_unreadTimer->setInterval(250);
        connect(m_unreadTimer, &QTimer::timeout, this, &MainWindow::updateUnread);
        connect(m_desk.hub, &store::ChangeHub::conversationsChanged, m_unreadTimer, qOverload<>(&QTimer::start));
    }

    connect(m_switcher, &ChannelSwitcher::currentChannelChanged, this, &MainWindow::showChannel);
    connect(m_switcher, &ChannelSwitcher::addRequested, m_actions, &ChannelActions::addChannel);
    connect(m_actions, &ChannelActions::channelAdded, m_switcher, &ChannelSwitcher::setCurrentChannel);
    connect(m_actions, &ChannelActions::webhooksRequested, this, [this](const QString& channelId) {
        m_switcher->setCurrentChannel(channelId);
        showArea(ChannelWorkspace::WebhooksTab);
    });
    connect(m_actions, &ChannelActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, kStatusMessageMs); });
    connect(m_service, &channels::ChannelService::channelsChanged, this, &MainWindow::syncChannels);

    m_listenerActions = new ListenerActions(this);
    m_partnerActions = new PartnerActions(m_service, this);
    connect(m_partnerActions, &PartnerActions::channelAdded, m_switcher, &ChannelSwitcher::setCurrentChannel);
    connect(m_partnerActions, &PartnerActions::showChannelRequested, this, [this](const QString& id) {
        m_switcher->setCurrentChannel(id);
        raise();
        activateWindow();
    });
    createMenus();
    createToolBar();
    createStatusBar();
    resizeForFirstRun();
    restoreSettings();
    syncChannels();
    if (m_desk.isValid())
        updateUnread();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* channel = menuBar()->addMenu(tr("&Channel"));
    channel->setObjectName(QStringLiteral("menuChannel"));
    channel->addAction(m_actions->addChannelAction());
    channel->addAction(m_partnerActions->consoleAction());
    channel->addSeparator();
    channel->addAction(m_actions->settingsAction()); // name, key rotation, webhooks, removal: administration
    // Rotate Key… and Remove Channel… live in Channel Settings; their actions stay the window's (for their
    // status-bar messages), on no menu or tool bar.
    channel->addSeparator();
    channel->addAction(m_insights->healthAction());
    channel->addAction(m_insights->reportAction());
    channel->addAction(m_insights->marketingLiteAction());
    if (m_notifier) {
        channel->addSeparator();
        m_muteChannel = channel->addAction(tr("&Mute Notifications"));
        m_muteChannel->setObjectName(QStringLiteral("actionMuteChannel"));
        m_muteChannel->setCheckable(true);
        m_muteChannel->setToolTip(tr("No desktop notifications for this channel; its messages still count as unread"));
        connect(m_muteChannel, &QAction::toggled, this, [this](bool on) {
            if (!m_currentChannel.isEmpty() && m_workspaces.contains(m_currentChannel))
                m_notifier->setChannelMuted(m_currentChannel, on);
        });
    }

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    const QList<std::pair<QString, QString>> areas{
        {QStringLiteral("actionShowConversations"), tr("&Conversations")},
        {QStringLiteral("actionShowTemplates"), tr("&Templates")},
        {QStringLiteral("actionShowProfile"), tr("Business &Profile")},
        {QStringLiteral("actionShowWebhooks"), tr("&Webhooks")},
        {QStringLiteral("actionShowMedia"), tr("&Media")},
    };
    for (int i = 0; i < areas.size(); ++i) {
        QAction* action = view->addAction(areas.at(i).second, this, [this, i] { showArea(i); });
        action->setObjectName(areas.at(i).first);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_areaActions << action;
    }
    view->addSeparator();
    view->addAction(m_listenerActions->inspectorAction());

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    settings->setObjectName(QStringLiteral("menuSettings"));
    settings->addAction(m_listenerActions->settingsAction());
    if (m_desk.isValid())
        createDeskActions(view, settings);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    QAction* about = help->addAction(tr("&About WabaDesk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

// The agent's tool bar: the everyday work of the desk (a new conversation, going to one, searching, the next unread
// one). Channel administration is in the Channel menu (issue #14). Without the desk there is nothing for it.
void MainWindow::createToolBar()
{
    if (m_deskActions.isEmpty())
        return;
    QToolBar* bar = addToolBar(tr("Desk"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions(m_deskActions);
}

void MainWindow::createStatusBar()
{
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionStatus"));
    statusBar()->addWidget(m_connection, 1);

    statusBar()->addPermanentWidget(m_insights->statusLabel());
    statusBar()->addPermanentWidget(m_listenerActions->statusLabel());
}

void MainWindow::setListener(webhook::ListenerService* listener, QNetworkAccessManager* network)
{
    m_listenerActions->setListener(listener, m_service, network, m_desk.openStore);
    m_partnerActions->setListener(listener);
    if (listener) {
        // The Webhooks tabs say when a webhook is the listener's own address.
        const auto share = [this, listener] {
            m_listenerUrl = listener->isRunning() ? listener->url() : QUrl();
            for (ChannelWorkspace* workspace : std::as_const(m_workspaces))
                workspace->setListenerUrl(m_listenerUrl);
        };
        connect(listener, &webhook::ListenerService::runningChanged, this, share);
        share();
    }
}

void MainWindow::setPartnerAccount(partner::PartnerAccount* account)
{
    m_partnerActions->setAccount(account);
}

ChannelWorkspace* MainWindow::currentWorkspace() const
{
    return qobject_cast<ChannelWorkspace*>(m_stack->currentWidget());
}

void MainWindow::syncChannels()
{
    const QList<Channel> channels = m_service->channels();
    QSet<QString> ids;
    QStringList watched;
    for (const Channel& channel : channels)
        watched << channel.id;
    m_insights->setChannels(watched); // messaging health of each, at once and hourly
    for (const Channel& channel : channels) {
        ids.insert(channel.id);
        if (ChannelWorkspace* existing = m_workspaces.value(channel.id)) {
            existing->setChannel(channel);
            continue;
        }
        auto* workspace = new ChannelWorkspace(m_service, channel, m_desk, m_stack);
        workspace->setListenerUrl(m_listenerUrl);
        connect(workspace, &ChannelWorkspace::ready, this, [this, workspace] {
            if (ConversationsArea* desk = workspace->conversations())
                adoptDesk(desk);
        });
        workspace->setCurrentArea(m_area);
        m_workspaces.insert(channel.id, workspace);
        m_stack->addWidget(workspace);
    }
    // A removed channel's ApiClient is gone already: its workspace goes now, before any event could reach it.
    for (auto it = m_workspaces.begin(); it != m_workspaces.end();) {
        if (ids.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_workspaces.erase(it);
    }
    if (m_allDesk)
        m_allDesk->setChannels(channels);
    if (m_quick)
        m_quick->setChannels(channels);
    m_switcher->setChannels(channels); // shows the current channel again
}

void MainWindow::showChannel(const QString& channelId)
{
    ChannelWorkspace* leaving = currentWorkspace();
    if (leaving && leaving->channel().id != channelId && leaving->hasUnsavedChanges()) {
        // Stay on the channel until the question about its unsaved profile is answered.
        const QString stay = leaving->channel().id;
        m_switcher->setCurrentChannel(stay);
        leaving->confirmLeave([this, channelId] { m_switcher->setCurrentChannel(channelId); });
        return;
    }
    if (ChannelWorkspace* previous = currentWorkspace())
        m_area = previous->currentArea();
    ChannelWorkspace* workspace = m_workspaces.value(channelId);
    m_actions->setCurrentChannel(workspace ? channelId : QString());
    m_insights->setCurrentChannel(workspace ? channelId : QString());
    m_currentChannel = channelId;
    syncMuteAction();
    for (QAction* action : std::as_const(m_areaActions))
        action->setEnabled(workspace != nullptr);
    if (channelId == ChannelSwitcher::kAllChannels && m_allDesk) {
        m_stack->setCurrentWidget(m_allDesk);
        m_connection->setText(tr("All channels"));
        //: Window title when every channel's conversations are shown.
        setWindowTitle(tr("All channels — %1").arg(QString::fromLatin1(kApplicationName)));
        updateUnread();
        return;
    }
    if (!workspace) {
        m_stack->setCurrentWidget(m_empty);
        m_connection->setText(tr("No channel configured"));
        setWindowTitle(QString::fromLatin1(kApplicationName));
        return;
    }
    workspace->setCurrentArea(m_area);
    m_stack->setCurrentWidget(workspace);
    m_connection->setText(ChannelText::connection(workspace->channel()));
    //: Window title: channel name, then the application name.
    setWindowTitle(tr("%1 — %2").arg(workspace->channel().name, QString::fromLatin1(kApplicationName)));
    updateUnread();
}

ConversationsArea* MainWindow::currentDesk() const
{
    if (m_allDesk && m_stack->currentWidget() == m_allDesk)
        return m_allDesk;
    const ChannelWorkspace* workspace = currentWorkspace();
    if (!workspace || !workspace->conversations() || workspace->tabs()->currentWidget() != workspace->conversations())
        return nullptr;
    return workspace->conversations();
}

QString MainWindow::visibleConversationId() const
{
    const ConversationsArea* desk = currentDesk();
    return desk && !isMinimized() ? desk->currentConversationId() : QString();
}

bool MainWindow::openConversation(const QString& conversationId, const QString& wamid)
{
    if (!m_desk.isValid())
        return false;
    const std::optional<Conversation> conversation = m_desk.store->conversation(conversationId);
    if (!conversation)
        return false;
    // The All channels desk stays when it is shown; otherwise the conversation's channel opens on Conversations.
    if (m_allDesk && m_stack->currentWidget() == m_allDesk)
        return m_allDesk->openConversation(conversationId, wamid);
    ChannelWorkspace* workspace = m_workspaces.value(conversation->channelId);
    if (!workspace) {
        if (!m_allDesk)
            return false;
        m_switcher->setCurrentChannel(ChannelSwitcher::kAllChannels);
        return m_allDesk->openConversation(conversationId, wamid);
    }
    m_switcher->setCurrentChannel(conversation->channelId);
    showArea(ChannelWorkspace::DeskTab);
    return workspace->conversations() && workspace->conversations()->openConversation(conversationId, wamid);
}

void MainWindow::createDeskActions(QMenu* view, QMenu* settings)
{
    view->addSeparator();
    QAction* find = view->addAction(tr("&Find in Conversation"), this, [this] {
        if (ConversationsArea* desk = currentDesk())
            desk->view()->showFind();
    });
    find->setObjectName(QStringLiteral("actionFindInConversation"));
    find->setShortcut(QKeySequence::Find);
    QAction* search = view->addAction(tr("&Search All Conversations"), this, [this] {
        if (ConversationsArea* desk = currentDesk())
            desk->list()->focusSearch();
    });
    search->setObjectName(QStringLiteral("actionSearchConversations"));
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QAction* newConversation = view->addAction(tr("&New Conversation…"), this, [this] {
        if (!currentDesk())
            showArea(ChannelWorkspace::DeskTab);
        if (ConversationsArea* desk = currentDesk())
            desk->list()->requestNewConversation();
    });
    newConversation->setObjectName(QStringLiteral("actionNewConversation"));
    newConversation->setIcon(QIcon::fromTheme(QStringLiteral("mail-message-new")));
    newConversation->setIconText(tr("New Conversation"));
    newConversation->setToolTip(tr("Write to a customer by number (Ctrl+N in the conversation list)"));
    // Ctrl+N, Alt+Up/Down and Alt+Shift+Down belong to the conversation list (shown in its tooltips).
    QAction* nextUnread = view->addAction(tr("Next &Unread Conversation"), this, [this] {
        if (ConversationsArea* desk = currentDesk())
            desk->list()->selectNextUnread();
    });
    nextUnread->setObjectName(QStringLiteral("actionNextUnread"));
    nextUnread->setIcon(QIcon::fromTheme(QStringLiteral("go-next")));
    nextUnread->setIconText(tr("Next Unread"));
    nextUnread->setToolTip(tr("Open the next conversation with unread messages (Alt+Shift+Down)"));
    search->setIcon(QIcon::fromTheme(QStringLiteral("edit-find")));
    search->setIconText(tr("Search"));
    search->setToolTip(tr("Search all conversations (%1)").arg(search->shortcut().toString(QKeySequence::NativeText)));

    settings->addSeparator();
    QAction* quickReplies = settings->addAction(
        tr("&Quick Replies…"), this, [this] { QuickRepliesDialog::showFor(this, m_desk.store, m_desk.hub); });
    quickReplies->setObjectName(QStringLiteral("actionQuickReplies"));
    QAction* preferences = settings->addAction(tr("&Preferences…"), this, [this] { showPreferences(); });
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    createKeyboardActions(view);
}

void MainWindow::createKeyboardActions(QMenu* view)
{
    view->addSeparator();
    const auto add = [this, view](const char* objectName, const QString& text, const QList<QKeySequence>& keys,
                                  auto slot) {
        QAction* action = view->addAction(text, this, slot);
        action->setObjectName(QLatin1String(objectName));
        action->setShortcuts(keys);
        return action;
    };
    QAction* quick = add("actionQuickSwitcher", tr("&Go to Conversation…"), {QKeySequence(Qt::CTRL | Qt::Key_K)},
                         [this] { showQuickSwitcher(); });
    quick->setIcon(QIcon::fromTheme(QStringLiteral("go-jump")));
    quick->setIconText(tr("Go to…"));
    quick->setToolTip(tr("Go to a conversation or channel by name or number (%1)")
                          .arg(quick->shortcut().toString(QKeySequence::NativeText)));
    m_deskActions = {findChild<QAction*>(QStringLiteral("actionNewConversation")), quick,
                     findChild<QAction*>(QStringLiteral("actionSearchConversations")),
                     findChild<QAction*>(QStringLiteral("actionNextUnread"))};
    add("actionFocusList", tr("Go to Conversation &List"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
        [this] { focusConversationList(); });
    add("actionFocusComposer", tr("&Write a Message"), {QKeySequence(Qt::CTRL | Qt::Key_L)},
        [this] { focusComposer(); });
    add("actionNextPane", tr("Next &Pane"), {QKeySequence(Qt::Key_F6)}, [this] { cycleDeskFocus(1); });
    add("actionPreviousPane", tr("Previous Pa&ne"), {QKeySequence(Qt::SHIFT | Qt::Key_F6)},
        [this] { cycleDeskFocus(-1); });
}

void MainWindow::adoptDesk(ConversationsArea* desk)
{
    connect(desk, &ConversationsArea::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, kStatusMessageMs); });
    // View → Find in Conversation (Ctrl+F) works from the whole window; the view's own Ctrl+F (for a view on its
    // own) would make the key ambiguous while the messages have the focus, and Qt then runs neither.
    const QList<QShortcut*> shortcuts = desk->view()->findChildren<QShortcut*>();
    for (QShortcut* shortcut : shortcuts)
        if (shortcut->key() == QKeySequence(QKeySequence::Find))
            shortcut->setEnabled(false);
}

void MainWindow::setOutbox(outbox::OutboxSender* outbox)
{
    m_outbox = outbox;
    if (!m_outbox)
        return;
    outbox::OutboxPolicy policy = m_outbox->policy();
    policy.messagesPerSecond = Preferences::load().messagesPerSecond;
    m_outbox->setPolicy(policy);
}

Preferences MainWindow::preferences() const
{
    Preferences p = Preferences::load();
    if (m_notifier) {
        p.notifications = m_notifier->isEnabled();
        p.mutedChannels = m_notifier->mutedChannels();
    }
    if (m_desk.sender)
        p.readReceipts = m_desk.sender->readReceiptsEnabled();
    if (m_outbox)
        p.messagesPerSecond = m_outbox->policy().messagesPerSecond;
    return p;
}

void MainWindow::applyPreferences(const Preferences& preferences)
{
    preferences.save();
    // The theme changes at once (every widget is restyled); only when it changed, so that applying other settings
    // does not ask the desktop for its appearance again.
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
        app && theme::appliedScheme(*app) != preferences.theme)
        theme::apply(*app, preferences.theme);
    const QList<Composer*> composers = findChildren<Composer*>();
    for (Composer* composer : composers)
        composer->setEnterSends(preferences.enterSends);
    if (m_notifier) {
        m_notifier->setEnabled(preferences.notifications);
        m_notifier->setMutedChannels(preferences.mutedChannels);
    }
    if (m_desk.sender)
        m_desk.sender->setReadReceiptsEnabled(preferences.readReceipts);
    if (m_outbox) {
        outbox::OutboxPolicy policy = m_outbox->policy();
        policy.messagesPerSecond = Preferences::clampRate(preferences.messagesPerSecond);
        m_outbox->setPolicy(policy);
    }
    applyMediaArchivePreferences(m_desk, preferences);
}

void applyMediaArchivePreferences(const DeskServices& desk, const Preferences& preferences)
{
    if (desk.archiver)
        desk.archiver->setMaxBytes(qint64(preferences.archiveMaxMegabytes) * 1000 * 1000);
    if (desk.store && desk.media)
        media::pruneMediaArchive(desk.store, desk.media->root(), preferences.archiveRetentionDays);
}

PreferencesDialog* MainWindow::showPreferences()
{
    if (m_preferences) {
        m_preferences->raise();
        m_preferences->activateWindow();
        return m_preferences;
    }
    m_preferences = new PreferencesDialog(preferences(), m_service->channels(), this);
    m_preferences->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_preferences, &PreferencesDialog::applied, this, &MainWindow::applyPreferences);
    m_preferences->open();
    return m_preferences;
}

void MainWindow::showQuickSwitcher()
{
    if (m_quick)
        m_quick->popup();
}

void MainWindow::focusConversationList()
{
    if (!currentDesk() && currentWorkspace())
        showArea(ChannelWorkspace::DeskTab);
    if (ConversationsArea* desk = currentDesk())
        desk->list()->view()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::focusComposer()
{
    if (!currentDesk() && currentWorkspace())
        showArea(ChannelWorkspace::DeskTab);
    if (ConversationsArea* desk = currentDesk())
        desk->composer()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::focusMessages()
{
    if (!currentDesk() && currentWorkspace())
        showArea(ChannelWorkspace::DeskTab);
    if (ConversationsArea* desk = currentDesk())
        desk->view()->listView()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::cycleDeskFocus(int step)
{
    ConversationsArea* desk = currentDesk();
    if (!desk) {
        focusConversationList();
        return;
    }
    const QList<QWidget*> panes{desk->list(), desk->view(), desk->composer()};
    const QWidget* focus = QApplication::focusWidget();
    int current = -1;
    for (int i = 0; i < panes.size(); ++i)
        if (focus && (focus == panes.at(i) || panes.at(i)->isAncestorOf(focus)))
            current = i;
    const int count = int(panes.size());
    // Panes that cannot take the focus now (a closed window's composer) are skipped.
    for (int tries = 0; tries < count; ++tries) {
        current = current < 0 ? (step > 0 ? 0 : count - 1) : (current + step + count) % count;
        if (current == 0)
            focusConversationList();
        else if (current == 1)
            focusMessages();
        else
            focusComposer();
        const QWidget* now = QApplication::focusWidget();
        if (now && (now == panes.at(current) || panes.at(current)->isAncestorOf(now)))
            return;
    }
}

void MainWindow::syncMuteAction()
{
    if (!m_muteChannel || !m_notifier)
        return;
    const bool channel = m_workspaces.contains(m_currentChannel);
    const QSignalBlocker blocker(m_muteChannel);
    m_muteChannel->setEnabled(channel);
    m_muteChannel->setChecked(channel && m_notifier->isChannelMuted(m_currentChannel));
}

void MainWindow::saveMutedChannels() const
{
    Preferences p = Preferences::load();
    p.mutedChannels = m_notifier->mutedChannels();
    p.save();
}

void MainWindow::updateUnread()
{
    if (!m_desk.isValid())
        return;
    // One SUM, not every conversation read and mapped: this runs after each arrival, on the UI thread.
    const int unread = m_desk.store->totalUnread();
    m_unread = unread;
    QString title = windowTitle();
    static const QRegularExpression prefix(QStringLiteral("^\\(\\d+\\) "));
    title.remove(prefix);
    setWindowTitle(unread > 0 ? QStringLiteral("(%1) %2").arg(unread).arg(title) : title);
    if (m_notifier)
        m_notifier->setUnreadCount(unread);
}

void MainWindow::showArea(int area)
{
    m_area = area;
    if (ChannelWorkspace* workspace = currentWorkspace())
        workspace->setCurrentArea(area);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About WabaDesk"),
        tr("<h3>WabaDesk %1</h3>"
           "<p>A desktop client for WhatsApp Business through 360dialog.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>")
            .arg(QString::fromLatin1(kVersion), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}

void MainWindow::resizeForFirstRun()
{
    // Roomy on a desktop screen; on a small one (a 1024×700 laptop) it takes the whole space it has, never more.
    const QSize preferred(1180, 760);
    const QScreen* where = screen();
    const QSize room = where ? where->availableGeometry().size() : preferred;
    if (room.width() < preferred.width() + 80 || room.height() < preferred.height() + 60) {
        resize(preferred.boundedTo(room));
        setWindowState(windowState() | Qt::WindowMaximized);
    } else {
        resize(preferred);
    }
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (const QByteArray geometry = settings.value(kGeometryKey).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    restoreState(settings.value(kStateKey).toByteArray());
    if (const QByteArray splitter = settings.value(kSplitterKey).toByteArray(); !splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_area = qBound(0, settings.value(kAreaKey, 0).toInt(), ChannelWorkspace::AreaCount - 1);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    const ChannelWorkspace* workspace = currentWorkspace();
    settings.setValue(kAreaKey, workspace ? workspace->currentArea() : m_area);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Unsaved profile changes: show them and ask first; the window closes after "Discard Changes".
    ChannelWorkspace* unsaved =
        currentWorkspace() && currentWorkspace()->hasUnsavedChanges() ? currentWorkspace() : nullptr;
    for (auto it = m_workspaces.cbegin(); !unsaved && it != m_workspaces.cend(); ++it)
        if (it.value()->hasUnsavedChanges())
            unsaved = it.value();
    if (unsaved) {
        event->ignore();
        m_switcher->setCurrentChannel(unsaved->channel().id);
        unsaved->confirmLeave([this] { close(); });
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace wabadesk::ui
