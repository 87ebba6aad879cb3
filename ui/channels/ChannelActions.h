#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace wabadesk::channels {
class ChannelService;
}

namespace wabadesk::ui {

class AddChannelDialog;
class ChannelSettingsDialog;
class RotateKeyDialog;

// The channel commands of the window: Add Channel… and Channel Settings… as actions for the Channel menu, Rotate
// Key… and Remove Channel… as actions that Channel Settings offers, and the flows behind them. Settings, rotate and
// remove act on the current channel. (Administration stays out of the agent's tool bar, issue #14.)
class ChannelActions : public QObject {
    Q_OBJECT
public:
    ChannelActions(channels::ChannelService* service, QWidget* window);

    QAction* addChannelAction() const { return m_add; }
    QAction* rotateKeyAction() const { return m_rotate; }
    QAction* removeChannelAction() const { return m_remove; }
    QAction* settingsAction() const { return m_settings; }

    void setCurrentChannel(const QString& channelId);

    // Each opens its window-modal dialog and returns it (it deletes itself when closed).
    AddChannelDialog* addChannel();
    RotateKeyDialog* rotateKey();
    ChannelSettingsDialog* openSettings();
    // Asks (with "Also delete this channel's local history"), then removes.
    void removeChannel();

Q_SIGNALS:
    void channelAdded(const QString& channelId);
    void channelRemoved(const QString& channelId);
    // One line for the status bar.
    void message(const QString& text);
    // Channel Settings' "Edit Webhooks…".
    void webhooksRequested(const QString& channelId);

private:
    channels::ChannelService* m_service;
    QWidget* m_window;
    QString m_current;
    QAction* m_add;
    QAction* m_rotate;
    QAction* m_remove;
    QAction* m_settings;
    QPointer<AddChannelDialog> m_addDialog;
    QPointer<RotateKeyDialog> m_rotateDialog;
    QPointer<ChannelSettingsDialog> m_settingsDialog;
};

} // namespace wabadesk::ui
