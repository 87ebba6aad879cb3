// MessageSender: what the UI may queue. Bad input is refused with a sentence and nothing queued; the 24-hour window
// rules (free-form refused, templates allowed); every message kind reaches the sandbox as a valid request; retry of
// a message whose delivery failed later; read receipts.
#include "outbox/OutboxPayload.h"
#include "sandbox/Sandbox.h"
#include "tst_outbox_fixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace wabadesk;
using namespace wabadesk::outbox;

class TestOutboxMessageSender : public QObject, protected test::OutboxFixture {
    Q_OBJECT

    QTemporaryDir m_files;

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write a test file");
        return path;
    }

    // Nothing may be queued and nothing sent after a refusal.
    void verifyNothingQueued(const QString& conversation)
    {
        QVERIFY(m_store->pendingOutgoing(conversation).isEmpty());
        QTest::qWait(100);
        QVERIFY(sentBodies().isEmpty());
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(startFixture(&error), qPrintable(error));
    }
    void cleanup() { stopFixture(); }

    void badInputIsRefused()
    {
        const QString conversation = customerWhoWrote(QStringLiteral("4915100000101"));
        QSignalSpy queued(m_messages.get(), &MessageSender::queued);

        // Empty and blank text.
        for (const QString& text : {QString(), QStringLiteral("  \n\t ")}) {
            const SendRequest r = m_messages->queueText(conversation, text);
            QVERIFY(!r.ok());
            QVERIFY(!r.error.isEmpty());
        }
        // 4,097 characters: one over the limit (REFERENCE.md §1.12); 4,096 is the most that goes.
        const SendRequest tooLong = m_messages->queueText(conversation, QString(4097, QLatin1Char('x')));
        QVERIFY(!tooLong.ok());
        QVERIFY2(tooLong.error.contains(QLatin1String("4096")), qPrintable(tooLong.error));

        // A Windows executable, as itself and renamed to .png, offered as a photo.
        QByteArray exe("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xFF\xFF\x00\x00", 16);
        exe.append(QByteArray(60, '\0'));
        exe.append("PE\0\0", 4);
        exe.append(QByteArray(200, '\x01'));
        for (const QString& name : {QStringLiteral("setup.exe"), QStringLiteral("holiday.png")}) {
            const SendRequest r = m_messages->queueMedia(conversation, api::MediaKind::Image, writeFile(name, exe));
            QVERIFY2(!r.ok(), qPrintable(name));
            QVERIFY(!r.error.isEmpty());
        }
        // A missing file and an empty file.
        QVERIFY(!m_messages->queueMedia(conversation, api::MediaKind::Document, m_files.filePath(QStringLiteral("no")))
                     .ok());
        QVERIFY(!m_messages
                     ->queueMedia(conversation, api::MediaKind::Document,
                                  writeFile(QStringLiteral("empty.pdf"), QByteArray()))
                     .ok());
        // A reaction without a target, a location off the globe, an unknown conversation.
        QVERIFY(!m_messages->queueReaction(conversation, QString(), QStringLiteral("👍")).ok());
        QVERIFY(!m_messages->queueLocation(conversation, 123.0, 500.0).ok());
        QVERIFY(!m_messages->queueText(QStringLiteral("nope/123"), QStringLiteral("hi")).ok());
        // The wrong kind through the typed entry points.
        QVERIFY(!m_messages->queueTemplate(conversation, api::messages::text(QString(), QStringLiteral("x"))).ok());
        QVERIFY(!m_messages->queueInteractive(conversation, api::messages::text(QString(), QStringLiteral("x"))).ok());

        QCOMPARE(queued.size(), 0);
        verifyNothingQueued(conversation);

        // 4,096 characters exactly is fine.
        QVERIFY(m_messages->queueText(conversation, QString(4096, QLatin1Char('y'))).ok());
        QCOMPARE(queued.size(), 1);
    }

    void newConversationIsTemplatesOnly()
    {
        const QString conversation = m_messages->startConversation(m_channel.id, QStringLiteral("+49 151 000 00102"));
        QCOMPARE(conversation, m_channel.id + QStringLiteral("/4915100000102"));
        QCOMPARE(m_messages->startConversation(m_channel.id, QStringLiteral("+49 151 000 00102")), conversation);
        // No inbound message: the window was never open. Free-form of every kind is refused…
        const SendRequest text = m_messages->queueText(conversation, QStringLiteral("Hi!"));
        QVERIFY(!text.ok());
        QVERIFY2(text.error.contains(QLatin1String("24-hour")), qPrintable(text.error));
        QVERIFY(!m_messages->queueLocation(conversation, 52.52, 13.40, QStringLiteral("Office")).ok());
        QVERIFY(!m_messages->queueReaction(conversation, QStringLiteral("wamid.x"), QStringLiteral("👍")).ok());
        verifyNothingQueued(conversation);
        // …a template goes.
        QSignalSpy sent(m_outbox.get(), &OutboxSender::itemSent);
        const SendRequest r = m_messages->queueTemplate(conversation, helloWorld());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(sent.wait(10000));
        QCOMPARE(sentBodies().first().value(QLatin1String("to")).toString(), QStringLiteral("4915100000102"));
    }

    void everyKindReachesTheApi()
    {
        QString inbound;
        const QString conversation = customerWhoWrote(QStringLiteral("4915100000103"), true, &inbound);
        QSignalSpy sent(m_outbox.get(), &OutboxSender::itemSent);
        QVERIFY(m_messages->queueText(conversation, QStringLiteral("re: your question"), inbound).ok());
        QVERIFY(m_messages->queueReaction(conversation, inbound, QStringLiteral("👍")).ok());
        QVERIFY(m_messages->queueReaction(conversation, inbound, QString()).ok()); // removes it again
        QVERIFY(m_messages
                    ->queueLocation(conversation, 52.520008, 13.404954, QStringLiteral("Shop"),
                                    QStringLiteral("Alexanderplatz 1, Berlin"))
                    .ok());
        const QJsonArray card{QJsonObject{
            {QStringLiteral("name"), QJsonObject{{QStringLiteral("formatted_name"), QStringLiteral("Grace Hopper")},
                                                 {QStringLiteral("first_name"), QStringLiteral("Grace")}}},
            {QStringLiteral("phones"), QJsonArray{QJsonObject{{QStringLiteral("phone"), QStringLiteral("+1 555 0100")},
                                                              {QStringLiteral("type"), QStringLiteral("WORK")}}}}}};
        QVERIFY(m_messages->queueContacts(conversation, card).ok());
        const SendRequest buttons = m_messages->queueInteractive(
            conversation, api::messages::replyButtons(QString(), QStringLiteral("Was this helpful?"),
                                                      {{QStringLiteral("yes"), QStringLiteral("Yes")},
                                                       {QStringLiteral("no"), QStringLiteral("No")}}));
        QVERIFY2(buttons.ok(), qPrintable(buttons.error));
        // A WebP by its RIFF/WEBP signature (no image plugin needed to write it; nothing here decodes it).
        QByteArray webp("RIFF\x24\x00\x00\x00WEBPVP8 \x18\x00\x00\x00", 20);
        webp.append(QByteArray(24, '\x2a'));
        const QString webpPath = writeFile(QStringLiteral("s.webp"), webp);
        const SendRequest sticker = m_messages->queueMedia(conversation, api::MediaKind::Sticker, webpPath);
        QVERIFY2(sticker.ok(), qPrintable(sticker.error));
        // …but not with a caption, and not as a photo.
        QVERIFY(!m_messages->queueMedia(conversation, api::MediaKind::Sticker, webpPath, QStringLiteral("c")).ok());
        QVERIFY(!m_messages->queueMedia(conversation, api::MediaKind::Image, webpPath).ok());
        const QString pdf =
            writeFile(QStringLiteral("invoice 42.pdf"), "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
        QVERIFY(m_messages->queueMedia(conversation, api::MediaKind::Document, pdf).ok());
        const qsizetype expected = m_store->pendingOutgoing(conversation).size();
        QCOMPARE(expected, 8);

        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), expected, 20000);
        QVERIFY(m_store->pendingOutgoing(conversation).isEmpty());
        QStringList texts;
        for (const QVariantList& s : sent)
            texts << m_store->message(s.at(2).toString(), m_channel.id)->text;
        QCOMPARE(texts.at(0), QStringLiteral("re: your question"));
        QCOMPARE(texts.at(1), QStringLiteral("👍"));
        QCOMPARE(texts.at(3), QStringLiteral("📍 Shop"));
        QCOMPARE(texts.at(4), QStringLiteral("👤 Grace Hopper"));
        QCOMPARE(texts.at(5), QStringLiteral("Was this helpful?"));
        QCOMPARE(texts.last(), QStringLiteral("invoice 42.pdf"));
        const QList<QJsonObject> bodies = sentBodies();
        QCOMPARE(
            bodies.first().value(QLatin1String("context")).toObject().value(QLatin1String("message_id")).toString(),
            inbound);
        QCOMPARE(bodies.last().value(QLatin1String("document")).toObject().value(QLatin1String("filename")).toString(),
                 QStringLiteral("invoice 42.pdf"));
    }

    void retryOfAMessageThatFailedLater()
    {
        const QString waId = QStringLiteral("4915100000104");
        const QString conversation = customerWhoWrote(waId);
        QSignalSpy sent(m_outbox.get(), &OutboxSender::itemSent);
        QVERIFY(m_messages->queueText(conversation, QStringLiteral("did you get this?")).ok());
        QVERIFY(sent.wait(10000));
        const QString wamid = sent.first().at(2).toString();
        // Not failed: nothing to retry.
        QVERIFY(!m_messages->retry(conversation, wamid).ok());
        // Accepted, then undeliverable (a failed status, §6.4).
        statusFailed(wamid, waId, 131026);
        QVERIFY(m_store->message(wamid, m_channel.id)->isFailed());
        sent.clear();
        const SendRequest again = m_messages->retry(conversation, wamid);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QVERIFY(sent.wait(10000));
        const QString second = sent.first().at(2).toString();
        QVERIFY(second != wamid);
        QCOMPARE(m_store->message(second, m_channel.id)->text, QStringLiteral("did you get this?"));
        // An unknown wamid, and a wamid of another conversation, are refused.
        QVERIFY(!m_messages->retry(conversation, QStringLiteral("wamid.unknown")).ok());
        const QString other = customerWhoWrote(QStringLiteral("4915100000105"));
        QVERIFY(!m_messages->retry(other, wamid).ok());
    }

    void markReadSendsAReceiptForTheLastInbound()
    {
        QString last;
        const QString conversation = customerWhoWrote(QStringLiteral("4915100000106"));
        customerWhoWrote(QStringLiteral("4915100000106"), true, &last);
        QCOMPARE(m_store->conversation(conversation)->unreadCount, 2);
        m_messages->markRead(conversation);
        QCOMPARE(m_store->conversation(conversation)->unreadCount, 0);
        QTRY_COMPARE_WITH_TIMEOUT(sentBodies().size(), 1, 10000);
        const QJsonObject receipt = sentBodies().first();
        QCOMPARE(receipt.value(QLatin1String("status")).toString(), QStringLiteral("read"));
        QCOMPARE(receipt.value(QLatin1String("message_id")).toString(), last);

        // Turned off: the store is still updated, nothing goes out.
        m_messages->setReadReceiptsEnabled(false);
        customerWhoWrote(QStringLiteral("4915100000106"));
        m_messages->markRead(conversation);
        QCOMPARE(m_store->conversation(conversation)->unreadCount, 0);
        QTest::qWait(200);
        QCOMPARE(sentBodies().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutboxMessageSender)
#include "tst_outbox_messagesender.moc"
