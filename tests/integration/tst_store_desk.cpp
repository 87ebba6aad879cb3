// Store: what the conversation desk (issue #5) reads and writes: conversations of every channel, the window closed by
// a 131047, failed markers, pending outbox items, drafts, jumps, and the change hub across threads.
#include "StoreTestBase.h"
#include "TestEnvironment.h"
#include "store/ChangeHub.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

#include <thread>

using namespace wabadesk;
using namespace wabadesk::store;

namespace {

const QString kChannel = QStringLiteral("channel-a");

// A Cloud API envelope with one inbound text message (REFERENCE.md §6.3).
QByteArray inboundText(const QString& phoneNumberId, const QString& from, const QString& wamid, qint64 timestamp,
                       const QString& text)
{
    const QJsonObject message{{QStringLiteral("from"), from},
                              {QStringLiteral("id"), wamid},
                              {QStringLiteral("timestamp"), QString::number(timestamp)},
                              {QStringLiteral("type"), QStringLiteral("text")},
                              {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}};
    const QJsonObject value{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550001")},
                                                 {QStringLiteral("phone_number_id"), phoneNumberId}}},
        {QStringLiteral("contacts"),
         QJsonArray{
             QJsonObject{{QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Ana")}}},
                         {QStringLiteral("wa_id"), from}}}},
        {QStringLiteral("messages"), QJsonArray{message}}};
    const QJsonObject envelope{
        {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
        {QStringLiteral("entry"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), QStringLiteral("waba")},
             {QStringLiteral("changes"), QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                                                {QStringLiteral("value"), value}}}}}}}};
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

} // namespace

class TestStoreDesk : public QObject, protected test::StoreTestBase {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(openStore(&error), qPrintable(error));
        m_store->setChannelRoutes({{QStringLiteral("pn-a"), QStringLiteral("channel-a")},
                                   {QStringLiteral("pn-b"), QStringLiteral("channel-b")}});
    }
    void cleanup() { closeStore(); }

    void conversationsOfEveryChannel()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QCOMPARE(ingest(inboundText(QStringLiteral("pn-a"), QStringLiteral("4915111111111"), QStringLiteral("w1"),
                                    now - 60, QStringLiteral("one")))
                     .result,
                 IngestOutcome::Result::Stored);
        QCOMPARE(ingest(inboundText(QStringLiteral("pn-b"), QStringLiteral("4915122222222"), QStringLiteral("w2"), now,
                                    QStringLiteral("two")))
                     .result,
                 IngestOutcome::Result::Stored);
        QCOMPARE(m_store->conversations(QStringLiteral("channel-a")).size(), 1);
        const QList<Conversation> all = m_store->conversations(QString());
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().channelId, QStringLiteral("channel-b")); // the latest activity first
        QCOMPARE(all.last().channelId, QStringLiteral("channel-a"));
        QCOMPARE(m_store->totalUnread(), 2); // one unread message in each
    }

    void windowClosedBy131047UntilTheCustomerWritesAgain()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        ingest(inboundText(QStringLiteral("pn-a"), QStringLiteral("4915111111111"), QStringLiteral("w1"), now - 600,
                           QStringLiteral("hi")));
        const QString id = QStringLiteral("channel-a/4915111111111");
        QVERIFY(m_store->conversation(id)->isWindowOpen(QDateTime::currentDateTimeUtc()));
        QSignalSpy changed(m_store.get(), &Store::conversationsChanged);
        QVERIFY(m_store->closeWindow(id));
        QCOMPARE(changed.size(), 1);
        Conversation c = *m_store->conversation(id);
        QVERIFY(c.windowClosedAt.isValid());
        QVERIFY(!c.isWindowOpen(QDateTime::currentDateTimeUtc()));
        QVERIFY(!m_store->closeWindow(QStringLiteral("channel-a/nobody"))); // unknown conversation: nothing closed
        // The customer writes again (a later webhook timestamp): the window opens again.
        ingest(inboundText(QStringLiteral("pn-a"), QStringLiteral("4915111111111"), QStringLiteral("w2"), now + 5,
                           QStringLiteral("again")));
        c = *m_store->conversation(id);
        QVERIFY(c.isWindowOpen(QDateTime::currentDateTimeUtc()));
    }

    void pendingOutgoingRetryCancelAndFailedCount()
    {
        const QString id = m_store->ensureConversation(kChannel, QStringLiteral("4915111111111"));
        QVERIFY(!id.isEmpty());
        QSignalSpy outbox(m_store.get(), &Store::outboxChanged);
        const qint64 a =
            m_store->enqueueOutgoing(kChannel, id, textPayload(QStringLiteral("4915111111111"), QStringLiteral("a")));
        const qint64 b =
            m_store->enqueueOutgoing(kChannel, id, textPayload(QStringLiteral("4915111111111"), QStringLiteral("b")));
        QVERIFY(a > 0 && b > a);
        QCOMPARE(outbox.size(), 2);
        QCOMPARE(outbox.first().at(0).toString(), id); // the signal names the conversation
        QList<OutboxItem> pending = m_store->pendingOutgoing(id);
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.first().id, a); // oldest first

        QVERIFY(m_store->markOutgoingSending(a));
        QVERIFY(m_store->markOutgoingFailed(a, QStringLiteral("131026: undeliverable")));
        QCOMPARE(outbox.last().at(0).toString(), id);
        QCOMPARE(m_store->conversation(id)->failedCount, 1);
        QCOMPARE(m_store->pendingOutgoing(id).first().state, OutboxItem::State::Failed);
        QCOMPARE(m_store->pendingOutgoing(id).first().lastError, QStringLiteral("131026: undeliverable"));

        QVERIFY(!m_store->retryOutgoing(b)); // queued, not failed: nothing to retry
        QVERIFY(m_store->retryOutgoing(a));
        QCOMPARE(m_store->conversation(id)->failedCount, 0);
        QCOMPARE(m_store->dueOutgoing(QDateTime::currentDateTimeUtc().addSecs(1)).size(), 2);

        QVERIFY(m_store->cancelOutgoing(b));
        QVERIFY(!m_store->cancelOutgoing(b)); // already cancelled
        pending = m_store->pendingOutgoing(id);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().id, a);

        // A crash before the request left: once the sender's lease ran out the item is queued again, never lost.
        QVERIFY(m_store->markOutgoingSending(a, QStringLiteral("crashed"), std::chrono::seconds(30)));
        QVERIFY(m_store->dueOutgoing(QDateTime::currentDateTimeUtc().addSecs(1)).isEmpty());
        int requeued = 0;
        QVERIFY(m_store->settleInterruptedOutgoing(&requeued, nullptr, QDateTime::currentDateTimeUtc()));
        QCOMPARE(requeued, 0); // the lease still runs: the sender may be alive
        QVERIFY(m_store->settleInterruptedOutgoing(&requeued, nullptr, QDateTime::currentDateTimeUtc().addSecs(31)));
        QCOMPARE(requeued, 1);
        QCOMPARE(m_store->dueOutgoing(QDateTime::currentDateTimeUtc().addSecs(1)).size(), 1);

        // A sent item leaves the pending list and becomes a message.
        QVERIFY(m_store->markOutgoingSending(a));
        QVERIFY(m_store->markOutgoingSent(a, QStringLiteral("wamid.sent"), QStringLiteral("a")));
        QVERIFY(m_store->pendingOutgoing(id).isEmpty());
        QVERIFY(m_store->rowIdOf(kChannel, QStringLiteral("wamid.sent")).has_value());
        QVERIFY(!m_store->rowIdOf(QStringLiteral("channel-b"), QStringLiteral("wamid.sent")).has_value());
    }

    void sentReactionAndMediaAreShownLikeReceivedOnes()
    {
        const QString id = m_store->ensureConversation(kChannel, QStringLiteral("4915111111111"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        ingest(inboundText(QStringLiteral("pn-a"), QStringLiteral("4915111111111"), QStringLiteral("w.in"), now,
                           QStringLiteral("photo please")));
        // The business reacts to the customer's message: the reaction shows under it, not as a message of its own.
        const QJsonObject reaction{
            {QStringLiteral("to"), QStringLiteral("4915111111111")},
            {QStringLiteral("type"), QStringLiteral("reaction")},
            {QStringLiteral("reaction"), QJsonObject{{QStringLiteral("message_id"), QStringLiteral("w.in")},
                                                     {QStringLiteral("emoji"), QString::fromUtf8("👍")}}}};
        const qint64 r = m_store->enqueueOutgoing(kChannel, id, reaction);
        QSignalSpy changed(m_store.get(), &Store::messagesChanged);
        QVERIFY(m_store->markOutgoingSending(r));
        QVERIFY(m_store->markOutgoingSent(r, QStringLiteral("w.reaction"), QStringLiteral("👍")));
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.first().at(1).toStringList().contains(QStringLiteral("w.in")));
        StoredMessage target = *m_store->message(QStringLiteral("w.in"), kChannel);
        QCOMPARE(target.reactions.size(), 1);
        QCOMPARE(target.reactions.first().emoji, QString::fromUtf8("👍"));
        QCOMPARE(target.reactions.first().reactorKey, QString::fromLatin1(MessageReaction::kBusiness));
        // Removing it (empty emoji) takes it away.
        QJsonObject removal = reaction;
        removal[QStringLiteral("reaction")] = QJsonObject{{QStringLiteral("message_id"), QStringLiteral("w.in")},
                                                          {QStringLiteral("emoji"), QStringLiteral("")}};
        const qint64 r2 = m_store->enqueueOutgoing(kChannel, id, removal);
        QVERIFY(m_store->markOutgoingSending(r2));
        QVERIFY(m_store->markOutgoingSent(r2, QStringLiteral("w.reaction2"), QString()));
        QVERIFY(m_store->message(QStringLiteral("w.in"), kChannel)->reactions.isEmpty());
        for (const StoredMessage& m : m_store->messages(id, 10))
            QVERIFY(m.type != QLatin1String("reaction")); // never a bubble of its own

        // Media: the message keeps what went out (the uploaded id), with its caption, file name and type.
        const QJsonObject queued{
            {QStringLiteral("to"), QStringLiteral("4915111111111")},
            {QStringLiteral("type"), QStringLiteral("document")},
            {QStringLiteral("document"), QJsonObject{{QStringLiteral("caption"), QStringLiteral("Your invoice")},
                                                     {QStringLiteral("filename"), QStringLiteral("invoice.pdf")}}},
            {QStringLiteral("context"), QJsonObject{{QStringLiteral("message_id"), QStringLiteral("w.in")}}},
            {QStringLiteral("wabadesk"), QJsonObject{{QStringLiteral("localFile"), QStringLiteral("/tmp/invoice.pdf")},
                                                     {QStringLiteral("mimeType"), QStringLiteral("application/pdf")}}}};
        QJsonObject sent = queued;
        QJsonObject document = sent.value(QLatin1String("document")).toObject();
        document.insert(QStringLiteral("id"), QStringLiteral("media-77"));
        sent.insert(QStringLiteral("document"), document);
        const qint64 d = m_store->enqueueOutgoing(kChannel, id, queued);
        QVERIFY(m_store->markOutgoingSending(d));
        QVERIFY(m_store->markOutgoingSent(d, QStringLiteral("w.doc"), QStringLiteral("Your invoice"), sent));
        const StoredMessage doc = *m_store->message(QStringLiteral("w.doc"), kChannel);
        QCOMPARE(doc.mediaId, QStringLiteral("media-77"));
        QCOMPARE(doc.caption, QStringLiteral("Your invoice"));
        QCOMPARE(doc.filename, QStringLiteral("invoice.pdf"));
        QCOMPARE(doc.mediaMimeType, QStringLiteral("application/pdf"));
        QCOMPARE(doc.replyToId, QStringLiteral("w.in"));
        QCOMPARE(doc.direction, StoredMessage::Direction::Outbound);
    }

    void draftsKeptAndDeleted()
    {
        const QString id = m_store->ensureConversation(kChannel, QStringLiteral("4915111111111"));
        QVERIFY(!m_store->draft(id));
        QSignalSpy drafts(m_store.get(), &Store::draftChanged);
        Draft d;
        d.text = QStringLiteral("<b>half</b> written 'quote' \"double\"");
        d.replyToWamid = QStringLiteral("wamid.x");
        QVERIFY(m_store->saveDraft(id, d));
        QCOMPARE(m_store->draft(id)->text, d.text);
        QCOMPARE(m_store->draft(id)->replyToWamid, d.replyToWamid);
        d.text = QStringLiteral("changed");
        d.replyToWamid.clear();
        QVERIFY(m_store->saveDraft(id, d));
        QCOMPARE(m_store->draft(id)->text, QStringLiteral("changed"));
        QVERIFY(m_store->draft(id)->replyToWamid.isEmpty());
        QVERIFY(m_store->saveDraft(id, Draft()));
        QVERIFY(!m_store->draft(id));
        QCOMPARE(drafts.size(), 3);
        // Survives reopening the database.
        d.text = QStringLiteral("after restart");
        QVERIFY(m_store->saveDraft(id, d));
        QString error;
        m_store.reset();
        m_store = Store::open(m_location, &error);
        QVERIFY2(m_store, qPrintable(error));
        QCOMPARE(m_store->draft(id)->text, QStringLiteral("after restart"));
    }

    void jumpToDate()
    {
        const qint64 day = 24 * 3600;
        const qint64 start = QDateTime::currentSecsSinceEpoch() - 10 * day;
        for (int i = 0; i < 5; ++i)
            ingest(inboundText(QStringLiteral("pn-a"), QStringLiteral("4915111111111"), QStringLiteral("d%1").arg(i),
                               start + i * day, QStringLiteral("day %1").arg(i)));
        const QString id = QStringLiteral("channel-a/4915111111111");
        const std::optional<qint64> row =
            m_store->firstRowIdAtOrAfter(id, QDateTime::fromSecsSinceEpoch(start + 2 * day - 1, Qt::UTC));
        QVERIFY(row);
        QCOMPARE(*row, *m_store->rowIdOf(kChannel, QStringLiteral("d2")));
        QVERIFY(!m_store->firstRowIdAtOrAfter(id, QDateTime::fromSecsSinceEpoch(start + 6 * day, Qt::UTC)));
    }

    // Paging towards the newest after a jump (messagesAfter), and reactions read for a whole page at once.
    // Bad input tried: two messages in the same second (the cursor must order by id too, not skip or repeat),
    // a cursor row id that does not exist, a reaction with an empty emoji (a removed reaction).
    void messagesAfterPagesForwardWithReactions()
    {
        const QString id = QStringLiteral("channel-a/4915111111111");
        const qint64 start = QDateTime::currentSecsSinceEpoch() - 3600;
        for (int i = 0; i < 6; ++i) // m2 and m3 share a second
            ingest(inboundText(QStringLiteral("pn-a"), QStringLiteral("4915111111111"), QStringLiteral("m%1").arg(i),
                               start + (i <= 2 ? i : i - 1) * 60, QStringLiteral("message %1").arg(i)));
        auto reaction = [&](const QString& wamid, const QString& target, const QString& emoji, const QString& from) {
            QJsonObject body =
                QJsonDocument::fromJson(inboundText(QStringLiteral("pn-a"), from, wamid, start + 900, QString()))
                    .object();
            QJsonArray entries = body.value(QStringLiteral("entry")).toArray();
            QJsonObject entry = entries[0].toObject();
            QJsonArray changes = entry.value(QStringLiteral("changes")).toArray();
            QJsonObject change = changes[0].toObject();
            QJsonObject value = change.value(QStringLiteral("value")).toObject();
            QJsonObject message = value.value(QStringLiteral("messages")).toArray().at(0).toObject();
            message.remove(QStringLiteral("text"));
            message.insert(QStringLiteral("type"), QStringLiteral("reaction"));
            message.insert(QStringLiteral("reaction"),
                           QJsonObject{{QStringLiteral("message_id"), target}, {QStringLiteral("emoji"), emoji}});
            value.insert(QStringLiteral("messages"), QJsonArray{message});
            change.insert(QStringLiteral("value"), value);
            changes[0] = change;
            entry.insert(QStringLiteral("changes"), changes);
            entries[0] = entry;
            body.insert(QStringLiteral("entry"), entries);
            return QJsonDocument(body).toJson(QJsonDocument::Compact);
        };
        ingest(
            reaction(QStringLiteral("r1"), QStringLiteral("m3"), QStringLiteral("👍"), QStringLiteral("4915111111111")));
        ingest(reaction(QStringLiteral("r2"), QStringLiteral("m1"), QStringLiteral("❤️"),
                        QStringLiteral("4915111111111")));
        ingest(reaction(QStringLiteral("r3"), QStringLiteral("m1"), QString(), QStringLiteral("4915111111111")));

        auto wamids = [](const QList<StoredMessage>& page) {
            QStringList out;
            for (const StoredMessage& m : page)
                out.append(m.wamid);
            return out;
        };
        const qint64 row2 = *m_store->rowIdOf(kChannel, QStringLiteral("m2"));
        QCOMPARE(wamids(m_store->messagesAfter(id, 0, 2)), (QStringList{QStringLiteral("m0"), QStringLiteral("m1")}));
        QCOMPARE(wamids(m_store->messagesAfter(id, row2, 10)),
                 (QStringList{QStringLiteral("m3"), QStringLiteral("m4"), QStringLiteral("m5")}));
        QVERIFY(m_store->messagesAfter(id, *m_store->rowIdOf(kChannel, QStringLiteral("m5")), 10).isEmpty());
        QVERIFY(m_store->messagesAfter(id, 987654321, 10).isEmpty());
        // Backwards from m3 (same second as m2) gives m2 and not m3; both directions join without a gap.
        const qint64 row3 = *m_store->rowIdOf(kChannel, QStringLiteral("m3"));
        QCOMPARE(wamids(m_store->messages(id, 2, row3)), (QStringList{QStringLiteral("m1"), QStringLiteral("m2")}));

        // Reactions come with the page: m3 has one; m1's was removed (empty emoji); the others have none.
        const QList<StoredMessage> all = m_store->messagesAfter(id, 0, 10);
        QCOMPARE(all.size(), 6); // reaction items are folded into their messages, not bubbles
        for (const StoredMessage& m : all) {
            if (m.wamid == QLatin1String("m3")) {
                QCOMPARE(m.reactions.size(), 1);
                QCOMPARE(m.reactions.first().emoji, QStringLiteral("👍"));
            } else {
                QVERIFY2(m.reactions.isEmpty(), qPrintable(m.wamid));
            }
        }
        const QList<StoredMessage> newest = m_store->messages(id, 3);
        QCOMPARE(wamids(newest), (QStringList{QStringLiteral("m3"), QStringLiteral("m4"), QStringLiteral("m5")}));
        QCOMPARE(newest.first().reactions.size(), 1);
    }

    // The listener's ingest worker has its own store on its own thread; the UI hears of its commits through the hub,
    // queued on the hub's thread.
    void hubDeliversAnotherThreadsChangesQueued()
    {
        ChangeHub hub;
        QSignalSpy conversations(&hub, &ChangeHub::conversationsChanged);
        QSignalSpy messages(&hub, &ChangeHub::messagesChanged);
        QSignalSpy inbound(&hub, &ChangeHub::inboundMessages);
        QSignalSpy templates(&hub, &ChangeHub::templatesChanged);
        const Qt::HANDLE uiThread = QThread::currentThreadId();
        Qt::HANDLE deliveredOn = nullptr;
        connect(&hub, &ChangeHub::inboundMessages, this, [&] { deliveredOn = QThread::currentThreadId(); });
        const StoreLocation location = m_location;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        std::thread worker([&] {
            QString error;
            std::unique_ptr<Store> other = Store::open(location, &error);
            QVERIFY2(other, qPrintable(error));
            other->setChannelRoutes({{QStringLiteral("pn-a"), kChannel}});
            other->setChangeHub(&hub);
            const QList<JournalRecord> records{
                {100,
                 QDateTime::currentDateTimeUtc(),
                 inboundText(QStringLiteral("pn-a"), QStringLiteral("4915111111111"), QStringLiteral("w.hub"), now,
                             QStringLiteral("<script>alert(1)</script>")),
                 {}},
                {101, QDateTime::currentDateTimeUtc(), fixture("template_approved.json"), {}}};
            QCOMPARE(other->ingest(records).size(), 2);
        });
        worker.join();
        // (QSignalSpy connects directly and counts at once; a receiver in this thread gets the signal queued.)
        QVERIFY(deliveredOn == nullptr); // nothing ran here before this thread's event loop did
        QTRY_VERIFY(deliveredOn != nullptr);
        QCOMPARE(deliveredOn, uiThread);
        QCOMPARE(inbound.size(), 1);
        const auto notices = inbound.first().at(0).value<QList<NewMessageNotice>>();
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.first().conversationId, QStringLiteral("channel-a/4915111111111"));
        QCOMPARE(notices.first().senderName, QStringLiteral("Ana"));
        QCOMPARE(notices.first().type, QStringLiteral("text"));
        QCOMPARE(notices.first().preview, QStringLiteral("<script>alert(1)</script>")); // plain text, as sent
        QCOMPARE(conversations.size(), 1);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().at(1).toStringList(), QStringList{QStringLiteral("w.hub")});
        QCOMPARE(templates.size(), 1);
        // Echoes and statuses change conversations but are not new customer messages.
        m_store->setChangeHub(&hub);
        QCOMPARE(ingest("echo.json").result, IngestOutcome::Result::Stored);
        QCOMPARE(ingest("status_read.json").result, IngestOutcome::Result::Stored);
        QCoreApplication::processEvents();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(inbound.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreDesk)
#include "tst_store_desk.moc"
