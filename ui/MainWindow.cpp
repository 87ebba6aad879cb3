#include "MainWindow.h"

#include "Version.h"
#include "channels/ChannelActions.h"
#include "channels/ChannelService.h"
#include "channels/ChannelSwitcher.h"
#include "channels/ChannelText.h"
#include "channels/ChannelWorkspace.h"
#include "common/EmptyState.h"
#include "webhook/ListenerActions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
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

MainWindow::MainWindow(channels::ChannelService* service, RecipientProvider recipients, QWidget* parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_recipients(std::move(recipients))
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
        {QStringLiteral("actionShowQuickSend"), tr("&Send a Test Message")},
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
        auto* workspace = new ChannelWorkspace(m_service, channel,
                                               m_recipients ? m_recipients(channel) : QList<KnownRecipient>{}, m_stack);
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
