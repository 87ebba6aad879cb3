#pragma once

#include "store/StoreTypes.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

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

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
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

private:
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
};

} // namespace wabadesk::ui
