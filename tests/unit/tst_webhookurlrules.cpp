// REFERENCE.md §5.4: what 360dialog accepts as a webhook URL; each row breaks one rule (or none).
#include "channels/WebhookUrlRules.h"

#include <QtTest>

using namespace wabadesk::channels;

class TestWebhookUrlRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowLoopback");
        QTest::addColumn<QString>("problem"); // substring of the one expected problem; empty = accepted
        QTest::newRow("https ok") << QStringLiteral("https://hooks.example.com/whatsapp") << false << QString();
        QTest::newRow("https with query ok") << QStringLiteral("https://hooks.example.com/w?c=1") << false << QString();
        QTest::newRow("http") << QStringLiteral("http://hooks.example.com/x") << false
                              << QStringLiteral("must use https://");
        QTest::newRow("underscore host") << QStringLiteral("https://my_host.example.com") << false
                                         << QStringLiteral("must not contain \"_\"");
        QTest::newRow("port") << QStringLiteral("https://host.example.com:8443/x") << false
                              << QStringLiteral("must not contain a port (\":8443\")");
        QTest::newRow("port 443 written out")
            << QStringLiteral("https://host.example.com:443/x") << false << QStringLiteral("must not contain a port");
        QTest::newRow("garbage") << QStringLiteral("not a url") << false << QStringLiteral("not a well-formed URL");
        QTest::newRow("no host") << QStringLiteral("https:///path") << false << QStringLiteral("not a well-formed URL");
        QTest::newRow("empty") << QString() << false << QStringLiteral("Enter the URL");
        QTest::newRow("credentials") << QStringLiteral("https://user:pw@hooks.example.com/x") << false
                                     << QStringLiteral("user name or password");
        QTest::newRow("loopback refused for real channels")
            << QStringLiteral("http://127.0.0.1/hook") << false << QStringLiteral("must use https://");
        QTest::newRow("loopback for the sandbox") << QStringLiteral("http://127.0.0.1:8080/hook") << true << QString();
        QTest::newRow("sandbox still refuses remote http")
            << QStringLiteral("http://hooks.example.com/x") << true << QStringLiteral("must use https://");
    }

    void rules()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowLoopback);
        QFETCH(QString, problem);
        const QStringList problems = checkWebhookUrl(url, allowLoopback);
        if (problem.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        } else {
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.first().contains(problem), qPrintable(problems.first()));
        }
    }

    void severalRulesAtOnce()
    {
        const QStringList problems = checkWebhookUrl(QStringLiteral("http://my_host.example.com:8080/x"));
        QCOMPARE(problems.size(), 3);
    }

    void secrets()
    {
        const QByteArray a = generateWebhookSecret();
        const QByteArray b = generateWebhookSecret();
        QVERIFY(a.size() >= 43); // 32 random bytes, base64url
        QVERIFY(a != b);
        QVERIFY(!a.contains('=') && !a.contains('+') && !a.contains('/'));
        QCOMPARE(basicAuthorization(QStringLiteral("Aladdin"), QStringLiteral("open sesame")),
                 QByteArray("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==")); // RFC 7617's example
    }
};

QTEST_GUILESS_MAIN(TestWebhookUrlRules)
#include "tst_webhookurlrules.moc"
