#include "store/PostgresAddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace wabadesk::store {

namespace {

QString decoded(const QString& part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

} // namespace

QString PostgresAddress::option(const QString& key) const
{
    for (const auto& [k, v] : options)
        if (k == key)
            return v;
    return {};
}

QString PostgresAddress::connectOptions() const
{
    // libpq conninfo values: single-quoted, with \ and ' escaped by a backslash.
    QStringList out;
    for (auto [key, value] : options) {
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
        out.append(key + QLatin1String("='") + value + QLatin1Char('\''));
    }
    return out.join(QLatin1Char(' '));
}

std::optional<PostgresAddress> PostgresAddress::parse(const QString& uri, QString* error)
{
    const auto failed = [error](const QString& why) -> std::optional<PostgresAddress> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QString rest;
    for (const char* scheme : {"postgresql://", "postgres://"}) {
        if (uri.startsWith(QLatin1String(scheme)))
            rest = uri.mid(int(qstrlen(scheme)));
    }
    if (rest.isNull())
        return failed(QCoreApplication::translate(
            "Store", "not a PostgreSQL address: postgresql://user@host:port/database expected"));

    PostgresAddress address;
    QString query;
    if (const int q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    const int slash = rest.indexOf(QLatin1Char('/'));
    const QString authority = slash >= 0 ? rest.left(slash) : rest;
    if (slash >= 0)
        address.database = decoded(rest.mid(slash + 1));

    QString hostPort = authority;
    if (const int at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        hostPort = authority.mid(at + 1);
        if (userInfo.contains(QLatin1Char(':')))
            return failed(QCoreApplication::translate(
                "Store", "the address of a team database must not contain a password; WabaDesk keeps it in the "
                         "system keychain"));
        address.user = decoded(userInfo);
    }
    if (hostPort.contains(QLatin1Char(',')))
        return failed(
            QCoreApplication::translate("Store", "several hosts in one address are not supported: %1").arg(hostPort));
    // host, [v6 address], host:port, :port
    QString portText;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const int close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0)
            return failed(QCoreApplication::translate(
                "Store", "not a PostgreSQL address: postgresql://user@host:port/database expected"));
        address.host = hostPort.mid(1, close - 1);
        if (hostPort.mid(close + 1).startsWith(QLatin1Char(':')))
            portText = hostPort.mid(close + 2);
    } else if (const int colon = hostPort.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        address.host = decoded(hostPort.left(colon));
        portText = hostPort.mid(colon + 1);
    } else {
        address.host = decoded(hostPort);
    }

    static const QRegularExpression keyPattern(QStringLiteral("^[a-z_]+$"));
    for (const QString& pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const int eq = pair.indexOf(QLatin1Char('='));
        const QString key = decoded(pair.left(eq));
        const QString value = eq >= 0 ? decoded(pair.mid(eq + 1)) : QString();
        if (!keyPattern.match(key).hasMatch())
            return failed(QCoreApplication::translate("Store", "%1 is not a connection parameter").arg(key));
        if (key == QLatin1String("password"))
            return failed(QCoreApplication::translate(
                "Store", "the address of a team database must not contain a password; WabaDesk keeps it in the "
                         "system keychain"));
        // QPSQL turns ';' into a separator in its connect options: such a value would not reach libpq intact.
        if (value.contains(QLatin1Char(';')))
            return failed(
                QCoreApplication::translate("Store", "the connection parameter %1 cannot contain ';'").arg(key));
        if (key == QLatin1String("host"))
            address.host = value;
        else if (key == QLatin1String("port"))
            portText = value;
        else if (key == QLatin1String("dbname"))
            address.database = value;
        else if (key == QLatin1String("user"))
            address.user = value;
        else
            address.options.append({key, value});
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        address.port = portText.toInt(&ok);
        if (!ok || address.port <= 0 || address.port > 65535)
            return failed(QCoreApplication::translate("Store", "%1 is not a port number").arg(portText));
    }
    // Who connects, in the server's view (pg_stat_activity) and its logs.
    if (address.option(QStringLiteral("application_name")).isEmpty())
        address.options.append({QStringLiteral("application_name"), QStringLiteral("wabadesk")});
    // libpq waits forever by default; a desk that cannot reach its database should say so.
    if (address.option(QStringLiteral("connect_timeout")).isEmpty() && qEnvironmentVariableIsEmpty("PGCONNECT_TIMEOUT"))
        address.options.append({QStringLiteral("connect_timeout"), QStringLiteral("10")});
    return address;
}

} // namespace wabadesk::store
