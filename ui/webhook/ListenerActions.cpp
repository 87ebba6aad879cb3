#include "webhook/ListenerActions.h"

#include "webhook/ListenerService.h"
#include "webhook/ListenerSettingsDialog.h"
#include "webhook/WebhookInspector.h"

#include <QAction>
#include <QLabel>

namespace wabadesk::ui {

ListenerActions::ListenerActions(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_settingsAction(new QAction(tr("Webhook &Listener…"), this))
    , m_inspectorAction(new QAction(tr("Webhook &Inspector"), this))
    , m_status(new QLabel(window))
{
    setObjectName(QStringLiteral("listenerActions"));
    m_settingsAction->setObjectName(QStringLiteral("actionListenerSettings"));
    m_settingsAction->setStatusTip(tr("Where the embedded webhook listener runs, and whether it does"));
    m_settingsAction->setEnabled(false);
    connect(m_settingsAction, &QAction::triggered, this, &ListenerActions::openSettings);
    m_inspectorAction->setObjectName(QStringLiteral("actionWebhookInspector"));
    m_inspectorAction->setStatusTip(tr("Recent webhook deliveries, what became of each, and their bodies"));
    m_inspectorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_inspectorAction->setEnabled(false);
    connect(m_inspectorAction, &QAction::triggered, this, &ListenerActions::openInspector);

    m_status->setObjectName(QStringLiteral("listenerStatus"));
    m_status->setTextFormat(Qt::PlainText);
    updateStatus();
}

void ListenerActions::setListener(webhook::ListenerService* listener, channels::ChannelService* channels,
                                  QNetworkAccessManager* network, store::StoreOpener openStore)
{
    m_openStore = std::move(openStore);
    m_listener = listener;
    m_channels = channels;
    m_network = network;
    m_settingsAction->setEnabled(m_listener != nullptr);
    m_inspectorAction->setEnabled(m_listener != nullptr);
    if (m_listener) {
        connect(m_listener, &webhook::ListenerService::runningChanged, this, &ListenerActions::updateStatus);
        connect(m_listener, &webhook::ListenerService::requestReceived, this, &ListenerActions::updateStatus);
    }
    updateStatus();
}

void ListenerActions::openSettings()
{
    if (!m_listener)
        return;
    if (!m_dialog) {
        m_dialog = new ListenerSettingsDialog(m_listener, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->open();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void ListenerActions::openInspector()
{
    if (!m_listener)
        return;
    if (!m_inspector) {
        m_inspector = new WebhookInspector(m_listener, m_channels, m_network, m_openStore, m_window);
        m_inspector->setWindowFlag(Qt::Window);
    }
    m_inspector->show();
    m_inspector->raise();
    m_inspector->activateWindow();
}

void ListenerActions::updateStatus()
{
    if (!m_listener) {
        m_status->setText(tr("Listener: not running"));
        m_status->setToolTip(tr("Incoming messages and delivery statuses arrive through the webhook listener."));
        return;
    }
    if (const QString problem = m_listener->storageProblem(); m_listener->isRunning() && !problem.isEmpty()) {
        //: Status bar: the journal cannot write (a full disk); the reason is in the tooltip.
        m_status->setText(tr("Listener: cannot store deliveries — retrying"));
        //: %1 is the system's reason, e.g. "write failed: No space left on device".
        m_status->setToolTip(tr("The journal cannot write (%1). Deliveries are answered 503 until it can, and "
                                "360dialog sends them again later. Free some disk space: the listener recovers by "
                                "itself.")
                                 .arg(problem));
    } else if (m_listener->isRunning()) {
        const QString url = m_listener->url().toString();
        const qint64 received = m_listener->receivedCount();
        const qint64 refused = m_listener->rejectedCount();
        //: Status bar: the listener's URL, then how many requests it answered (and refused).
        m_status->setText(refused > 0
                              ? tr("Listener: %1 — %L2 received, %L3 refused").arg(url).arg(received).arg(refused)
                              : tr("Listener: %1 — %L2 received").arg(url).arg(received));
        m_status->setToolTip(tr("Webhooks sent to this address are stored and shown live. View → Webhook Inspector "
                                "shows each delivery."));
    } else if (!m_listener->lastError().isEmpty()) {
        m_status->setText(tr("Listener: %1").arg(m_listener->lastError()));
        m_status->setToolTip(tr("Change the address or port in Settings → Webhook Listener…"));
    } else {
        m_status->setText(tr("Listener: not running"));
        m_status->setToolTip(tr("Start it in Settings → Webhook Listener…"));
    }
}

} // namespace wabadesk::ui
