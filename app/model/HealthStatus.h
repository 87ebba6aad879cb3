#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace wabadesk {

// GET /health_status (UPDATES-2026.md §10, 360dialog "Messaging Health Status"): whether the number can send, and
// why not. Templates are not covered by it.
struct HealthEntity {
    QString type; // PHONE_NUMBER, WABA, BUSINESS, APP
    QString id;
    QString canSendMessage; // AVAILABLE, LIMITED, BLOCKED
    QString canReceiveCallSip;
    QStringList additionalInfo; // LIMITED: why
    QStringList errors;         // BLOCKED: why ("<code>: <message>")
};

struct HealthStatus {
    enum class Level { Unknown, Available, Limited, Blocked };
    QString canSendMessage; // the overall answer, as sent
    QList<HealthEntity> entities;
    QDateTime checkedAt;

    Level level() const
    {
        const QString s = canSendMessage.toUpper();
        if (s == QLatin1String("AVAILABLE"))
            return Level::Available;
        if (s == QLatin1String("LIMITED"))
            return Level::Limited;
        if (s == QLatin1String("BLOCKED"))
            return Level::Blocked;
        return Level::Unknown;
    }
    // Every reason the entities give, "<entity type>: <reason>".
    QStringList reasons() const
    {
        QStringList out;
        for (const HealthEntity& e : entities) {
            for (const QString& r : e.additionalInfo + e.errors)
                out << e.type + QStringLiteral(": ") + r;
        }
        return out;
    }
};

} // namespace wabadesk
