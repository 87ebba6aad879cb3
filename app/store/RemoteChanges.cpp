#include "store/RemoteChanges.h"

#include "store/ChangeAnnouncer.h"
#include "store/ChangeHub.h"
#include "store/ChangeNotice.h"
#include "store/Store.h"
#include "store/StoreConnection.h"
#include "store/StoreLogging.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace wabadesk::store {

namespace {

constexpr std::chrono::milliseconds kLongestRetry{30'000};

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("wabadesk-remote-changes-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

RemoteChanges::RemoteChanges(StoreLocation location, StoreOpener opener, ChangeHub* hub, QObject* parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_opener(std::move(opener))
    , m_hub(hub)
    , m_connectionName(uniqueConnectionName())
{
    m_heartbeat.setInterval(std::chrono::seconds(5));
    connect(&m_heartbeat, &QTimer::timeout, this, &RemoteChanges::heartbeat);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &RemoteChanges::start);
}

RemoteChanges::~RemoteChanges()
{
    disconnectNow();
}

void RemoteChanges::setHeartbeatInterval(std::chrono::milliseconds interval)
{
    m_heartbeat.setInterval(interval);
}

void RemoteChanges::start()
{
    QString error;
    if (!connectNow(&error)) {
        lost(error);
        return;
    }
    m_nextRetry = m_firstRetry;
    m_heartbeat.start();
    qCInfo(lcStore) << "listening for other desks' changes on" << m_location.describe();
    Q_EMIT listening();
    // What changed while this desk was not listening is not known: everything is read again.
    if (m_wasConnected)
        Q_EMIT m_hub->reloadNeeded();
    m_wasConnected = true;
}

void RemoteChanges::stop()
{
    m_retry.stop();
    disconnectNow();
}

bool RemoteChanges::connectNow(QString* error)
{
    disconnectNow();
    QSqlDatabase db = openRawConnection(m_location, m_connectionName, error);
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    // Named for the administrator's pg_stat_activity (and the tests).
    if (!q.exec(QStringLiteral("SET application_name = '%1'").arg(QLatin1String(kApplicationName))) ||
        !q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    m_backendPid = q.value(0).toLongLong();
    QSqlDriver* driver = db.driver();
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                onNotification(name, payload);
            });
    if (!driver->subscribeToNotification(QString::fromLatin1(ChangeAnnouncer::kChannel))) {
        *error = driver->lastError().text();
        return false;
    }
    m_listening = true;
    return true;
}

void RemoteChanges::disconnectNow()
{
    m_heartbeat.stop();
    m_listening = false;
    m_backendPid = 0;
    m_reader.reset(); // its connection may be as dead as this one
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.driver())
            disconnect(db.driver(), nullptr, this, nullptr);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void RemoteChanges::heartbeat()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen()) { // the driver saw the socket close
        lost(QStringLiteral("connection closed"));
        return;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT 1")))
        lost(q.lastError().text());
}

void RemoteChanges::lost(const QString& why)
{
    disconnectNow();
    const std::chrono::milliseconds wait = m_nextRetry;
    m_nextRetry = std::min(m_nextRetry * 2, kLongestRetry);
    // The driver's text names the server, never a password (the keychain's password is not in the location).
    qCWarning(lcStore) << "not listening for other desks' changes:" << why << "- again in" << wait.count() << "ms";
    m_retry.start(wait);
    Q_EMIT connectionLost(wait.count());
}

void RemoteChanges::onNotification(const QString& name, const QVariant& payload)
{
    if (name != QLatin1String(ChangeAnnouncer::kChannel))
        return;
    ChangeNotice notice = ChangeNotice::fromPayload(payload.toString().toUtf8());
    if (!notice.origin.isEmpty() && notice.origin == m_hub->originId())
        return; // this desk's own store delivered it already
    complete(&notice);
    notice.emitOn(m_hub);
}

void RemoteChanges::complete(ChangeNotice* notice)
{
    if (notice->inbound.isEmpty())
        return;
    if (!m_reader && m_opener) {
        QString error;
        m_reader = m_opener(&error);
        if (!m_reader)
            qCWarning(lcStore) << "new messages of other desks not read:" << error;
    }
    QList<NewMessageNotice> readable;
    for (NewMessageNotice n : std::as_const(notice->inbound)) {
        const std::optional<StoredMessage> m = m_reader ? m_reader->message(n.wamid, n.channelId) : std::nullopt;
        if (!m)
            continue; // not visible to this desk's login, or gone
        n.senderName = m->senderName;
        n.type = m->type;
        n.preview = m->text.isEmpty() ? m->caption : m->text;
        n.at = m->timestamp;
        readable.append(n);
    }
    notice->inbound = readable;
}

} // namespace wabadesk::store
