#include "conversations/QuickSwitcherModel.h"

#include "conversations/ConversationText.h"

#include <QHash>

#include <algorithm>

namespace wabadesk::ui {

namespace {

// Field weights: a word found in the name counts most, in the number next, in the channel's name least (typing a
// channel's name lists its conversations, below the channel itself).
constexpr int kNameWeight = 3;
constexpr int kDigitsWeight = 3;
constexpr int kChannelWeight = 1;

QString digitsOf(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (c.isDigit())
            out.append(c);
    return out;
}

// "+49 151", "0151-123": the agent types a number.
bool looksLikeNumber(QStringView word)
{
    bool digit = false;
    for (const QChar c : word) {
        if (c.isDigit())
            digit = true;
        else if (c != QLatin1Char('+') && c != QLatin1Char('-') && c != QLatin1Char('(') && c != QLatin1Char(')'))
            return false;
    }
    return digit;
}

bool isWordStart(QStringView text, qsizetype at)
{
    return at == 0 || !text.at(at - 1).isLetterOrNumber();
}

} // namespace

int quickMatchScore(QStringView word, QStringView text)
{
    if (word.isEmpty() || text.size() < word.size())
        return 0;
    qsizetype at = text.indexOf(word);
    if (at == 0)
        return 100;
    if (at > 0) {
        // A later occurrence may start a word ("sch" in "maria schmidt"): that is better than the inside of one.
        for (qsizetype from = at; from >= 0; from = text.indexOf(word, from + 1)) {
            if (isWordStart(text, from))
                return 80;
        }
        return 60;
    }
    if (word.size() < 2)
        return 0;
    // Fuzzy: every character in order; gaps cost, characters at word starts help.
    int gaps = 0;
    int starts = 0;
    qsizetype pos = 0;
    qsizetype last = -1;
    for (const QChar c : word) {
        while (pos < text.size() && text.at(pos) != c)
            ++pos;
        if (pos == text.size())
            return 0;
        if (last >= 0 && pos > last + 1)
            ++gaps;
        if (isWordStart(text, pos))
            ++starts;
        last = pos++;
    }
    return std::max(1, 40 - 6 * gaps + 4 * starts);
}

QuickSwitcherModel::QuickSwitcherModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void QuickSwitcherModel::setEntries(const QList<Conversation>& conversations, const QList<Channel>& channels)
{
    QHash<QString, const Channel*> byId;
    for (const Channel& channel : channels)
        byId.insert(channel.id, &channel);
    const bool showChannel = channels.size() > 1;
    QHash<QString, int> unreadPerChannel;

    QList<Entry> entries;
    entries.reserve(conversations.size() + channels.size());
    for (const Conversation& c : conversations) {
        Entry e;
        e.kind = Kind::Conversation;
        e.id = c.id;
        e.channelId = c.channelId;
        e.title = c.contact.displayName();
        const QString number = c.contact.phoneInternational.isEmpty() ? c.contact.key : c.contact.phoneInternational;
        if (const Channel* channel = byId.value(c.channelId)) {
            e.channelName = channel->name;
            e.colour = QColor(channel->colour);
        }
        QStringList subtitle;
        if (number != e.title)
            subtitle << number;
        if (showChannel && !e.channelName.isEmpty())
            subtitle << e.channelName;
        //: Separates the number and the channel in the quick switcher.
        e.subtitle = subtitle.join(tr(" · "));
        e.nameKey = ConversationText::fold(e.title);
        e.digits = digitsOf(c.contact.waId.isEmpty() ? c.contact.phoneE164 : c.contact.waId);
        e.channelKey = ConversationText::fold(e.channelName);
        e.unread = c.unreadCount;
        unreadPerChannel[c.channelId] += c.unreadCount;
        entries.append(std::move(e));
    }
    for (const Channel& channel : channels) {
        Entry e;
        e.kind = Kind::Channel;
        e.id = channel.id;
        e.channelId = channel.id;
        e.title = channel.name;
        e.channelName = channel.name;
        e.colour = QColor(channel.colour);
        //: Subtitle of a channel in the quick switcher: "Channel · +49 30 1234567".
        e.subtitle = channel.phoneNumber.isEmpty() ? tr("Channel") : tr("Channel · %1").arg(channel.phoneNumber);
        e.nameKey = ConversationText::fold(channel.name);
        e.digits = digitsOf(channel.phoneNumber);
        e.unread = unreadPerChannel.value(channel.id);
        entries.append(std::move(e));
    }
    beginResetModel();
    m_entries = std::move(entries);
    m_rows.clear();
    endResetModel();
    refilter();
}

void QuickSwitcherModel::setMutedChannels(const QSet<QString>& channelIds)
{
    m_muted = channelIds;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {MutedRole});
}

void QuickSwitcherModel::setQuery(const QString& query)
{
    if (query == m_query)
        return;
    m_query = query;
    refilter();
}

int QuickSwitcherModel::scoreOf(const Entry& entry, const QStringList& words) const
{
    int total = 0;
    for (const QString& word : words) {
        int best = kNameWeight * quickMatchScore(word, entry.nameKey);
        if (looksLikeNumber(word)) {
            const QString digits = digitsOf(word);
            if (!entry.digits.isEmpty()) {
                const qsizetype at = entry.digits.indexOf(digits);
                if (at >= 0)
                    best = std::max(best, kDigitsWeight * (at == 0 ? 100 : 70));
            }
        }
        best = std::max(best, kChannelWeight * quickMatchScore(word, entry.channelKey));
        if (best == 0)
            return 0; // every word must match somewhere
        total += best;
    }
    return total;
}

void QuickSwitcherModel::refilter()
{
    const QStringList words = ConversationText::fold(m_query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<int> rows;
    rows.reserve(m_entries.size());
    if (words.isEmpty()) {
        for (int i = 0; i < m_entries.size(); ++i)
            if (m_entries.at(i).kind == Kind::Conversation)
                rows.append(i);
    } else {
        QList<std::pair<int, int>> scored; // (score, entry)
        scored.reserve(m_entries.size());
        for (int i = 0; i < m_entries.size(); ++i) {
            const Entry& e = m_entries.at(i);
            int score = scoreOf(e, words);
            if (score == 0)
                continue;
            if (e.kind == Kind::Channel)
                score += 1; // a channel named as typed comes before its conversations
            scored.append({score, i});
        }
        // Best first; among equals the order of m_entries (most recent conversation first) stays.
        std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        for (const auto& [score, i] : std::as_const(scored))
            rows.append(i);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int QuickSwitcherModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant QuickSwitcherModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Entry& e = m_entries.at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return e.title;
    case Qt::AccessibleTextRole: {
        QString text = e.kind == Kind::Channel ? tr("Channel %1").arg(e.title) : e.title;
        if (!e.subtitle.isEmpty())
            text += QStringLiteral(", ") + e.subtitle;
        if (e.unread > 0)
            text += QStringLiteral(", ") + tr("%n unread", nullptr, e.unread);
        return text;
    }
    case KindRole:
        return int(e.kind);
    case IdRole:
        return e.id;
    case ChannelIdRole:
        return e.channelId;
    case SubtitleRole:
        return e.subtitle;
    case ChannelNameRole:
        return e.channelName;
    case ChannelColourRole:
        return e.colour;
    case UnreadRole:
        return e.unread;
    case MutedRole:
        return m_muted.contains(e.channelId);
    default:
        return {};
    }
}

} // namespace wabadesk::ui
