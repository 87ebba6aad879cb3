#pragma once

#include "model/WebhookEvents.h"
#include "store/SqlStatement.h"

namespace wabadesk::store {

class ConversationWriter;
class TimelineWriter;
struct ChangeSet;

// Calls (UPDATES-2026.md §2): every connect, terminate, recording/transcription notice and call status folds into
// one `calls` row per call id; call_events keeps each event once, so a redelivery changes nothing. A call gets one
// card in its conversation's timeline (TimelineWriter, id = the call id); a call status never becomes a message.
// A call from the customer refreshes the 24-hour window (REFERENCE.md §8.4, "or a call, per newer Meta docs"); a
// missed one counts as unread and is announced like a new message.
class CallWriter {
public:
    CallWriter(ConversationWriter* conversations, TimelineWriter* timeline)
        : m_conversations(conversations)
        , m_timeline(timeline)
    {}
    bool prepare(const QSqlDatabase& db, QString* error);

    bool apply(const QString& channelId, const CallEvent& call, qint64 receivedAtMs, ChangeSet* changes,
               QString* error);
    // A statuses[] item with type "call" (RINGING, ACCEPTED, REJECTED, …).
    bool applyStatus(const QString& channelId, const StatusUpdate& status, qint64 receivedAtMs, ChangeSet* changes,
                     QString* error);

private:
    struct Fold {
        QString channelId;
        QString callId;
        QString conversationId;
        QString direction;
        QString status;
        QString event;
        qint64 at = 0;
        qint64 startedAt = 0;
        qint64 connectedAt = 0;
        qint64 endedAt = 0;
        qint64 duration = -1;
        bool recording = false;
        bool transcription = false;
        QString bizOpaque;
        QList<WebhookError> errors;
        QJsonObject raw;
        QString customerName; // for the missed-call notice
    };
    // Records the event (false in *isNew for a redelivery) and folds it into the call's row and card.
    bool fold(const Fold& f, qint64 receivedAtMs, bool* isNew, QString* error);
    // The card, and the conversation's activity; a missed incoming call becomes a notice.
    bool touchConversation(const Fold& f, bool isIncoming, qint64 receivedAtMs, ChangeSet* changes, QString* error);

    ConversationWriter* m_conversations;
    TimelineWriter* m_timeline;
    SqlStatement m_event;
    SqlStatement m_upsert;
};

} // namespace wabadesk::store
