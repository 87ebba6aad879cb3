#pragma once

#include "store/ContactIdentities.h"
#include "store/StoreTypes.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

namespace wabadesk::store {

class ChangeHub;

// What one desk's committed writes changed, as it travels to the other desks of a team (issue #18, TEAM.md "Live
// updates"): the kinds of change and the ids, never content (a NOTIFY reaches every listener of the database,
// row-level security does not filter it; the receiving desk reads what it may see through its own store). Built from
// a Store's change signals, sent as a PostgreSQL NOTIFY payload, and replayed as the same ChangeHub signals there.
struct ChangeNotice {
    // PostgreSQL refuses payloads of 8000 bytes or more; a bigger notice travels as a reload.
    static constexpr int kMaxPayloadBytes = 7999;

    QString origin;      // the ChangeHub that saw it locally already (ChangeHub::originId()); "" when none did
    bool reload = false; // too much to list: every view re-reads everything
    QStringList conversations;
    QMap<QString, QStringList> messages; // conversation id → wamids
    QList<NewMessageNotice> inbound;     // only channel, conversation and wamid travel
    QList<QPair<QString, qint64>> outbox;
    QStringList templates; // channel ids
    QStringList drafts;    // conversation ids
    QStringList profileAudit;
    QStringList media;
    QList<ConversationMerge> merges;
    QStringList accountEvents;
    bool quickReplies = false;
    qint64 journalFirst = 0;
    qint64 journalLast = 0;

    bool isEmpty() const;
    // Compact JSON under kMaxPayloadBytes: this notice, or {"origin":…,"reload":true} when it would not fit.
    QByteArray toPayload() const;
    // Invalid JSON, or a payload that is not an object, gives a reload: something changed, what is not known.
    static ChangeNotice fromPayload(const QByteArray& payload);
    // Emits on `hub` what a local write of these changes would have emitted, in Store::ingest's order. `inbound`
    // notices are emitted as given (the caller completes them).
    void emitOn(ChangeHub* hub) const;
};

} // namespace wabadesk::store
