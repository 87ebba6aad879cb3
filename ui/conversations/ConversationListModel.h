#pragma once

#include "model/Channel.h"
#include "model/Conversation.h"

#include <QAbstractListModel>
#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

namespace wabadesk::store {
class ChangeHub;
class Store;
} // namespace wabadesk::store

namespace wabadesk::ui {

// The conversations of one channel (or of all channels), most recent activity first, over Store::conversations and
// kept current by ChangeHub::conversationsChanged: changed rows are updated in place, moved to their new place
// (beginMoveRows, so selections and persistent indexes follow them) or inserted; nothing resets the model after
// the first load. Outbox and message changes (a failed send changes the failed marker) are folded into one refresh
// per event-loop turn. Times and the 24-h window chips are refreshed every minute.
class ConversationListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ChannelIdRole,
        ChannelNameRole,
        ChannelColourRole, // QColor; invalid when the channel is unknown
        ShowChannelRole,   // bool: all channels are listed and there is more than one
        NameRole,          // profile name, else the formatted number (also Qt::DisplayRole)
        NumberRole,        // the formatted number ("+49 1511 2345678"), else the wa_id / BSUID
        InitialsRole,      // up to two letters of the profile name; "" for a number (avatar::initials)
        AvatarColourRole,  // QColor, stable per contact (avatar::colour, as in the conversation's header)
        PreviewRole,    // the last event as one plain line: the message (markers removed), or "You reacted 👍 to …"
        ActivityAtRole, // QDateTime
        TimeTextRole,   // "14:05", "Yesterday", "Monday", "21/11/2026"
        UnreadCountRole, // int
        WindowOpenRole,  // bool (§8.4; a 131047 closes it early)
        WindowExpiresAtRole,
        WindowClosingSoonRole, // bool: open, under an hour left
        WindowTextRole,        // "23 h left" / "Closed"
        WindowToolTipRole,     // a sentence about what can be sent
        FailedCountRole,       // int: failed outbound messages and outbox items
        SearchKeyRole,         // lower-case, diacritics removed: name, number digits, preview (for the filter)
        DraftRole,             // the unsent composer text as one plain line, "" when none
        LastStatusRole,        // the ticks before the preview: our last message's status, "" when it is not ours
        IdentityRole,          // "@username · +49 …" beside the name ("" when the name says it all; issue #16)
        IsGroupRole,           // bool: a group's conversation
    };

    ConversationListModel(store::Store* store, store::ChangeHub* hub, QObject* parent = nullptr);

    // "" lists all channels (the colour dot shows which channel a row is on).
    void setChannelFilter(const QString& channelId);
    QString channelFilter() const { return m_channelFilter; }
    // Names and colours of the channels, for the dot and the tooltips.
    void setChannels(const QList<Channel>& channels);
    // The clock for times and windows (tests); default: the current time.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const { return m_clock(); }

    // Reads the conversations again (a reset: only for a new channel filter or after many changes).
    void reload();
    // Re-reads these conversations from the store and updates, moves, inserts or removes their rows.
    void refreshConversations(const QStringList& conversationIds);
    // What the minute timer does: times and window chips are recomputed (dataChanged with those roles only).
    void refreshTimes();

    int rowOf(const QString& conversationId) const;
    QString idAt(int row) const;
    std::optional<Conversation> conversationAt(int row) const;
    int totalUnread() const { return m_totalUnread; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void totalUnreadChanged(int total);

private:
    struct Row {
        Conversation conversation;
        QString name;
        QString number;
        QString identity;
        QString initials;
        QString preview;
        QString draft;
        QString lastStatus;
        QString searchKey;
        QColor avatarColour;
        qint64 activityKey = 0; // ms since the epoch, lowest when unknown: compared far more often than shown
    };

    Row makeRow(const Conversation& conversation) const;
    // "You reacted 👍 to “…”" / "Anna reacted ❤️ to “…”" for a reaction that is the last event; ""
    // when it is gone.
    QString reactionPreview(const Conversation& conversation) const;
    bool belongs(const Conversation& conversation) const;
    // Where `row` goes among the rows other than `skip` (-1: none).
    int placeFor(const Row& row, int skip) const;
    void refreshOne(const QString& conversationId);
    void updateTotalUnread();

    store::Store* m_store;
    // Conversations touched by outbox or message changes (a failure changes failedCount), refreshed together.
    QSet<QString> m_pending;
    QTimer m_pendingTimer;
    QString m_channelFilter;
    QHash<QString, Channel> m_channels;
    QList<Row> m_rows;
    std::function<QDateTime()> m_clock;
    QTimer m_minuteTimer;
    int m_totalUnread = 0;
};

} // namespace wabadesk::ui
