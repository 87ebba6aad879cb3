#include "conversations/MessageListModel.h"

#include "conversations/MessageSummary.h"
#include "store/ChangeHub.h"
#include "store/Store.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace wabadesk::ui {

namespace {

// Bubbles of one side closer than this form a group: only the first gets the tail and the sender line.
constexpr qint64 GroupSeconds = 5 * 60;

QDateTime shownTime(const StoredMessage& m)
{
    return m.timestamp.isValid() ? m.timestamp : m.receivedAt;
}

bool earlier(const StoredMessage& a, const StoredMessage& b)
{
    const qint64 ta = shownTime(a).toSecsSinceEpoch();
    const qint64 tb = shownTime(b).toSecsSinceEpoch();
    return ta != tb ? ta < tb : a.rowId < b.rowId;
}

// What can change in a stored message after it arrived (statuses, edits, revokes, reactions, a placeholder
// becoming the message, its media file archived: the picture replaces the placeholder).
bool sameContent(const StoredMessage& a, const StoredMessage& b)
{
    if (a.reactions.size() != b.reactions.size())
        return false;
    for (qsizetype i = 0; i < a.reactions.size(); ++i) {
        if (a.reactions[i].emoji != b.reactions[i].emoji || a.reactions[i].reactorKey != b.reactions[i].reactorKey)
            return false;
    }
    return a.status == b.status && a.errorCode == b.errorCode && a.errorTitle == b.errorTitle &&
           a.errorDetails == b.errorDetails && a.text == b.text && a.caption == b.caption && a.type == b.type &&
           a.origin == b.origin && a.editedAt == b.editedAt && a.deletedAt == b.deletedAt &&
           a.previousText == b.previousText && a.timestamp == b.timestamp && a.filename == b.filename &&
           a.senderName == b.senderName && a.payload == b.payload && a.localMediaPath == b.localMediaPath;
}

// reaction/edit/revoke items name the message they change (REFERENCE.md §6.3).
QString targetOf(const StoredMessage& m)
{
    const QJsonObject o = m.payload.value(m.rawType.isEmpty() ? m.type : m.rawType).toObject();
    if (m.type == QLatin1String("reaction"))
        return o.value(QLatin1String("message_id")).toString();
    if (m.type == QLatin1String("edit") || m.type == QLatin1String("revoke"))
        return o.value(QLatin1String("original_message_id")).toString();
    return {};
}

} // namespace

MessageListModel::MessageListModel(store::Store* store, store::ChangeHub* hub, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    if (hub) {
        connect(hub, &store::ChangeHub::messagesChanged, this,
                [this](const QString& conversationId, const QStringList& wamids) {
                    if (!m_conversationId.isEmpty() && conversationId == m_conversationId)
                        refreshMessages(wamids);
                });
        connect(hub, &store::ChangeHub::outboxChanged, this, [this](const QString& conversationId, qint64) {
            if (!m_conversationId.isEmpty() && conversationId == m_conversationId)
                refreshOutbox();
        });
        connect(hub, &store::ChangeHub::templatesChanged, this,
                [this](const QString& channelId) { m_templates.remove(channelId); });
        // Another desk's changes were too many to list, or missed (team mode): the newest page and the outbox are
        // read again (what is loaded of them is replaced, what is new is added).
        connect(hub, &store::ChangeHub::reloadNeeded, this, [this] {
            refreshMessages({});
            refreshOutbox();
        });
    }
}

MessageListModel::~MessageListModel() = default;

void MessageListModel::setConversation(const QString& conversationId)
{
    beginResetModel();
    m_conversationId = conversationId;
    m_messages.clear();
    m_pending.clear();
    m_byWamid.clear();
    m_byRowId.clear();
    m_quoteCache.clear();
    m_rows.clear();
    m_hasOlder = false;
    m_hasNewer = false;
    m_channelId.clear();
    m_contactName.clear();
    if (!conversationId.isEmpty()) {
        if (const auto conversation = m_store->conversation(conversationId)) {
            m_channelId = conversation->channelId;
            m_contactName = conversation->contact.displayName();
        }
        const QList<StoredMessage> page = m_store->messages(conversationId, PageSize);
        m_hasOlder = page.size() == PageSize;
        for (const StoredMessage& m : page)
            m_messages.append(makeEntry(m));
        m_pending = pendingFromStore({});
        reindex();
        m_rows = buildRows();
    }
    endResetModel();
    Q_EMIT conversationReset();
}

QList<MessageListModel::Entry> MessageListModel::pendingFromStore(const QList<Entry>& before) const
{
    QHash<qint64, Entry> known;
    for (const Entry& e : before)
        known.insert(e->outboxId, e);
    QList<Entry> pending;
    for (const OutboxItem& item : m_store->pendingOutgoing(m_conversationId)) {
        StoredMessage m = MessageSummary::fromOutbox(item);
        if (m.type == QLatin1String("reaction"))
            continue;
        const Entry old = known.value(item.id);
        if (old && sameContent(old->message, m))
            pending.append(old);
        else
            pending.append(makeEntry(std::move(m), item.id));
    }
    return pending;
}

MessageListModel::Entry MessageListModel::makeEntry(StoredMessage message, qint64 outboxId) const
{
    auto item = std::make_shared<Item>();
    item->message = std::move(message);
    item->revision = m_nextRevision++;
    item->outboxId = outboxId;
    item->key = outboxId > 0 ? QStringLiteral("o%1").arg(outboxId) : QStringLiteral("m%1").arg(item->message.rowId);
    const QDateTime at = shownTime(item->message);
    if (at.isValid())
        item->day = at.toLocalTime().date();
    return item;
}

void MessageListModel::reindex()
{
    // A reaction shown on its own because its message was not in the store goes once the message is here (issue #15).
    QSet<QString> present;
    for (const Entry& e : std::as_const(m_messages))
        if (e->message.type != QLatin1String("reaction"))
            present.insert(e->message.wamid);
    m_messages.removeIf([&present](const Entry& e) {
        return e->message.type == QLatin1String("reaction") && present.contains(targetOf(e->message));
    });
    m_byWamid.clear();
    m_byRowId.clear();
    for (const Entry& e : std::as_const(m_messages)) {
        m_byRowId.insert(e->message.rowId, e);
        if (!e->message.wamid.isEmpty())
            m_byWamid.insert(e->message.wamid, e);
    }
}

QList<MessageListModel::Row> MessageListModel::buildRows() const
{
    QList<Row> rows;
    rows.reserve(m_messages.size() + m_pending.size() + 16);
    QDate day;
    const StoredMessage* previous = nullptr;
    auto add = [&](const Entry& e, RowKind kind) {
        const StoredMessage& m = e->message;
        const QDate d = e->day.isValid() ? e->day : day;
        if (d != day || rows.isEmpty()) {
            day = d;
            Row separator;
            separator.kind = RowKind::DaySeparator;
            separator.key = QStringLiteral("d") + (d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("?"));
            separator.day = d;
            rows.append(separator);
            previous = nullptr;
        }
        Row row;
        row.kind = kind;
        row.item = e;
        row.day = d;
        row.revision = e->revision;
        row.key = e->key;
        const bool isSystem = m.type == QLatin1String("system");
        row.isFirstInGroup =
            !previous || isSystem || previous->type == QLatin1String("system") || previous->direction != m.direction ||
            previous->senderName != m.senderName || previous->origin == StoredMessage::Origin::Echo ||
            m.origin == StoredMessage::Origin::Echo || shownTime(*previous).secsTo(shownTime(m)) > GroupSeconds;
        rows.append(row);
        previous = &m;
    };
    for (const Entry& e : m_messages)
        add(e, RowKind::Message);
    if (!m_hasNewer) {
        for (const Entry& e : m_pending)
            add(e, RowKind::Pending);
    }
    return rows;
}

// Keyed diff of the current rows against `rows`: the unchanged head and tail stay (dataChanged where their
// content changed), the middle is removed and inserted. Prepending a page, appending messages, a pending item
// turning into a sent message and a status update each touch only their rows.
void MessageListModel::applyRows(QList<Row> rows)
{
    // Rows gone at either end (paging a full window drops the far end) go first, on their own: then the rows that
    // stay are the head or tail of both lists.
    if (!m_rows.isEmpty() && !rows.isEmpty()) {
        QSet<QString> keys;
        keys.reserve(rows.size());
        for (const Row& r : std::as_const(rows))
            keys.insert(r.key);
        qsizetype lead = 0;
        while (lead < m_rows.size() && !keys.contains(m_rows[lead].key))
            ++lead;
        if (lead > 0 && lead < m_rows.size()) {
            beginRemoveRows({}, 0, static_cast<int>(lead - 1));
            m_rows.remove(0, lead);
            endRemoveRows();
        }
        qsizetype trail = 0;
        while (trail < m_rows.size() && !keys.contains(m_rows[m_rows.size() - 1 - trail].key))
            ++trail;
        if (trail > 0 && trail < m_rows.size()) {
            beginRemoveRows({}, static_cast<int>(m_rows.size() - trail), static_cast<int>(m_rows.size() - 1));
            m_rows.remove(m_rows.size() - trail, trail);
            endRemoveRows();
        }
    }
    const qsizetype oldSize = m_rows.size();
    const qsizetype newSize = rows.size();
    qsizetype head = 0;
    while (head < oldSize && head < newSize && m_rows[head].key == rows[head].key)
        ++head;
    qsizetype tail = 0;
    while (tail < oldSize - head && tail < newSize - head &&
           m_rows[oldSize - 1 - tail].key == rows[newSize - 1 - tail].key)
        ++tail;

    auto changed = [](const Row& a, const Row& b) {
        return a.revision != b.revision || a.isFirstInGroup != b.isFirstInGroup || a.item != b.item;
    };
    QList<int> changedNewRows;
    for (qsizetype i = 0; i < head; ++i) {
        if (changed(m_rows[i], rows[i]))
            changedNewRows.append(static_cast<int>(i));
    }
    for (qsizetype t = 0; t < tail; ++t) {
        if (changed(m_rows[oldSize - 1 - t], rows[newSize - 1 - t]))
            changedNewRows.append(static_cast<int>(newSize - 1 - t));
    }

    const qsizetype oldMiddle = oldSize - head - tail;
    const qsizetype newMiddle = newSize - head - tail;
    if (oldMiddle > 0) {
        beginRemoveRows({}, static_cast<int>(head), static_cast<int>(head + oldMiddle - 1));
        m_rows.remove(head, oldMiddle);
        endRemoveRows();
    }
    if (newMiddle > 0) {
        beginInsertRows({}, static_cast<int>(head), static_cast<int>(head + newMiddle - 1));
        m_rows = rows;
        endInsertRows();
    }
    m_rows = std::move(rows);
    std::sort(changedNewRows.begin(), changedNewRows.end());
    for (const int row : std::as_const(changedNewRows))
        Q_EMIT dataChanged(index(row), index(row));
}

void MessageListModel::rebuild()
{
    reindex();
    applyRows(buildRows());
}

int MessageListModel::fetchOlder(int count)
{
    if (!m_hasOlder || m_messages.isEmpty() || count <= 0)
        return 0;
    const QList<StoredMessage> page = m_store->messages(m_conversationId, count, m_messages.first()->message.rowId);
    m_hasOlder = page.size() == count;
    QList<Entry> older;
    older.reserve(page.size());
    for (const StoredMessage& m : page) {
        if (!m_byRowId.contains(m.rowId))
            older.append(makeEntry(m));
    }
    m_messages = older + m_messages;
    trimWindow(true);
    rebuild();
    Q_EMIT olderLoaded(static_cast<int>(older.size()));
    return static_cast<int>(older.size());
}

int MessageListModel::fetchNewer(int count)
{
    if (!m_hasNewer || m_messages.isEmpty() || count <= 0)
        return 0;
    // One more than a page: whether this page reaches the newest is known at once (the outbox items show).
    QList<StoredMessage> page = m_store->messagesAfter(m_conversationId, m_messages.last()->message.rowId, count + 1);
    m_hasNewer = page.size() > count;
    if (m_hasNewer)
        page.removeLast();
    QList<Entry> newer;
    newer.reserve(page.size());
    for (const StoredMessage& m : std::as_const(page)) {
        if (!m_byRowId.contains(m.rowId))
            newer.append(makeEntry(m));
    }
    m_messages.append(newer);
    trimWindow(false);
    rebuild();
    Q_EMIT newerLoaded(static_cast<int>(newer.size()));
    return static_cast<int>(newer.size());
}

void MessageListModel::trimWindow(bool dropNewest)
{
    const qsizetype excess = m_messages.size() - WindowMessages;
    if (excess <= 0)
        return;
    if (dropNewest) {
        m_messages.remove(m_messages.size() - excess, excess);
        m_hasNewer = true;
    } else {
        m_messages.remove(0, excess);
        m_hasOlder = true;
    }
}

void MessageListModel::resetWindow(const QList<StoredMessage>& messages, bool hasOlder, bool hasNewer)
{
    beginResetModel();
    m_messages.clear();
    for (const StoredMessage& m : messages)
        m_messages.append(makeEntry(m));
    m_hasOlder = hasOlder;
    m_hasNewer = hasNewer;
    reindex();
    m_rows = buildRows();
    endResetModel();
    Q_EMIT windowMoved();
}

void MessageListModel::jumpToLatest()
{
    if (m_conversationId.isEmpty() || !m_hasNewer)
        return;
    const QList<StoredMessage> page = m_store->messages(m_conversationId, PageSize);
    m_pending = pendingFromStore(m_pending);
    resetWindow(page, page.size() == PageSize, false);
}

bool MessageListModel::ensureLoaded(qint64 rowId)
{
    if (m_byRowId.contains(rowId))
        return true;
    if (m_conversationId.isEmpty())
        return false;
    // Near what is loaded (three pages): page to it in one read, so that what the agent saw stays.
    const int room = std::min(3 * PageSize, WindowMessages - static_cast<int>(m_messages.size()));
    if (m_hasOlder && !m_messages.isEmpty() && room > 0) {
        const QList<StoredMessage> page = m_store->messages(m_conversationId, room, m_messages.first()->message.rowId);
        if (std::any_of(page.cbegin(), page.cend(), [rowId](const StoredMessage& m) { return m.rowId == rowId; })) {
            m_hasOlder = page.size() == room;
            QList<Entry> older;
            for (const StoredMessage& m : page) {
                if (!m_byRowId.contains(m.rowId))
                    older.append(makeEntry(m));
            }
            m_messages = older + m_messages;
            trimWindow(true);
            rebuild();
            Q_EMIT olderLoaded(static_cast<int>(older.size()));
            return m_byRowId.contains(rowId);
        }
    }
    if (m_hasNewer && !m_messages.isEmpty() && room > 0) {
        QList<StoredMessage> page =
            m_store->messagesAfter(m_conversationId, m_messages.last()->message.rowId, room + 1);
        if (std::any_of(page.cbegin(), page.cend(), [rowId](const StoredMessage& m) { return m.rowId == rowId; })) {
            m_hasNewer = page.size() > room;
            if (m_hasNewer)
                page.removeLast();
            for (const StoredMessage& m : std::as_const(page)) {
                if (!m_byRowId.contains(m.rowId))
                    m_messages.append(makeEntry(m));
            }
            trimWindow(false);
            rebuild();
            Q_EMIT newerLoaded(static_cast<int>(page.size()));
            return m_byRowId.contains(rowId);
        }
    }
    // Far away: a window around the target (a page before it, a page from it on) instead of every page in between.
    // Small: every row that comes in is laid out before the view can place the target (~0.4 ms each).
    const int half = PageSize;
    const QList<StoredMessage> before = m_store->messages(m_conversationId, half, rowId);
    QList<StoredMessage> from =
        m_store->messagesAfter(m_conversationId, before.isEmpty() ? 0 : before.last().rowId, half + 1);
    if (from.isEmpty() || from.first().rowId != rowId)
        return false; // not a message of this conversation (or not a bubble)
    const bool hasNewer = from.size() > half;
    if (hasNewer)
        from.removeLast();
    resetWindow(before + from, before.size() == half, hasNewer);
    return m_byRowId.contains(rowId);
}

int MessageListModel::rowForKey(const QString& key) const
{
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (m_rows[i].key == key)
            return static_cast<int>(i);
    }
    return -1;
}

int MessageListModel::rowForWamid(const QString& wamid) const
{
    if (wamid.isEmpty())
        return -1;
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (m_rows[i].item && m_rows[i].item->message.wamid == wamid)
            return static_cast<int>(i);
    }
    return -1;
}

int MessageListModel::rowForRowId(qint64 rowId) const
{
    return rowForKey(QStringLiteral("m%1").arg(rowId));
}

int MessageListModel::rowForOutbox(qint64 outboxId) const
{
    return rowForKey(QStringLiteral("o%1").arg(outboxId));
}

bool MessageListModel::replaceMessage(const StoredMessage& message)
{
    for (Entry& e : m_messages) {
        if (e->message.rowId != message.rowId)
            continue;
        if (sameContent(e->message, message))
            return false;
        e = makeEntry(message);
        return true;
    }
    return false;
}

void MessageListModel::addMessages(const QList<StoredMessage>& messages)
{
    // Only what belongs after the oldest loaded message: older ones come with their page. Away from the newest,
    // only what falls inside the window: newer ones come with their page (adding them would leave a gap).
    const StoredMessage* oldest = m_messages.isEmpty() ? nullptr : &m_messages.first()->message;
    const StoredMessage* newest = m_messages.isEmpty() ? nullptr : &m_messages.last()->message;
    QList<Entry> added;
    for (const StoredMessage& m : messages) {
        if (m_byRowId.contains(m.rowId)) {
            replaceMessage(m);
            continue;
        }
        if (oldest && m_hasOlder && earlier(m, *oldest))
            continue;
        if (newest && m_hasNewer && earlier(*newest, m))
            continue;
        added.append(makeEntry(m));
    }
    if (added.isEmpty())
        return;
    m_messages.append(added);
    std::stable_sort(m_messages.begin(), m_messages.end(),
                     [](const Entry& a, const Entry& b) { return earlier(a->message, b->message); });
}

void MessageListModel::refreshMessages(const QStringList& wamids)
{
    if (m_conversationId.isEmpty())
        return;
    bool needNewest = wamids.isEmpty();
    for (const QString& wamid : wamids) {
        m_quoteCache.remove(wamid);
        const std::optional<StoredMessage> m = m_store->message(wamid, m_channelId);
        if (!m || m->conversationId != m_conversationId)
            continue;
        const QString target = targetOf(*m);
        if (!target.isEmpty()) {
            m_quoteCache.remove(target);
            if (m_byWamid.contains(target)) {
                if (const auto t = m_store->message(target, m_channelId))
                    replaceMessage(*t);
            } else if (m->type == QLatin1String("reaction") && !m_store->message(target, m_channelId)) {
                needNewest = true; // a reaction to a message not in the store is a line of its own (issue #15)
            }
            continue;
        }
        if (m_byRowId.contains(m->rowId))
            replaceMessage(*m);
        else
            needNewest = true;
    }
    if (needNewest && !m_hasNewer)
        addMessages(m_store->messages(m_conversationId, PageSize));
    rebuild();
}

void MessageListModel::refreshOutbox()
{
    if (m_conversationId.isEmpty())
        return;
    QList<Entry> pending = pendingFromStore(m_pending);
    if (m_hasNewer) {
        // Away from the newest: an item the agent just queued brings the view back to it (they want to see what
        // they sent); a state change of an older item waits there.
        QSet<qint64> known;
        for (const Entry& e : std::as_const(m_pending))
            known.insert(e->outboxId);
        const bool queuedNew = std::any_of(pending.cbegin(), pending.cend(),
                                           [&known](const Entry& e) { return !known.contains(e->outboxId); });
        m_pending = pending;
        if (queuedNew)
            jumpToLatest();
        return;
    }
    m_pending = pending;
    addMessages(m_store->messages(m_conversationId, PageSize));
    rebuild();
}

std::shared_ptr<const StoredMessage> MessageListModel::quoted(const QString& wamid) const
{
    if (const Entry e = m_byWamid.value(wamid))
        return std::shared_ptr<const StoredMessage>(e, &e->message);
    const auto cached = m_quoteCache.constFind(wamid);
    if (cached != m_quoteCache.constEnd())
        return *cached;
    std::shared_ptr<const StoredMessage> found;
    if (const auto m = m_store->message(wamid, m_channelId))
        found = std::make_shared<const StoredMessage>(*m);
    m_quoteCache.insert(wamid, found);
    return found;
}

QString MessageListModel::templateBody(const StoredMessage& m) const
{
    if (m.type != QLatin1String("template"))
        return {};
    auto it = m_templates.find(m.channelId);
    if (it == m_templates.end())
        it = m_templates.insert(m.channelId, m_store->templates(m.channelId));
    return MessageSummary::templateBody(m, *it);
}

int MessageListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant MessageListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case KindRole:
        return QVariant::fromValue(row.kind);
    case KeyRole:
        return row.key;
    case RevisionRole:
        return row.revision;
    case DayRole:
        return row.day;
    case IsFirstInGroupRole:
        return row.isFirstInGroup;
    case ContactNameRole:
        return m_contactName;
    default:
        break;
    }
    if (!row.item) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(row.day, QLocale::LongFormat);
        return {};
    }
    const StoredMessage& m = row.item->message;
    switch (role) {
    case Qt::DisplayRole:
        return MessageSummary::oneLine(m);
    case MessageRole:
        return QVariant::fromValue(m);
    case WamidRole:
        return m.wamid;
    case RowIdRole:
        return m.rowId;
    case OutboxIdRole:
        return row.item->outboxId;
    case IsOutgoingRole:
        return m.direction == StoredMessage::Direction::Outbound;
    case TypeRole:
        return m.type;
    case TimestampRole:
        return shownTime(m);
    case StatusRole:
        return MessageSummary::status(m);
    case ErrorTextRole:
        return MessageSummary::errorText(m);
    case SenderNameRole:
        return m.senderName;
    case BodyTextRole:
        return MessageSummary::shownText(m);
    case PlainTextRole:
        return MessageSummary::plainText(m);
    case QuotedWamidRole:
        return MessageSummary::replyTo(m);
    case QuotedSenderRole:
    case QuotedTextRole: {
        const QString target = MessageSummary::replyTo(m);
        if (target.isEmpty())
            return {};
        const auto q = quoted(target);
        if (role == QuotedTextRole)
            return q ? MessageSummary::oneLine(*q) : tr("Original message not available");
        if (!q) {
            // Not in the store: the context still says who wrote it (§6.3 context.from).
            const QString from =
                m.payload.value(QLatin1String("context")).toObject().value(QLatin1String("from")).toString();
            return !from.isEmpty() && from != m.payload.value(QLatin1String("from")).toString() ? tr("You") : QString();
        }
        if (q->direction == StoredMessage::Direction::Inbound)
            return m_contactName;
        return q->senderName.isEmpty() ? tr("You") : q->senderName;
    }
    case ReactionsRole: {
        QStringList emoji;
        for (const MessageReaction& r : m.reactions)
            emoji.append(r.emoji);
        return emoji;
    }
    case IsEditedRole:
        return m.isEdited();
    case IsDeletedRole:
        return m.isDeleted();
    case PreviousTextRole:
        return m.previousText;
    case TemplateBodyRole:
        return templateBody(m);
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(KeyRole, "key");
    names.insert(WamidRole, "wamid");
    names.insert(StatusRole, "status");
    names.insert(PlainTextRole, "plainText");
    return names;
}

} // namespace wabadesk::ui
