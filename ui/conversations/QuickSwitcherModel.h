#pragma once

#include "model/Channel.h"
#include "model/Conversation.h"

#include <QAbstractListModel>
#include <QColor>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

namespace wabadesk::ui {

// How well one typed word matches a text, both folded (ConversationText::fold): 0 = no match, else higher is better —
// the text starts with it, a word of the text starts with it, the text contains it, or (two characters or more) its
// characters appear in order ("mrsch" in "maria schmidt"; the tighter, the better).
int quickMatchScore(QStringView word, QStringView text);

// What the Ctrl+K quick switcher lists (issue #5 item 8): every conversation of every channel, most recent first, and
// the channels themselves. A query of one or more words keeps the entries where every word matches the name, the
// number's digits or the channel's name (fuzzy, see quickMatchScore), best first, the most recent first among equals;
// channels only show for a query. It holds a snapshot (setEntries): filtering 10,000 conversations is a loop over
// prepared keys, no store access.
class QuickSwitcherModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum class Kind { Conversation, Channel };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(Kind)
        IdRole,                      // conversation id, or channel id for a channel
        ChannelIdRole,
        TitleRole,         // contact name / channel name (also Qt::DisplayRole)
        SubtitleRole,      // number · channel / channel number
        ChannelNameRole,   //
        ChannelColourRole, // QColor; invalid when unknown
        UnreadRole,        // int (a channel: the sum of its conversations)
        MutedRole,         // bool: the entry's channel is muted for notifications
    };

    explicit QuickSwitcherModel(QObject* parent = nullptr);

    // `conversations` as Store::conversations("") returns them (most recent first).
    void setEntries(const QList<Conversation>& conversations, const QList<Channel>& channels);
    void setMutedChannels(const QSet<QString>& channelIds);
    void setQuery(const QString& query);
    QString query() const { return m_query; }
    // Conversations and channels known (whatever the query).
    int entryCount() const { return int(m_entries.size()); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        Kind kind = Kind::Conversation;
        QString id;
        QString channelId;
        QString title;
        QString subtitle;
        QString channelName;
        QColor colour;
        QString nameKey;    // folded title
        QString digits;     // the number's digits
        QString channelKey; // folded channel name
        int unread = 0;
    };
    int scoreOf(const Entry& entry, const QStringList& words) const;
    void refilter();

    QList<Entry> m_entries; // conversations (most recent first), then channels
    QList<int> m_rows;      // indexes into m_entries, in shown order
    QSet<QString> m_muted;
    QString m_query;
};

} // namespace wabadesk::ui
