// Live updates between a team's desks (issue #18, TEAM.md "Live updates"): two Store instances on one PostgreSQL
// database, a real throwaway cluster (TestPostgres.h), each with its ChangeHub and RemoteChanges as a desk has them.
#include "TestPostgres.h"
#include "WebhookBody.h"
#include "store/ChangeHub.h"
#include "store/ChangeNotice.h"
#include "store/RemoteChanges.h"
#include "store/RemoteChangesThread.h"
#include "store/Store.h"
#include "store/StoreConnection.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace wabadesk;
using namespace wabadesk::store;
using namespace std::chrono_literals;

namespace {

// A messages webhook with `count` customer texts (REFERENCE.md §5), wamids "wamid.<prefix>-<n>".
QByteArray texts(const QString& prefix, int count, int wamidPadding = 0)
{
    QJsonArray messages;
    for (int i = 0; i < count; ++i) {
        messages.append(QJsonObject{
            {QStringLiteral("from"), QStringLiteral("4915112345678")},
            {QStringLiteral("id"),
             QStringLiteral("wamid.%1-%2%3").arg(prefix).arg(i).arg(QString(wamidPadding, QLatin1Char('x')))},
            {QStringLiteral("timestamp"), QStringLiteral("1697043223")},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("Hello %1").arg(i)}}}});
    }
    const QJsonObject value{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("4930123")},
                                                 {QStringLiteral("phone_number_id"), QStringLiteral("1122334455667")}}},
        {QStringLiteral("contacts"),
         QJsonArray{
             QJsonObject{{QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Ana")}}},
                         {QStringLiteral("wa_id"), QStringLiteral("4915112345678")}}}},
        {QStringLiteral("messages"), messages}};
    return test::webhookBody(value);
}

// One desk: its store, its hub, its ear on the database.
struct Desk {
    ChangeHub hub;
    std::unique_ptr<Store> store;
    std::unique_ptr<RemoteChanges> remote;
};

} // namespace

class TestRemoteChanges : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        m_location = test::newPostgresLocation(m_dir->path(), &error);
        QVERIFY2(m_location.isValid(), qPrintable(error));
        m_a = openDesk(&error);
        QVERIFY2(m_a, qPrintable(error));
        m_b = openDesk(&error);
        QVERIFY2(m_b, qPrintable(error));
    }

    void cleanup()
    {
        m_a.reset();
        m_b.reset();
        m_dir.reset();
    }

    void messageReachesTheOtherDesk()
    {
        QSignalSpy messages(&m_b->hub, &ChangeHub::messagesChanged);
        QSignalSpy conversations(&m_b->hub, &ChangeHub::conversationsChanged);
        QSignalSpy inbound(&m_b->hub, &ChangeHub::inboundMessages);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(m_a->store->ingest({{1, QDateTime::currentDateTimeUtc(), texts(QStringLiteral("a"), 2), {}}}).size(),
                 1);
        const qint64 committed = clock.nsecsElapsed();
        QVERIFY(messages.wait(2000));
        // A figure, not a verdict (the wait above is the verdict): from the commit's return on desk A to desk B's hub.
        qInfo("from desk A's commit to desk B's hub: %.2f ms", double(clock.nsecsElapsed() - committed) / 1e6);
        QCOMPARE(messages.size(), 1);
        const QString conversation = messages.first().at(0).toString();
        QVERIFY(conversation.endsWith(QLatin1String("4915112345678")));
        QCOMPARE(messages.first().at(1).toStringList(), (QStringList{"wamid.a-0", "wamid.a-1"}));
        QCOMPARE(conversations.size(), 1);
        QCOMPARE(conversations.first().at(0).toStringList(), QStringList{conversation});
        // The notice carried ids only; desk B read the sender and the text through its own store.
        QCOMPARE(inbound.size(), 1);
        const auto notices = inbound.first().at(0).value<QList<NewMessageNotice>>();
        QCOMPARE(notices.size(), 2);
        QCOMPARE(notices.at(0).wamid, QStringLiteral("wamid.a-0"));
        QCOMPARE(notices.at(0).senderName, QStringLiteral("Ana"));
        QCOMPARE(notices.at(0).preview, QStringLiteral("Hello 0"));
    }

    void ownChangesAreNotDeliveredTwice()
    {
        QSignalSpy ownMessages(&m_a->hub, &ChangeHub::messagesChanged);
        QSignalSpy otherMessages(&m_b->hub, &ChangeHub::messagesChanged);
        QCOMPARE(m_a->store->ingest({{1, QDateTime::currentDateTimeUtc(), texts(QStringLiteral("own"), 1), {}}}).size(),
                 1);
        QCOMPARE(ownMessages.size(), 1); // from A's own store, at once
        QVERIFY(otherMessages.wait(2000));
        // A later change from B reaches A after A's own notice (one connection delivers in order): once B's draft
        // is on A's hub, A's listener has seen its own notice and skipped it.
        QSignalSpy drafts(&m_a->hub, &ChangeHub::draftChanged);
        const QString conversation = ownMessages.first().at(0).toString();
        QVERIFY(
            m_b->store->saveDraft(conversation, Draft{QStringLiteral("typing"), {}, QDateTime::currentDateTimeUtc()}));
        QVERIFY(drafts.wait(2000));
        QCOMPARE(drafts.first().at(0).toString(), conversation);
        QCOMPARE(ownMessages.size(), 1);
    }

    void tooBigANoticeArrivesAsAReload()
    {
        QSignalSpy reload(&m_b->hub, &ChangeHub::reloadNeeded);
        QSignalSpy messages(&m_b->hub, &ChangeHub::messagesChanged);
        // 120 wamids of ~70 bytes: about 9 kB of ids, over PostgreSQL's 8000-byte payload.
        const QByteArray body = texts(QStringLiteral("bulk"), 120, 60);
        QCOMPARE(m_a->store->ingest({{1, QDateTime::currentDateTimeUtc(), body, {}}}).size(), 1);
        QVERIFY(reload.wait(2000));
        QCOMPARE(reload.size(), 1);
        QCOMPARE(messages.size(), 0); // the reload stands for them
    }

    void droppedConnectionReconnectsAndReloads()
    {
        const qint64 pid = m_b->remote->backendPid();
        QVERIFY(pid > 0);
        QSignalSpy lost(m_b->remote.get(), &RemoteChanges::connectionLost);
        QSignalSpy listening(m_b->remote.get(), &RemoteChanges::listening);
        QSignalSpy reload(&m_b->hub, &ChangeHub::reloadNeeded);
        {
            QString error;
            QSqlDatabase killer = openRawConnection(m_location, QStringLiteral("killer"), &error);
            QVERIFY2(killer.isOpen(), qPrintable(error));
            QSqlQuery q(killer);
            QVERIFY(q.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
            QVERIFY(q.next() && q.value(0).toBool());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("killer"));
        QVERIFY(reload.wait(5000));
        QCOMPARE(lost.size(), 1);
        QCOMPARE(listening.size(), 1);
        QVERIFY(m_b->remote->backendPid() > 0);
        QVERIFY(m_b->remote->backendPid() != pid);
        // And it listens again: A's next message reaches B.
        QSignalSpy messages(&m_b->hub, &ChangeHub::messagesChanged);
        QCOMPARE(
            m_a->store->ingest({{1, QDateTime::currentDateTimeUtc(), texts(QStringLiteral("after"), 1), {}}}).size(),
            1);
        QVERIFY(messages.wait(2000));
        QCOMPARE(messages.first().at(1).toStringList(), QStringList{"wamid.after-0"});
    }

    void onAThreadOfItsOwn()
    {
        // As app/gui/main.cpp composes a team desk: the listener on its own thread, the hub in this (the UI) thread.
        ChangeHub hub;
        QStringList received;
        connect(&hub, &ChangeHub::messagesChanged, this, [&](const QString&, const QStringList& wamids) {
            QVERIFY(QThread::currentThread() == thread()); // queued to the hub's receivers' thread
            received += wamids;
        });
        {
            RemoteChangesThread remote(m_location, Store::openerFor(m_location), &hub);
            remote.start();
            // Until it listens, a notice would be missed: wait for the connection's backend to appear.
            QTRY_VERIFY_WITH_TIMEOUT(listeners() == 3, 5000); // desks A and B, and this one
            QCOMPARE(
                m_a->store->ingest({{1, QDateTime::currentDateTimeUtc(), texts(QStringLiteral("t"), 1), {}}}).size(),
                1);
            QTRY_COMPARE_WITH_TIMEOUT(received, QStringList{"wamid.t-0"}, 2000);
        } // stopped and its connection closed in its thread
        QTRY_COMPARE_WITH_TIMEOUT(listeners(), 2, 5000);
    }

    void payloadRoundTrip()
    {
        ChangeNotice n;
        n.origin = QStringLiteral("o");
        n.messages.insert(QStringLiteral("c1"), {QStringLiteral("w1")});
        n.outbox.append({QStringLiteral("c1"), 42});
        n.merges.append({QStringLiteral("c0"), QStringLiteral("c1")});
        n.quickReplies = true;
        n.journalFirst = 3;
        n.journalLast = 5;
        const ChangeNotice back = ChangeNotice::fromPayload(n.toPayload());
        QCOMPARE(back.origin, n.origin);
        QVERIFY(!back.reload);
        QCOMPARE(back.messages, n.messages);
        QCOMPARE(back.outbox, n.outbox);
        QCOMPARE(back.merges.size(), 1);
        QCOMPARE(back.merges.first().into, QStringLiteral("c1"));
        QVERIFY(back.quickReplies);
        QCOMPARE(back.journalLast, 5);
        // What is not a notice at all (another program on the channel) is a reload, not a crash.
        QVERIFY(ChangeNotice::fromPayload("not json").reload);
        QVERIFY(ChangeNotice::fromPayload("[1,2]").reload);
    }

private:
    // Server processes LISTENing on the channel, seen from another connection.
    int listeners()
    {
        int count = -1;
        {
            QSqlDatabase db = openRawConnection(m_location, QStringLiteral("observer"));
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                                      " AND application_name = '%1'")
                           .arg(QLatin1String(RemoteChanges::kApplicationName))) &&
                q.next())
                count = q.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("observer"));
        return count;
    }

    std::unique_ptr<Desk> openDesk(QString* error)
    {
        auto desk = std::make_unique<Desk>();
        desk->store = Store::open(m_location, error);
        if (!desk->store)
            return nullptr;
        desk->store->setChangeHub(&desk->hub);
        desk->remote = std::make_unique<RemoteChanges>(m_location, Store::openerFor(m_location), &desk->hub);
        desk->remote->setHeartbeatInterval(100ms);
        desk->remote->setFirstRetryDelay(50ms);
        desk->remote->start();
        if (!desk->remote->isListening()) {
            *error = QStringLiteral("not listening");
            return nullptr;
        }
        return desk;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    StoreLocation m_location;
    std::unique_ptr<Desk> m_a;
    std::unique_ptr<Desk> m_b;
};

QTEST_GUILESS_MAIN(TestRemoteChanges)
#include "tst_remotechanges.moc"
