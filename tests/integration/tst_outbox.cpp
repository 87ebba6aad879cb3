// OutboxSender against the sandbox: sends, retries (429 with Retry-After, 500), permanent failures and their
// retry, 131047 closing the window, local media uploaded first, order per conversation, restart after a crash (before
// the request left: sent; after: outcome unknown, settled by the status webhook, never resent);
// composer attachments recorded in the media library and the same content sent again by its id, not re-uploaded.
#include "media/MediaCache.h"
#include "outbox/OutboxPayload.h"
#include "sandbox/Sandbox.h"
#include "store/ChangeHub.h"
#include "tst_outbox_fixture.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace wabadesk;
using namespace wabadesk::outbox;

namespace {

QString bodyText(const QJsonObject& body)
{
    return body.value(QLatin1String("text")).toObject().value(QLatin1String("body")).toString();
}

} // namespace

class TestOutbox : public QObject, protected test::OutboxFixture {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(startFixture(&error), qPrintable(error));
    }
    void cleanup() { stopFixture(); }

    void textIsSentAndStored()
    {
        const QString conversation = customerWhoWrote(QStringLiteral("4915100000001"));
        QSignalSpy sent(m_outbox.get(), &OutboxSender::itemSent);
        const SendRequest r = m_messages->queueText(conversation, QStringLiteral("Hello *there*"), QString(), true);
        QVERIFY2(r.ok(), qPrintable(r.error));
        // Written first: the item is in the store before any answer came back.
        QVERIFY(pendingItem(conversation, r.outboxId).has_value());
        QVERIFY(sent.wait(10000));
        QCOMPARE(sent.first().at(0).toLongLong(), r.outboxId);
        const QString wamid = sent.first().at(2).toString();
        QVERIFY(wamid.startsWith(QLatin1String("wamid.")));
        QVERIFY(m_store->pendingOutgoing(conversation).isEmpty());
        const auto stored = m_store->message(wamid, m_channel.id);
        QVERIFY(stored);
        QCOMPARE(stored->direction, StoredMessage::Direction::Outbound);
        QCOMPARE(stored->conversationId, conversation);
        QCOMPARE(stored->text, QStringLiteral("Hello *there*"));
        const QList<QJsonObject> bodies = sentBodies();
        QCOMPARE(bodies.size(), 1);
        QCOMPARE(bodies.first().value(QLatin1String("to")).toString(), QStringLiteral("4915100000001"));
        QCOMPARE(bodies.first().value(QLatin1String("text")).toObject().value(QLatin1String("preview_url")).toBool(),
                 true);
        QVERIFY(!bodies.first().contains(QLatin1String("wabadesk"))); // the private object never goes out
    }

    void rateLimitWaitsForRetryAfter()
    {
        const QString conversation = customerWhoWrote(QStringLiteral("4915100000002"));
        sandbox::FaultPlan faults;
        faults.rateLimited = 1;
        faults.retryAfterSeconds = 1;
        m_sandbox->setFaults(faults);
        QSignalSpy retrying(m_outbox.get(), &OutboxSender::itemRetrying);
        QSignalSpy sent(m_outbox.get(), &OutboxSender::itemSent);
        QElapsedTimer clock;
        clock.start();
        const SendRequest r = m_messages->queueText(conversation, QStringLiteral("after the pause"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(retrying.wait(10000));
        QVERIFY2(retrying.first().at(2).toString().startsWith(QLatin1String("130429:")),
                 qPrintable(retrying.first().at(2).toString()));
        const QDateTime retryAt = retrying.first().at(3).toDateTime();
        QVERIFY(QDateTime::currentDateTimeUtc().msecsTo(retryAt) > 500); // ~1 s from Retry-After, not 100 ms backoff
        QVERIFY(sent.wait(10000));
        QVERIFY2(clock.elapsed() >= 900, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(sentBodies().size(), 2);
        QCOMPARE(outbound(conversation).size(), 1);
    }

    void serverErrorIsRetried()
    {
        const QString conversation = customerWhoWrote(QStringLiteral("4915100000003"));
        sandbox::FaultPlan faults;
        faults.serverErrors = 2;
        m_sandbox->setFaults(faults);
        QSignalSpy retrying(m_outbox.get(), &OutboxSender::itemRetrying);
        QSignalSpy sent(m_outbox.get(), &OutboxSender::itemSent);
        const SendRequest r = m_messages->queueText(conversation, QStringLiteral("third time lucky"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(sent.wait(10000));
        QCOMPARE(retrying.size(), 2);
        QVERIFY(retrying.first().at(2).toString().startsWith(QLatin1String("131000:")));
        QCOMPARE(sentBodies().size(), 3);
        QCOMPARE(outbound(conversation).size(), 1);
    }

    void givesUpAfterMaxAttempts()
    {
        const QString conversation = customerWhoWrote(QStringLiteral("4915100000004"));
        sandbox::FaultPlan faults;
        faults.serverErrors = 10; // more than maxAttempts (4)
        m_sandbox->setFaults(faults);
        QSignalSpy failed(m_outbox.get(), &OutboxSender::itemFailed);
        const SendRequest r = m_messages->queueText(conversation, QStringLiteral("never"));
        QVERIFY(failed.wait(15000));
        QCOMPARE(sentBodies().size(), 4);
        const auto item = pendingItem(conversation, r.outboxId);
        QVERIFY(item);
        QCOMPARE(item->state, OutboxItem::State::Failed);
        QVERIFY2(item->lastError.startsWith(QLatin1String("131000:")), qPrintable(item->lastError));
        m_sandbox->setFaults({});
    }

    void permanentErrorFailsAndRetryRequeues()
    {
        const QString conversation = customerWhoWrote(QStringLiteral("4915100000005"));
        // A paused template is a permanent error (132015): no automatic retry.
        api::TemplateSend paused;
        paused.name = QStringLiteral("winter_clearance");
        paused.languageCode = QStringLiteral("en_US");
        QSignalSpy failed(m_outbox.get(), &OutboxSender::itemFailed);
        const SendRequest r =
            m_messages->queueTemplate(conversation, api::messages::templateMessage(QString(), paused));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).toLongLong(), r.outboxId);
        auto item = pendingItem(conversation, r.outboxId);
        QVERIFY(item);
        QCOMPARE(item->state, OutboxItem::State::Failed);
        QVERIFY2(item->lastError.startsWith(QLatin1String("132015:")), qPrintable(item->lastError));
        QCOMPARE(outboxErrorCode(item->lastError), 132015);
        QTest::qWait(300); // longer than the backoff: nothing is retried by itself
        QCOMPARE(sentBodies().size(), 1);

        // Retry asks again: the item is queued and sent once more (and fails again, still paused).
        failed.clear();
        const SendRequest again = m_messages->retry(conversation, QString::number(r.outboxId));
        QVERIFY2(again.ok(), qPrintable(again.error));
        QVERIFY(failed.wait(10000));
        QCOMPARE(sentBodies().size(), 2);
        // Retrying something that is not failed is refused.
        QVERIFY(!m_messages->retry(conversation, QStringLiteral("999999")).ok());
    }

    void windowClosedBy131047ThenReopened()
    {
        // The store thinks the window is open, but the sandbox customer never wrote: the API answers 131047.
        const QString waId = QStringLiteral("4915100000006");
        const QString conversation = customerWhoWrote(waId, false);
        QVERIFY(m_store->conversation(conversation)->isWindowOpen(QDateTime::currentDateTimeUtc()));
        QSignalSpy closed(m_outbox.get(), &OutboxSender::windowClosed);
        QSignalSpy failed(m_outbox.get(), &OutboxSender::itemFailed);
        const SendRequest r = m_messages->queueText(conversation, QStringLiteral("too late"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(failed.wait(10000));
        QCOMPARE(closed.size(), 1);
        QCOMPARE(closed.first().at(0).toString(), conversation);
        const auto item = pendingItem(conversation, r.outboxId);
        QVERIFY(item);
        QCOMPARE(item->state, OutboxItem::State::Failed);
        QVERIFY2(item->lastError.startsWith(QLatin1String("131047:")), qPrintable(item->lastError));
        QVERIFY(!m_store->conversation(conversation)->isWindowOpen(QDateTime::currentDateTimeUtc()));
        QCOMPARE(sentBodies().size(), 1); // never retried by itself

        // Free-form is refused now, with nothing queued; Retry too.
        const SendRequest refused = m_messages->queueText(conversation, QStringLiteral("still?"));
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error.isEmpty());
        QCOMPARE(m_store->pendingOutgoing(conversation).size(), 1);
        QVERIFY(!m_messages->retry(conversation, QString::number(r.outboxId)).ok());

        // A template still goes.
        QSignalSpy sent(m_outbox.get(), &OutboxSender::itemSent);
        const SendRequest templated = m_messages->queueTemplate(conversation, helloWorld());
        QVERIFY2(templated.ok(), qPrintable(templated.error));
        QVERIFY(sent.wait(10000));
        QCOMPARE(m_store->message(sent.first().at(2).toString(), m_channel.id)->text, QStringLiteral("hello_world"));

        // The customer writes (a second later: the store keeps whole seconds): the window opens again and Retry of
        // the failed message goes through.
        QTest::qWait(1100);
        customerWhoWrote(waId);
        QVERIFY(m_store->conversation(conversation)->isWindowOpen(QDateTime::currentDateTimeUtc()));
        sent.clear();
        const SendRequest again = m_messages->retry(conversation, QString::number(r.outboxId));
        QVERIFY2(again.ok(), qPrintable(again.error));
        QVERIFY(sent.wait(10000));
        QCOMPARE(sent.first().at(0).toLongLong(), r.outboxId);
        QVERIFY(m_store->pendingOutgoing(conversation).isEmpty());
    }

    void localMediaIsUploadedThenSent()
    {
        const QString conversation = customerWhoWrote(QStringLiteral("4915100000007"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("photo.png"));
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QVERIFY(image.save(path, "PNG"));
        QSignalSpy sent(m_outbox.get(), &OutboxSender::itemSent);
        const SendRequest r =
            m_messages->queueMedia(conversation, api::MediaKind::Image, path, QStringLiteral("our shop"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const auto queued = pendingItem(conversation, r.outboxId);
        QVERIFY(queued);
        QCOMPARE(localFile(queued->payload), path);
        QCOMPARE(localMimeType(queued->payload), QStringLiteral("image/png"));
        QVERIFY(sent.wait(10000));

        const QStringList paths = requestPaths();
        const qsizetype upload = paths.indexOf(QRegularExpression(QStringLiteral("^POST .*/media$")));
        const qsizetype message = paths.indexOf(QRegularExpression(QStringLiteral("^POST .*/messages$")));
        QVERIFY2(upload >= 0 && message > upload, qPrintable(paths.join(QStringLiteral(", "))));
        const QJsonObject body = sentBodies().first();
        const QJsonObject imageObject = body.value(QLatin1String("image")).toObject();
        QVERIFY(!imageObject.value(QLatin1String("id")).toString().isEmpty());
        QVERIFY(!imageObject.contains(QLatin1String("link")));
        QCOMPARE(imageObject.value(QLatin1String("caption")).toString(), QStringLiteral("our shop"));
        QVERIFY(!body.contains(QLatin1String("wabadesk")));
        QCOMPARE(m_store->message(sent.first().at(2).toString(), m_channel.id)->text, QStringLiteral("our shop"));
    }

    // Issue #7: a file attached in a conversation goes into the media library once the outbox uploaded it (hash,
    // size, type, kind, 30-day expiry, a kept copy), and the same content attached again (under another name, in
    // another conversation) is sent by that id without a second POST /media. Bad input tried: a different file of
    // the same size, which must be uploaded on its own; an upload deleted from the library, which is not reused.
    void attachmentsGoIntoTheMediaLibraryAndAreReused()
    {
        media::MediaCache cache(m_dir->filePath(QStringLiteral("data")));
        m_outbox->setMediaCache(&cache);
        const QString anna = customerWhoWrote(QStringLiteral("4915100000011"));
        const QString ben = customerWhoWrote(QStringLiteral("4915100000012"));
        QTemporaryDir dir;
        const auto writePdf = [&dir](const QString& name, char fill) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly))
                return QString();
            file.write(QByteArray("%PDF-1.4\n") + QByteArray(4000, fill) + QByteArray("\n%%EOF\n"));
            return file.fileName();
        };
        const QString first = writePdf(QStringLiteral("menu.pdf"), 'a');
        const QString sameContent = writePdf(QStringLiteral("menu (copy).pdf"), 'a');
        const QString otherContent = writePdf(QStringLiteral("menu-v2.pdf"), 'b');
        QSignalSpy sent(m_outbox.get(), &OutboxSender::itemSent);
        const auto mediaPosts = [this] {
            return int(requestPaths().filter(QRegularExpression(QStringLiteral("^POST .*/media$"))).size());
        };

        QVERIFY(m_messages->queueMedia(anna, api::MediaKind::Document, first).ok());
        QVERIFY(sent.wait(10000));
        QCOMPARE(mediaPosts(), 1);
        const QString mediaId =
            sentBodies().last().value(QLatin1String("document")).toObject().value(QLatin1String("id")).toString();
        QVERIFY(!mediaId.isEmpty());
        const std::optional<MediaItem> recorded = m_store->mediaItem(m_channel.id, mediaId);
        QVERIFY(recorded);
        QCOMPARE(int(recorded->origin), int(MediaItem::Origin::Uploaded));
        QCOMPARE(recorded->kind, QStringLiteral("document"));
        QCOMPARE(recorded->fileName, QStringLiteral("menu.pdf"));
        QCOMPARE(recorded->mimeType, QStringLiteral("application/pdf"));
        QFile original(first);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        QCOMPARE(recorded->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(recorded->bytes, qint64(bytes.size()));
        QVERIFY(qAbs(recorded->createdAt.secsTo(recorded->expiresAt) - 30LL * 86400) <= 1);
        QVERIFY(recorded->localPath.startsWith(cache.uploadsDir(m_channel.id)));
        QFile copy(recorded->localPath);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), bytes);

        // The same bytes under another name, to another customer: sent by the recorded id, nothing uploaded.
        QVERIFY(m_messages->queueMedia(ben, api::MediaKind::Document, sameContent).ok());
        QVERIFY(sent.wait(10000));
        QCOMPARE(mediaPosts(), 1);
        const QJsonObject reused = sentBodies().last().value(QLatin1String("document")).toObject();
        QCOMPARE(reused.value(QLatin1String("id")).toString(), mediaId);
        QCOMPARE(reused.value(QLatin1String("filename")).toString(), QStringLiteral("menu (copy).pdf"));

        // Other content of the same size is uploaded on its own.
        QVERIFY(m_messages->queueMedia(ben, api::MediaKind::Document, otherContent).ok());
        QVERIFY(sent.wait(10000));
        QCOMPARE(mediaPosts(), 2);
        QVERIFY(sentBodies().last().value(QLatin1String("document")).toObject().value(QLatin1String("id")) != mediaId);

        // Deleted from 360dialog (the library marks it): the same content is uploaded again, not sent by a dead id.
        QVERIFY(m_store->markMediaDeleted(m_channel.id, mediaId));
        QVERIFY(m_messages->queueMedia(anna, api::MediaKind::Document, first).ok());
        QVERIFY(sent.wait(10000));
        QCOMPARE(mediaPosts(), 3);
        QVERIFY(sentBodies().last().value(QLatin1String("document")).toObject().value(QLatin1String("id")) != mediaId);
        m_outbox->setMediaCache(nullptr);
    }

    void missingFileFailsWithoutSending()
    {
        const QString conversation = customerWhoWrote(QStringLiteral("4915100000008"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gone.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
        file.close();
        m_outbox->stop(); // queue first, delete the file, then let the sender look
        const SendRequest r = m_messages->queueMedia(conversation, api::MediaKind::Document, path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(QFile::remove(path));
        QSignalSpy failed(m_outbox.get(), &OutboxSender::itemFailed);
        m_outbox->start();
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().at(2).toString().startsWith(QLatin1String("file:")));
        QVERIFY(m_sandbox->recordedRequests().isEmpty());
    }

    void orderKeptPerConversation()
    {
        const QString a = customerWhoWrote(QStringLiteral("4915100000009"));
        const QString b = customerWhoWrote(QStringLiteral("4915100000010"));
        sandbox::FaultPlan faults;
        faults.serverErrors = 1; // the first request fails: its later siblings must wait for its retry
        m_sandbox->setFaults(faults);
        QSignalSpy sent(m_outbox.get(), &OutboxSender::itemSent);
        for (int i = 1; i <= 5; ++i) {
            QVERIFY(m_messages->queueText(a, QStringLiteral("a%1").arg(i)).ok());
            QVERIFY(m_messages->queueText(b, QStringLiteral("b%1").arg(i)).ok());
        }
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 10, 15000);
        for (const QString& conversation : {a, b}) {
            const QString prefix = conversation == a ? QStringLiteral("a") : QStringLiteral("b");
            // What the API accepted, in order: each text once, 1..5 (a failed attempt may repeat one in place).
            QStringList accepted;
            for (const QJsonObject& body : sentBodies()) {
                const QString text = bodyText(body);
                if (text.startsWith(prefix) && (accepted.isEmpty() || accepted.last() != text))
                    accepted << text;
            }
            QCOMPARE(accepted,
                     (QStringList{prefix + QLatin1Char('1'), prefix + QLatin1Char('2'), prefix + QLatin1Char('3'),
                                  prefix + QLatin1Char('4'), prefix + QLatin1Char('5')}));
            QStringList stored;
            for (const StoredMessage& m : outbound(conversation))
                stored << m.text;
            QCOMPARE(stored.size(), 5);
        }
    }

    void interruptedSendResumesAfterRestart()
    {
        // Tried: a sender claimed an item and stopped before its request left (no sender runs; its lease is short).
        // A new sender puts it back once the lease ran out and sends it, once.
        const QString conversation = customerWhoWrote(QStringLiteral("4915100000011"));
        m_outbox.reset(); // no sender: the item below is what a crash before the request leaves behind
        const qint64 id = m_store->enqueueOutgoing(
            m_channel.id, conversation,
            api::messages::text(QStringLiteral("4915100000011"), QStringLiteral("survivor")).toJson());
        QVERIFY(id > 0);
        QVERIFY(m_store->markOutgoingSending(id, QStringLiteral("crashed"), std::chrono::milliseconds(200)));
        QCOMPARE(pendingItem(conversation, id)->state, OutboxItem::State::Sending);

        m_outbox = makeSender();
        QSignalSpy sent(m_outbox.get(), &OutboxSender::itemSent);
        m_outbox->start();
        QVERIFY(sent.wait(10000));
        QCOMPARE(sent.first().at(0).toLongLong(), id);
        QCOMPARE(sentBodies().size(), 1);
        QCOMPARE(bodyText(sentBodies().first()), QStringLiteral("survivor"));
        QVERIFY(m_store->pendingOutgoing(conversation).isEmpty());
        m_messages = std::make_unique<MessageSender>(m_store.get(), m_outbox.get());
    }

    void senderGoneWhileTheAnswerIsOutIsUnknownNotResent()
    {
        // Tried: the sandbox holds its answer (latency) while the sender is destroyed after the request arrived: the
        // answer never gets recorded. After a restart the item is 'unknown' (not due, not sent again: the sandbox
        // saw exactly one request, carrying the outbox id as biz_opaque_callback_data); the status webhook echoing
        // that id settles it to sent with its wamid.
        const QString waId = QStringLiteral("4915100000014");
        const QString conversation = customerWhoWrote(waId);
        OutboxPolicy shortLease = testPolicy();
        shortLease.claimLease = std::chrono::milliseconds(300);
        m_outbox->setPolicy(shortLease);
        sandbox::FaultPlan faults;
        faults.latencyMs = 1500;
        m_sandbox->setFaults(faults);
        const SendRequest r = m_messages->queueText(conversation, QStringLiteral("in flight"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QTRY_COMPARE_WITH_TIMEOUT(sentBodies().size(), 1, 10000);
        QCOMPARE(sentBodies().first().value(QLatin1String("biz_opaque_callback_data")).toString(),
                 OutboxItem::callbackData(r.outboxId));
        m_messages.reset();
        m_outbox.reset(); // the process stops with the request out

        m_outbox = makeSender();
        m_messages = std::make_unique<MessageSender>(m_store.get(), m_outbox.get());
        m_outbox->start();
        QTRY_COMPARE_WITH_TIMEOUT(int(m_store->outboxItem(r.outboxId)->state), int(OutboxItem::State::Unknown), 10000);
        QVERIFY(m_store->dueOutgoing(QDateTime::currentDateTimeUtc().addSecs(60)).isEmpty());
        QCOMPARE(m_sandbox->recordedRequests().size(), 1);
        QCOMPARE(m_outbox->inFlightCount(), 0);

        const QString wamid = QStringLiteral("wamid.settled-by-status");
        ingestValue(
            QJsonObject{{QStringLiteral("statuses"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("id"), wamid},
                             {QStringLiteral("status"), QStringLiteral("delivered")},
                             {QStringLiteral("timestamp"), QString::number(QDateTime::currentSecsSinceEpoch())},
                             {QStringLiteral("recipient_id"), waId},
                             {QStringLiteral("biz_opaque_callback_data"), OutboxItem::callbackData(r.outboxId)}}}}});
        QVERIFY(!pendingItem(conversation, r.outboxId).has_value());
        QCOMPARE(m_store->outboxItem(r.outboxId)->wamid, wamid);
        const auto stored = m_store->message(wamid, m_channel.id);
        QVERIFY(stored);
        QCOMPARE(stored->text, QStringLiteral("in flight"));
        QCOMPARE(stored->status, QStringLiteral("delivered"));
        QCOMPARE(m_sandbox->recordedRequests().size(), 1);
    }

    void otherStoresKickThroughTheChangeHub()
    {
        // A second Store instance (as the listener's ingest worker has) queues an item: the UI's sender hears of it
        // through the hub at once, not at the next poll.
        const QString conversation = customerWhoWrote(QStringLiteral("4915100000013"));
        outbox::OutboxPolicy slowPoll = testPolicy();
        slowPoll.pollInterval = std::chrono::minutes(10);
        m_outbox->setPolicy(slowPoll);
        store::ChangeHub hub;
        m_outbox->setChangeHub(&hub);
        QString error;
        const std::unique_ptr<store::Store> other =
            store::Store::open(store::StoreLocation::inDataDir(m_dir->path()), &error);
        QVERIFY2(other, qPrintable(error));
        other->setChangeHub(&hub);
        QSignalSpy sent(m_outbox.get(), &OutboxSender::itemSent);
        const qint64 id = other->enqueueOutgoing(
            m_channel.id, conversation,
            api::messages::text(QStringLiteral("4915100000013"), QStringLiteral("from elsewhere")).toJson());
        QVERIFY(id > 0);
        QVERIFY(sent.wait(5000));
        QCOMPARE(sent.first().at(0).toLongLong(), id);
    }

    void cancelledItemIsNeverSent()
    {
        const QString conversation = customerWhoWrote(QStringLiteral("4915100000012"));
        m_outbox->stop();
        const SendRequest r = m_messages->queueText(conversation, QStringLiteral("never mind"));
        QVERIFY(r.ok());
        QVERIFY(m_messages->cancel(r.outboxId));
        m_outbox->start();
        QTest::qWait(300);
        QVERIFY(sentBodies().isEmpty());
        QVERIFY(!pendingItem(conversation, r.outboxId).has_value());
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
