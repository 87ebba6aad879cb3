#pragma once

#include "conversations/DeskServices.h"
#include "model/Channel.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class QAction;
class QLabel;
class QSplitter;
class QMenu;
class QStackedWidget;
class QTimer;

namespace wabadesk::channels {
class ChannelService;
}
namespace wabadesk::outbox {
class OutboxSender;
}
namespace wabadesk::partner {
class PartnerAccount;
}
namespace wabadesk::webhook {
class ListenerService;
}
class QNetworkAccessManager;

namespace wabadesk::ui {

class ChannelActions;
class ChannelInsights;
class ChannelSwitcher;
class ChannelWorkspace;
class ConversationsArea;
class DesktopNotifier;
class EmptyState;
class ListenerActions;
class PartnerActions;
class PreferencesDialog;
class QuickSwitcher;
struct Preferences;

// The main window: channel switcher on the left ("All channels" on top when there are several), the selected
// channel's areas in the centre (Conversations, Templates, Business profile, Webhooks), the connection and the
// listener in the status bar, the channel's administration in the Channel menu (Add Channel…, Channel Settings…) and
// the agent's everyday commands in the tool bar. It follows the
// ChannelService (channelsChanged) and owns nothing of it. With desk services it shows the conversation desk and
// raises desktop notifications for new customer messages (per-channel mute, unread badge on the tray icon), has the
// Ctrl+K quick switcher and Settings → Preferences… (Ctrl+,). Keyboard: Ctrl+L writes a message, Ctrl+Shift+L goes to
// the conversation list, F6 / Shift+F6 move between list, messages and composer. Geometry, splitter state and
// preferences are remembered with QSettings; nothing secret is ever written there.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(channels::ChannelService* service, const DeskServices& desk = {}, QWidget* parent = nullptr);

    ChannelActions* channelActions() const { return m_actions; }
    ChannelInsights* channelInsights() const { return m_insights; }
    // The embedded webhook listener: enables Settings → Webhook Listener…, View → Webhook Inspector and the status
    // bar's listener label. Without it they say that no listener runs.
    void setListener(webhook::ListenerService* listener, QNetworkAccessManager* network);
    ListenerActions* listenerActions() const { return m_listenerActions; }
    // The 360dialog partner account: shows Channel → Partner Console… (hidden without one).
    void setPartnerAccount(partner::PartnerAccount* account);
    PartnerActions* partnerActions() const { return m_partnerActions; }
    ChannelWorkspace* workspace(const QString& channelId) const { return m_workspaces.value(channelId); }
    ChannelWorkspace* currentWorkspace() const;
    // The conversation desk shown now (a channel's Conversations tab or All channels), or nullptr.
    ConversationsArea* currentDesk() const;
    ConversationsArea* allChannelsDesk() const { return m_allDesk; }
    DesktopNotifier* notifier() const { return m_notifier; }
    // Shows a conversation (switching channel and tab as needed), e.g. for a clicked notification.
    bool openConversation(const QString& conversationId, const QString& wamid = {});

    // The outbox whose pace the preferences set: outbox/messagesPerSecond is applied at once, and on every change.
    void setOutbox(outbox::OutboxSender* outbox);
    // Ctrl+K; nullptr without desk services.
    QuickSwitcher* quickSwitcher() const { return m_quick; }
    void showQuickSwitcher();
    // Settings → Preferences…: opens the window-modal dialog (not blocking) and returns it; OK/Apply apply.
    PreferencesDialog* showPreferences();
    // What is in effect now, and applying (and saving) new values: composers, notifier, read receipts, outbox pace.
    Preferences preferences() const;
    void applyPreferences(const Preferences& preferences);
    // Keyboard: the panes of the desk shown (the Conversations tab is opened when needed).
    void focusConversationList();
    void focusComposer();
    void focusMessages();
    void cycleDeskFocus(int step); // F6 / Shift+F6: list → messages → composer

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
    void createDeskActions(QMenu* view, QMenu* settings);
    void updateUnread();
    void createKeyboardActions(QMenu* view);
    void adoptDesk(ConversationsArea* desk);
    void syncMuteAction();
    void saveMutedChannels() const;
    QString visibleConversationId() const;
    void resizeForFirstRun();
    void restoreSettings();
    void saveSettings() const;

    channels::ChannelService* m_service;
    DeskServices m_desk;
    ChannelActions* m_actions;
    ChannelInsights* m_insights;
    QSplitter* m_splitter;
    ChannelSwitcher* m_switcher;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    ConversationsArea* m_allDesk = nullptr;
    DesktopNotifier* m_notifier = nullptr;
    QTimer* m_unreadTimer = nullptr;
    int m_unread = 0;
    QHash<QString, ChannelWorkspace*> m_workspaces;
    QList<QAction*> m_areaActions;
    QList<QAction*> m_deskActions; // the agent's tool bar
    QLabel* m_connection = nullptr;
    ListenerActions* m_listenerActions = nullptr;
    PartnerActions* m_partnerActions = nullptr;
    int m_area = 0; // the area new workspaces open with
    QuickSwitcher* m_quick = nullptr;
    QPointer<PreferencesDialog> m_preferences;
    outbox::OutboxSender* m_outbox = nullptr;
    QAction* m_muteChannel = nullptr;
    QString m_currentChannel;
    QUrl m_listenerUrl; // the embedded listener's address while it runs
};

// The media archive's size cap and retention (Preferences): applied to the desk's archiver, and kept files older than
// the retention deleted. At start and whenever the preferences change.
void applyMediaArchivePreferences(const DeskServices& desk, const Preferences& preferences);

} // namespace wabadesk::ui
