#include "MainWindow.h"

#include "Version.h"
#include "channels/ChannelActions.h"
#include "channels/ChannelService.h"
#include "channels/ChannelSwitcher.h"
#include "channels/ChannelText.h"
#include "channels/ChannelWorkspace.h"
#include "common/EmptyState.h"
#include "conversations/Composer.h"
#include "conversations/ConversationListPanel.h"
#include "conversations/ConversationView.h"
#include "conversations/ConversationsArea.h"
#include "notify/DesktopNotifier.h"
#include "outbox/MessageSender.h"
#include "store/ChangeHub.h"
#include "store/Store.h"
#include "webhook/ListenerActions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
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
const auto kNotificationsKey = QStringLiteral("desk/notifications");
const auto kReadReceiptsKey = QStringLiteral("desk/readReceipts");
constexpr int kStatusMessageMs = 8000;
} // namespace

MainWindow::MainWindow(channels::ChannelService* service, const DeskServices& desk, QWidget* parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_desk(desk)
    , m_actions(new ChannelActions(service, this))
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
        connect(m_allDesk, &ConversationsArea::statusMessage, this,
                [this](const QString& text) { statusBar()->showMessage(text, kStatusMessageMs); });
        m_notifier = new DesktopNotifier(m_desk.hub, this, this);
        m_notifier->setVisibleConversationProvider([this] { return visibleConversationId(); });
        m_notifier->setChannelNamer([this](const QString& channelId) {
            const std::optional<Channel> channel = m_service->channel(channelId);
            return channel && m_service->channels().size() > 1 ? channel->name : QString();
        });
        m_notifier->setEnabled(QSettings().value(kNotificationsKey, true).toBool());
        m_desk.sender->setReadReceiptsEnabled(QSettings().value(kReadReceiptsKey, true).toBool());
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
    connect(m_actions, &ChannelActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, kStatusMessageMs); });
    connect(m_service, &channels::ChannelService::channelsChanged, this, &MainWindow::syncChannels);

    m_listenerActions = new ListenerActions(this);
    createMenus();
    createToolBar();
    createStatusBar();
    resize(1180, 760);
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
    channel->addSeparator();
    channel->addAction(m_actions->rotateKeyAction());
    channel->addAction(m_actions->removeChannelAction());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    const QList<std::pair<QString, QString>> areas{
        {QStringLiteral("actionShowConversations"), tr("&Conversations")},
        {QStringLiteral("actionShowTemplates"), tr("&Templates")},
        {QStringLiteral("actionShowProfile"), tr("Business &Profile")},
        {QStringLiteral("actionShowWebhooks"), tr("&Webhooks")},
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

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Channel"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_actions->addChannelAction());
    bar->addAction(m_actions->rotateKeyAction());
    bar->addAction(m_actions->removeChannelAction());
}

void MainWindow::createStatusBar()
{
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionStatus"));
    statusBar()->addWidget(m_connection, 1);

    statusBar()->addPermanentWidget(m_listenerActions->statusLabel());
}

void MainWindow::setListener(webhook::ListenerService* listener, QNetworkAccessManager* network)
{
    m_listenerActions->setListener(listener, m_service, network);
}

ChannelWorkspace* MainWindow::currentWorkspace() const
{
    return qobject_cast<ChannelWorkspace*>(m_stack->currentWidget());
}

void MainWindow::syncChannels()
{
    const QList<Channel> channels = m_service->channels();
    QSet<QString> ids;
    for (const Channel& channel : channels) {
        ids.insert(channel.id);
        if (ChannelWorkspace* existing = m_workspaces.value(channel.id)) {
            existing->setChannel(channel);
            continue;
        }
        auto* workspace = new ChannelWorkspace(m_service, channel, m_desk, m_stack);
        connect(workspace, &ChannelWorkspace::ready, this, [this, workspace] {
            if (ConversationsArea* desk = workspace->conversations())
                connect(desk, &ConversationsArea::statusMessage, this,
                        [this](const QString& text) { statusBar()->showMessage(text, kStatusMessageMs); });
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
    m_switcher->setChannels(channels); // shows the current channel again
}

void MainWindow::showChannel(const QString& channelId)
{
    if (ChannelWorkspace* previous = currentWorkspace())
        m_area = previous->currentArea();
    ChannelWorkspace* workspace = m_workspaces.value(channelId);
    m_actions->setCurrentChannel(workspace ? channelId : QString());
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
    // Ctrl+N, Alt+Up/Down and Alt+Shift+Down belong to the conversation list (shown in its tooltips).
    QAction* nextUnread = view->addAction(tr("Next &Unread Conversation"), this, [this] {
        if (ConversationsArea* desk = currentDesk())
            desk->list()->selectNextUnread();
    });
    nextUnread->setObjectName(QStringLiteral("actionNextUnread"));

    settings->addSeparator();
    QAction* enterSends = settings->addAction(tr("&Enter Sends the Message"));
    enterSends->setObjectName(QStringLiteral("actionEnterSends"));
    enterSends->setCheckable(true);
    enterSends->setChecked(QSettings().value(QStringLiteral("composer/enterSends"), true).toBool());
    enterSends->setToolTip(tr("Checked: Enter sends and Shift+Enter starts a new line. Unchecked: Ctrl+Enter sends."));
    connect(enterSends, &QAction::toggled, this, [this](bool on) {
        const QList<Composer*> composers = findChildren<Composer*>();
        for (Composer* composer : composers)
            composer->setEnterSends(on);
    });
    QAction* notifications = settings->addAction(tr("Desktop &Notifications"));
    notifications->setObjectName(QStringLiteral("actionNotifications"));
    notifications->setCheckable(true);
    notifications->setChecked(m_notifier->isEnabled());
    connect(notifications, &QAction::toggled, this, [this](bool on) {
        m_notifier->setEnabled(on);
        QSettings().setValue(kNotificationsKey, on);
    });
    QAction* receipts = settings->addAction(tr("Send &Read Receipts"));
    receipts->setObjectName(QStringLiteral("actionReadReceipts"));
    receipts->setCheckable(true);
    receipts->setChecked(m_desk.sender->readReceiptsEnabled());
    receipts->setToolTip(tr("Customers see blue ticks when a conversation is opened here"));
    connect(receipts, &QAction::toggled, this, [this](bool on) {
        m_desk.sender->setReadReceiptsEnabled(on);
        QSettings().setValue(kReadReceiptsKey, on);
    });
}

void MainWindow::updateUnread()
{
    if (!m_desk.isValid())
        return;
    int unread = 0;
    const QList<Conversation> all = m_desk.store->conversations(QString());
    for (const Conversation& c : all)
        unread += c.unreadCount;
    m_unread = unread;
    QString title = windowTitle();
    static const QRegularExpression prefix(QStringLiteral("^\\(\\d+\\) "));
    title.remove(prefix);
    setWindowTitle(unread > 0 ? QStringLiteral("(%1) %2").arg(unread).arg(title) : title);
    if (m_notifier && m_notifier->trayIcon())
        m_notifier->trayIcon()->setToolTip(unread > 0 ? tr("WabaDesk — %n unread message(s)", nullptr, unread)
                                                      : QString::fromLatin1(kApplicationName));
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
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace wabadesk::ui
