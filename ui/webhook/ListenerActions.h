#pragma once

#include "store/StoreLocation.h"

#include <QObject>
#include <QPointer>

class QAction;
class QLabel;
class QNetworkAccessManager;
class QWidget;

namespace wabadesk::channels {
class ChannelService;
}
namespace wabadesk::webhook {
class ListenerService;
}

namespace wabadesk::ui {

class ListenerSettingsDialog;
class WebhookInspector;

// The main window's part of the embedded webhook listener: Settings → Webhook Listener…, View → Webhook Inspector,
// and the status bar label ("Listener: http://127.0.0.1:8361 — 12 received"). Without a listener the actions are
// disabled and the label says so.
class ListenerActions : public QObject {
    Q_OBJECT
public:
    explicit ListenerActions(QWidget* window);

    // `openStore`: the inspector's connection for reading the webhook journal.
    void setListener(webhook::ListenerService* listener, channels::ChannelService* channels,
                     QNetworkAccessManager* network, store::StoreOpener openStore);

    QAction* settingsAction() const { return m_settingsAction; }
    QAction* inspectorAction() const { return m_inspectorAction; }
    QLabel* statusLabel() const { return m_status; }
    WebhookInspector* inspector() const { return m_inspector; } // once opened

    void openSettings();
    void openInspector();

private:
    void updateStatus();

    QWidget* m_window;
    webhook::ListenerService* m_listener = nullptr;
    channels::ChannelService* m_channels = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    store::StoreOpener m_openStore;
    QAction* m_settingsAction;
    QAction* m_inspectorAction;
    QLabel* m_status;
    QPointer<ListenerSettingsDialog> m_dialog;
    WebhookInspector* m_inspector = nullptr;
};

} // namespace wabadesk::ui
