#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

class QSqlDatabase;

namespace wabadesk::store {

class SqlDialect;

// What to purge: a channel's rows, and the raw webhook bodies that carry it.
struct ChannelPurge {
    QString channelId;
    // Whether a raw body carries this channel (its phone-number id or number, webhook/HistoryPurge.cpp). Such bodies'
    // rows in webhook_journal go whatever channel they were filed under, and the messages they brought to the
    // unrouted channel "" go with them.
    std::function<bool(const QByteArray& body)> carries;
    QStringList bodyHints; // strings every carrying body contains (for a LIKE before `carries` runs); may be empty
};

struct PurgeCounts {
    int messages = 0;
    int conversations = 0;
    int contacts = 0;
    int journalRows = 0;
    QStringList mediaFiles; // local copies the store knew of (the caller deletes the files)
    QStringList conversationIds;
};

// Deletes every row of a channel's history (issue #15, item 7) in one transaction: messages (and their search index
// entries), statuses, reactions, media, templates, outbox, drafts, conversations, the contacts no other channel has,
// profile audit, the raw-body copies; and every row of any other table with a channel_id column. Then the database
// forgets the deleted content (SqlDialect::forgetDeleted): it must not stay readable in the files. False (nothing
// deleted) and why on a database error.
bool purgeChannelRows(QSqlDatabase& db, const SqlDialect& dialect, const ChannelPurge& purge, PurgeCounts* counts,
                      QString* error);

} // namespace wabadesk::store
