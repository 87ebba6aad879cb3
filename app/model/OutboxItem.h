#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace wabadesk {

// A message waiting to be sent (DESIGN.md "Outbox"): written before anything goes out, so a crash loses nothing.
struct OutboxItem {
    enum class State { Queued, Sending, Sent, Failed, Cancelled };
    qint64 id = 0;
    QString channelId;
    QString conversationId;
    QJsonObject payload; // the POST /messages body (REFERENCE.md §1)
    State state = State::Queued;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QString wamid; // once sent
    QDateTime createdAt;
};

} // namespace wabadesk
