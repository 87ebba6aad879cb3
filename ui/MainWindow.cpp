#include "MainWindow.h"

#include "Version.h"
#include "channels/ChannelSwitcher.h"
#include "channels/ChannelWorkspace.h"
#include "common/EmptyState.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>

namespace wabadesk::ui {

namespace {
// QSettings keys. Only window layout lives here: never a key, token or message.
const auto kGeometryKey = QStringLiteral("mainWindow/geometry");
const auto kStateKey = QStringLiteral("mainWindow/state");
const auto kSplitterKey = QStringLiteral("mainWindow/splitter");
const auto kAreaKey = QStringLiteral("mainWindow/area");
} // namespace

MainWindow::MainWindow(const QList<ChannelDescriptor>& channels, QWidget* parent)
    : QMainWindow(parent)
    , m_channels(channels)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_switcher(new ChannelSwitcher(m_splitter))
    , m_stack(new QStackedWidget(m_splitter))
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
    // Wide enough for the longest channel name next to its dot.
    int switcherWidth = fontMetrics().averageCharWidth() * 28;
    for (const ChannelDescriptor& channel : channels)
        switcherWidth = qMax(switcherWidth, fontMetrics().horizontalAdvance(channel.name) + fontMetrics().height() * 4);
    m_splitter->setSizes({switcherWidth, 1000});
    setCentralWidget(m_splitter);

    for (const ChannelDescriptor& channel : channels) {
        auto* workspace = new ChannelWorkspace(channel, m_stack);
        m_workspaces << workspace;
        m_stack->addWidget(workspace);
    }
    if (channels.isEmpty()) {
        auto* empty = new EmptyState(
            tr("No channel yet"),
            tr("<p>WabaDesk works with WhatsApp Business numbers connected through 360dialog. Adding a channel "
               "comes in a coming version of WabaDesk.</p>"
               "<p>To see a working system now, start WabaDesk with <b>--demo</b>: it runs a local sandbox that "
               "behaves like 360dialog, with sample templates, a business profile and customers. Nothing leaves "
               "this computer.</p>"),
            m_stack);
        empty->setObjectName(QStringLiteral("noChannelState"));
        m_stack->addWidget(empty);
    }
    m_switcher->setChannels(channels);
    connect(m_switcher, &ChannelSwitcher::currentChannelChanged, this, &MainWindow::showChannel);

    createMenus();
    createStatusBar();
    resize(1180, 760);
    restoreSettings();
    showChannel(m_switcher->currentIndex());
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    const QList<std::pair<QString, QString>> areas{
        {QStringLiteral("actionShowQuickSend"), tr("&Send a Test Message")},
        {QStringLiteral("actionShowTemplates"), tr("&Templates")},
        {QStringLiteral("actionShowProfile"), tr("Business &Profile")},
    };
    for (int i = 0; i < areas.size(); ++i) {
        QAction* action = view->addAction(areas.at(i).second, this, [this, i] { showArea(i); });
        action->setObjectName(areas.at(i).first);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setEnabled(!m_workspaces.isEmpty());
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    QAction* about = help->addAction(tr("&About WabaDesk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionStatus"));
    statusBar()->addWidget(m_connection, 1);

    auto* listener = new QLabel(tr("Webhook listener: not running"), this);
    listener->setObjectName(QStringLiteral("listenerStatus"));
    listener->setToolTip(tr("Incoming messages and delivery statuses arrive through a webhook listener, which comes "
                            "in a later version. Until then WabaDesk can send, but shows nothing that arrives."));
    statusBar()->addPermanentWidget(listener);
}

void MainWindow::showChannel(int index)
{
    if (index < 0 || index >= m_workspaces.size()) {
        m_connection->setText(tr("No channel configured"));
        setWindowTitle(QString::fromLatin1(kApplicationName));
        return;
    }
    ChannelWorkspace* workspace = m_workspaces.at(index);
    m_stack->setCurrentWidget(workspace);
    m_connection->setText(workspace->channel().connectionText);
    //: Window title: channel name, then the application name.
    setWindowTitle(tr("%1 — %2").arg(workspace->channel().name, QString::fromLatin1(kApplicationName)));
}

void MainWindow::showArea(int tab)
{
    if (auto* workspace = qobject_cast<ChannelWorkspace*>(m_stack->currentWidget()))
        workspace->tabs()->setCurrentIndex(tab);
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
    const int area = settings.value(kAreaKey, 0).toInt();
    for (ChannelWorkspace* workspace : std::as_const(m_workspaces))
        workspace->tabs()->setCurrentIndex(qBound(0, area, workspace->tabs()->count() - 1));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    if (auto* workspace = qobject_cast<ChannelWorkspace*>(m_stack->currentWidget()))
        settings.setValue(kAreaKey, workspace->tabs()->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace wabadesk::ui
