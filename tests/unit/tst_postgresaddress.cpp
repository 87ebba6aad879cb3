// A team database's address (issue #18): libpq URIs taken apart for QPSQL, and what is refused.
#include "store/PostgresAddress.h"

#include <QtTest>

using wabadesk::store::PostgresAddress;

class TestPostgresAddress : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fullUri()
    {
        QString error;
        const auto a = PostgresAddress::parse(
            QStringLiteral("postgresql://agent%40shop@db.example.com:6432/wabadesk?sslmode=verify-full"
                           "&sslrootcert=%2Fetc%2Fssl%2Fteam.pem&connect_timeout=3"),
            &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->user, QStringLiteral("agent@shop")); // percent-decoded
        QCOMPARE(a->host, QStringLiteral("db.example.com"));
        QCOMPARE(a->port, 6432);
        QCOMPARE(a->database, QStringLiteral("wabadesk"));
        QCOMPARE(a->option(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
        QCOMPARE(a->option(QStringLiteral("sslrootcert")), QStringLiteral("/etc/ssl/team.pem"));
        QCOMPARE(a->option(QStringLiteral("connect_timeout")), QStringLiteral("3")); // given: not our default
        QCOMPARE(a->option(QStringLiteral("application_name")), QStringLiteral("wabadesk"));
    }

    void whatIsLeftOutStaysLibpqs()
    {
        // PGHOST, PGPORT, PGUSER, PGDATABASE apply to what the URI does not say.
        QString error;
        const auto a = PostgresAddress::parse(QStringLiteral("postgres://"), &error);
        QVERIFY2(a, qPrintable(error));
        QVERIFY(a->host.isEmpty());
        QCOMPARE(a->port, -1);
        QVERIFY(a->database.isEmpty());
        QVERIFY(a->user.isEmpty());
    }

    void socketFoldersAndIpv6()
    {
        QString error;
        auto a = PostgresAddress::parse(QStringLiteral("postgresql://me@/db?host=/run/postgresql&port=5433"), &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->host, QStringLiteral("/run/postgresql"));
        QCOMPARE(a->port, 5433);
        a = PostgresAddress::parse(QStringLiteral("postgresql://%2Fvar%2Frun%2Fpg/db"), &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->host, QStringLiteral("/var/run/pg"));
        a = PostgresAddress::parse(QStringLiteral("postgresql://[2001:db8::7]:5432/db"), &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->host, QStringLiteral("2001:db8::7"));
        QCOMPARE(a->port, 5432);
    }

    void optionsAreQuotedForConninfo()
    {
        // Tried: a value with a space, a quote and a backslash, which unquoted would add parameters of its own.
        QString error;
        const auto a = PostgresAddress::parse(
            QStringLiteral("postgresql://h/db?application_name=it%27s%20a%5Ctest%20sslmode%3Ddisable"), &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->connectOptions(),
                 QStringLiteral("application_name='it\\'s a\\\\test sslmode=disable' connect_timeout='10'"));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("why");
        QTest::newRow("password in the user part") << "postgresql://agent:hunter2@h/db"
                                                   << "must not contain a password";
        QTest::newRow("password parameter") << "postgresql://h/db?password=hunter2"
                                            << "must not contain a password";
        QTest::newRow("not a URI") << "host=h dbname=db"
                                   << "not a PostgreSQL address";
        QTest::newRow("another scheme") << "mysql://h/db"
                                        << "not a PostgreSQL address";
        QTest::newRow("port not a number") << "postgresql://h:54x2/db"
                                           << "not a port number";
        QTest::newRow("port out of range") << "postgresql://h:70000/db"
                                           << "not a port number";
        QTest::newRow("several hosts") << "postgresql://a:5432,b:5432/db"
                                       << "several hosts";
        QTest::newRow("odd parameter name") << "postgresql://h/db?ssl%20mode=x"
                                            << "not a connection parameter";
        QTest::newRow("semicolon QPSQL would split") << "postgresql://h/db?application_name=a%3Bb"
                                                     << "cannot contain";
    }
    void refused()
    {
        QFETCH(QString, uri);
        QFETCH(QString, why);
        QString error;
        QVERIFY(!PostgresAddress::parse(uri, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("hunter2")), qPrintable(error)); // never repeats the password
    }
};

QTEST_GUILESS_MAIN(TestPostgresAddress)
#include "tst_postgresaddress.moc"
