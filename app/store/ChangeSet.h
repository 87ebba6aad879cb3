#pragma once

#include "store/ContactIdentities.h"
#include "store/StoreTypes.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace wabadesk::store {

// What ingested records changed: for the store's signals after the commit, and for the outcomes' counts.
struct ChangeSet {
    QHash<QString, QSet<QString>> messages; // conversation id → wamids changed (also: conversations changed)
    int newMessages = 0;
    int newStatuses = 0;
    int templateEvents = 0;
    int otherEvents = 0;             // new calls events, group events, preferences, account events (issue #16)
    QList<NewMessageNotice> inbound; // new customer messages (and missed calls), for notifications
    QList<ConversationMerge> merges; // conversations that turned out to be one customer's (the first is gone)
    QSet<QString> accountChannels;   // channels with a new account_update
    QSet<QString> templateChannels;  // channels whose templates changed
    QSet<qint64> outboxItems;        // outbox items a status settled (unknown → sent)
    qint64 firstAppendedSeq = 0;     // webhook_journal rows written
    qint64 lastAppendedSeq = 0;

    void touch(const QString& conversationId, const QString& wamid)
    {
        QSet<QString>& ids = messages[conversationId];
        if (!wamid.isEmpty())
            ids.insert(wamid);
    }

    // The counters alone (no ids), to tell what one record added.
    static ChangeSet countsOf(const ChangeSet& c)
    {
        ChangeSet counts;
        counts.newMessages = c.newMessages;
        counts.newStatuses = c.newStatuses;
        counts.templateEvents = c.templateEvents;
        counts.otherEvents = c.otherEvents;
        return counts;
    }

    void appended(qint64 seq)
    {
        firstAppendedSeq = firstAppendedSeq == 0 ? seq : std::min(firstAppendedSeq, seq);
        lastAppendedSeq = std::max(lastAppendedSeq, seq);
    }

    void merge(const ChangeSet& other)
    {
        for (auto it = other.messages.cbegin(); it != other.messages.cend(); ++it)
            messages[it.key()].unite(it.value());
        outboxItems.unite(other.outboxItems);
        newMessages += other.newMessages;
        newStatuses += other.newStatuses;
        templateEvents += other.templateEvents;
        otherEvents += other.otherEvents;
        inbound += other.inbound;
        merges += other.merges;
        accountChannels.unite(other.accountChannels);
        templateChannels.unite(other.templateChannels);
        if (other.lastAppendedSeq > 0) {
            appended(other.firstAppendedSeq);
            appended(other.lastAppendedSeq);
        }
    }
};

} // namespace wabadesk::store
