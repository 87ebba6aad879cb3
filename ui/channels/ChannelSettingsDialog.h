#pragma once

#include "model/Channel.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace wabadesk::channels {
class ChannelService;
}

namespace wabadesk::ui {

class ChannelActions;

// Channel → Channel Settings…: the administration of one channel, away from the agent's everyday window (issue #14).
// Its name (renamed here), number, verified name and service; its API key (the hint, where it is kept, when it was
// last replaced) with Rotate Key…; the webhooks as set through WabaDesk, with a way to the Webhooks tab that edits
// them; and Remove Channel…. Follows the service: a rotation or a rename shows at once; the dialog closes when the
// channel is removed.
class ChannelSettingsDialog : public QDialog {
    Q_OBJECT
public:
    ChannelSettingsDialog(channels::ChannelService* service, ChannelActions* actions, const QString& channelId,
                          QWidget* parent = nullptr);

    QString channelId() const { return m_channelId; }

Q_SIGNALS:
    // "Edit Webhooks…": the window shows the channel's Webhooks tab.
    void webhooksRequested(const QString& channelId);

private:
    void refresh();
    void rename();
    void updateRenameState();

    channels::ChannelService* m_service;
    ChannelActions* m_actions;
    QString m_channelId;
    QLineEdit* m_name;
    QPushButton* m_rename;
    QLabel* m_renameProblem;
    QLabel* m_number;
    QLabel* m_verifiedName;
    QLabel* m_serviceText;
    QLabel* m_added;
    QLabel* m_keyHint;
    QLabel* m_keyStorage;
    QLabel* m_keyRotated;
    QLabel* m_phoneWebhook;
    QLabel* m_wabaWebhook;
};

} // namespace wabadesk::ui
