// Store: duplicates, statuses in any order (REFERENCE.md §5.5), quarantine, routing (§5.2) and change signals.
#include "StoreTestBase.h"
#include "TestEnvironment.h"
#include "store/Store.h"
#include "store/StoreConnection.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace wabadesk;
using namespace wabadesk::store;
using Result = IngestOutcome::Result;

namespace {

QByteArray cloudBody(const QJsonObject& value)
{
    const QJsonObject change{{QStringLiteral("value"), value}, {QStringLiteral("field"), QStringLiteral("messages")}};
    const QJsonObject entry{{QStringLiteral("id"), QStringLiteral("1234567890987654321")},
                            {QStringLiteral("changes"), QJsonArray{change}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                                     {QStringLiteral("entry"), QJsonArray{entry}}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject metadata()
{
    return {{QStringLiteral("display_phone_number"), QStringLiteral("972123456789")},
            {QStringLiteral("phone_number_id"), QStringLiteral("1122334455667")}};
}

QByteArray textBody(const QStringList& wamids)
{
    QJsonArray items;
    for (const QString& id : wamids) {
        items.append(QJsonObject{{QStringLiteral("from"), QStringLiteral("972987654321")},
                                 {QStringLiteral("id"), id},
                                 {QStringLiteral("timestamp"), QStringLiteral("1697043223")},
                                 {QStringLiteral("type"), QStringLiteral("text")},
                                 {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), id}}}});
    }
    return cloudBody({{QStringLiteral("metadata"), metadata()}, {QStringLiteral("messages"), items}});
}

QByteArray echoBody(const QString& wamid, const QString& text)
{
    const QJsonObject echo{{QStringLiteral("from"), QStringLiteral("972123456789")},
                           {QStringLiteral("to"), QStringLiteral("972987654321")},
                           {QStringLiteral("id"), wamid},
                           {QStringLiteral("timestamp"), QStringLiteral("1698266940")},
                           {QStringLiteral("type"), QStringLiteral("text")},
                           {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}};
    return cloudBody({{QStringLiteral("metadata"), metadata()}, {QStringLiteral("message_echoes"), QJsonArray{echo}}});
}

} // namespace

class TestStoreOrdering : public QObject, protected test::StoreTestBase {
    Q_OBJECT

    QString statusOf(const char* wamid) const { return message(QLatin1String(wamid)).status; }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(openStore(&error), qPrintable(error));
    }
    void cleanup() { closeStore(); }

    void sameBodyTwice()
    {
        QCOMPARE(ingest("text.json").result, Result::Stored);
        const IngestOutcome again = ingest("text.json"); // 360dialog redelivers (§5.5): a new journal record
        QCOMPARE(again.result, Result::Duplicate);
        QCOMPARE(again.messages, 0);
        const Conversation c = m_store->conversations(QStringLiteral("")).value(0);
        QCOMPARE(c.unreadCount, 1);
        QCOMPARE(m_store->messages(c.id).size(), 1);
        QCOMPARE(m_store->journalEntries().size(), 2);
        QCOMPARE(m_store->journalEntries().first().result, QStringLiteral("duplicate"));
    }

    void sameJournalSeqTwice()
    {
        const JournalRecord record{7, QDateTime::currentDateTimeUtc(), fixture("text.json"),
                                   QStringLiteral("127.0.0.1")};
        QCOMPARE(m_store->ingest({record}).value(0).result, Result::Stored);
        const QList<IngestOutcome> again = m_store->ingest({record, record});
        QCOMPARE(again.size(), 2);
        QCOMPARE(again.at(0).result, Result::Duplicate);
        QCOMPARE(again.at(1).result, Result::Duplicate);
        QCOMPARE(m_store->lastJournalSeq(), 7);
        QCOMPARE(m_store->journalEntries().size(), 1);
        QCOMPARE(m_store->journalEntry(7)->peer, QStringLiteral("127.0.0.1"));
        QCOMPARE(m_store->journalEntry(7)->body, record.body);
    }

    void sameMessageInTwoBodies()
    {
        ingest(textBody({QStringLiteral("wamid.a"), QStringLiteral("wamid.b")}));
        const IngestOutcome o = ingest(textBody({QStringLiteral("wamid.b"), QStringLiteral("wamid.c")}));
        QCOMPARE(o.result, Result::Stored);
        QCOMPARE(o.messages, 1);
        const Conversation c = m_store->conversations(QStringLiteral("")).value(0);
        QCOMPARE(m_store->messages(c.id).size(), 3);
        QCOMPARE(c.unreadCount, 3);
    }

    void sameStatusTwice()
    {
        QCOMPARE(ingest("status_sent.json").statuses, 1);
        const IngestOutcome again = ingest("status_sent.json");
        QCOMPARE(again.result, Result::Duplicate);
        QCOMPARE(again.statuses, 0);
        QCOMPARE(m_store->statusHistory(QStringLiteral("wamid.xyzxyz")).size(), 1);
    }

    void statusesMoveForwardOnly()
    {
        ingest("status_sent.json");
        ingest("status_read.json");
        ingest("status_delivered.json"); // late: stays read
        QCOMPARE(statusOf("wamid.xyzxyz"), QStringLiteral("read"));
        ingest("status_played.json");
        QCOMPARE(statusOf("wamid.xyzxyz"), QStringLiteral("played"));
        const QList<MessageStatusRecord> history = m_store->statusHistory(QStringLiteral("wamid.xyzxyz"));
        QCOMPARE(history.size(), 4);
        QCOMPARE(history.first().status, QStringLiteral("sent"));
        QCOMPARE(history.first().conversationId, QStringLiteral("7270432eae37498234f4444b35ffc5"));
        QCOMPARE(history.first().conversationExpiry.toSecsSinceEpoch(), 1698339900);
        QCOMPARE(history.first().pricingModel, QStringLiteral("CBP"));
        QCOMPARE(history.first().billable, std::optional<bool>(true));
    }

    void failedWinsAndKeepsItsError()
    {
        ingest("status_failed.json");
        ingest("status_delivered.json"); // must not happen, but must not hide the failure either
        ingest("status_read.json");
        StoredMessage m = message(QStringLiteral("wamid.xyzxyz"));
        QCOMPARE(m.status, QStringLiteral("failed"));
        QCOMPARE(m.errorCode, 130472);
        QCOMPARE(m.errorTitle, QStringLiteral("User's number is part of an experiment"));
        QVERIFY(m.errorDetails.startsWith(QLatin1String("Failed to send message")));
        init();
        ingest("status_sent.json");
        ingest("status_delivered.json");
        ingest("status_failed.json"); // Meta can send failed after sent
        m = message(QStringLiteral("wamid.xyzxyz"));
        QCOMPARE(m.status, QStringLiteral("failed"));
        QCOMPARE(m.errorCode, 130472);
        const QList<MessageStatusRecord> history = m_store->statusHistory(QStringLiteral("wamid.xyzxyz"));
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.first().status, QStringLiteral("failed")); // ordered by the status timestamps
        QVERIFY(history.first().errorsJson.contains(QLatin1String("130472")));
    }

    void statusBeforeItsMessage()
    {
        ingest("status_delivered.json");
        StoredMessage m = message(QStringLiteral("wamid.xyzxyz"));
        QCOMPARE(m.origin, StoredMessage::Origin::Placeholder);
        QCOMPARE(m.direction, StoredMessage::Direction::Outbound);
        QCOMPARE(m.status, QStringLiteral("delivered"));
        QCOMPARE(m.conversationId, QStringLiteral("/972987654321"));
        // The message itself arrives (an echo from the Business app): content filled, status kept.
        const IngestOutcome o = ingest(echoBody(QStringLiteral("wamid.xyzxyz"), QStringLiteral("sent from the app")));
        QCOMPARE(o.result, Result::Stored);
        QCOMPARE(o.messages, 1);
        m = message(QStringLiteral("wamid.xyzxyz"));
        QCOMPARE(m.origin, StoredMessage::Origin::Echo);
        QCOMPARE(m.text, QStringLiteral("sent from the app"));
        QCOMPARE(m.status, QStringLiteral("delivered"));
        ingest("status_sent.json");
        QCOMPARE(statusOf("wamid.xyzxyz"), QStringLiteral("delivered"));
        QCOMPARE(ingest(echoBody(QStringLiteral("wamid.xyzxyz"), QStringLiteral("again"))).result, Result::Duplicate);
        QCOMPARE(message(QStringLiteral("wamid.xyzxyz")).text, QStringLiteral("sent from the app"));
    }

    void statusKindsAreKept()
    {
        ingest("status_biz_opaque.json");
        QCOMPARE(m_store->statusHistory(QStringLiteral("wamid.xyzxyz")).first().bizOpaqueCallbackData,
                 QStringLiteral("some data"));
        ingest("status_pmp.json");
        const MessageStatusRecord pmp = m_store->statusHistory(QStringLiteral("wamid.xyzxyz")).last();
        QCOMPARE(pmp.pricingModel, QStringLiteral("PMP"));
        QCOMPARE(pmp.pricingType, QStringLiteral("regular"));
        QCOMPARE(pmp.pricingCategory, QStringLiteral("marketing"));
        QVERIFY(!pmp.billable);
        ingest("status_group.json");
        QCOMPARE(statusOf("wamid.group-message"), QStringLiteral("delivered"));
        ingest("onpremise_status.json");
        QCOMPARE(statusOf("gBEGkYiEB1VXAglK1ZEqA1YKPrU"), QStringLiteral("delivered"));
        // A value this client does not know goes into the history only.
        ingest(cloudBody({{QStringLiteral("metadata"), metadata()},
                          {QStringLiteral("statuses"),
                           QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("wamid.xyzxyz")},
                                                  {QStringLiteral("status"), QStringLiteral("deleted")},
                                                  {QStringLiteral("timestamp"), QStringLiteral("1751400001")}}}}}));
        QCOMPARE(statusOf("wamid.xyzxyz"), QStringLiteral("delivered"));
        QCOMPARE(m_store->statusHistory(QStringLiteral("wamid.xyzxyz")).last().status, QStringLiteral("deleted"));
    }

    void quarantine()
    {
        const IngestOutcome notJson = ingest("not_json.txt");
        QCOMPARE(notJson.result, Result::Quarantined);
        QVERIFY(notJson.reason.startsWith(QLatin1String("not JSON")));
        QCOMPARE(notJson.kind, QStringLiteral("unknown"));
        QCOMPARE(ingest("not_envelope.json").result, Result::Quarantined);
        QCOMPARE(ingest(QByteArray("{\"object\":\"whatsapp_business_account\",\"entry\":[\"x\"]}")).result,
                 Result::Quarantined);
        // Partly readable: what could be read is stored, the rest is named.
        const IngestOutcome partial = ingest("wrong_types.json");
        QCOMPARE(partial.result, Result::Stored);
        QCOMPARE(partial.messages, 2);
        QVERIFY(partial.reason.contains(QLatin1String("timestamp: expected unix seconds")));
        QVERIFY(partial.reason.contains(QLatin1String("more)")));
        const QList<JournalEntry> journal = m_store->journalEntries();
        QCOMPARE(journal.size(), 4);
        QCOMPARE(journal.at(3).result, QStringLiteral("quarantined"));
        QCOMPARE(journal.at(3).body, fixture("not_json.txt"));
        QVERIFY(!journal.at(3).reason.isEmpty());
        QCOMPARE(journal.at(0).result, QStringLiteral("stored"));
        QCOMPARE(m_store->journalEntries(10, journal.at(1).seq).size(), 2); // paging
    }

    void routingByPhoneNumberId()
    {
        m_store->setChannelRoutes({{QStringLiteral("1122334455667"), QStringLiteral("channel-a")},
                                   {QStringLiteral("4930609859535"), QStringLiteral("channel-b")}});
        const IngestOutcome o = ingest("batch.json");
        QCOMPARE(o.channelId, QStringLiteral("channel-a"));
        QCOMPARE(o.messages, 3);
        QCOMPARE(o.statuses, 3);
        QCOMPARE(m_store->conversations(QStringLiteral("channel-a")).size(), 2); // the status recipient is one of them
        const QList<Conversation> b = m_store->conversations(QStringLiteral("channel-b")); // by display number
        QCOMPARE(b.size(), 1);
        QCOMPARE(b.first().contact.profileName, QStringLiteral("Other Channel Customer"));
        QCOMPARE(message(QStringLiteral("wamid.batch-3")).channelId, QStringLiteral("channel-b"));
        QCOMPARE(statusOf("wamid.batch-out-1"), QStringLiteral("delivered"));
        QCOMPARE(m_store->journalEntry(o.seq)->channelId, QStringLiteral("channel-a"));
        m_store->setChannelRoutes({});
        ingest("text.json"); // an unknown number is kept, on channel "" (listed with every channel's)
        const QList<Conversation> all = m_store->conversations(QString());
        QCOMPARE(std::count_if(all.cbegin(), all.cend(), [](const Conversation& c) { return c.channelId.isEmpty(); }),
                 1);
        QCOMPARE(all.size(), 4);
    }

    void aRecordTheDatabaseRefusesIsQuarantinedAlone()
    {
        QString error;
        QVERIFY2(refuseInserts(QStringLiteral("messages"), QStringLiteral("NEW.wamid = 'wamid.poison'"),
                               QStringLiteral("poison"), &error),
                 qPrintable(error));
        const QList<IngestOutcome> out = m_store->ingest({{1, {}, textBody({QStringLiteral("wamid.ok-1")}), {}},
                                                          {2, {}, textBody({QStringLiteral("wamid.poison")}), {}},
                                                          {3, {}, textBody({QStringLiteral("wamid.ok-2")}), {}}});
        QCOMPARE(out.size(), 3);
        QCOMPARE(out.at(0).result, Result::Stored);
        QCOMPARE(out.at(1).result, Result::Quarantined);
        QVERIFY(out.at(1).reason.contains(QLatin1String("poison")));
        QCOMPARE(out.at(2).result, Result::Stored);
        QVERIFY(m_store->message(QStringLiteral("wamid.ok-1")));
        QVERIFY(m_store->message(QStringLiteral("wamid.ok-2")));
        QVERIFY(!m_store->message(QStringLiteral("wamid.poison")));
        QCOMPARE(m_store->journalEntry(2)->result, QStringLiteral("quarantined"));
        QCOMPARE(m_store->search(QStringLiteral("wamid")).size(), 2); // the refused record left nothing behind
    }

    void aFailingDatabaseWritesNothing()
    {
        QString error;
        QVERIFY2(refuseInserts(QStringLiteral("webhook_journal"), QStringLiteral("NEW.seq = 2"),
                               QStringLiteral("disk full"), &error),
                 qPrintable(error));
        const QList<IngestOutcome> out = m_store->ingest(
            {{1, {}, textBody({QStringLiteral("wamid.a")}), {}}, {2, {}, textBody({QStringLiteral("wamid.b")}), {}}});
        QVERIFY(out.isEmpty());
        QVERIFY(m_store->lastError().contains(QLatin1String("disk full")));
        QCOMPARE(m_store->lastJournalSeq(), 0);
        QVERIFY(!m_store->message(QStringLiteral("wamid.a"))); // the whole batch rolled back: the worker retries it
        QVERIFY(m_store->conversations(QStringLiteral("")).isEmpty());
        QCOMPARE(m_store->ingest({{1, {}, textBody({QStringLiteral("wamid.a")}), {}}}).value(0).result,
                 Result::Stored); // and the store still works
    }

    void signalsAfterCommit()
    {
        QSignalSpy conversations(m_store.get(), &Store::conversationsChanged);
        QSignalSpy messages(m_store.get(), &Store::messagesChanged);
        QSignalSpy journal(m_store.get(), &Store::journalAppended);
        const QList<IngestOutcome> out = m_store->ingest({{10, {}, fixture("text.json"), {}},
                                                          {11, {}, fixture("status_sent.json"), {}},
                                                          {12, {}, fixture("not_json.txt"), {}}});
        QCOMPARE(out.size(), 3);
        QCOMPARE(conversations.size(), 1);
        QCOMPARE(conversations.first().first().toStringList(), QStringList{QStringLiteral("/972987654321")});
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().at(1).toStringList(), QStringList{QStringLiteral("wamid.xyzxyz")});
        QCOMPARE(journal.size(), 1);
        QCOMPARE(journal.first().at(0).toLongLong(), 10);
        QCOMPARE(journal.first().at(1).toLongLong(), 12);
        m_store->ingest({{12, {}, fixture("text.json"), {}}}); // nothing new: no signals
        QCOMPARE(journal.size(), 1);
        QCOMPARE(messages.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreOrdering)
#include "tst_store_ordering.moc"
