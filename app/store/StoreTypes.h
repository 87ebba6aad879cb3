#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace wabadesk::store {

// One body from the listener's journal (app/webhook/Journal.h), to be parsed and applied.
struct JournalRecord {
    qint64 seq = 0; // the journal's sequence number
    QDateTime receivedAt;
    QByteArray body;
    QString peer;
};

// How the store reads one listener journal (store/JournalBindings.h).
struct JournalBinding {
    QString journalId;
    qint64 baseSeq = 0;     // webhook_journal.seq = baseSeq + the journal's number
    qint64 lastSeq = 0;     // the journal's number of the last record ingested
    bool isCurrent = false; // the journal bound last
};

// What became of one record.
struct IngestOutcome {
    enum class Result {
        Stored,     // applied (possibly partly: `reason` lists what could not be read)
        Duplicate,  // seq already ingested, or every event in it was already stored (a redelivery, §5.5)
        Quarantined // not JSON, not an envelope, nothing readable, or the database refused it: kept with `reason`
    };
    qint64 seq = 0; // the journal's number (JournalRecord::seq)
    Result result = Result::Stored;
    QString channelId; // of the first change; "" when no route matched
    QString kind;      // messages, statuses, template, errors, unknown
    QString reason;
    int messages = 0; // new messages (incl. echoes, reactions, edits) stored
    int statuses = 0; // new statuses stored
};

// A full-text search result (Store::search).
struct SearchHit {
    qint64 messageRowId = 0;
    QString channelId;
    QString wamid;
    QString conversationId;
    QString snippet; // matches in [brackets]
};

// A new message from a customer, as the desktop notification shows it (ChangeHub::inboundMessages).
struct NewMessageNotice {
    QString channelId;
    QString conversationId;
    QString wamid;
    QString senderName; // the profile name, else the number as received
    QString type;       // "text", "image", "location", … ("unknown" for types the parser does not know)
    QString preview;    // text or caption, as sent (plain text, never markup); empty for other types
    QDateTime at;
};

// A composer's unsent text for one conversation (Store::saveDraft).
struct Draft {
    QString text;
    QString replyToWamid;
    QDateTime updatedAt;
    bool isEmpty() const { return text.isEmpty() && replyToWamid.isEmpty(); }
};

// Outgoing messages of one pricing category and type (PMP, UPDATES-2026.md §7), for the month's report.
struct PricingCount {
    QString category; // marketing, utility, authentication, authentication_international, service, marketing_lite, …
    QString type;     // regular, free_customer_service, free_entry_point ("" under CBP)
    QString model;    // PMP, CBP
    int messages = 0;
    // "regular" is charged; the free types are not; CBP categories were charged per conversation (counted here).
    bool isBillable() const { return type.isEmpty() || type == QLatin1String("regular"); }
};

// An account_update webhook (UPDATES-2026.md §11) as the store keeps it.
struct AccountNotice {
    QString channelId;
    QString event; // ACCOUNT_RESTRICTION, ACCOUNT_VIOLATION, DISABLED_UPDATE, …
    QDateTime at;
    QJsonObject value;
};

} // namespace wabadesk::store

Q_DECLARE_METATYPE(wabadesk::store::NewMessageNotice)
