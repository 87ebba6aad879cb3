#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace wabadesk {

// One webhook body as the store recorded it (the inspector's rows): the listener's journal sequence number, what the
// body was and what became of it.
struct JournalEntry {
    qint64 seq = 0;
    QDateTime receivedAt;
    QString peer;
    QString channelId;
    QString kind;   // messages, statuses, template, errors, unknown
    QString result; // stored, duplicate, quarantined, rejected
    QString reason;
    int messages = 0; // new messages stored from this body
    int statuses = 0; // new statuses stored from this body
    QByteArray body;
};

} // namespace wabadesk
