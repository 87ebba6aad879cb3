// Store: the outbox (queued → sending → sent/failed) and how a sent item meets statuses that came first.
#include "StoreTestBase.h"
#include "TestEnvironment.h"
#include "store/Store.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace wabadesk;
using namespace wabadesk::store;

namespace {} // namespace

class TestStoreOutbox : public QObject, protected test::StoreTestBase {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(openStore(&error), qPrintable(error));
    }
    void cleanup() { closeStore(); }

    void queuedRetriedSent()
    {
        const QString conversation =
            m_store->ensureConversation(QStringLiteral("channel-a"), QStringLiteral("4915112345678"));
        QCOMPARE(conversation, QStringLiteral("channel-a/4915112345678"));
        QCOMPARE(m_store->conversation(conversation)->contact.phoneE164, QStringLiteral("+4915112345678"));
        QSignalSpy outbox(m_store.get(), &Store::outboxChanged);
        const qint64 id =
            m_store->enqueueOutgoing(QStringLiteral("channel-a"), conversation,
                                     textPayload(QStringLiteral("4915112345678"), QStringLiteral("Hello")));
        QVERIFY(id > 0);
        QCOMPARE(outbox.size(), 1);
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(1);
        QList<OutboxItem> due = m_store->dueOutgoing(now);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().payload.value(QLatin1String("to")).toString(), QStringLiteral("4915112345678"));
        QVERIFY(m_store->markOutgoingSending(id));
        QVERIFY(!m_store->markOutgoingSending(id)); // taken already
        QVERIFY(m_store->dueOutgoing(now).isEmpty());
        // 131056 pair rate limit: retry later (REFERENCE.md §7.2, §8.2).
        QVERIFY(m_store->markOutgoingFailed(id, QStringLiteral("131056"), now.addSecs(60)));
        QVERIFY(m_store->dueOutgoing(now).isEmpty());
        due = m_store->dueOutgoing(now.addSecs(61));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().attempts, 1);
        QCOMPARE(due.first().lastError, QStringLiteral("131056"));
        QVERIFY(m_store->markOutgoingSending(id));
        QSignalSpy messages(m_store.get(), &Store::messagesChanged);
        QVERIFY(m_store->markOutgoingSent(id, QStringLiteral("wamid.sent-1"), QStringLiteral("Hello")));
        QCOMPARE(messages.size(), 1);
        const auto m = m_store->message(QStringLiteral("wamid.sent-1"));
        QVERIFY(m);
        QCOMPARE(m->direction, StoredMessage::Direction::Outbound);
        QCOMPARE(m->origin, StoredMessage::Origin::Local);
        QCOMPARE(m->text, QStringLiteral("Hello"));
        QCOMPARE(m->type, QStringLiteral("text"));
        QCOMPARE(m->conversationId, conversation);
        QCOMPARE(m_store->conversation(conversation)->lastMessageId, QStringLiteral("wamid.sent-1"));
        QCOMPARE(m_store->search(QStringLiteral("hello")).size(), 1);
        QVERIFY(m_store->dueOutgoing(now.addSecs(3600)).isEmpty());
    }

    void permanentFailure()
    {
        const qint64 id = m_store->enqueueOutgoing(QStringLiteral("c"), QString(),
                                                   textPayload(QStringLiteral("1"), QStringLiteral("x")));
        QVERIFY(m_store->markOutgoingSending(id));
        QVERIFY(m_store->markOutgoingFailed(id, QStringLiteral("131047 re-engagement")));
        QVERIFY(m_store->dueOutgoing(QDateTime::currentDateTimeUtc().addDays(1)).isEmpty());
        QVERIFY(!m_store->markOutgoingSent(4711, QStringLiteral("wamid.none"), QString())); // no such item
    }

    void statusesBeforeTheSendResult()
    {
        // The webhook can beat the HTTP response: the delivered status makes a placeholder first.
        m_store->ingest({{1, {}, test::readData(QStringLiteral("webhooks/status_delivered.json")), {}}});
        const QString conversation = m_store->ensureConversation(QStringLiteral(""), QStringLiteral("972987654321"));
        const qint64 id = m_store->enqueueOutgoing(QStringLiteral(""), conversation,
                                                   textPayload(QStringLiteral("972987654321"), QStringLiteral("Hi")));
        QVERIFY(m_store->markOutgoingSending(id));
        QVERIFY(m_store->markOutgoingSent(id, QStringLiteral("wamid.xyzxyz"), QStringLiteral("Hi")));
        const auto m = m_store->message(QStringLiteral("wamid.xyzxyz"));
        QCOMPARE(m->origin, StoredMessage::Origin::Local);
        QCOMPARE(m->text, QStringLiteral("Hi"));
        QCOMPARE(m->status, QStringLiteral("delivered")); // the tick that came first is kept
    }
};

QTEST_GUILESS_MAIN(TestStoreOutbox)
#include "tst_store_outbox.moc"
