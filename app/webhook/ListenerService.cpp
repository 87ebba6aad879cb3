#include "webhook/ListenerService.h"

#include "channels/ChannelService.h"
#include "common/Logging.h"
#include "common/PhoneInput.h"
#include "webhook/HistoryPurge.h"
#include "webhook/IngestWorker.h"
#include "webhook/Journal.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QSettings>

namespace wabadesk::webhook {

namespace {

// QSettings keys: the listener's address and files only, never a secret.
const auto kEnabledKey = QStringLiteral("webhookListener/enabled");
const auto kAddressKey = QStringLiteral("webhookListener/address");
const auto kPortKey = QStringLiteral("webhookListener/port");
const auto kCertKey = QStringLiteral("webhookListener/tlsCertificate");
const auto kKeyKey = QStringLiteral("webhookListener/tlsKey");

// How long stop() lets the ingest worker catch up with what was acknowledged (the rest is ingested on the next start).
constexpr int kStopIngestMs = 5000;

} // namespace

ListenerOptions ListenerSettings::options() const
{
    ListenerOptions o;
    o.address = address;
    o.port = port;
    o.tlsCertFile = tlsCertFile;
    o.tlsKeyFile = tlsKeyFile;
    return o;
}

ListenerSettings ListenerSettings::load()
{
    const QSettings s;
    ListenerSettings settings;
    settings.enabled = s.value(kEnabledKey, settings.enabled).toBool();
    settings.address = s.value(kAddressKey, settings.address).toString().trimmed();
    if (settings.address.isEmpty())
        settings.address = ListenerSettings().address;
    const uint port = s.value(kPortKey, settings.port).toUInt();
    settings.port = port > 0 && port <= 65535 ? quint16(port) : ListenerSettings().port;
    settings.tlsCertFile = s.value(kCertKey).toString();
    settings.tlsKeyFile = s.value(kKeyKey).toString();
    return settings;
}

void ListenerSettings::save() const
{
    QSettings s;
    s.setValue(kEnabledKey, enabled);
    s.setValue(kAddressKey, address);
    s.setValue(kPortKey, port);
    s.setValue(kCertKey, tlsCertFile);
    s.setValue(kKeyKey, tlsKeyFile);
}

ListenerService::ListenerService(channels::ChannelService* channels, store::StoreLocation location, QObject* parent)
    : QObject(parent)
    , m_channels(channels)
    , m_location(std::move(location))
{
    if (m_channels) {
        connect(m_channels, &channels::ChannelService::channelsChanged, this, &ListenerService::refreshCredentials);
        m_channels->setHistoryPurger([this](const Channel& channel, std::function<void(const QString&)> done) {
            purgeChannelHistory(channel, std::move(done));
        });
    }
}

ListenerService::~ListenerService()
{
    stop();
    waitForPurge();
    if (m_channels)
        m_channels->setHistoryPurger({});
}

void ListenerService::waitForPurge()
{
    if (m_purge.joinable())
        m_purge.join();
}

void ListenerService::purgeChannelHistory(const Channel& channel, std::function<void(const QString& error)> done)
{
    waitForPurge();
    Journal* journal = m_journal.get();
    IngestWorker* ingest = m_ingest.get();
    // stop() waits for this thread before it lets the journal and the ingest worker go.
    m_purge = std::thread([this, channel, journal, ingest, done = std::move(done)] {
        std::unique_lock<std::mutex> held;
        if (ingest)
            held = ingest->hold();
        HistoryPurgeReport report;
        QString error;
        const bool ok = webhook::purgeChannelHistory(m_location, channel, journal, &report, &error);
        held = {};
        QMetaObject::invokeMethod(
            this, [done, error = ok ? QString() : error] { done(error); }, Qt::QueuedConnection);
    });
}

bool ListenerService::start(const ListenerOptions& options, QString* error)
{
    stop();
    m_options = options;
    const auto fail = [&](const QString& why) {
        m_lastError = why;
        if (error)
            *error = why;
        m_listener.reset();
        if (m_ingest)
            m_ingest->stop();
        m_ingest.reset();
        m_journal.reset();
        qCWarning(lcWebhook) << "listener not started:" << why;
        Q_EMIT runningChanged(false);
        return false;
    };
    QString why;
    m_journal = Journal::open(QDir(m_location.dataDir).filePath(QStringLiteral("journal")), &why);
    if (!m_journal)
        return fail(tr("The journal cannot be opened: %1").arg(why));
    m_journal->setHealthObserver([this](const Journal::Health& health) { onHealth(health); });
    if (!m_journal->health().writable)
        onHealth(m_journal->health());
    m_ingest = std::make_unique<IngestWorker>(m_journal.get(), m_location);
    m_ingest->setChannelRoutes(m_routes);
    m_ingest->setChangeHub(m_hub);
    m_ingest->setObserver([this](const QList<store::IngestOutcome>& outcomes) { Q_EMIT ingested(outcomes); });
    if (!m_ingest->start(&why))
        return fail(tr("The store cannot be opened: %1").arg(why));
    m_listener = std::make_unique<WebhookListener>(m_journal.get(), options);
    m_listener->setCredentials(m_channelCredentials + m_extraCredentials);
    m_listener->setRequestObserver([this](const RequestRecord& record) { onRequest(record); });
    m_listener->setStoredObserver([ingest = m_ingest.get()](qint64) { ingest->wake(); });
    m_received = 0;
    m_rejected = 0;
    if (!m_listener->start(&why))
        return fail(tr("The listener cannot start: %1").arg(why));
    m_lastError.clear();
    Q_EMIT runningChanged(true);
    return true;
}

void ListenerService::stop()
{
    waitForPurge();
    if (!m_listener && !m_ingest)
        return;
    if (m_listener) {
        m_listener->stop();
        m_lastStats = m_listener->stats();
        m_listener.reset();
    }
    if (m_ingest) {
        if (m_journal)
            m_ingest->waitUntilIngested(m_journal->lastSeq(), kStopIngestMs);
        m_ingest->stop();
        m_ingest.reset();
    }
    m_journal.reset();
    {
        std::lock_guard lock(m_mutex);
        m_storageProblem.clear();
    }
    Q_EMIT runningChanged(false);
}

bool ListenerService::isRunning() const
{
    return m_listener && m_listener->isRunning();
}

QUrl ListenerService::url() const
{
    return m_listener ? m_listener->url() : QUrl();
}

bool ListenerService::applySettings(const ListenerSettings& settings, QString* error)
{
    m_settings = settings;
    if (m_persistSettings)
        settings.save();
    if (!settings.enabled) {
        stop();
        m_lastError.clear();
        return true;
    }
    return start(settings.options(), error);
}

void ListenerService::setExtraCredentials(const QList<WebhookCredential>& credentials)
{
    m_extraCredentials = credentials;
    applyCredentials();
}

void ListenerService::refreshCredentials()
{
    if (!m_channels)
        return;
    // Results go into fixed slots (channel × scope) so that the order does not depend on which read ends first.
    struct Pending {
        QList<QMap<QString, QString>> slots;
        QList<QString> channelIds;
        QHash<QString, QString> routes;
        int remaining = 0;
    };
    const quint64 generation = ++m_refreshGeneration;
    m_refreshing = true;
    auto pending = std::make_shared<Pending>();
    const QList<Channel> channels = m_channels->channels();
    for (const Channel& c : channels) {
        if (!c.phoneNumberId.isEmpty())
            pending->routes.insert(c.phoneNumberId, c.id);
        if (const QString digits = phoneDigits(c.phoneNumber); !digits.isEmpty())
            pending->routes.insert(digits, c.id); // metadata.display_phone_number, for a WABA webhook (§5.2)
    }
    const auto finish = [this, generation, pending] {
        if (generation != m_refreshGeneration)
            return; // a newer refresh is under way
        m_channelCredentials.clear();
        for (int i = 0; i < pending->slots.size(); ++i)
            for (auto it = pending->slots.at(i).begin(); it != pending->slots.at(i).end(); ++it)
                m_channelCredentials.append({it.key().toLatin1(), it.value().toUtf8(), pending->channelIds.at(i)});
        m_routes = pending->routes;
        m_refreshing = false;
        applyCredentials();
    };
    using Scope = channels::ChannelService::WebhookScope;
    for (const Channel& c : channels) {
        // Two slots per channel: its phone-number webhook, then its WABA webhook.
        pending->slots.append(QMap<QString, QString>());
        pending->slots.append(QMap<QString, QString>());
        pending->channelIds.append(c.id);
        pending->channelIds.append(c.id);
    }
    pending->remaining = int(pending->slots.size());
    if (pending->remaining == 0) {
        finish();
        return;
    }
    int slot = 0;
    for (const Channel& c : channels)
        for (const Scope scope : {Scope::PhoneNumber, Scope::Waba}) {
            m_channels->webhookSecrets(c.id, scope, this,
                                       [pending, slot, finish, name = c.name](const channels::ChannelError& e,
                                                                              const QMap<QString, QString>& headers) {
                                           if (e.isError())
                                               qCWarning(lcWebhook)
                                                   << "webhook secrets of" << name << "not read:" << e.message;
                                           else
                                               pending->slots[slot] = headers;
                                           if (--pending->remaining == 0)
                                               finish();
                                       });
            ++slot;
        }
}

int ListenerService::loadCredentialsNow()
{
    refreshCredentials();
    if (m_refreshing) {
        QEventLoop loop;
        connect(this, &ListenerService::credentialsChanged, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return credentialCount();
}

void ListenerService::applyCredentials()
{
    if (m_listener)
        m_listener->setCredentials(m_channelCredentials + m_extraCredentials);
    if (m_ingest)
        m_ingest->setChannelRoutes(m_routes);
    Q_EMIT credentialsChanged(credentialCount());
}

std::optional<WebhookCredential> ListenerService::credentialFor(const QString& channelId) const
{
    for (const WebhookCredential& c : m_channelCredentials)
        if (c.channelId == channelId)
            return c;
    return std::nullopt;
}

void ListenerService::onHealth(const Journal::Health& health)
{
    std::function<void(const Journal::Health&)> observer;
    {
        std::lock_guard lock(m_mutex);
        m_storageProblem = health.writable ? QString() : health.problem;
        observer = m_healthObserver;
    }
    if (observer)
        observer(health);
    // On the journal's thread: the status reaches the UI through the event loop.
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT runningChanged(isRunning()); }, Qt::QueuedConnection);
}

QString ListenerService::storageProblem() const
{
    std::lock_guard lock(m_mutex);
    return m_storageProblem;
}

void ListenerService::setHealthObserver(std::function<void(const Journal::Health&)> observer)
{
    std::lock_guard lock(m_mutex);
    m_healthObserver = std::move(observer);
}

void ListenerService::onRequest(const RequestRecord& journaled)
{
    // The store's number for the record (what the inspector shows), not the journal's own.
    RequestRecord record = journaled;
    if (record.seq > 0 && m_ingest)
        record.seq = m_ingest->storeSeqOf(record.seq);
    ++m_received;
    if (record.status != 200)
        ++m_rejected;
    std::function<void(const RequestRecord&)> observer;
    {
        std::lock_guard lock(m_mutex);
        m_recent.push_back(record);
        while (m_recent.size() > size_t(kRecentRequests))
            m_recent.pop_front();
        observer = m_observer;
    }
    if (observer)
        observer(record);
    Q_EMIT requestReceived(record);
}

QList<RequestRecord> ListenerService::recentRequests() const
{
    std::lock_guard lock(m_mutex);
    return QList<RequestRecord>(m_recent.begin(), m_recent.end());
}

WebhookListener::Stats ListenerService::stats() const
{
    return m_listener ? m_listener->stats() : m_lastStats;
}

qint64 ListenerService::replay(const QByteArray& body, QString* error)
{
    if (!m_journal || !m_ingest) {
        if (error)
            *error = tr("The listener is not running.");
        return -1;
    }
    QString why;
    const qint64 seq = m_journal->append(body, "replay", QDateTime::currentMSecsSinceEpoch(), &why);
    if (seq < 0) {
        if (error)
            *error = tr("The journal refused the record: %1").arg(why);
        return -1;
    }
    m_ingest->wake();
    return m_ingest->storeSeqOf(seq);
}

bool ListenerService::waitUntilIngested(qint64 seq, int timeoutMs)
{
    return m_ingest && m_ingest->waitUntilIngested(m_ingest->journalSeqOf(seq), timeoutMs);
}

qint64 ListenerService::lastJournalSeq() const
{
    return m_journal && m_ingest ? m_ingest->storeSeqOf(m_journal->lastSeq()) : 0;
}

void ListenerService::setRequestObserver(std::function<void(const RequestRecord&)> observer)
{
    std::lock_guard lock(m_mutex);
    m_observer = std::move(observer);
}

} // namespace wabadesk::webhook
