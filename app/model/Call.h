#pragma once

#include <QDateTime>
#include <QString>

namespace wabadesk {

// A WhatsApp call with a customer (UPDATES-2026.md §2), as the store keeps it from the `calls` webhooks: one row per
// call id (wacid.…), its events folded together. WabaDesk does not place or answer calls (that needs WebRTC); it
// shows them.
struct CallRecord {
    enum class Outcome {
        Ringing,     // offered or ringing, no end yet
        Answered,    // connected (a duration, or an accepted status)
        Missed,      // the customer called and nobody answered
        NotAnswered, // the business called and the customer did not answer
        Declined,    // the customer rejected the business's call
        Failed,      // ended with an error
    };

    QString channelId;
    QString callId;
    QString conversationId;
    bool isIncoming = false; // USER_INITIATED
    QString status;          // as sent: COMPLETED, FAILED, RINGING, ACCEPTED, REJECTED, …
    QString lastEvent;       // connect, terminate, status, call_recording_available, …
    QDateTime startedAt;
    QDateTime connectedAt;
    QDateTime endedAt;
    qint64 durationSeconds = -1; // -1: unknown
    bool hasRecording = false;
    bool hasTranscription = false;
    int errorCode = 0;
    QString errorTitle;

    Outcome outcome() const
    {
        const QString s = status.toUpper();
        if (errorCode != 0 && durationSeconds <= 0)
            return Outcome::Failed;
        if (s == QLatin1String("REJECTED"))
            return Outcome::Declined;
        if (durationSeconds > 0 || connectedAt.isValid() || s == QLatin1String("ACCEPTED"))
            return Outcome::Answered;
        if (endedAt.isValid() || lastEvent == QLatin1String("terminate") || s == QLatin1String("COMPLETED") ||
            s == QLatin1String("FAILED"))
            return isIncoming ? Outcome::Missed : Outcome::NotAnswered;
        return Outcome::Ringing;
    }
};

} // namespace wabadesk
