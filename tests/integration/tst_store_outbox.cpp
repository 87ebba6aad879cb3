// Store: the outbox (queued → sending → sent/failed/unknown), how a sent item meets statuses that came first, and
// several senders on one outbox (issue #17 item 9): claims, leases, settling after a crash.
#include "StoreTestBase.h"
#include "TestEnvironment.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <latch>

using namespace wabadesk;
using namespace wabadesk::store;

namespace {

// The status fixture for wamid.xyzxyz, echoing `callbackData` as biz_opaque_callback_data (REFERENCE.md §6.4).
QByteArray statusWithCallbackData(const QString& callbackData)
{
    QJsonObject root =
        QJsonDocument::fromJson(test::readData(QStringLiteral("webhooks/status_delivered.json"))).object();
    QJsonArray entries = root.value(QLatin1String("entry")).toArray();
    QJsonObject entry = entries.at(0).toObject();
    QJsonArray changes = entry.value(QLatin1String("changes")).toArray();
    QJsonObject change = changes.at(0).toObject();
    QJsonObject value = change.value(QLatin1String("value")).toObject();
    QJsonArray statuses = value.value(QLatin1String("statuses")).toArray();
    QJsonObject status = statuses.at(0).toObject();
    status.insert(QStringLiteral("biz_opaque_callback_data"), callbackData);
    statuses.replace(0, status);
    value.insert(QStringLiteral("statuses"), statuses);
    change.insert(QStringLiteral("value"), value);
    changes.replace(0, change);
    entry.insert(QStringLiteral("changes"), changes);
    entries.replace(0, entry);
    root.insert(QStringLiteral("entry"), entries);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

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
    void concurrentSendersNeverClaimTheSameItem()
    {
        // Tried: two senders, each on its own connection in its own thread, released together, both claiming every
        // due item of the same 60 as fast as they can. Each item must be claimed exactly once.
        constexpr int kItems = 60;
        QSet<qint64> all;
        for (int i = 0; i < kItems; ++i)
            all.insert(m_store->enqueueOutgoing(QStringLiteral("c"), QString(),
                                                textPayload(QStringLiteral("1"), QString::number(i))));
        QCOMPARE(all.size(), kItems);
        std::latch start(2);
        QList<qint64> claimed[2];
        QString errors[2];
        std::unique_ptr<QThread> threads[2];
        const store::StoreOpener opener = Store::openerFor(m_location);
        for (int s = 0; s < 2; ++s) {
            threads[s].reset(QThread::create([&, s] {
                QString error;
                const std::unique_ptr<Store> store = opener(&error);
                start.arrive_and_wait();
                if (!store) {
                    errors[s] = error;
                    return;
                }
                const QString sender = QStringLiteral("sender-%1").arg(s);
                for (const OutboxItem& item : store->dueOutgoing(QDateTime::currentDateTimeUtc().addSecs(1), 1000)) {
                    if (store->markOutgoingSending(item.id, sender, std::chrono::minutes(1)))
                        claimed[s].append(item.id);
                }
            }));
            threads[s]->start();
        }
        for (auto& thread : threads)
            QVERIFY(thread->wait(60000));
        QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(), qPrintable(errors[0] + errors[1]));
        const QSet<qint64> first(claimed[0].cbegin(), claimed[0].cend());
        const QSet<qint64> second(claimed[1].cbegin(), claimed[1].cend());
        QCOMPARE(first.size(), claimed[0].size());
        QVERIFY2(!first.intersects(second), "an item was claimed by both senders");
        QCOMPARE(first + second, all);
        qInfo() << "claims: sender 0" << first.size() << "sender 1" << second.size();
    }

    void aLeaseThatRanOutIsTakenBack()
    {
        // Tried: sender A claims an item and stops (no renewal) before its request left; while A's lease runs the
        // item stays A's; once it ran out the item is queued again, B claims it, and A (waking up late) may not send.
        const qint64 id = m_store->enqueueOutgoing(QStringLiteral("c"), QString(),
                                                   textPayload(QStringLiteral("1"), QStringLiteral("x")));
        const QString a = QStringLiteral("host:1:a");
        const QString b = QStringLiteral("host:2:b");
        QVERIFY(m_store->markOutgoingSending(id, a, std::chrono::seconds(30)));
        QVERIFY(!m_store->markOutgoingSending(id, b, std::chrono::seconds(30))); // A holds it
        int requeued = -1;
        int unknown = -1;
        QVERIFY(m_store->settleInterruptedOutgoing(&requeued, &unknown, QDateTime::currentDateTimeUtc().addSecs(5)));
        QCOMPARE(requeued, 0); // A's lease still runs
        QCOMPARE(m_store->outboxItem(id)->state, OutboxItem::State::Sending);
        // A renewing keeps it past the old end of the lease.
        QCOMPARE(m_store->renewOutgoingClaims(a, std::chrono::seconds(60)), 1);
        QVERIFY(m_store->settleInterruptedOutgoing(&requeued, &unknown, QDateTime::currentDateTimeUtc().addSecs(45)));
        QCOMPARE(requeued, 0);
        // Then A stops renewing: after its lease the item is queued again and B takes it.
        QVERIFY(m_store->settleInterruptedOutgoing(&requeued, &unknown, QDateTime::currentDateTimeUtc().addSecs(61)));
        QCOMPARE(requeued, 1);
        QCOMPARE(unknown, 0);
        QCOMPARE(m_store->outboxItem(id)->state, OutboxItem::State::Queued);
        QVERIFY(m_store->markOutgoingSending(id, b, std::chrono::seconds(30)));
        QVERIFY(!m_store->markOutgoingRequestSent(id, a, QStringLiteral("x"))); // A lost it: A does not send
        QVERIFY(m_store->markOutgoingRequestSent(id, b, QStringLiteral("x")));
        QCOMPARE(m_store->renewOutgoingClaims(a, std::chrono::seconds(60)), 0);
    }

    void settleAfterACrash()
    {
        // Tried: a crashed sender left one item claimed whose request never left, and one whose request left
        // without an answer; a live sender holds a third. Settling after the crashed sender's lease: the first is
        // queued again, the second is 'unknown' (never resent by itself), the live one is untouched. The agent can
        // retry or cancel an unknown item.
        QSignalSpy outbox(m_store.get(), &Store::outboxChanged);
        const auto enqueue = [this](const char* text) {
            return m_store->enqueueOutgoing(QStringLiteral("c"), QString(),
                                            textPayload(QStringLiteral("1"), QString::fromLatin1(text)));
        };
        const qint64 notSent = enqueue("not sent");
        const qint64 sent = enqueue("sent");
        const qint64 live = enqueue("live");
        const qint64 other = enqueue("other");
        QVERIFY(m_store->markOutgoingSending(notSent, QStringLiteral("crashed"), std::chrono::seconds(10)));
        QVERIFY(m_store->markOutgoingSending(sent, QStringLiteral("crashed"), std::chrono::seconds(10)));
        QVERIFY(m_store->markOutgoingRequestSent(sent, QStringLiteral("crashed"), QStringLiteral("sent")));
        QVERIFY(m_store->markOutgoingSending(live, QStringLiteral("alive"), std::chrono::minutes(5)));
        outbox.clear();
        int requeued = 0;
        int unknown = 0;
        QVERIFY(m_store->settleInterruptedOutgoing(&requeued, &unknown, QDateTime::currentDateTimeUtc().addSecs(11)));
        QCOMPARE(requeued, 1);
        QCOMPARE(unknown, 1);
        QCOMPARE(outbox.size(), 2);
        QCOMPARE(m_store->outboxItem(notSent)->state, OutboxItem::State::Queued);
        QCOMPARE(m_store->outboxItem(sent)->state, OutboxItem::State::Unknown);
        QCOMPARE(m_store->outboxItem(live)->state, OutboxItem::State::Sending);
        const QList<OutboxItem> due = m_store->dueOutgoing(QDateTime::currentDateTimeUtc().addSecs(11), 100);
        QList<qint64> dueIds;
        for (const OutboxItem& item : due)
            dueIds.append(item.id);
        QCOMPARE(dueIds, (QList<qint64>{notSent, other})); // the unknown one is not sent again by itself
        // Settling again changes nothing.
        QVERIFY(m_store->settleInterruptedOutgoing(&requeued, &unknown, QDateTime::currentDateTimeUtc().addSecs(11)));
        QCOMPARE(requeued + unknown, 0);
        // The agent decides: retry queues it (attempts go on counting), or cancel.
        QVERIFY(m_store->retryOutgoing(sent));
        QCOMPARE(m_store->outboxItem(sent)->state, OutboxItem::State::Queued);
        QVERIFY(m_store->markOutgoingSending(sent, QStringLiteral("alive"), std::chrono::minutes(5)));
        QCOMPARE(m_store->outboxItem(sent)->attempts, 2);
        QVERIFY(m_store->markOutgoingRequestSent(sent, QStringLiteral("alive"), QStringLiteral("sent")));
        QVERIFY(m_store->settleInterruptedOutgoing(&requeued, &unknown, QDateTime::currentDateTimeUtc().addSecs(400)));
        QCOMPARE(unknown, 1);  // "sent" again: its second request left too
        QCOMPARE(requeued, 1); // "live", whose sender stopped before its request left
        QVERIFY(m_store->cancelOutgoing(sent));
        QCOMPARE(m_store->outboxItem(sent)->state, OutboxItem::State::Cancelled);
    }

    void aStatusSettlesAnUnknownItem()
    {
        // Tried: an item whose request left before a crash is 'unknown'; its status webhook echoes the outbox id in
        // biz_opaque_callback_data: the item becomes sent with that wamid and its message shows the text that
        // went, with the status. A status echoing another (not unknown, not ours) value changes nothing.
        const QString conversation = m_store->ensureConversation(QStringLiteral(""), QStringLiteral("972987654321"));
        const qint64 id = m_store->enqueueOutgoing(QStringLiteral(""), conversation,
                                                   textPayload(QStringLiteral("972987654321"), QStringLiteral("Hi")));
        QVERIFY(m_store->markOutgoingSending(id, QStringLiteral("crashed"), std::chrono::seconds(1)));
        QVERIFY(m_store->markOutgoingRequestSent(id, QStringLiteral("crashed"), QStringLiteral("Hi")));
        QVERIFY(m_store->settleInterruptedOutgoing(nullptr, nullptr, QDateTime::currentDateTimeUtc().addSecs(2)));
        QCOMPARE(m_store->outboxItem(id)->state, OutboxItem::State::Unknown);
        QCOMPARE(m_store->pendingOutgoing(conversation).size(), 1); // shown to the agent

        QCOMPARE(ingest(statusWithCallbackData(QStringLiteral("tracker"))).result, IngestOutcome::Result::Stored);
        QCOMPARE(m_store->outboxItem(id)->state, OutboxItem::State::Unknown); // not ours

        QSignalSpy outbox(m_store.get(), &Store::outboxChanged);
        const QByteArray body = statusWithCallbackData(OutboxItem::callbackData(id));
        // Another status (read) of the same message, so it is new to the history.
        QByteArray read = body;
        read.replace("\"delivered\"", "\"read\"");
        QCOMPARE(ingest(read).result, IngestOutcome::Result::Stored);
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().at(1).toLongLong(), id);
        const std::optional<OutboxItem> item = m_store->outboxItem(id);
        QCOMPARE(item->state, OutboxItem::State::Sent);
        QCOMPARE(item->wamid, QStringLiteral("wamid.xyzxyz"));
        QVERIFY(m_store->pendingOutgoing(conversation).isEmpty());
        const auto m = m_store->message(QStringLiteral("wamid.xyzxyz"));
        QVERIFY(m);
        QCOMPARE(m->origin, StoredMessage::Origin::Local);
        QCOMPARE(m->text, QStringLiteral("Hi"));
        QCOMPARE(m->conversationId, conversation);
        QCOMPARE(m->status, QStringLiteral("read"));
        QCOMPARE(m_store->search(QStringLiteral("hi")).size(), 1);
        QCOMPARE(m_store->conversation(conversation)->lastMessageId, QStringLiteral("wamid.xyzxyz"));
    }
};

QTEST_GUILESS_MAIN(TestStoreOutbox)
#include "tst_store_outbox.moc"
