#pragma once

#include <QDateTime>
#include <QString>

namespace wabadesk {

// One change of one business-profile field (store table profile_audit, issue #8).
struct ProfileAuditEntry {
    qint64 id = 0;
    QDateTime at; // UTC
    QString channelId;
    QString field;    // profile::fieldKey(): about, address, description, email, websites, vertical, photo
    QString oldValue; // websites one per line
    QString newValue;
    QString by; // "desk" (the window), "cli"

    static QString byDesk() { return QStringLiteral("desk"); }
    static QString byCli() { return QStringLiteral("cli"); }
};

} // namespace wabadesk
