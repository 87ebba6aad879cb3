// Customer identity = channel + (BSUID or phone) (issue #16, UPDATES-2026.md §1): a customer first known by phone who
// then writes as a username-only user stays one conversation; two conversations that turn out to be one customer's
// are merged with nothing lost; an older database where the bug split a customer is repaired when it is opened.
#include "StoreTestBase.h"
#include "store/ChangeHub.h"
#include "store/StoreConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace wabadesk;

namespace {

const QString kPhone = QStringLiteral("972987654321");
const QString kBsuid = QStringLiteral("US.13491208655302741918");

// A messages change with one contact (any id may be empty) and the given messages[] items.
QByteArray envelope(const QJsonObject& contact, const QJsonArray& messages, const QString& field = "messages",
                    const QString& arrayName = "messages")
{
    QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                      {QStringLiteral("metadata"),
                       QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("972123456789")},
                                   {QStringLiteral("phone_number_id"), QStringLiteral("1122334455667")}}},
                      {arrayName, messages}};
    if (!contact.isEmpty())
        value.insert(QStringLiteral("contacts"), QJsonArray{contact});
    const QJsonObject change{{QStringLiteral("field"), field}, {QStringLiteral("value"), value}};
    const QJsonObject entry{{QStringLiteral("id"), QStringLiteral("1")},
                            {QStringLiteral("changes"), QJsonArray{change}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                                     {QStringLiteral("entry"), QJsonArray{entry}}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject contact(const QString& waId, const QString& userId, const QString& name = QStringLiteral("Dana"))
{
    QJsonObject c{{QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), name}}}};
    if (!waId.isEmpty())
        c.insert(QStringLiteral("wa_id"), waId);
    if (!userId.isEmpty())
        c.insert(QStringLiteral("user_id"), userId);
    return c;
}

QJsonObject text(const QString& wamid, const QString& from, const QString& fromUserId, qint64 at, const QString& body)
{
    QJsonObject m{{QStringLiteral("id"), wamid},
                  {QStringLiteral("timestamp"), QString::number(at)},
                  {QStringLiteral("type"), QStringLiteral("text")},
                  {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), body}}}};
    if (!from.isEmpty())
        m.insert(QStringLiteral("from"), from);
    if (!fromUserId.isEmpty())
        m.insert(QStringLiteral("from_user_id"), fromUserId);
    return m;
}

} // namespace

class TestStoreIdentity : public QObject, public test::StoreTestBase {
    Q_OBJECT

    QStringList wamidsOf(const QString& conversationId) const
    {
        QStringList out;
        for (const StoredMessage& m : m_store->messages(conversationId, 1000))
            out << m.wamid;
        out.sort();
        return out;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(openStore(&error), qPrintable(error));
    }
    void cleanup() { closeStore(); }

    void phoneThenUsernameIsOneConversation()
    {
        // pywa's message.json: the customer by phone, their BSUID in contacts[]; then a message with only
        // from_user_id (no wa_id, no from), as a username user sends it.
        QCOMPARE(ingest("text.json").result, store::IngestOutcome::Result::Stored);
        QCOMPARE(ingest("bsuid.json").result, store::IngestOutcome::Result::Stored);
        QCOMPARE(ingest("sender_in_contacts_only.json").result, store::IngestOutcome::Result::Stored);
        const QList<Conversation> all = m_store->conversations(QStringLiteral(""));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().id, QStringLiteral("/") + kPhone);
        QCOMPARE(all.first().contact.waId, kPhone);
        QCOMPARE(all.first().contact.userId, kBsuid);
        QCOMPARE(all.first().contact.username, QStringLiteral("dana.levi"));
        QCOMPARE(message(QStringLiteral("wamid.bsuid1")).conversationId, all.first().id);
        QCOMPARE(message(QStringLiteral("wamid.contactsonly1")).conversationId, all.first().id);
        QCOMPARE(all.first().unreadCount, 3);
    }

    void usernameThenPhoneKeepsTheConversationAndLearnsThePhone()
    {
        ingest(envelope(contact({}, kBsuid), {text("wamid.u1", {}, kBsuid, 1700000000, "as username")}));
        ingest(envelope(contact(kPhone, kBsuid), {text("wamid.u2", kPhone, {}, 1700000100, "with my number")}));
        const QList<Conversation> all = m_store->conversations(QStringLiteral(""));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().id, QStringLiteral("/") + kBsuid); // the id it was first seen with stays
        QCOMPARE(all.first().contact.waId, kPhone);
        QVERIFY(!all.first().contact.phoneInternational.isEmpty());
        // A conversation started by phone from the desk finds it too.
        QCOMPARE(m_store->ensureConversation(QStringLiteral(""), kPhone), all.first().id);
    }

    void anotherChannelWithOnlyThePhoneFindsTheSameContact()
    {
        ingest(envelope(contact(kPhone, kBsuid), {text("wamid.c1", kPhone, {}, 1700000000, "hi")}));
        const QString other = m_store->ensureConversation(QStringLiteral("channel-2"), kPhone);
        QCOMPARE(other, QStringLiteral("channel-2/") + kPhone);
        QCOMPARE(m_store->conversation(other)->contact.userId, kBsuid);
    }

    void mergingTwoConversationsLosesNothing()
    {
        store::ChangeHub hub;
        m_store->setChangeHub(&hub);
        QSignalSpy merged(&hub, &store::ChangeHub::conversationMerged);

        // Conversation A: known by phone only. A text, an image (media), our reply sent through the outbox with
        // its statuses and PMP pricing, the customer's reaction to it, a draft and an item still queued.
        const QString a = QStringLiteral("/") + kPhone;
        ingest(envelope(contact(kPhone, {}), {text("wamid.a1", kPhone, {}, 1700000000, "hello from my phone")}));
        QJsonObject image{
            {QStringLiteral("id"), QStringLiteral("wamid.a2")},
            {QStringLiteral("from"), kPhone},
            {QStringLiteral("timestamp"), QStringLiteral("1700000010")},
            {QStringLiteral("type"), QStringLiteral("image")},
            {QStringLiteral("image"), QJsonObject{{QStringLiteral("id"), QStringLiteral("media-a2")},
                                                  {QStringLiteral("mime_type"), QStringLiteral("image/jpeg")}}}};
        ingest(envelope(contact(kPhone, {}), {image}));
        const qint64 sent = m_store->enqueueOutgoing(QStringLiteral(""), a, textPayload(kPhone, "our answer"));
        QVERIFY(m_store->markOutgoingSending(sent));
        QVERIFY(m_store->markOutgoingSent(sent, QStringLiteral("wamid.a3"), QStringLiteral("our answer")));
        for (const char* status : {"sent", "delivered"}) {
            const QJsonObject s{{QStringLiteral("id"), QStringLiteral("wamid.a3")},
                                {QStringLiteral("status"), QLatin1String(status)},
                                {QStringLiteral("timestamp"), QStringLiteral("1700000030")},
                                {QStringLiteral("recipient_id"), kPhone},
                                {QStringLiteral("pricing"),
                                 QJsonObject{{QStringLiteral("pricing_model"), QStringLiteral("PMP")},
                                             {QStringLiteral("type"), QStringLiteral("free_customer_service")},
                                             {QStringLiteral("category"), QStringLiteral("service")}}}};
            ingest(envelope({}, {s}, QStringLiteral("messages"), QStringLiteral("statuses")));
        }
        QJsonObject reaction{
            {QStringLiteral("id"), QStringLiteral("wamid.a4")},
            {QStringLiteral("from"), kPhone},
            {QStringLiteral("timestamp"), QStringLiteral("1700000040")},
            {QStringLiteral("type"), QStringLiteral("reaction")},
            {QStringLiteral("reaction"), QJsonObject{{QStringLiteral("message_id"), QStringLiteral("wamid.a3")},
                                                     {QStringLiteral("emoji"), QStringLiteral("👍")}}}};
        ingest(envelope(contact(kPhone, {}), {reaction}));
        QVERIFY(m_store->saveDraft(a, {QStringLiteral("draft for the phone"), QStringLiteral("wamid.a1"), {}}));
        const qint64 queued = m_store->enqueueOutgoing(QStringLiteral(""), a, textPayload(kPhone, "still queued"));

        // Conversation B: the same person as a username-only user. Two messages (one edited), a missed call, a draft.
        const QString b = QStringLiteral("/") + kBsuid;
        ingest(envelope(contact({}, kBsuid), {text("wamid.b1", {}, kBsuid, 1700000100, "now as a username")}));
        ingest(envelope(contact({}, kBsuid), {text("wamid.b2", {}, kBsuid, 1700000110, "typo")}));
        QJsonObject edit{
            {QStringLiteral("id"), QStringLiteral("wamid.b3")},
            {QStringLiteral("from_user_id"), kBsuid},
            {QStringLiteral("timestamp"), QStringLiteral("1700000120")},
            {QStringLiteral("type"), QStringLiteral("edit")},
            {QStringLiteral("edit"),
             QJsonObject{{QStringLiteral("original_message_id"), QStringLiteral("wamid.b2")},
                         {QStringLiteral("message"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                      {QStringLiteral("text"),
                                       QJsonObject{{QStringLiteral("body"), QStringLiteral("fixed")}}}}}}}};
        ingest(envelope(contact({}, kBsuid), {edit}));
        QJsonObject call{{QStringLiteral("id"), QStringLiteral("wacid.b4")},
                         {QStringLiteral("event"), QStringLiteral("terminate")},
                         {QStringLiteral("direction"), QStringLiteral("USER_INITIATED")},
                         {QStringLiteral("status"), QStringLiteral("FAILED")},
                         {QStringLiteral("timestamp"), QStringLiteral("1700000130")}};
        ingest(envelope(contact({}, kBsuid), {call}, QStringLiteral("calls"), QStringLiteral("calls")));
        QVERIFY(m_store->saveDraft(b, {QStringLiteral("draft for the username"), {}, {}}));
        QCOMPARE(m_store->conversations(QStringLiteral("")).size(), 2);
        const QStringList before = wamidsOf(a) + wamidsOf(b);
        const int unreadBefore = m_store->conversation(a)->unreadCount + m_store->conversation(b)->unreadCount;
        QCOMPARE(unreadBefore, 2 + 3); // a1, a2 (a reaction is not unread); b1, b2 and the missed call

        // A webhook names both: they are one customer.
        ingest(envelope(contact(kPhone, kBsuid), {text("wamid.c1", kPhone, {}, 1700000200, "both ids")}));

        const QList<Conversation> all = m_store->conversations(QStringLiteral(""));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().id, a); // the phone's conversation survives
        QCOMPARE(merged.size(), 1);
        QCOMPARE(merged.first().at(0).toString(), b);
        QCOMPARE(merged.first().at(1).toString(), a);
        QVERIFY(!m_store->conversation(b).has_value());

        // Every bubble is there, in order, with the edit applied.
        QStringList after = wamidsOf(a);
        QStringList expected = before;
        expected << QStringLiteral("wamid.c1");
        expected.sort();
        QCOMPARE(after, expected);
        QCOMPARE(message(QStringLiteral("wamid.b2")).text, QStringLiteral("fixed"));
        QCOMPARE(message(QStringLiteral("wamid.b2")).previousText, QStringLiteral("typo"));
        // Statuses, pricing and the reaction of our reply.
        const StoredMessage reply = message(QStringLiteral("wamid.a3"));
        QCOMPARE(reply.conversationId, a);
        QCOMPARE(reply.status, QStringLiteral("delivered"));
        QCOMPARE(m_store->statusHistory(QStringLiteral("wamid.a3")).size(), 2);
        QCOMPARE(reply.pricingType, QStringLiteral("free_customer_service"));
        QCOMPARE(reply.reactions.size(), 1);
        QCOMPARE(reply.reactions.first().emoji, QStringLiteral("👍"));
        // The media reference, the call, the queued item.
        QCOMPARE(message(QStringLiteral("wamid.a2")).mediaId, QStringLiteral("media-a2"));
        QVERIFY(m_store->mediaItem(QStringLiteral(""), QStringLiteral("media-a2")).has_value());
        QCOMPARE(m_store->calls(a).size(), 1);
        QCOMPARE(m_store->calls(a).first().outcome(), CallRecord::Outcome::Missed);
        QCOMPARE(m_store->outboxItem(queued)->conversationId, a);
        QCOMPARE(m_store->pendingOutgoing(a).size(), 1);
        // Both drafts' text, the unread counts added up, the customer knows both ids.
        const store::Draft draft = m_store->draft(a).value_or(store::Draft());
        QVERIFY2(draft.text.contains(QStringLiteral("draft for the phone")) &&
                     draft.text.contains(QStringLiteral("draft for the username")),
                 qPrintable(draft.text));
        QCOMPARE(draft.replyToWamid, QStringLiteral("wamid.a1"));
        QCOMPARE(all.first().unreadCount, unreadBefore + 1);
        QCOMPARE(all.first().contact.waId, kPhone);
        QCOMPARE(all.first().contact.userId, kBsuid);
        QVERIFY(!m_store->contact(kBsuid).has_value());
        // Search still finds the merged messages in their new conversation.
        const QList<store::SearchHit> hits = m_store->search(QStringLiteral("username"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().conversationId, a);

        // And later messages with only the BSUID land there too.
        ingest(envelope(contact({}, kBsuid), {text("wamid.d1", {}, kBsuid, 1700000300, "later")}));
        QCOMPARE(message(QStringLiteral("wamid.d1")).conversationId, a);
    }

    void openingAnOldSplitDatabaseMergesTheSplit()
    {
        // The bug of issue #16, written as an older WabaDesk did: a BSUID-keyed contact next to the phone contact
        // that has the same BSUID, each with a conversation.
        ingest(envelope(contact(kPhone, kBsuid), {text("wamid.o1", kPhone, {}, 1700000000, "by phone")}));
        const store::StoreLocation location = m_store->location();
        closeStoreKeepingFiles();
        QString error;
        {
            QSqlDatabase db = store::openRawConnection(location, QStringLiteral("split"), &error);
            QVERIFY2(db.isOpen(), qPrintable(error));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO contacts (contact_key, user_id, updated_at_ms) VALUES ('") +
                           kBsuid + QStringLiteral("', '") + kBsuid + QStringLiteral("', 0)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO conversations (id, channel_id, contact_key, unread_count)"
                                          " VALUES ('/") +
                           kBsuid + QStringLiteral("', '', '") + kBsuid + QStringLiteral("', 1)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO messages (channel_id, wamid, conversation_id, direction,"
                                          " origin, type, text, sent_at, received_at_ms) VALUES ('', 'wamid.o2', '/") +
                           kBsuid + QStringLiteral("', 'in', 'webhook', 'text', 'by username', 1700000100, 0)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("split"));
        m_store = store::Store::open(location, &error);
        QVERIFY2(m_store, qPrintable(error));
        const QList<Conversation> all = m_store->conversations(QStringLiteral(""));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().id, QStringLiteral("/") + kPhone);
        QCOMPARE(message(QStringLiteral("wamid.o2")).conversationId, all.first().id);
    }

private:
    void closeStoreKeepingFiles() { m_store.reset(); }
};

QTEST_MAIN(TestStoreIdentity)
#include "tst_store_identity.moc"
