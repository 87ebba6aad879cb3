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
class RotateKeyDialog;

// The channel commands of the window: Add Channel…, Rotate Key… and Remove Channel… as actions (for the menu and
// the toolbar), and the flows behind them. Rotate and remove act on the current channel.
class ChannelActions : public QObject {
    Q_OBJECT
public:
    ChannelActions(channels::ChannelService* service, QWidget* window);

    QAction* addChannelAction() const { return m_add; }
    QAction* rotateKeyAction() const { return m_rotate; }
    QAction* removeChannelAction() const { return m_remove; }

    void setCurrentChannel(const QString& channelId);

    // Each opens its window-modal dialog and returns it (it deletes itself when closed).
    AddChannelDialog* addChannel();
    RotateKeyDialog* rotateKey();
    // Asks (with "Also delete this channel's local history"), then removes.
    void removeChannel();

Q_SIGNALS:
    void channelAdded(const QString& channelId);
    void channelRemoved(const QString& channelId);
    // One line for the status bar.
    void message(const QString& text);

private:
    channels::ChannelService* m_service;
    QWidget* m_window;
    QString m_current;
    QAction* m_add;
    QAction* m_rotate;
    QAction* m_remove;
    QPointer<AddChannelDialog> m_addDialog;
    QPointer<RotateKeyDialog> m_rotateDialog;
};

} // namespace wabadesk::ui
