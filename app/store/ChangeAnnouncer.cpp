#include "store/ChangeAnnouncer.h"

#include "store/Store.h"
#include "store/StoreLogging.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace wabadesk::store {

namespace {

void addUnique(QStringList* list, const QString& value)
{
    if (!list->contains(value))
        list->append(value);
}

} // namespace

ChangeAnnouncer::ChangeAnnouncer(Store* store, QString connectionName)
    : m_connectionName(std::move(connectionName))
{
    // Direct: the signals come from the store's own thread, right after its commit.
    const auto direct = Qt::DirectConnection;
    ChangeNotice& n = m_pending;
    QObject::connect(
        store, &Store::conversationsChanged, store,
        [this, &n](const QStringList& ids) {
            for (const QString& id : ids)
                addUnique(&n.conversations, id);
            changed();
        },
        direct);
    QObject::connect(
        store, &Store::messagesChanged, store,
        [this, &n](const QString& conversation, const QStringList& wamids) {
            QStringList& list = n.messages[conversation];
            for (const QString& wamid : wamids)
                addUnique(&list, wamid);
            changed();
        },
        direct);
    QObject::connect(
        store, &Store::inboundMessages, store,
        [this, &n](const QList<NewMessageNotice>& notices) {
            n.inbound += notices;
            changed();
        },
        direct);
    QObject::connect(
        store, &Store::outboxChanged, store,
        [this, &n](const QString& conversation, qint64 id) {
            if (!n.outbox.contains({conversation, id}))
                n.outbox.append({conversation, id});
            changed();
        },
        direct);
    const auto listed = [this](QStringList* list) {
        return [this, list](const QString& id) {
            addUnique(list, id);
            changed();
        };
    };
    QObject::connect(store, &Store::templatesChanged, store, listed(&n.templates), direct);
    QObject::connect(store, &Store::draftChanged, store, listed(&n.drafts), direct);
    QObject::connect(store, &Store::profileAuditChanged, store, listed(&n.profileAudit), direct);
    QObject::connect(store, &Store::mediaChanged, store, listed(&n.media), direct);
    QObject::connect(store, &Store::accountEventsChanged, store, listed(&n.accountEvents), direct);
    QObject::connect(
        store, &Store::conversationMerged, store,
        [this, &n](const QString& from, const QString& into) {
            n.merges.append({from, into});
            changed();
        },
        direct);
    QObject::connect(
        store, &Store::quickRepliesChanged, store,
        [this, &n] {
            n.quickReplies = true;
            changed();
        },
        direct);
    QObject::connect(
        store, &Store::journalAppended, store,
        [this, &n](qint64 first, qint64 last) {
            n.journalFirst = n.journalLast == 0 ? first : std::min(n.journalFirst, first);
            n.journalLast = std::max(n.journalLast, last);
            changed();
        },
        direct);
}

void ChangeAnnouncer::changed()
{
    if (m_held == 0)
        flush();
}

void ChangeAnnouncer::flush()
{
    if (m_pending.isEmpty())
        return;
    const QByteArray payload = m_pending.toPayload();
    const QString origin = m_pending.origin;
    m_pending = ChangeNotice();
    m_pending.origin = origin;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    q.addBindValue(QString::fromLatin1(kChannel));
    q.addBindValue(QString::fromUtf8(payload));
    // The change is committed whatever happens here; the other desks see it at their next reload.
    if (!q.exec())
        qCWarning(lcStore) << "change not announced to other desks:" << q.lastError().text();
}

ChangeAnnouncer::Batch::Batch(ChangeAnnouncer* announcer)
    : m_announcer(announcer)
{
    if (m_announcer)
        ++m_announcer->m_held;
}

ChangeAnnouncer::Batch::~Batch()
{
    if (m_announcer && --m_announcer->m_held == 0)
        m_announcer->flush();
}

} // namespace wabadesk::store
