#include "profile/ProfileAuditCsv.h"

#include <QStringList>

namespace wabadesk::profile {

namespace {

QString cell(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.at(0)))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('\n')) ||
        text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

} // namespace

QByteArray auditCsv(const QList<ProfileAuditEntry>& entries, const QHash<QString, QString>& channelNames)
{
    QStringList lines{QStringLiteral("when,channel,field,old,new,by")};
    for (const ProfileAuditEntry& e : entries) {
        const QStringList cells{e.at.toUTC().toString(Qt::ISODate),
                                channelNames.value(e.channelId, e.channelId),
                                e.field,
                                e.oldValue,
                                e.newValue,
                                e.by};
        QStringList escaped;
        for (const QString& c : cells)
            escaped.append(cell(c));
        lines.append(escaped.join(QLatin1Char(',')));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace wabadesk::profile
