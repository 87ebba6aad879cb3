#include "partner/PartnerConsole.h"

#include "channels/ChannelService.h"
#include "common/BusyIndicator.h"
#include "common/Confirmation.h"
#include "common/EmptyState.h"
#include "common/ErrorBanner.h"
#include "partner/AddToWabaDeskDialog.h"
#include "partner/PartnerAccount.h"
#include "partner/PartnerClient.h"
#include "partner/PartnerClientDelegate.h"
#include "partner/PartnerErrors.h"
#include "partner/PartnerModels.h"
#include "partner/PartnerSetupPanel.h"
#include "partner/StatusChipDelegate.h"
#include "partner/UsagePanel.h"
#include "webhook/ListenerService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {

enum ErrorAction { NoAction, TryAgain, ChangeKey };

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

PartnerConsole::PartnerConsole(partner::PartnerAccount* account, channels::ChannelService* channels,
                               webhook::ListenerService* listener, QWidget* parent)
    : QDialog(parent)
    , m_account(account)
    , m_channels(channels)
    , m_listener(listener)
    , m_accountLabel(new QLabel(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_changeKey(new QPushButton(tr("Change &Key…"), this))
    , m_signOut(new QPushButton(tr("Sign &Out"), this))
    , m_busy(new BusyIndicator(this))
    , m_error(new ErrorBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_setup(new PartnerSetupPanel(account, m_stack))
    , m_main(new QWidget(m_stack))
    , m_search(new QLineEdit(m_main))
    , m_clientList(new QListView(m_main))
    , m_clientModel(new PartnerClientModel(this))
    , m_clientFilter(new QSortFilterProxyModel(this))
    , m_noClient(new EmptyState(tr("No client selected"), {}, m_main))
    , m_details(new QWidget(m_main))
    , m_clientName(new QLabel(m_details))
    , m_clientInfo(new QLabel(m_details))
    , m_channelTable(new QTableView(m_details))
    , m_channelModel(new PartnerChannelModel(this))
    , m_add(new QPushButton(tr("&Add to WabaDesk…"), m_details))
    , m_addHint(new QLabel(m_details))
    , m_usage(new UsagePanel(m_details))
{
    setObjectName(QStringLiteral("partnerConsole"));
    setWindowTitle(tr("Partner Console"));
    setWindowFlag(Qt::Window);
    setSizeGripEnabled(true);

    // The account bar.
    m_accountLabel->setObjectName(QStringLiteral("partnerAccountLabel"));
    m_accountLabel->setTextFormat(Qt::RichText);
    QFont accountFont = m_accountLabel->font();
    accountFont.setPointSizeF(accountFont.pointSizeF() * 1.1);
    m_accountLabel->setFont(accountFont);
    m_accountLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh->setObjectName(QStringLiteral("partnerRefreshButton"));
    m_refresh->setToolTip(tr("Load the clients, channels and usage again"));
    m_changeKey->setObjectName(QStringLiteral("partnerChangeKeyButton"));
    m_changeKey->setToolTip(tr("Use another partner id or Partner API key"));
    m_signOut->setObjectName(QStringLiteral("partnerSignOutButton"));
    m_signOut->setToolTip(tr("Remove the Partner API key from this computer's keychain"));
    m_busy->setObjectName(QStringLiteral("partnerBusy"));
    m_busy->setText(tr("Loading…"));
    connect(m_refresh, &QPushButton::clicked, this, &PartnerConsole::refresh);
    connect(m_changeKey, &QPushButton::clicked, this, [this] { showSetup(true); });
    connect(m_signOut, &QPushButton::clicked, this, [this] {
        Confirmation::Request request;
        request.objectName = QStringLiteral("partnerSignOutQuestion");
        request.title = tr("Sign Out");
        request.text = tr("Remove the Partner API key from this computer?");
        request.informativeText = tr("WabaDesk deletes the key from the keychain. Nothing changes at 360dialog, and "
                                     "the channels you added keep their own keys.");
        request.acceptText = tr("Sign Out");
        Confirmation::ask(this, request, this, [this](const Confirmation::Answer& answer) {
            if (!answer.accepted)
                return;
            m_account->signOut(this, [this](const secrets::SecretResult& r) {
                if (!r.ok()) {
                    m_error->showError(api::ApiError::validation({secrets::secretErrorText(r.error)}),
                                       tr("The key could not be removed"), {}, {});
                    return;
                }
                showSetup(false);
            });
        });
    });
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_accountLabel, 1);
    bar->addWidget(m_busy);
    bar->addWidget(m_refresh);
    bar->addWidget(m_changeKey);
    bar->addWidget(m_signOut);

    m_error->setObjectName(QStringLiteral("partnerErrorBanner"));
    connect(m_error, &ErrorBanner::actionRequested, this, [this] {
        if (m_errorAction == ChangeKey)
            showSetup(true);
        else if (m_errorAction == TryAgain)
            refresh();
    });

    // Clients on the left.
    m_search->setObjectName(QStringLiteral("partnerClientSearch"));
    m_search->setPlaceholderText(tr("Search clients"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search clients"));
    m_clientFilter->setSourceModel(m_clientModel);
    m_clientFilter->setFilterRole(PartnerClientModel::SearchRole);
    m_clientFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_clientFilter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_clientFilter->setSortLocaleAware(true);
    m_clientFilter->sort(0);
    connect(m_search, &QLineEdit::textChanged, m_clientFilter, &QSortFilterProxyModel::setFilterFixedString);
    m_clientList->setObjectName(QStringLiteral("partnerClientList"));
    m_clientList->setAccessibleName(tr("Clients"));
    m_clientList->setModel(m_clientFilter);
    m_clientList->setUniformItemSizes(true);
    m_clientList->setItemDelegate(new PartnerClientDelegate(m_clientList));
    connect(m_clientList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PartnerConsole::onClientChanged);
    auto* left = new QWidget(m_main);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(sectionTitle(tr("Clients"), left));
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_clientList, 1);

    // The selected client on the right.
    m_clientName->setObjectName(QStringLiteral("partnerClientName"));
    QFont nameFont = m_clientName->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.35);
    nameFont.setBold(true);
    m_clientName->setFont(nameFont);
    m_clientInfo->setObjectName(QStringLiteral("partnerClientInfo"));
    m_clientInfo->setWordWrap(true);
    m_clientInfo->setForegroundRole(QPalette::PlaceholderText);
    m_clientInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_channelTable->setObjectName(QStringLiteral("partnerChannelTable"));
    m_channelTable->setAccessibleName(tr("Channels"));
    m_channelTable->setModel(m_channelModel);
    m_channelTable->setItemDelegate(new StatusChipDelegate(PartnerChannelModel::ChipRole, m_channelTable));
    m_channelTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_channelTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_channelTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_channelTable->setShowGrid(false);
    m_channelTable->setAlternatingRowColors(true);
    m_channelTable->setWordWrap(false);
    m_channelTable->verticalHeader()->hide();
    m_channelTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_channelTable->horizontalHeader()->setHighlightSections(false);
    m_channelTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_channelTable->horizontalHeader()->setSectionResizeMode(PartnerChannelModel::NameColumn, QHeaderView::Stretch);
    fitChannelTable();
    connect(m_channelTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PartnerConsole::onChannelSelectionChanged);
    connect(m_channelTable, &QTableView::doubleClicked, this, &PartnerConsole::addToWabaDesk);
    m_add->setObjectName(QStringLiteral("partnerAddButton"));
    connect(m_add, &QPushButton::clicked, this, &PartnerConsole::addToWabaDesk);
    m_addHint->setObjectName(QStringLiteral("partnerAddHint"));
    m_addHint->setWordWrap(true);
    m_addHint->setForegroundRole(QPalette::PlaceholderText);
    connect(m_usage, &UsagePanel::granularityChanged, this, &PartnerConsole::loadUsage);

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addWidget(m_addHint, 1);
    auto* detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->setSpacing(8);
    detailsLayout->addWidget(m_clientName);
    detailsLayout->addWidget(m_clientInfo);
    detailsLayout->addSpacing(4);
    detailsLayout->addWidget(sectionTitle(tr("Channels"), m_details));
    detailsLayout->addWidget(m_channelTable);
    detailsLayout->addLayout(addRow);
    detailsLayout->addSpacing(8);
    detailsLayout->addWidget(m_usage, 1);

    m_noClient->setObjectName(QStringLiteral("partnerNoClient"));
    auto* right = new QStackedWidget(m_main);
    right->addWidget(m_noClient);
    right->addWidget(m_details);
    connect(this, &PartnerConsole::loaded, right, [this, right] {
        right->setCurrentWidget(m_clientId.isEmpty() ? static_cast<QWidget*>(m_noClient) : m_details);
    });
    connect(m_clientList->selectionModel(), &QItemSelectionModel::currentChanged, right, [this, right] {
        right->setCurrentWidget(m_clientId.isEmpty() ? static_cast<QWidget*>(m_noClient) : m_details);
    });

    auto* splitter = new QSplitter(Qt::Horizontal, m_main);
    splitter->setObjectName(QStringLiteral("partnerSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    left->setMinimumWidth(fontMetrics().averageCharWidth() * 22);
    splitter->setSizes({fontMetrics().averageCharWidth() * 32, 900});
    auto* mainLayout = new QVBoxLayout(m_main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->addWidget(splitter);

    m_stack->addWidget(m_setup);
    m_stack->addWidget(m_main);
    connect(m_setup, &PartnerSetupPanel::connected, this, [this] {
        showMain();
        refresh();
    });
    connect(m_setup, &PartnerSetupPanel::cancelled, this, &PartnerConsole::showMain);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(10);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);

    connect(m_channels, &channels::ChannelService::channelsChanged, this, [this] {
        m_channelModel->setLocalChannels(m_channels->channels());
        onChannelSelectionChanged();
    });
    connect(m_account, &partner::PartnerAccount::changed, this, &PartnerConsole::updateAccountBar);
    setMinimumSize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 30);
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 44);
    updateAccountBar();
}

PartnerConsole::~PartnerConsole() = default;

void PartnerConsole::start()
{
    if (!m_account->isConfigured()) {
        showSetup(false);
        return;
    }
    m_busy->start();
    m_account->loadKey(this, [this](const secrets::SecretResult& r) {
        m_busy->stop();
        if (m_account->keyState() == partner::PartnerAccount::KeyState::Present) {
            showMain();
            refresh();
            return;
        }
        showSetup(false);
        if (!r.ok() && r.error != secrets::SecretError::NotFound)
            m_error->showError(api::ApiError::validation({secrets::secretErrorText(r.error)}),
                               tr("The Partner API key could not be read from the keychain"), {},
                               tr("Unlock or start the system's keychain, or enter the key again."));
    });
}

bool PartnerConsole::isShowingSetup() const
{
    return m_stack->currentWidget() == m_setup;
}

void PartnerConsole::showSetup(bool canCancel)
{
    m_error->clear();
    m_setup->prepare(canCancel && m_account->keyState() == partner::PartnerAccount::KeyState::Present);
    m_stack->setCurrentWidget(m_setup);
    updateAccountBar();
}

void PartnerConsole::showMain()
{
    m_stack->setCurrentWidget(m_main);
    updateAccountBar();
}

void PartnerConsole::updateAccountBar()
{
    const bool signedIn = m_account->keyState() == partner::PartnerAccount::KeyState::Present;
    const bool main = m_stack->currentWidget() == m_main;
    m_refresh->setVisible(signedIn && main);
    m_changeKey->setVisible(signedIn && main);
    m_signOut->setVisible(signedIn);
    if (!signedIn) {
        m_accountLabel->setText(tr("<b>Not connected to a partner account</b>"));
        return;
    }
    //: Partner id, then the Partner API key's last characters and the Partner API's host.
    m_accountLabel->setText(tr("<b>Partner %1</b>&nbsp;&nbsp; <span style=\"color:%4\">key %2 · Partner API at "
                               "%3</span>")
                                .arg(m_account->partnerId().toHtmlEscaped(), m_account->keyHint().toHtmlEscaped(),
                                     m_account->baseUrl().host().toHtmlEscaped(),
                                     palette().color(QPalette::PlaceholderText).name()));
}

void PartnerConsole::showError(const api::ApiError& error, int action)
{
    if (error.kind == api::ApiError::Kind::Cancelled)
        return;
    const partner::PartnerErrorText t =
        partner::PartnerErrors::describe(error, static_cast<partner::PartnerErrors::Action>(action));
    m_error->showError(error, t.title, t.explanation, t.fix);
    m_errorAction = t.wrongKey ? ChangeKey : TryAgain;
    m_error->setActionText(t.wrongKey ? tr("Change Key…") : tr("Try Again"));
}

void PartnerConsole::refresh()
{
    if (m_account->keyState() != partner::PartnerAccount::KeyState::Present)
        return;
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_busy->start();
    m_refresh->setEnabled(false);
    m_error->clear();
    m_balances.clear();
    if (m_balanceCall)
        m_balanceCall->cancel(); // its answer would land in the cache just emptied
    partner::PartnerClient* client = m_account->client();
    connect(client, &partner::PartnerClient::waiting, this, &PartnerConsole::onWaiting, Qt::UniqueConnection);
    auto fail = [this](const api::ApiError& e) {
        m_loading = false;
        m_busy->stop();
        m_refresh->setEnabled(true);
        showError(e, int(partner::PartnerErrors::Action::List));
    };
    client->listClients(this, [=, this](const api::Result<QList<partner::PartnerClientInfo>>& clients) {
        if (generation != m_generation)
            return;
        if (!clients.ok()) {
            fail(clients.error());
            return;
        }
        m_account->client()->listChannels({}, this,
                                          [=, this](const api::Result<QList<partner::PartnerChannel>>& channels) {
                                              if (generation != m_generation)
                                                  return;
                                              if (!channels.ok()) {
                                                  fail(channels.error());
                                                  return;
                                              }
                                              m_loading = false;
                                              m_busy->stop();
                                              m_refresh->setEnabled(true);
                                              onClientsLoaded(clients.value(), channels.value());
                                          });
    });
}

void PartnerConsole::onClientsLoaded(const QList<partner::PartnerClientInfo>& clients,
                                     const QList<partner::PartnerChannel>& channels)
{
    const QString keep = m_clientId;
    m_allChannels = channels;
    QHash<QString, int> counts;
    for (const auto& c : channels)
        ++counts[c.clientId];
    m_clientModel->setClients(clients, counts);
    m_noClient->setText(clients.isEmpty() ? tr("This partner account has no clients yet. Clients appear here once "
                                               "they signed up through your Partner Hub's onboarding.")
                                          : tr("Select a client to see its numbers and usage."));
    m_clientId.clear();
    selectClient(!keep.isEmpty() && m_clientModel->client(keep) ? keep
                 : m_clientFilter->rowCount() > 0
                     ? m_clientFilter->index(0, 0).data(PartnerClientModel::IdRole).toString()
                     : QString());
    Q_EMIT loaded();
}

void PartnerConsole::selectClient(const QString& clientId)
{
    for (int row = 0; row < m_clientFilter->rowCount(); ++row) {
        const QModelIndex index = m_clientFilter->index(row, 0);
        if (index.data(PartnerClientModel::IdRole).toString() == clientId) {
            m_clientList->setCurrentIndex(index);
            // The view may have kept it current through the reload (no currentChanged then).
            if (m_clientId != clientId)
                onClientChanged();
            return;
        }
    }
    m_clientList->setCurrentIndex({});
    onClientChanged();
}

void PartnerConsole::onClientChanged()
{
    const QModelIndex current = m_clientList->currentIndex();
    const QString id = current.isValid() ? current.data(PartnerClientModel::IdRole).toString() : QString();
    if (id == m_clientId && !id.isEmpty())
        return;
    m_clientId = id;
    if (m_balanceCall)
        m_balanceCall->cancel();
    const auto client = m_clientModel->client(id);
    if (!client) {
        m_channelModel->setChannels({}, m_channels->channels());
        m_usage->clear();
        onChannelSelectionChanged();
        return;
    }
    m_clientName->setText(client->name);
    QStringList info;
    if (!client->contactName.isEmpty())
        info << client->contactName;
    if (!client->email.isEmpty())
        info << client->email;
    if (!client->country.isEmpty())
        info << client->country;
    if (client->createdAt.isValid())
        info << tr("client since %1").arg(QLocale().toString(client->createdAt.date(), QLocale::ShortFormat));
    info << tr("id %1").arg(client->id);
    m_clientInfo->setText(info.join(QStringLiteral(" · ")));
    QList<partner::PartnerChannel> own;
    for (const auto& c : std::as_const(m_allChannels))
        if (c.clientId == id)
            own.append(c);
    m_channelModel->setChannels(own, m_channels->channels());
    fitChannelTable();
    if (!own.isEmpty())
        m_channelTable->selectRow(0);
    onChannelSelectionChanged();
    loadUsage();
}

void PartnerConsole::fitChannelTable()
{
    // As tall as its rows (at least three, at most seven; more scroll): the usage chart gets the rest.
    const int rows = std::clamp(m_channelModel->rowCount(), 3, 7);
    const int height = m_channelTable->horizontalHeader()->sizeHint().height() +
                       rows * m_channelTable->verticalHeader()->defaultSectionSize() + 2 * m_channelTable->frameWidth();
    m_channelTable->setFixedHeight(height);
}

void PartnerConsole::selectChannel(const QString& channelId)
{
    for (int row = 0; row < m_channelModel->rowCount(); ++row)
        if (m_channelModel->channel(row)->id == channelId)
            m_channelTable->selectRow(row);
}

void PartnerConsole::onChannelSelectionChanged()
{
    const QModelIndexList rows = m_channelTable->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    const auto channel = m_channelModel->channel(row);
    const auto local = m_channelModel->localChannel(row);
    m_add->setText(local ? tr("Generate &New Key…") : tr("&Add to WabaDesk…"));
    m_add->setEnabled(channel && channel->canHaveKey());
    if (!channel)
        m_addHint->setText(m_channelModel->rowCount() == 0 ? tr("This client has no numbers yet.")
                                                           : tr("Select a number."));
    else if (!channel->canHaveKey())
        m_addHint->setText(channel->state == partner::ChannelState::Created
                               ? tr("This number is still being set up; 360dialog gives it a key once it is ready.")
                               : tr("A key can be generated only for a ready or running number."));
    else if (local)
        m_addHint->setText(tr("WabaDesk has this number as “%1”. A new key replaces the one it uses and revokes the "
                              "old one.")
                               .arg(local->name));
    else
        m_addHint->setText(tr("Generates the number's API key into this computer's keychain; its current key stops "
                              "working."));
}

void PartnerConsole::loadUsage()
{
    if (m_clientId.isEmpty())
        return;
    if (m_balanceCall)
        m_balanceCall->cancel();
    const partner::Granularity granularity = m_usage->granularity();
    const QString cacheKey = m_clientId + QLatin1Char('/') + partner::granularityName(granularity);
    if (m_balances.contains(cacheKey)) {
        m_usage->showBalance(m_balances.value(cacheKey));
        return;
    }
    m_usage->clear();
    m_usage->showLoading();
    const QString clientId = m_clientId;
    const quint64 generation = m_generation;
    m_balanceCall = m_account->client()->clientBalance(
        clientId, partner::BalanceQuery::recent(granularity, QDateTime::currentDateTimeUtc()), this,
        [this, clientId, cacheKey, granularity, generation](const api::Result<partner::ClientBalance>& r) {
            if (clientId != m_clientId || granularity != m_usage->granularity() || generation != m_generation)
                return;
            if (!r.ok()) {
                if (r.error().kind == api::ApiError::Kind::Cancelled)
                    return;
                const partner::PartnerErrorText t =
                    partner::PartnerErrors::describe(r.error(), partner::PartnerErrors::Action::Balance);
                m_usage->showProblem(t.title + QStringLiteral(". ") + t.fix);
                showError(r.error(), int(partner::PartnerErrors::Action::Balance));
                return;
            }
            m_balances.insert(cacheKey, r.value());
            m_usage->showBalance(r.value());
        });
}

void PartnerConsole::onWaiting(const QString& bucket, int seconds)
{
    if (bucket == partner::PartnerClient::balanceBucket(m_clientId) && seconds > 0)
        m_usage->showWaiting(seconds);
}

AddToWabaDeskDialog* PartnerConsole::addToWabaDesk()
{
    const QModelIndexList rows = m_channelTable->selectionModel()->selectedRows();
    const auto channel = m_channelModel->channel(rows.isEmpty() ? -1 : rows.first().row());
    if (!channel || !channel->canHaveKey())
        return nullptr;
    if (m_addDialog && m_addDialog->isVisible()) {
        m_addDialog->raise();
        return m_addDialog;
    }
    auto* importer = new partner::ChannelImporter(m_account->client(), m_channels, m_account->keychain());
    const bool offerListener = m_listener && Channel::isLoopbackUrl(m_account->baseUrl());
    auto* dialog = new AddToWabaDeskDialog(importer, *channel, m_channelModel->localChannel(rows.first().row()),
                                           m_listener, offerListener, this);
    importer->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddToWabaDeskDialog::importFinished, this, [this](const partner::ChannelImporter::Result& r) {
        if (r.outcome == partner::ChannelImporter::Result::Outcome::Added ||
            r.outcome == partner::ChannelImporter::Result::Outcome::KeyReplaced)
            Q_EMIT channelAdded(r.channel.id);
    });
    connect(dialog, &AddToWabaDeskDialog::showChannelRequested, this, &PartnerConsole::showChannelRequested);
    m_addDialog = dialog;
    dialog->open();
    return dialog;
}

} // namespace wabadesk::ui
