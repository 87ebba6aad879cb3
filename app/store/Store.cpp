#include "store/Store.h"

#include "store/ChangeAnnouncer.h"
#include "store/ChangeHub.h"
#include "store/Ingestor.h"
#include "store/JournalBindings.h"
#include "store/MediaLibrary.h"
#include "store/OutboxWriter.h"
#include "store/ProfileAuditTable.h"
#include "store/QuickReplyTable.h"
#include "store/Schema.h"
#include "store/SqlDialect.h"
#include "store/SqlStatement.h"
#include "store/StoreConnection.h"
#include "store/StoreLogging.h"
#include "store/StoreReader.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace wabadesk::store {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("wabadesk-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Store::Store(QString connectionName, StoreLocation location, std::unique_ptr<SqlDialect> dialect, QObject* parent)
    : QObject(parent)
    , m_connectionName(std::move(connectionName))
    , m_location(std::move(location))
    , m_dialect(std::move(dialect))
{}

Store::~Store()
{
    // Every query on the connection must be gone before the connection is removed.
    m_announcer.reset();
    m_ingestor.reset();
    m_reader.reset();
    m_media.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Store> Store::open(const StoreLocation& location, QString* error, QObject* parent)
{
    const auto failed = [error](const QString& why) {
        if (error)
            *error = why;
        qCWarning(lcStore) << "store not opened:" << why;
        return nullptr;
    };
    auto dialect = SqlDialect::forEngine(location.engine);
    if (!dialect)
        return failed(QCoreApplication::translate("Store", "this WabaDesk cannot open this kind of database"));
    const QString where = location.describe();
    std::unique_ptr<Store> store(new Store(uniqueConnectionName(), location, std::move(dialect), parent));
    QString why;
    QSqlDatabase db = openStoreConnection(location, *store->m_dialect, store->m_connectionName, &why);
    if (!db.isOpen())
        return failed(why);
    if (!store->m_dialect->configure(db, &why) || !migrate(db, *store->m_dialect, &why))
        return failed(QCoreApplication::translate("Store", "cannot prepare %1: %2").arg(where, why));
    store->m_ingestor = std::make_unique<Ingestor>(db, *store->m_dialect);
    if (!store->m_ingestor->prepare(&why))
        return failed(QCoreApplication::translate("Store", "cannot prepare %1: %2").arg(where, why));
    store->m_outbox = &store->m_ingestor->outbox();
    store->m_reader = std::make_unique<StoreReader>(db, *store->m_dialect);
    store->m_media = std::make_unique<MediaLibrary>(store->m_connectionName);
    // A team's other desks learn what this one commits (SQLite has one desk).
    if (location.engine == StoreLocation::Engine::PostgreSql)
        store->m_announcer = std::make_unique<ChangeAnnouncer>(store.get(), store->m_connectionName);
    // Customers an older WabaDesk split in two conversations (a phone and a BSUID, issue #16) become one.
    QList<ConversationMerge> repaired;
    if (!store->write([&](QString* e) {
            return store->m_ingestor->conversations().identities().repairSplitContacts(&repaired, e);
        }))
        qCWarning(lcStore) << "split customers not repaired:" << store->m_lastError;
    return store;
}

StoreOpener Store::openerFor(const StoreLocation& location)
{
    return [location](QString* error) {
        return open(location, error);
    };
}

int Store::schemaVersion() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return store::schemaVersion(db);
}

void Store::setChannelRoutes(const QHash<QString, QString>& routes)
{
    m_ingestor->setRoutes(routes);
}

void Store::setChangeHub(ChangeHub* hub)
{
    if (m_announcer)
        m_announcer->setOrigin(hub->originId());
    // Direct: the hub's signals are emitted from this store's thread, so that receivers in the hub's (the UI's)
    // thread get them queued, in the order this store committed.
    connect(this, &Store::conversationsChanged, hub, &ChangeHub::conversationsChanged, Qt::DirectConnection);
    connect(this, &Store::messagesChanged, hub, &ChangeHub::messagesChanged, Qt::DirectConnection);
    connect(this, &Store::inboundMessages, hub, &ChangeHub::inboundMessages, Qt::DirectConnection);
    connect(this, &Store::outboxChanged, hub, &ChangeHub::outboxChanged, Qt::DirectConnection);
    connect(this, &Store::templatesChanged, hub, &ChangeHub::templatesChanged, Qt::DirectConnection);
    connect(this, &Store::draftChanged, hub, &ChangeHub::draftChanged, Qt::DirectConnection);
    connect(this, &Store::journalAppended, hub, &ChangeHub::journalAppended, Qt::DirectConnection);
    connect(this, &Store::profileAuditChanged, hub, &ChangeHub::profileAuditChanged, Qt::DirectConnection);
    connect(this, &Store::mediaChanged, hub, &ChangeHub::mediaChanged, Qt::DirectConnection);
    connect(this, &Store::conversationMerged, hub, &ChangeHub::conversationMerged, Qt::DirectConnection);
    connect(this, &Store::accountEventsChanged, hub, &ChangeHub::accountEventsChanged, Qt::DirectConnection);
    connect(this, &Store::quickRepliesChanged, hub, &ChangeHub::quickRepliesChanged, Qt::DirectConnection);
}

QList<IngestOutcome> Store::ingest(const QList<JournalRecord>& records, const QString& journalId)
{
    QList<IngestOutcome> outcomes;
    ChangeSet changes;
    QString error;
    if (!m_ingestor->ingest(records, journalId, &outcomes, &changes, &error)) {
        m_lastError = error;
        qCWarning(lcStore) << "ingest of" << records.size() << "records rolled back:" << error;
        return {};
    }
    const ChangeAnnouncer::Batch batch(m_announcer.get()); // one notice for the whole batch
    QStringList conversationIds = changes.messages.keys();
    for (const ConversationMerge& m : std::as_const(changes.merges)) {
        if (!conversationIds.contains(m.from))
            conversationIds.append(m.from);
        if (!conversationIds.contains(m.into))
            conversationIds.append(m.into);
    }
    conversationIds.removeAll(QString()); // messages kept without a conversation
    conversationIds.sort();
    for (const ConversationMerge& m : std::as_const(changes.merges))
        Q_EMIT conversationMerged(m.from, m.into);
    if (!conversationIds.isEmpty())
        Q_EMIT conversationsChanged(conversationIds);
    for (const QString& id : std::as_const(conversationIds)) {
        const QSet<QString>& wamids = changes.messages.value(id);
        if (wamids.isEmpty())
            continue;
        QStringList sorted(wamids.cbegin(), wamids.cend());
        sorted.sort();
        Q_EMIT messagesChanged(id, sorted);
    }
    if (!changes.inbound.isEmpty())
        Q_EMIT inboundMessages(changes.inbound);
    for (const QString& channelId : std::as_const(changes.templateChannels))
        Q_EMIT templatesChanged(channelId);
    for (const QString& channelId : std::as_const(changes.accountChannels))
        Q_EMIT accountEventsChanged(channelId);
    if (changes.lastAppendedSeq > 0)
        Q_EMIT journalAppended(changes.firstAppendedSeq, changes.lastAppendedSeq);
    for (const qint64 id : std::as_const(changes.outboxItems))
        emitOutboxChanged(id);
    return outcomes;
}

qint64 Store::lastJournalSeq() const
{
    return m_reader->lastJournalSeq();
}

bool Store::purgeChannel(const ChannelPurge& purge, PurgeCounts* counts)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!purgeChannelRows(db, *m_dialect, purge, counts, &m_lastError)) {
        qCWarning(lcStore) << "purge of channel" << purge.channelId << "failed:" << m_lastError;
        return false;
    }
    if (!counts->conversationIds.isEmpty())
        Q_EMIT conversationsChanged(counts->conversationIds);
    return true;
}

std::optional<JournalBinding> Store::journalBinding(const QString& journalId) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return readJournalBinding(db, journalId, nullptr);
}

bool Store::bindJournal(const QString& journalId, qint64 baseSeq, qint64 lastSeq)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return writeJournalBinding(db, journalId, baseSeq, lastSeq, &m_lastError);
}

bool Store::makeDurable()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return m_dialect->makeDurable(db, &m_lastError);
}

QList<Conversation> Store::conversations(const QString& channelId) const
{
    return m_reader->conversations(channelId);
}

std::optional<Conversation> Store::conversation(const QString& conversationId) const
{
    return m_reader->conversation(conversationId);
}

std::optional<Contact> Store::contact(const QString& key) const
{
    return m_reader->contact(key);
}

QList<StoredMessage> Store::messages(const QString& conversationId, int limit, qint64 beforeRowId) const
{
    return m_reader->messages(conversationId, limit, beforeRowId);
}

QList<StoredMessage> Store::messagesAfter(const QString& conversationId, qint64 afterRowId, int limit) const
{
    return m_reader->messagesAfter(conversationId, afterRowId, limit);
}

std::optional<StoredMessage> Store::message(const QString& wamid, const QString& channelId) const
{
    return m_reader->message(wamid, channelId);
}

QList<MessageStatusRecord> Store::statusHistory(const QString& wamid, const QString& channelId) const
{
    return m_reader->statusHistory(wamid, channelId);
}

QList<SearchHit> Store::search(const QString& text, int limit) const
{
    return m_reader->search(text, limit);
}

QList<JournalEntry> Store::journalEntries(int limit, qint64 beforeSeq) const
{
    return m_reader->journalEntries(limit, beforeSeq);
}

std::optional<JournalEntry> Store::journalEntry(qint64 seq) const
{
    return m_reader->journalEntry(seq);
}

QList<Template> Store::templates(const QString& channelId) const
{
    return m_reader->templates(channelId);
}

bool Store::markConversationRead(const QString& conversationId)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE conversations SET unread_count = 0 WHERE id = :id AND unread_count <> 0"));
    q.bindValue(QStringLiteral(":id"), conversationId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() > 0)
        Q_EMIT conversationsChanged({conversationId});
    return true;
}

bool Store::saveTemplates(const QString& channelId, const QList<Template>& templates)
{
    QString error;
    if (!m_ingestor->saveTemplates(channelId, templates, &error)) {
        m_lastError = error;
        return false;
    }
    Q_EMIT templatesChanged(channelId);
    return true;
}

bool Store::appendProfileAudit(const QList<ProfileAuditEntry>& entries)
{
    if (entries.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!write([&](QString* error) { return store::appendProfileAudit(db, entries, error); }))
        return false;
    QStringList channels;
    for (const ProfileAuditEntry& e : entries)
        if (!channels.contains(e.channelId))
            channels.append(e.channelId);
    for (const QString& channel : std::as_const(channels))
        Q_EMIT profileAuditChanged(channel);
    return true;
}

QList<ProfileAuditEntry> Store::profileAudit(const QString& channelId, int limit) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QString error;
    QList<ProfileAuditEntry> entries = readProfileAudit(db, channelId, limit, &error);
    if (!error.isEmpty())
        qCWarning(lcStore) << "profile audit:" << error;
    return entries;
}

QList<QuickReply> Store::quickReplies() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QString error;
    QList<QuickReply> replies = readQuickReplies(db, &error);
    if (!error.isEmpty())
        qCWarning(lcStore) << "quick replies:" << error;
    return replies;
}

bool Store::saveQuickReply(QuickReply* reply)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QuickReply written = *reply;
    if (!write([&](QString* error) { return writeQuickReply(db, &written, error); }))
        return false;
    *reply = written;
    Q_EMIT quickRepliesChanged();
    return true;
}

bool Store::removeQuickReply(qint64 id)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!write([&](QString* error) { return deleteQuickReply(db, id, error); }))
        return false;
    Q_EMIT quickRepliesChanged();
    return true;
}

bool Store::reorderQuickReplies(const QList<qint64>& ids)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!write([&](QString* error) { return orderQuickReplies(db, ids, error); }))
        return false;
    Q_EMIT quickRepliesChanged();
    return true;
}

bool Store::write(const std::function<bool(QString*)>& body)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    QString error;
    if (!q.exec(m_dialect->beginWrite())) {
        m_lastError = q.lastError().text();
        return false;
    }
    if (body(&error) && m_ingestor->searchIndex().flush(&error)) {
        if (q.exec(QStringLiteral("COMMIT")))
            return true;
        error = q.lastError().text();
    }
    q.exec(QStringLiteral("ROLLBACK"));
    m_ingestor->conversations().forget();
    m_ingestor->searchIndex().discard();
    m_lastError = error;
    qCWarning(lcStore) << "write rolled back:" << error;
    return false;
}

QString Store::ensureConversation(const QString& channelId, const QString& waId)
{
    QString id;
    ContactRef contact;
    contact.waId = waId;
    QList<ConversationMerge> merges;
    if (!write([&](QString* error) {
            return m_ingestor->conversations().ensure(channelId, contact, &id, error, &merges);
        }))
        return {};
    const ChangeAnnouncer::Batch batch(m_announcer.get());
    for (const ConversationMerge& m : std::as_const(merges))
        Q_EMIT conversationMerged(m.from, m.into);
    Q_EMIT conversationsChanged({id});
    return id;
}

qint64 Store::enqueueOutgoing(const QString& channelId, const QString& conversationId, const QJsonObject& payload,
                              const QDateTime& notBefore)
{
    qint64 id = 0;
    if (!write([&](QString* error) {
            id = m_outbox->enqueue(channelId, conversationId, payload, error,
                                   notBefore.isValid() ? notBefore.toMSecsSinceEpoch() : 0);
            return id > 0;
        }))
        return 0;
    Q_EMIT outboxChanged(conversationId, id);
    return id;
}

QList<OutboxItem> Store::dueOutgoing(const QDateTime& now, int limit)
{
    QString error;
    const QList<OutboxItem> items = m_outbox->due(now, limit, &error);
    if (!error.isEmpty())
        m_lastError = error;
    return items;
}

bool Store::markOutgoingSending(qint64 id, const QString& sender, std::chrono::milliseconds lease)
{
    bool taken = false;
    if (!write([&](QString* error) { return m_outbox->claim(id, sender, lease.count(), &taken, error); }) || !taken)
        return false;
    emitOutboxChanged(id);
    return true;
}

int Store::renewOutgoingClaims(const QString& sender, std::chrono::milliseconds lease)
{
    int count = 0;
    if (!write([&](QString* error) {
            count = m_outbox->renewClaims(sender, QDateTime::currentMSecsSinceEpoch() + lease.count(), error);
            return count >= 0;
        }))
        return -1;
    return count;
}

bool Store::markOutgoingRequestSent(qint64 id, const QString& sender, const QString& text)
{
    bool ours = false;
    return write([&](QString* error) { return m_outbox->markRequestSent(id, sender, text, &ours, error); }) && ours;
}

bool Store::markOutgoingSent(qint64 id, const QString& wamid, const QString& text, const QJsonObject& sentPayload)
{
    QString conversationId;
    QString reactionTarget;
    const bool ok = write([&](QString* error) {
        if (!m_outbox->markSent(id, wamid, text, sentPayload, &m_ingestor->searchIndex(), &conversationId,
                                &reactionTarget, error))
            return false;
        ConversationWriter::Activity activity;
        activity.activityAt = QDateTime::currentSecsSinceEpoch();
        activity.lastMessageId = wamid;
        return m_ingestor->conversations().recordActivity(conversationId, activity, error);
    });
    if (!ok)
        return false;
    const ChangeAnnouncer::Batch batch(m_announcer.get());
    emitOutboxChanged(id);
    if (!conversationId.isEmpty()) {
        Q_EMIT conversationsChanged({conversationId});
        Q_EMIT messagesChanged(conversationId,
                               reactionTarget.isEmpty() ? QStringList{wamid} : QStringList{wamid, reactionTarget});
    }
    return true;
}

bool Store::markOutgoingFailed(qint64 id, const QString& error, const QDateTime& retryAt)
{
    if (!write([&](QString* why) { return m_outbox->markFailed(id, error, retryAt, why); }))
        return false;
    emitOutboxChanged(id);
    return true;
}

void Store::emitOutboxChanged(qint64 id)
{
    const std::optional<OutboxItem> item = m_reader->outboxItem(id);
    Q_EMIT outboxChanged(item ? item->conversationId : QString(), id);
}

QList<OutboxItem> Store::pendingOutgoing(const QString& conversationId) const
{
    return m_reader->pendingOutgoing(conversationId);
}

std::optional<OutboxItem> Store::outboxItem(qint64 id) const
{
    return m_reader->outboxItem(id);
}

bool Store::retryOutgoing(qint64 id)
{
    bool changed = false;
    if (!write([&](QString* error) { return m_outbox->retry(id, &changed, error); }) || !changed)
        return false;
    emitOutboxChanged(id);
    return true;
}

bool Store::cancelOutgoing(qint64 id)
{
    bool changed = false;
    if (!write([&](QString* error) { return m_outbox->cancel(id, &changed, error); }) || !changed)
        return false;
    emitOutboxChanged(id);
    return true;
}

bool Store::settleInterruptedOutgoing(int* requeued, int* unknown, const QDateTime& now)
{
    QList<qint64> queuedIds;
    QList<qint64> unknownIds;
    QString readError;
    const bool any = m_outbox->hasInterrupted(now.toMSecsSinceEpoch(), &readError);
    if (!readError.isEmpty()) {
        m_lastError = readError;
        return false;
    }
    if (any && !write([&](QString* error) {
            return m_outbox->settleInterrupted(now.toMSecsSinceEpoch(), &queuedIds, &unknownIds, error);
        }))
        return false;
    if (!queuedIds.isEmpty() || !unknownIds.isEmpty())
        qCInfo(lcStore) << "outbox items of a sender that stopped:" << queuedIds.size() << "queued again,"
                        << unknownIds.size() << "with an unknown outcome";
    for (const qint64 id : std::as_const(queuedIds) + unknownIds)
        emitOutboxChanged(id);
    if (requeued)
        *requeued = int(queuedIds.size());
    if (unknown)
        *unknown = int(unknownIds.size());
    return true;
}

std::optional<qint64> Store::firstRowIdAtOrAfter(const QString& conversationId, const QDateTime& at) const
{
    return m_reader->firstRowIdAtOrAfter(conversationId, at);
}

std::optional<qint64> Store::rowIdOf(const QString& channelId, const QString& wamid) const
{
    return m_reader->rowIdOf(channelId, wamid);
}

std::optional<Draft> Store::draft(const QString& conversationId) const
{
    return m_reader->draft(conversationId);
}

int Store::totalUnread() const
{
    return m_reader->totalUnread();
}

QList<CallRecord> Store::calls(const QString& conversationId) const
{
    return m_reader->calls(conversationId);
}

QList<PricingCount> Store::pricingCounts(const QString& channelId, const QDateTime& from, const QDateTime& to,
                                         const QString& conversationId) const
{
    return m_reader->pricingCounts(channelId, from, to, conversationId);
}

std::optional<AccountNotice> Store::latestAccountNotice(const QString& channelId) const
{
    return m_reader->latestAccountNotice(channelId);
}

bool Store::closeWindow(const QString& conversationId)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE conversations SET window_closed_at = :now WHERE id = :id"));
    q.bindValue(QStringLiteral(":now"), QDateTime::currentSecsSinceEpoch());
    q.bindValue(QStringLiteral(":id"), conversationId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() == 0)
        return false;
    Q_EMIT conversationsChanged({conversationId});
    return true;
}

bool Store::recordMediaFile(const StoredMessage& message, const QString& path, qint64 bytes)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(
        QStringLiteral("INSERT INTO media (channel_id, media_id, wamid, mime_type, sha256, filename, local_path,"
                       " byte_size, downloaded_at_ms) VALUES (:channel, :media, :wamid, :mime, :sha, :name, :path,"
                       " :bytes, :now) ON CONFLICT (channel_id, media_id) DO UPDATE SET"
                       " local_path = excluded.local_path, byte_size = excluded.byte_size,"
                       " downloaded_at_ms = excluded.downloaded_at_ms"));
    q.bindValue(QStringLiteral(":channel"), message.channelId);
    q.bindValue(QStringLiteral(":media"), message.mediaId);
    q.bindValue(QStringLiteral(":wamid"), message.wamid);
    q.bindValue(QStringLiteral(":mime"), nullIfEmpty(message.mediaMimeType));
    q.bindValue(QStringLiteral(":sha"), nullIfEmpty(message.mediaSha256));
    q.bindValue(QStringLiteral(":name"), nullIfEmpty(message.filename));
    q.bindValue(QStringLiteral(":path"), path);
    q.bindValue(QStringLiteral(":bytes"), bytes);
    q.bindValue(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    const ChangeAnnouncer::Batch batch(m_announcer.get());
    if (!message.conversationId.isEmpty())
        Q_EMIT messagesChanged(message.conversationId, {message.wamid});
    Q_EMIT mediaChanged(message.channelId);
    return true;
}

bool Store::saveDraft(const QString& conversationId, const Draft& draft)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (draft.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM drafts WHERE conversation_id = :id"));
    } else {
        q.prepare(QStringLiteral("INSERT INTO drafts (conversation_id, text, reply_to, updated_at_ms)"
                                 " VALUES (:id, :text, :reply, :now) ON CONFLICT (conversation_id) DO UPDATE SET"
                                 " text = excluded.text, reply_to = excluded.reply_to,"
                                 " updated_at_ms = excluded.updated_at_ms"));
        q.bindValue(QStringLiteral(":text"), draft.text.isNull() ? QStringLiteral("") : draft.text);
        q.bindValue(QStringLiteral(":reply"), nullIfEmpty(draft.replyToWamid));
        q.bindValue(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch());
    }
    q.bindValue(QStringLiteral(":id"), conversationId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    Q_EMIT draftChanged(conversationId);
    return true;
}

// ---- media library (issue #7)

QList<MediaItem> Store::mediaLibrary(const MediaFilter& filter, const QDateTime& now) const
{
    QString error;
    QList<MediaItem> items = m_media->list(filter, now, &error);
    if (!error.isEmpty())
        qCWarning(lcStore) << "media library not read:" << error;
    return items;
}

std::optional<MediaItem> Store::mediaItem(const QString& channelId, const QString& mediaId) const
{
    QString error;
    return m_media->item(channelId, mediaId, &error);
}

std::optional<MediaItem> Store::findUploadBySha256(const QString& channelId, const QString& sha256,
                                                   const QDateTime& now, std::chrono::seconds margin) const
{
    QString error;
    return m_media->findUpload(channelId, sha256, now, margin, &error);
}

bool Store::recordUpload(const MediaItem& item)
{
    if (!m_media->recordUpload(item, &m_lastError))
        return false;
    Q_EMIT mediaChanged(item.channelId);
    return true;
}

bool Store::markMediaDeleted(const QString& channelId, const QString& mediaId)
{
    if (!m_media->setState(channelId, mediaId, MediaItem::State::Deleted, &m_lastError))
        return false;
    Q_EMIT mediaChanged(channelId);
    return true;
}

bool Store::forgetLocalMedia(const QString& channelId, const QString& mediaId)
{
    if (!m_media->setLocalPath(channelId, mediaId, QString(), &m_lastError))
        return false;
    Q_EMIT mediaChanged(channelId);
    return true;
}

bool Store::removeUpload(const QString& channelId, const QString& mediaId)
{
    if (!m_media->removeUpload(channelId, mediaId, &m_lastError))
        return false;
    Q_EMIT mediaChanged(channelId);
    return true;
}

QList<MediaItem> Store::archivedMediaBefore(const QDateTime& cutoff) const
{
    QString error;
    return m_media->archivedBefore(cutoff, &error);
}

} // namespace wabadesk::store
