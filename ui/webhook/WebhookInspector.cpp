#include "webhook/WebhookInspector.h"

#include "channels/ChannelService.h"
#include "common/EmptyState.h"
#include "common/LocaleFormat.h"
#include "common/NoticeBanner.h"
#include "webhook/JournalReader.h"
#include "webhook/ListenerService.h"
#include "webhook/TestEvent.h"
#include "webhook/WebhookEventFilter.h"
#include "webhook/WebhookEventModel.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace wabadesk::ui {

namespace {
constexpr int kJournalRows = 200;   // the newest journal entries shown
constexpr int kReloadDelayMs = 150; // events arriving together cause one read
constexpr int kTestTimeoutMs = 10000;

// A body as the inspector shows it: JSON indented, anything else as the text it is (the view is plain text).
QString bodyText(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && (json.isObject() || json.isArray()))
        return QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    return QString::fromUtf8(body);
}
} // namespace

WebhookInspector::WebhookInspector(webhook::ListenerService* listener, channels::ChannelService* channels,
                                   QNetworkAccessManager* network, store::StoreOpener openStore, QWidget* parent)
    : QWidget(parent)
    , m_listener(listener)
    , m_channels(channels)
    , m_network(network)
    , m_reader(new JournalReader(std::move(openStore), this))
    , m_model(new WebhookEventModel(this))
    , m_filter(new WebhookEventFilter(m_model, this))
    , m_reloadTimer(new QTimer(this))
    , m_state(new QLabel(this))
    , m_channel(new QComboBox(this))
    , m_resultFilter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_test(new QPushButton(tr("Send &Test Event"), this))
    , m_replay(new QPushButton(tr("&Replay"), this))
    , m_feedback(new NoticeBanner(NoticeBanner::Tone::Information, this))
    , m_tableStack(new QStackedWidget(this))
    , m_empty(new EmptyState(tr("No webhooks yet"), {}, m_tableStack))
    , m_table(new QTableView(m_tableStack))
    , m_details(new QLabel(this))
    , m_body(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("webhookInspector"));
    setWindowTitle(tr("Webhook Inspector"));
    // A window of its own (View → Webhook Inspector): Esc closes it, as it closes a dialog.
    auto* close = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    close->setObjectName(QStringLiteral("inspectorCloseShortcut"));
    close->setContext(Qt::WidgetWithChildrenShortcut);
    connect(close, &QShortcut::activated, this, [this] {
        if (isWindow())
            this->close();
    });

    m_state->setObjectName(QStringLiteral("inspectorListenerState"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);

    m_channel->setObjectName(QStringLiteral("inspectorTestChannel"));
    m_channel->setAccessibleName(tr("Channel for the test event"));
    m_channel->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_test->setObjectName(QStringLiteral("inspectorTestEventButton"));
    m_test->setToolTip(tr("Post a test message for this channel, with its webhook secret, to the listener's own URL"));
    m_replay->setObjectName(QStringLiteral("inspectorReplayButton"));
    m_replay->setToolTip(tr("Feed the selected body into the journal again; it is ingested like a redelivery"));
    connect(m_test, &QPushButton::clicked, this, &WebhookInspector::sendTestEvent);
    connect(m_replay, &QPushButton::clicked, this, &WebhookInspector::replaySelected);

    m_feedback->setObjectName(QStringLiteral("inspectorFeedback"));
    m_feedback->setVisible(false);

    m_empty->setObjectName(QStringLiteral("inspectorEmptyState"));
    m_empty->setText(tr("Webhook deliveries appear here as they arrive, with what became of each: stored, duplicate, "
                        "quarantined or rejected. <b>Send Test Event</b> tries the round trip through the listener."));
    m_table->setObjectName(QStringLiteral("inspectorTable"));
    m_table->setAccessibleName(tr("Webhook deliveries"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int ch = fontMetrics().averageCharWidth();
    int timeWidth = 0;
    for (const QString& text : WebhookEventModel::widestTimeTexts())
        timeWidth = std::max(timeWidth, m_table->fontMetrics().horizontalAdvance(text));
    m_table->setColumnWidth(WebhookEventModel::TimeColumn, timeWidth + ch * 3); // the cell's margins
    m_table->setColumnWidth(WebhookEventModel::ChannelColumn, ch * 30);
    m_table->setColumnWidth(WebhookEventModel::KindColumn, ch * 12);
    m_table->setColumnWidth(WebhookEventModel::ResultColumn, ch * 14);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showSelected();
        updateButtons();
    });
    m_tableStack->setObjectName(QStringLiteral("inspectorTableStack"));
    m_tableStack->addWidget(m_empty);
    m_tableStack->addWidget(m_table);

    m_details->setObjectName(QStringLiteral("inspectorDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setObjectName(QStringLiteral("inspectorBody"));
    m_body->setAccessibleName(tr("Webhook body"));
    m_body->setReadOnly(true);
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setPlaceholderText(tr("Select a delivery to see its body."));

    auto* actions = new QHBoxLayout;
    actions->setSpacing(8);
    auto* channelLabel = new QLabel(tr("Test event &for:"), this);
    channelLabel->setObjectName(QStringLiteral("inspectorTestChannelLabel"));
    channelLabel->setBuddy(m_channel);
    actions->addWidget(channelLabel);
    actions->addWidget(m_channel);
    actions->addWidget(m_test);
    actions->addSpacing(16);
    actions->addWidget(m_replay);
    actions->addStretch(1);

    m_resultFilter->setObjectName(QStringLiteral("inspectorResultFilter"));
    m_resultFilter->setAccessibleName(tr("Show deliveries"));
    m_resultFilter->addItem(tr("All deliveries"), QString());
    for (const char* result : {"stored", "duplicate", "quarantined", "rejected"})
        m_resultFilter->addItem(WebhookEventModel::resultText(QString::fromLatin1(result)),
                                QString::fromLatin1(result));
    connect(m_resultFilter, &QComboBox::currentIndexChanged, this,
            [this] { setResultFilter(m_resultFilter->currentData().toString()); });
    m_search->setObjectName(QStringLiteral("inspectorSearch"));
    m_search->setPlaceholderText(tr("Filter: wamid, number, code, text…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter deliveries"));
    connect(m_search, &QLineEdit::textChanged, this, &WebhookInspector::setTextFilter);
    auto* filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_resultFilter);
    filters->addWidget(m_search, 1);

    auto* detail = new QWidget(this);
    detail->setObjectName(QStringLiteral("inspectorDetail"));
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 6, 0, 0);
    detailLayout->addWidget(m_details);
    detailLayout->addWidget(m_body, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("inspectorSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tableStack);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(m_state);
    layout->addLayout(actions);
    layout->addWidget(m_feedback);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    m_reloadTimer->setObjectName(QStringLiteral("inspectorReloadTimer"));
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(kReloadDelayMs);
    connect(m_reloadTimer, &QTimer::timeout, this, &WebhookInspector::reload);
    connect(m_reader, &JournalReader::loaded, this, &WebhookInspector::applyEntries);

    connect(m_listener, &webhook::ListenerService::ingested, this, &WebhookInspector::scheduleReload);
    connect(m_listener, &webhook::ListenerService::requestReceived, this, [this](const webhook::RequestRecord& record) {
        updateListenerState();
        if (record.status != 200) // refused: no journal entry will follow
            scheduleReload();
    });
    connect(m_listener, &webhook::ListenerService::runningChanged, this, [this] {
        updateListenerState();
        updateButtons();
    });
    connect(m_listener, &webhook::ListenerService::credentialsChanged, this, &WebhookInspector::updateButtons);
    connect(m_channels, &channels::ChannelService::channelsChanged, this, &WebhookInspector::updateChannels);

    updateChannels();
    updateListenerState();
    showSelected();
    resize(ch * 180, fontMetrics().height() * 52);
}

WebhookInspector::~WebhookInspector() = default;

void WebhookInspector::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

void WebhookInspector::scheduleReload()
{
    m_dirty = true;
    if (isVisible() && !m_reloadTimer->isActive())
        m_reloadTimer->start();
}

void WebhookInspector::reload()
{
    m_dirty = false;
    m_reloadTimer->stop();
    m_reader->load(kJournalRows);
}

void WebhookInspector::applyEntries(const QList<JournalEntry>& entries, const QString& error)
{
    if (!error.isEmpty())
        setFeedback(tr("The journal could not be read: %1").arg(error), true);
    const QModelIndex current = m_table->currentIndex();
    const QString selectedKey = current.isValid() ? current.data(WebhookEventModel::KeyRole).toString() : QString();
    QHash<QString, QString> names;
    for (const Channel& c : m_channels->channels())
        names.insert(c.id, c.name);
    m_model->setChannelNames(names);
    m_model->setRows(entries, m_listener->recentRequests());
    m_tableStack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget*>(m_table) : m_empty);
    if (!selectedKey.isEmpty())
        selectRow(m_model->rowOf(selectedKey));
    else
        showSelected();
    resolvePending();
    updateButtons();
    Q_EMIT reloaded();
}

bool WebhookInspector::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_table->clearSelection();
        m_table->setCurrentIndex({});
        showSelected();
        return false;
    }
    const int viewRow = m_filter->viewRow(row);
    if (viewRow < 0) { // filtered out
        m_table->clearSelection();
        m_table->setCurrentIndex({});
        showSelected();
        return false;
    }
    const QModelIndex index = m_filter->index(viewRow, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    showSelected();
    return true;
}

// A test event or replay shows its outcome once its journal entry is in the store.
void WebhookInspector::resolvePending()
{
    int row = -1;
    QString what;
    if (!m_pendingWamid.isEmpty() && (row = m_model->rowWithBody(m_pendingWamid)) >= 0) {
        what = tr("The test event went through the listener and came back in %1 ms: %2.")
                   .arg(m_pendingTimer.elapsed())
                   .arg(outcomeText(row));
        m_pendingWamid.clear();
    } else if (m_pendingSeq > 0 && (row = m_model->rowOfSeq(m_pendingSeq)) >= 0) {
        what = tr("Replayed into the journal: %1.").arg(outcomeText(row));
        m_pendingSeq = 0;
    }
    if (row < 0)
        return;
    selectRow(row);
    const QString result = m_model->row(row)->result;
    setFeedback(what, result == QLatin1String("quarantined") || result == QLatin1String("rejected"));
}

QString WebhookInspector::outcomeText(int row) const
{
    const WebhookEventRow* r = m_model->row(row);
    QString text = tr("#%1 %2").arg(r->seq).arg(WebhookEventModel::resultText(r->result));
    const QString reason = m_model->data(m_model->index(row, WebhookEventModel::ReasonColumn)).toString();
    if (!reason.isEmpty())
        text += tr(" (%1)").arg(reason);
    return text;
}

void WebhookInspector::setResultFilter(const QString& result)
{
    if (const int index = m_resultFilter->findData(result); index >= 0 && index != m_resultFilter->currentIndex())
        m_resultFilter->setCurrentIndex(index); // comes back here through currentIndexChanged
    m_filter->setResult(result);
    showSelected();
    updateButtons();
}

void WebhookInspector::setTextFilter(const QString& text)
{
    if (m_search->text() != text)
        m_search->setText(text); // comes back here through textChanged
    m_filter->setText(text);
    showSelected();
    updateButtons();
}

void WebhookInspector::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const WebhookEventRow* r = current.isValid() && m_table->selectionModel()->isRowSelected(current.row())
                                   ? m_model->row(m_filter->sourceRow(current.row()))
                                   : nullptr;
    if (!r) {
        m_details->setText(tr("Nothing selected."));
        m_body->clear();
        return;
    }
    const QString when = preciseDateTime(r->at);
    if (r->seq <= 0) {
        m_details->setText(tr("Refused at %1 from %2: %3. The body of a refused request is not read, and nothing "
                              "was stored.")
                               .arg(when, r->peer, r->reason));
        m_body->clear();
        return;
    }
    const QString peer = r->peer == QLatin1String("replay") ? tr("a replay") : r->peer;
    QStringList facts{tr("Journal #%1").arg(r->seq), tr("received %1 from %2").arg(when, peer), dataSize(r->bytes),
                      tr("channel %1").arg(m_model->channelText(r->channelId)),
                      WebhookEventModel::resultText(r->result)};
    if (!r->reason.isEmpty())
        facts << r->reason;
    m_details->setText(facts.join(QStringLiteral(" · ")));
    m_body->setPlainText(bodyText(r->body));
}

void WebhookInspector::updateListenerState()
{
    QString text;
    if (m_listener->isRunning()) {
        text = tr("Listening at %1 · received: %2 · refused: %3")
                   .arg(m_listener->url().toString())
                   .arg(m_listener->receivedCount())
                   .arg(m_listener->rejectedCount());
    } else if (!m_listener->lastError().isEmpty()) {
        text = tr("The listener is not running: %1").arg(m_listener->lastError());
    } else {
        text = tr("The listener is not running. Start it in Settings → Webhook Listener…");
    }
    m_state->setText(text);
}

void WebhookInspector::updateChannels()
{
    const QString previous = m_channel->currentData().toString();
    m_channel->clear();
    for (const Channel& c : m_channels->channels())
        m_channel->addItem(c.name, c.id);
    if (const int index = m_channel->findData(previous); index >= 0)
        m_channel->setCurrentIndex(index);
    updateButtons();
}

void WebhookInspector::updateButtons()
{
    const bool running = m_listener->isRunning();
    m_test->setEnabled(running && m_channel->count() > 0);
    const QModelIndex current = m_table->currentIndex();
    const WebhookEventRow* r = current.isValid() ? m_model->row(m_filter->sourceRow(current.row())) : nullptr;
    m_replay->setEnabled(running && r && r->seq > 0 && !r->body.isEmpty());
}

void WebhookInspector::setFeedback(const QString& text, bool isError)
{
    m_feedback->setTone(isError ? NoticeBanner::Tone::Error : NoticeBanner::Tone::Success);
    m_feedback->setText(text.toHtmlEscaped()); // reasons can quote the body: never rich text
    m_feedback->setVisible(!text.isEmpty());
}

void WebhookInspector::sendTestEvent()
{
    const auto channel = m_channels->channel(m_channel->currentData().toString());
    if (!channel || !m_listener->isRunning())
        return;
    const auto credential = m_listener->credentialFor(channel->id);
    if (!credential) {
        setFeedback(tr("“%1” has no webhook secret yet, so the listener would refuse the test event. Set the channel's "
                       "webhook with a secret header on its Webhooks tab first.")
                        .arg(channel->name),
                    true);
        return;
    }
    const TestEvent event = makeTestEvent(*channel, QDateTime::currentDateTimeUtc());
    QNetworkRequest request(loopbackUrlFor(m_listener->url()));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader(credential->header, credential->value);
    // A kept-alive connection would hold one of the listener's threads, and delay its stop, for seconds.
    request.setRawHeader("Connection", "close");
    request.setTransferTimeout(kTestTimeoutMs);
    m_pendingWamid = event.wamid.toUtf8();
    m_pendingTimer.start();
    m_test->setEnabled(false);
    setFeedback(tr("Sending a test event to %1…").arg(request.url().toString()), false);
    QNetworkReply* reply = m_network->post(request, event.body);
    // Our own listener on this computer: its certificate may well be self-signed.
    if (QHostAddress(request.url().host()).isLoopback())
        connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        updateButtons();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200) {
            resolvePending(); // usually not yet in the store: the next reload shows it
            return;
        }
        m_pendingWamid.clear();
        setFeedback(status > 0 ? tr("The listener answered the test event with HTTP %1.").arg(status)
                               : tr("The test event did not reach the listener: %1").arg(reply->errorString()),
                    true);
    });
}

void WebhookInspector::replaySelected()
{
    const QModelIndex current = m_table->currentIndex();
    const WebhookEventRow* r = current.isValid() ? m_model->row(m_filter->sourceRow(current.row())) : nullptr;
    if (!r || r->seq <= 0)
        return;
    QString error;
    const qint64 seq = m_listener->replay(r->body, &error);
    if (seq < 0) {
        setFeedback(tr("The body could not be replayed: %1").arg(error), true);
        return;
    }
    m_pendingSeq = seq;
    setFeedback(tr("Replaying #%1 as #%2…").arg(r->seq).arg(seq), false);
}

} // namespace wabadesk::ui
