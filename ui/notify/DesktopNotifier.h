#pragma once

#include "store/StoreTypes.h"

#include <QIcon>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class QAction;
class QImage;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace wabadesk::store {
class ChangeHub;
}

namespace wabadesk::ui {

// Desktop notifications for new customer messages (issue #4 "live feed", #5): it listens to the change hub and shows
// one notification per arrival batch through the tray icon (the freedesktop, Windows or macOS notification centre).
// No notification for the conversation the agent is looking at while the window is active; several messages at once
// become one summary. Clicking it emits conversationRequested. Where no tray exists (some desktops, offscreen), the
// window's taskbar entry is flagged instead (QApplication::alert). Customer text is shown as plain text.
// Channels can be muted one by one (their messages still count as unread, nothing pops up). The tray icon carries the
// unread total as a badge and in its tooltip, and a menu: Show WabaDesk, Mute All Notifications, Quit.
class DesktopNotifier : public QObject {
    Q_OBJECT
public:
    struct Notice {
        QString title;
        QString body;
        QString conversationId; // what a click opens ("" for a summary of several conversations)
    };
    using Presenter = std::function<void(const Notice&)>;

    DesktopNotifier(store::ChangeHub* hub, QWidget* window, QObject* parent = nullptr);
    ~DesktopNotifier() override;

    // All notifications on or off (the tray's "Mute All Notifications" is the inverse). Emits enabledChanged.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // Per channel: no notification for a muted channel's messages. Emits mutedChannelsChanged.
    void setChannelMuted(const QString& channelId, bool muted);
    bool isChannelMuted(const QString& channelId) const { return m_muted.contains(channelId); }
    void setMutedChannels(const QSet<QString>& channelIds);
    QSet<QString> mutedChannels() const { return m_muted; }

    // The unread total: the tray icon's badge and tooltip.
    void setUnreadCount(int total);
    int unreadCount() const { return m_unread; }
    // The tray icon as it is drawn now (with the badge), also where no tray exists.
    QIcon icon() const { return m_icon; }
    QString toolTip() const { return m_toolTip; }
    // The tray's context menu (also where no tray exists, for tests) and its "Mute All Notifications" action.
    QMenu* trayMenu() const { return m_menu.get(); }
    QAction* muteAllAction() const { return m_muteAll; }
    // `base` at `size` pixels with a red badge showing `count` in its top-right corner (none for 0; "99+" above 99).
    static QImage badgedImage(const QIcon& base, int count, int size);
    // The conversation shown in the window now (no notifications for it while the window is active).
    void setVisibleConversation(const QString& conversationId) { m_visible = conversationId; }
    // The same, asked at each arrival (the window knows which desk and conversation are on screen).
    void setVisibleConversationProvider(std::function<QString()> provider) { m_visibleProvider = std::move(provider); }
    // Tests and platforms without a tray: replaces the tray balloon.
    void setPresenter(Presenter presenter) { m_presenter = std::move(presenter); }
    // Display names for channels (added to the title when more than one channel is configured).
    void setChannelNamer(std::function<QString(const QString& channelId)> namer) { m_channelName = std::move(namer); }
    QSystemTrayIcon* trayIcon() const { return m_tray; }

    // What a notification for these arrivals says; nullopt-like empty title when nothing is to be shown.
    Notice noticeFor(const QList<store::NewMessageNotice>& notices) const;

Q_SIGNALS:
    void conversationRequested(const QString& conversationId);
    void enabledChanged(bool enabled);
    void mutedChannelsChanged(const QSet<QString>& channelIds);
    // The tray menu's Quit.
    void quitRequested();

private:
    void showWindow();
    void updateIcon();
    void onInbound(const QList<store::NewMessageNotice>& notices);
    void present(const Notice& notice);

    QWidget* m_window;
    QSystemTrayIcon* m_tray = nullptr;
    Presenter m_presenter;
    std::function<QString(const QString&)> m_channelName;
    QString m_visible;
    std::function<QString()> m_visibleProvider;
    QString m_lastClickTarget;
    bool m_enabled = true;
    QSet<QString> m_muted;
    int m_unread = 0;
    QIcon m_baseIcon;
    QIcon m_icon;
    QString m_toolTip;
    std::unique_ptr<QMenu> m_menu;
    QAction* m_muteAll = nullptr;
};

} // namespace wabadesk::ui
