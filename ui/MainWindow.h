#pragma once

#include "channels/ChannelDescriptor.h"

#include <QList>
#include <QMainWindow>

class QLabel;
class QSplitter;
class QStackedWidget;

namespace wabadesk::ui {

class ChannelSwitcher;
class ChannelWorkspace;

// The main window: channel switcher on the left, the selected channel's areas in the centre, the connection in the
// status bar. It uses the channels' ApiClients but does not own them (the composition root does). Geometry and
// splitter state are remembered with QSettings; nothing secret is ever written there.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const QList<ChannelDescriptor>& channels, QWidget* parent = nullptr);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createStatusBar();
    void showChannel(int index);
    void showArea(int tab);
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    QList<ChannelDescriptor> m_channels;
    QSplitter* m_splitter;
    ChannelSwitcher* m_switcher;
    QStackedWidget* m_stack;
    QList<ChannelWorkspace*> m_workspaces;
    QLabel* m_connection = nullptr;
};

} // namespace wabadesk::ui
