#pragma once

#include "conversations/KnownRecipient.h"
#include "model/Channel.h"

#include <QHash>
#include <QList>
#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;

namespace wabadesk::channels {
class ChannelService;
}
namespace wabadesk::webhook {
class ListenerService;
}
class QNetworkAccessManager;

namespace wabadesk::ui {

class ChannelActions;
class ChannelSwitcher;
class ChannelWorkspace;
class EmptyState;
class ListenerActions;

// The main window: channel switcher on the left, the selected channel's areas in the centre, the connection in the
// status bar, and the channel commands in the Channel menu and the toolbar. It follows the ChannelService
// (channelsChanged) and owns nothing of it. Geometry and splitter state are remembered with QSettings; nothing
// secret is ever written there.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // Suggested recipients for a channel's "Send a test message" (the demo's seeded customers); may be empty.
    using RecipientProvider = std::function<QList<KnownRecipient>(const Channel&)>;

    explicit MainWindow(channels::ChannelService* service, RecipientProvider recipients = {},
                        QWidget* parent = nullptr);

    ChannelActions* channelActions() const { return m_actions; }
    // The embedded webhook listener: enables Settings → Webhook Listener…, View → Webhook Inspector and the status
    // bar's listener label. Without it they say that no listener runs.
    void setListener(webhook::ListenerService* listener, QNetworkAccessManager* network);
    ListenerActions* listenerActions() const { return m_listenerActions; }
    ChannelWorkspace* workspace(const QString& channelId) const { return m_workspaces.value(channelId); }
    ChannelWorkspace* currentWorkspace() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void syncChannels();
    void showChannel(const QString& channelId);
    void showArea(int area);
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    channels::ChannelService* m_service;
    RecipientProvider m_recipients;
    ChannelActions* m_actions;
    QSplitter* m_splitter;
    ChannelSwitcher* m_switcher;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    QHash<QString, ChannelWorkspace*> m_workspaces;
    QList<QAction*> m_areaActions;
    QLabel* m_connection = nullptr;
    ListenerActions* m_listenerActions = nullptr;
    int m_area = 0; // the area new workspaces open with
};

} // namespace wabadesk::ui
