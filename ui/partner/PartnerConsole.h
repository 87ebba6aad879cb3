#pragma once

#include "api/ApiCall.h"
#include "api/ApiError.h"
#include "partner/PartnerTypes.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QLabel;
class QListView;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

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

class AddToWabaDeskDialog;
class BusyIndicator;
class EmptyState;
class ErrorBanner;
class PartnerChannelModel;
class PartnerClientModel;
class PartnerSetupPanel;
class UsagePanel;

// The partner console (Channel → Partner Console…): the partner's clients with a search, the selected client's
// channels with their status, account mode, quality and messaging limit, its balance and usage per day or month,
// and "Add to WabaDesk…" for a channel. Without a working Partner API key it shows the set-up first. Everything is
// asynchronous; errors (a wrong key, the rate limit, no network) show in the console's banner with what to do.
class PartnerConsole : public QDialog {
    Q_OBJECT
public:
    PartnerConsole(partner::PartnerAccount* account, channels::ChannelService* channels,
                   webhook::ListenerService* listener, QWidget* parent = nullptr);
    ~PartnerConsole() override;

    // Reads the key (once) and loads, or shows the set-up.
    void start();
    void refresh();
    bool isShowingSetup() const;
    bool isLoading() const { return m_loading; }
    PartnerSetupPanel* setupPanel() const { return m_setup; }
    ErrorBanner* errorBanner() const { return m_error; }
    UsagePanel* usagePanel() const { return m_usage; }
    QString currentClientId() const { return m_clientId; }
    void selectClient(const QString& clientId);
    void selectChannel(const QString& channelId);
    // "Add to WabaDesk…" for the selected channel; the window-modal dialog, or nullptr when none can be added.
    AddToWabaDeskDialog* addToWabaDesk();

Q_SIGNALS:
    void channelAdded(const QString& channelId);
    void showChannelRequested(const QString& channelId);
    void loaded();

private:
    void showSetup(bool canCancel);
    void showMain();
    void updateAccountBar();
    void showError(const api::ApiError& error, int action);
    void onClientsLoaded(const QList<partner::PartnerClientInfo>& clients,
                         const QList<partner::PartnerChannel>& channels);
    void onClientChanged();
    void onChannelSelectionChanged();
    void fitChannelTable();
    void loadUsage();
    void onWaiting(const QString& bucket, int seconds);

    partner::PartnerAccount* m_account;
    channels::ChannelService* m_channels;
    QPointer<webhook::ListenerService> m_listener;
    QList<partner::PartnerChannel> m_allChannels;
    QString m_clientId;
    bool m_loading = false;
    int m_errorAction = 0;
    quint64 m_generation = 0; // a refresh started later wins
    QPointer<api::ApiCall> m_balanceCall;
    QHash<QString, partner::ClientBalance> m_balances; // "<client>/<day|month>", until the next refresh

    QLabel* m_accountLabel;
    QPushButton* m_refresh;
    QPushButton* m_changeKey;
    QPushButton* m_signOut;
    BusyIndicator* m_busy;
    ErrorBanner* m_error;
    QStackedWidget* m_stack;
    PartnerSetupPanel* m_setup;
    QWidget* m_main;
    QLineEdit* m_search;
    QListView* m_clientList;
    PartnerClientModel* m_clientModel;
    QSortFilterProxyModel* m_clientFilter;
    EmptyState* m_noClient;
    QWidget* m_details;
    QLabel* m_clientName;
    QLabel* m_clientInfo;
    QTableView* m_channelTable;
    PartnerChannelModel* m_channelModel;
    QPushButton* m_add;
    QLabel* m_addHint;
    UsagePanel* m_usage;
    QPointer<AddToWabaDeskDialog> m_addDialog;
};

} // namespace wabadesk::ui
