#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace wabadesk::store {

// A team database's address, taken apart from its libpq connection URI
// (postgresql://[user@][host][:port][/database][?key=value&…], https://www.postgresql.org/docs/15/libpq-connect.html
// §34.1.1.2) into what Qt's QPSQL driver takes: host, port, database, user, and the other parameters as connect
// options. A host may be a Unix-socket directory (percent-encoded, or as ?host=/path). What the URI leaves out stays
// unset, so that libpq's environment (PGHOST, PGPORT, PGUSER, PGSSLMODE, PGSSLROOTCERT, PGPASSFILE, …) and its
// defaults apply. A password is refused: it belongs in the keychain (or libpq's password file), never in an address
// that settings, logs and error messages show.
struct PostgresAddress {
    QString host;
    int port = -1; // -1: libpq's (PGPORT, else 5432)
    QString database;
    QString user;
    QList<QPair<QString, QString>> options; // sslmode, connect_timeout, sslrootcert, application_name, …

    QString option(const QString& key) const;
    // The options as QPSQL's connect-options string: key='value' pairs, quoted for libpq's conninfo syntax.
    QString connectOptions() const;

    // nullopt and a sentence in `error` for what is not a PostgreSQL URI, carries a password, or a parameter libpq
    // would not take safely through QPSQL.
    static std::optional<PostgresAddress> parse(const QString& uri, QString* error);
};

} // namespace wabadesk::store
