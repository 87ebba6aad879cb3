#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace wabadesk {

// A message waiting to be sent (DESIGN.md "Outbox"): written before anything goes out, so a crash loses nothing.
struct OutboxItem {
    // Unknown: the request left but no answer was recorded (a crash, a lost lease): it may have been sent. Matched by
    // its status webhook (biz_opaque_callback_data, OutboxItem::callbackData) or retried by the agent, never silently.
    enum class State { Queued, Sending, Sent, Failed, Cancelled, Unknown };
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

    // What a send carries as biz_opaque_callback_data (REFERENCE.md §1.1), echoed by its status webhooks (§6.4).
    static QString callbackData(qint64 id) { return QStringLiteral("wabadesk-outbox:%1").arg(id); }
    // The outbox id in such a value; 0 when it is none of ours.
    static qint64 idFromCallbackData(const QString& data)
    {
        static const QLatin1String prefix("wabadesk-outbox:");
        if (!data.startsWith(prefix))
            return 0;
        bool ok = false;
        const qint64 id = QStringView(data).mid(prefix.size()).toLongLong(&ok);
        return ok && id > 0 ? id : 0;
    }
};

} // namespace wabadesk
