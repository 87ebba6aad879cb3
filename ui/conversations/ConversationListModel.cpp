#include "conversations/ConversationListModel.h"

#include "common/Avatar.h"
#include "conversations/ConversationText.h"
#include "conversations/MessageSummary.h"
#include "store/ChangeHub.h"
#include "store/Store.h"
#include "text/EventText.h"
#include "text/WhatsAppText.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <iterator>
#include <limits>

namespace wabadesk::ui {

namespace {

// Above this many changed conversations at once (an import, a big webhook batch) one reset is cheaper than
// per-row updates.
constexpr int kResetThreshold = 500;

// Before: more recent activity first; no activity last; then by id (stable).
template <typename Row>
bool before(const Row& a, const Row& b)
{
    if (a.activityKey != b.activityKey)
        return a.activityKey > b.activityKey;
    return a.conversation.id < b.conversation.id;
}

} // namespace

ConversationListModel::ConversationListModel(store::Store* store, store::ChangeHub* hub, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_pendingTimer.setSingleShot(true);
    m_pendingTimer.setInterval(0);
    connect(&m_pendingTimer, &QTimer::timeout, this, [this] {
        const QStringList ids(m_pending.cbegin(), m_pending.cend());
        m_pending.clear();
        refreshConversations(ids);
    });
    if (hub) {
        connect(hub, &store::ChangeHub::conversationsChanged, this, &ConversationListModel::refreshConversations);
        // Another desk changed too much to list, or changes were missed (team mode): read everything again.
        connect(hub, &store::ChangeHub::reloadNeeded, this, &ConversationListModel::reload);
        const auto later = [this](const QString& conversationId) {
            if (conversationId.isEmpty() || (!m_channelFilter.isEmpty() && rowOf(conversationId) < 0))
                return;
            m_pending.insert(conversationId);
            m_pendingTimer.start();
        };
        connect(hub, &store::ChangeHub::outboxChanged, this, later);
        connect(hub, &store::ChangeHub::messagesChanged, this, later);
        connect(hub, &store::ChangeHub::draftChanged, this, later);
    }
    m_minuteTimer.setInterval(60 * 1000);
    connect(&m_minuteTimer, &QTimer::timeout, this, &ConversationListModel::refreshTimes);
    m_minuteTimer.start();
    reload();
}

void ConversationListModel::setChannelFilter(const QString& channelId)
{
    if (channelId == m_channelFilter)
        return;
    m_channelFilter = channelId;
    reload();
}

void ConversationListModel::setChannels(const QList<Channel>& channels)
{
    m_channels.clear();
    for (const Channel& c : channels)
        m_channels.insert(c.id, c);
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
                           {ChannelNameRole, ChannelColourRole, ShowChannelRole});
    }
}

void ConversationListModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refreshTimes();
}

void ConversationListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_store) {
        const QList<Conversation> conversations = m_store->conversations(m_channelFilter);
        m_rows.reserve(conversations.size());
        for (const Conversation& c : conversations) {
            if (belongs(c))
                m_rows.append(makeRow(c));
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) { return before(a, b); });
    }
    endResetModel();
    updateTotalUnread();
}

void ConversationListModel::refreshConversations(const QStringList& conversationIds)
{
    if (conversationIds.size() > kResetThreshold) {
        reload();
        return;
    }
    const QSet<QString> unique(conversationIds.begin(), conversationIds.end());
    for (const QString& id : unique)
        refreshOne(id);
    updateTotalUnread();
}

void ConversationListModel::refreshOne(const QString& conversationId)
{
    const std::optional<Conversation> conversation = m_store ? m_store->conversation(conversationId) : std::nullopt;
    const int old = rowOf(conversationId);
    if (!conversation || !belongs(*conversation)) {
        if (old >= 0) {
            beginRemoveRows(QModelIndex(), old, old);
            m_rows.removeAt(old);
            endRemoveRows();
        }
        return;
    }
    Row row = makeRow(*conversation);
    const int place = placeFor(row, old);
    if (old < 0) {
        beginInsertRows(QModelIndex(), place, place);
        m_rows.insert(place, std::move(row));
        endInsertRows();
        return;
    }
    if (place != old) {
        // Qt's move destination is the row before which the item lands, counted before the move.
        beginMoveRows(QModelIndex(), old, old, QModelIndex(), place > old ? place + 1 : place);
        m_rows.move(old, place);
        endMoveRows();
    }
    m_rows[place] = std::move(row);
    const QModelIndex changed = index(place);
    Q_EMIT dataChanged(changed, changed);
}

int ConversationListModel::placeFor(const Row& row, int skip) const
{
    // Rows are sorted: binary search over the list as if `skip` were not in it.
    int low = 0;
    int high = int(m_rows.size()) - (skip >= 0 ? 1 : 0);
    while (low < high) {
        const int mid = (low + high) / 2;
        const int actual = skip >= 0 && mid >= skip ? mid + 1 : mid;
        if (before(m_rows.at(actual), row))
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}

void ConversationListModel::refreshTimes()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
                       {TimeTextRole, WindowOpenRole, WindowClosingSoonRole, WindowTextRole, WindowToolTipRole});
}

bool ConversationListModel::belongs(const Conversation& conversation) const
{
    return m_channelFilter.isEmpty() || conversation.channelId == m_channelFilter;
}

ConversationListModel::Row ConversationListModel::makeRow(const Conversation& conversation) const
{
    Row row;
    row.conversation = conversation;
    row.activityKey = conversation.lastActivityAt.isValid() ? conversation.lastActivityAt.toMSecsSinceEpoch()
                                                            : std::numeric_limits<qint64>::min();
    const Contact& contact = conversation.contact;
    row.name = ConversationText::oneLine(contact.displayName());
    row.number = contact.phoneInternational.isEmpty() ? contact.key : contact.phoneInternational;
    row.identity = ConversationText::identity(conversation, row.name);
    row.initials = conversation.isGroup() ? QString() : avatar::initials(contact.profileName);
    row.preview = reactionPreview(conversation);
    if (row.preview.isEmpty() && conversation.lastMessageType == QLatin1String("reaction") && m_store) {
        // Our own reaction, taken back: the newest message speaks, as in WhatsApp.
        const QList<StoredMessage> newest = m_store->messages(conversation.id, 1);
        if (!newest.isEmpty())
            row.preview = MessageSummary::oneLine(newest.first());
    }
    if (row.preview.isEmpty() && conversation.lastMessageType == QLatin1String("system") && m_store) {
        // An event line (a marketing opt-out, a group change): the sentence the conversation shows, in the user's
        // language, not the API's English detail.
        if (const auto line = m_store->message(conversation.lastMessageId, conversation.channelId))
            row.preview = ConversationText::oneLine(text::contentText(*line));
    }
    if (row.preview.isEmpty()) {
        // As WhatsApp's list: the formatting markers are left out (the text is painted plain, never as markup).
        row.preview =
            ConversationText::preview(conversation.lastMessageType, text::toPlainText(conversation.lastMessageText));
        if (conversation.lastMessageOutbound)
            row.lastStatus =
                conversation.lastMessageStatus.isEmpty() ? QStringLiteral("sent") : conversation.lastMessageStatus;
    }
    row.draft = ConversationText::oneLine(text::toPlainText(conversation.draft));
    // The name (profile name or formatted number), the digits (wa_id, else the BSUID key), the username and the last
    // message.
    row.searchKey =
        ConversationText::fold(row.name + QLatin1Char(' ') + (contact.waId.isEmpty() ? contact.key : contact.waId) +
                               QLatin1Char(' ') + contact.username + QLatin1Char(' ') + row.preview);
    row.avatarColour = avatar::colour(contact.key);
    return row;
}

QString ConversationListModel::reactionPreview(const Conversation& conversation) const
{
    if (conversation.lastReactionId.isEmpty() || !m_store)
        return {};
    const std::optional<StoredMessage> reaction = m_store->message(conversation.lastReactionId, conversation.channelId);
    if (!reaction)
        return {};
    // Inbound reactions keep the emoji as their text; ours are in the payload we sent (§1.9, §6.3).
    const QJsonObject content = reaction->payload.value(QLatin1String("reaction")).toObject();
    const QString emoji = reaction->text.isEmpty() ? content.value(QLatin1String("emoji")).toString() : reaction->text;
    const QString target = content.value(QLatin1String("message_id")).toString();
    if (emoji.isEmpty() || target.isEmpty())
        return {}; // a removed reaction: the last message speaks
    const std::optional<StoredMessage> message = m_store->message(target, conversation.channelId);
    const QString what = message ? MessageSummary::oneLine(*message) : tr("a message");
    if (reaction->direction == StoredMessage::Direction::Outbound)
        return tr("You reacted %1 to “%2”").arg(emoji, what);
    const QString name = conversation.contact.profileName.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    return tr("%1 reacted %2 to “%3”").arg(name.isEmpty() ? conversation.contact.displayName() : name, emoji, what);
}

int ConversationListModel::rowOf(const QString& conversationId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).conversation.id == conversationId)
            return i;
    }
    return -1;
}

QString ConversationListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).conversation.id : QString();
}

std::optional<Conversation> ConversationListModel::conversationAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).conversation;
}

void ConversationListModel::updateTotalUnread()
{
    int total = 0;
    for (const Row& row : std::as_const(m_rows))
        total += row.conversation.unreadCount;
    if (total != m_totalUnread) {
        m_totalUnread = total;
        Q_EMIT totalUnreadChanged(total);
    }
}

int ConversationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const Conversation& c = row.conversation;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case Qt::AccessibleTextRole: {
        QStringList parts{row.name};
        if (c.unreadCount > 0)
            parts.append(tr("%n unread", nullptr, c.unreadCount));
        if (c.failedCount > 0)
            parts.append(tr("%n failed", nullptr, c.failedCount));
        if (!row.draft.isEmpty())
            parts.append(tr("draft: %1").arg(row.draft));
        parts.append(row.preview);
        parts.append(ConversationText::activityTime(c.lastActivityAt, m_clock()));
        parts.append(tr("window: %1").arg(ConversationText::windowChip(c, m_clock())));
        return parts.join(QStringLiteral(", "));
    }
    case Qt::ToolTipRole: {
        QString tip = row.number == row.name ? row.name : row.name + QLatin1Char('\n') + row.number;
        if (m_channelFilter.isEmpty() && m_channels.contains(c.channelId))
            tip += QLatin1Char('\n') + tr("Channel: %1").arg(m_channels.value(c.channelId).name);
        return tip;
    }
    case IdRole:
        return c.id;
    case ChannelIdRole:
        return c.channelId;
    case ChannelNameRole:
        return m_channels.value(c.channelId).name;
    case ChannelColourRole: {
        const auto it = m_channels.constFind(c.channelId);
        return it == m_channels.cend() ? QColor() : QColor(it->colour);
    }
    case ShowChannelRole:
        return m_channelFilter.isEmpty() && m_channels.size() > 1;
    case NumberRole:
        return row.number;
    case IdentityRole:
        return row.identity;
    case IsGroupRole:
        return c.isGroup();
    case InitialsRole:
        return row.initials;
    case AvatarColourRole:
        return row.avatarColour;
    case PreviewRole:
        return row.preview;
    case ActivityAtRole:
        return c.lastActivityAt;
    case TimeTextRole:
        return ConversationText::activityTime(c.lastActivityAt, m_clock());
    case UnreadCountRole:
        return c.unreadCount;
    case WindowOpenRole:
        return c.isWindowOpen(m_clock());
    case WindowExpiresAtRole:
        return c.windowExpiresAt();
    case WindowClosingSoonRole: {
        const QDateTime now = m_clock();
        return c.isWindowOpen(now) && now.secsTo(c.windowExpiresAt()) < 3600;
    }
    case WindowTextRole:
        return ConversationText::windowChip(c, m_clock());
    case WindowToolTipRole:
        return ConversationText::windowToolTip(c, m_clock());
    case FailedCountRole:
        return c.failedCount;
    case SearchKeyRole:
        return row.searchKey;
    case DraftRole:
        return row.draft;
    case LastStatusRole:
        return row.lastStatus;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "conversationId");
    names.insert(NameRole, "name");
    names.insert(PreviewRole, "preview");
    names.insert(UnreadCountRole, "unreadCount");
    names.insert(WindowTextRole, "windowText");
    names.insert(FailedCountRole, "failedCount");
    return names;
}

} // namespace wabadesk::ui
