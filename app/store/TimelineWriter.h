#pragma once

#include "store/SqlStatement.h"

#include <QJsonObject>
#include <QString>

class QSqlDatabase;

namespace wabadesk::store {

// Rows in a conversation's timeline that no one typed (origin 'event'): a call's card, a group's system line, a
// customer's marketing stop. They live in `messages` only to have a place in the timeline (sent_at, id); what they
// show comes from their own tables (calls, groups) or from subtype + data. Redeliveries add nothing: the id is
// derived from the event (eventId()).
class TimelineWriter {
public:
    bool prepare(const QSqlDatabase& db, QString* error);

    struct Entry {
        QString channelId;
        QString id; // the row's wamid: a call id (wacid.…), or eventId()
        QString conversationId;
        bool isOutgoing = false;
        QString type;    // call, system
        QString subtype; // call; group_create, group_participants_add, …; user_preferences
        QString text;    // searchable words (participants' names, a new subject); may be empty
        QJsonObject data;
        QString senderKey;
        QString senderName;
        qint64 at = 0; // unix seconds
        qint64 receivedAtMs = 0;
    };
    // *rowId: the new row, or 0 when it was there already.
    bool insert(const Entry& entry, qint64* rowId, QString* error);

    // A stable id for an event without one of its own: "event." and a hash of what identifies it.
    static QString eventId(const QString& kind, const QJsonObject& item);

private:
    SqlStatement m_insert;
};

} // namespace wabadesk::store
