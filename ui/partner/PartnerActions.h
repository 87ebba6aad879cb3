#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace wabadesk::channels {
class ChannelService;
}
namespace wabadesk::partner {
class PartnerAccount;
}
namespace wabadesk::webhook {
class ListenerService;
}

namespace wabadesk::ui {

class PartnerConsole;

// The main window's Channel → Partner Console… and the console window behind it (one, kept while the main window
// lives). Without a partner account (setAccount) the action is hidden.
class PartnerActions : public QObject {
    Q_OBJECT
public:
    PartnerActions(channels::ChannelService* channels, QWidget* window);

    void setAccount(partner::PartnerAccount* account);
    void setListener(webhook::ListenerService* listener);

    QAction* consoleAction() const { return m_action; }
    PartnerConsole* console() const;
    PartnerConsole* openConsole();

Q_SIGNALS:
    // A channel was added (or got a new key) through the console.
    void channelAdded(const QString& channelId);
    void showChannelRequested(const QString& channelId);

private:
    channels::ChannelService* m_channels;
    QWidget* m_window;
    partner::PartnerAccount* m_account = nullptr;
    QPointer<webhook::ListenerService> m_listener;
    QAction* m_action;
    QPointer<PartnerConsole> m_console;
};

} // namespace wabadesk::ui
