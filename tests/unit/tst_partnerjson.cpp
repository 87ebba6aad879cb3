// Partner API JSON → model (UPDATES-2026.md §12) on fixtures in tests/data/partner: the docs' own sample (placeholder
// strings), the sandbox's channel objects, both revisions of the api_keys answer, numbers sent as strings, and the
// refusal of shapes that are not the documented ones.
#include "TestEnvironment.h"
#include "partner/PartnerJson.h"

#include <QJsonDocument>
#include <QtTest>

using namespace wabadesk;
using namespace wabadesk::partner;

class TestPartnerJson : public QObject {
    Q_OBJECT
    static QJsonDocument fixture(const char* name)
    {
        return QJsonDocument::fromJson(test::readData(QStringLiteral("partner/") + QLatin1String(name)));
    }
    static QJsonDocument parse(const char* json) { return QJsonDocument::fromJson(QByteArray(json)); }

private Q_SLOTS:
    void clientsFromTheDocsSample()
    {
        const auto clients = json::clientList(fixture("clients_docs.json"));
        QVERIFY(clients);
        QCOMPARE(clients->size(), 1);
        QCOMPARE(clients->first().status, QStringLiteral("active"));
        QCOMPARE(clients->first().email, QStringLiteral("string"));
        QCOMPARE(json::listTotal(fixture("clients_docs.json")), 1);
        // Tried: the list under another key, a client without an id, not an object at all.
        QVERIFY(!json::clientList(parse(R"({"partner_clients": []})")));
        QVERIFY(!json::clientList(parse(R"({"clients": [{"name": "x"}]})")));
        QVERIFY(!json::clientList(parse("[]")));
        QCOMPARE(json::clientList(parse(R"({"clients": []})"))->size(), 0);
    }

    void channelsWithStatesQualityAndLimits()
    {
        const auto channels = json::channelList(fixture("channels.json"));
        QVERIFY(channels);
        QCOMPARE(channels->size(), 2);
        const PartnerChannel& running = channels->at(0);
        QCOMPARE(running.state, ChannelState::Running);
        QCOMPARE(running.qualityRating, QStringLiteral("YELLOW"));
        QCOMPARE(running.messagingLimit, QStringLiteral("TIER_10K"));
        QCOMPARE(running.phoneName, QStringLiteral("Nordlicht Reisen"));
        QCOMPARE(running.wabaId, QStringLiteral("102938475610293"));
        QCOMPARE(running.hostingPlatform, QStringLiteral("CLOUD_API"));
        QCOMPARE(running.createdAt, QDateTime(QDate(2025, 9, 17), QTime(8, 30, 12), Qt::UTC));
        // The second one names its client in an object, its number only in setup_info, and its status as the
        // partner webhook event does.
        const PartnerChannel& created = channels->at(1);
        QCOMPARE(created.clientId, QStringLiteral("cAf3aUCL"));
        QCOMPARE(created.phoneNumber, QStringLiteral("34910555321"));
        QCOMPARE(created.state, ChannelState::Created);
        QVERIFY(!created.canHaveKey());
        QVERIFY(created.qualityRating.isEmpty());
        QVERIFY(!created.billingStartedAt.isValid());
        QVERIFY(!json::channelList(parse(R"({"partner_channels": {"id": "x"}})")));
    }

    void statusWords_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("state");
        QTest::newRow("created") << "created" << int(ChannelState::Created);
        QTest::newRow("event name") << "channel_ready" << int(ChannelState::Ready);
        QTest::newRow("upper case") << "RUNNING" << int(ChannelState::Running);
        QTest::newRow("pending") << "pending" << int(ChannelState::Created);
        QTest::newRow("unknown") << "terminated" << int(ChannelState::Other);
    }
    void statusWords()
    {
        QFETCH(QString, status);
        QFETCH(int, state);
        QCOMPARE(int(channelStateFor(status)), state);
    }

    void generatedKeyInBothRevisions()
    {
        auto key = json::generatedApiKey(fixture("api_key.json"));
        QVERIFY(key);
        QCOMPARE(key->apiKey, QByteArray("fIxTuReKeY0000GeneratedForTests"));
        QCOMPARE(key->address, QUrl(QStringLiteral("https://waba-v2.360dialog.io")));
        QCOMPARE(key->appId, QStringLiteral("310552"));
        key->wipe();
        QVERIFY(key->apiKey.isEmpty());
        const auto wrapped = json::generatedApiKey(fixture("api_key_wrapped.json"));
        QVERIFY(wrapped);
        QCOMPARE(wrapped->apiKey, QByteArray("wRaPpEdKeY0123456789"));
        QCOMPARE(wrapped->appId, QStringLiteral("310552")); // a number in this revision
        QVERIFY(!json::generatedApiKey(parse(R"({"address": "https:\/\/waba-v2.360dialog.io"})")));
        QVERIFY(!json::generatedApiKey(parse(R"({"api_keys": []})")));
    }

    void balanceWithStringNumbersSortedByDate()
    {
        const auto b = json::clientBalance(fixture("balance.json"));
        QVERIFY(b);
        QVERIFY(b->hasBalance);
        QCOMPARE(b->balance, 36.10);
        QCOMPARE(b->currency, QStringLiteral("EUR"));
        QCOMPARE(b->usage.size(), 2);
        QCOMPARE(b->usage.first().date, QDate(2026, 11, 1)); // sorted, the time part ignored
        QCOMPARE(b->usage.first().cost, 14.69);
        QCOMPARE(b->usage.last().userInitiated, 130);
        QCOMPARE(b->totalQuantity(), 750);
        QCOMPARE(b->totalCost(), 20.20);
        // Tried: usage not a list, a period without a date, neither a balance nor usage.
        QVERIFY(!json::clientBalance(parse(R"({"balance": 1, "usage": {}})")));
        QVERIFY(!json::clientBalance(parse(R"({"usage": [{"quantity": 3}]})")));
        QVERIFY(!json::clientBalance(parse(R"({"currency": "EUR"})")));
        const auto noBalance = json::clientBalance(parse(R"({"usage": []})"));
        QVERIFY(noBalance && !noBalance->hasBalance);
    }

    void recentPeriods()
    {
        const QDateTime now(QDate(2026, 3, 15), QTime(10, 0), Qt::UTC);
        const BalanceQuery days = BalanceQuery::recent(Granularity::Day, now);
        QCOMPARE(days.start, QDateTime(QDate(2026, 2, 14), QTime(0, 0), Qt::UTC));
        QCOMPARE(days.end, now);
        const BalanceQuery months = BalanceQuery::recent(Granularity::Month, now);
        QCOMPARE(months.start, QDateTime(QDate(2025, 4, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(granularityName(Granularity::Day), QStringLiteral("day"));
    }
};

QTEST_MAIN(TestPartnerJson)
#include "tst_partnerjson.moc"
