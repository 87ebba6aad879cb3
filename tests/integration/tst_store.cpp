// Store: migrations, and every webhook fixture kind ingested and read back (REFERENCE.md §6, §10).
#include "StoreTestBase.h"
#include "TestEnvironment.h"
#include "TestPostgres.h"
#include "store/Schema.h"
#include "store/Store.h"
#include "store/StoreConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace wabadesk;
using namespace wabadesk::store;
using Result = IngestOutcome::Result;

namespace {

// A §6.1 envelope around messages[] (or message_echoes[] when `echo`), for bodies the fixtures do not have.
QByteArray envelope(const QJsonArray& items, bool echo = false, const QString& profileName = QString())
{
    QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                      {QStringLiteral("metadata"),
                       QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("972123456789")},
                                   {QStringLiteral("phone_number_id"), QStringLiteral("1122334455667")}}},
                      {echo ? QStringLiteral("message_echoes") : QStringLiteral("messages"), items}};
    if (!profileName.isEmpty() && !items.isEmpty()) {
        value.insert(
            QStringLiteral("contacts"),
            QJsonArray{QJsonObject{{QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), profileName}}},
                                   {QStringLiteral("wa_id"), items.first()[QLatin1String("from")]}}});
    }
    const QJsonObject change{
        {QStringLiteral("value"), value},
        {QStringLiteral("field"), echo ? QStringLiteral("smb_message_echoes") : QStringLiteral("messages")}};
    const QJsonObject entry{{QStringLiteral("id"), QStringLiteral("1234567890987654321")},
                            {QStringLiteral("changes"), QJsonArray{change}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                                     {QStringLiteral("entry"), QJsonArray{entry}}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject textItem(const QString& wamid, const QString& from, const QString& body, qint64 timestamp)
{
    return {{QStringLiteral("from"), from},
            {QStringLiteral("id"), wamid},
            {QStringLiteral("timestamp"), QString::number(timestamp)},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), body}}}};
}

} // namespace

class TestStore : public QObject, protected test::StoreTestBase {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(openStore(&error), qPrintable(error));
    }
    void cleanup() { closeStore(); }

    void migrationsFromEmptyAndOnReopen()
    {
        QCOMPARE(m_store->schemaVersion(), latestSchemaVersion());
        if (!test::onPostgres()) {
            // One desk's store is the file users back up: wabadesk.sqlite in the data directory.
            QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("wabadesk.sqlite"))));
            QCOMPARE(m_store->location().connection, m_dir->filePath(QStringLiteral("wabadesk.sqlite")));
        }
        QCOMPARE(ingest("text.json").result, Result::Stored);
        m_store.reset();
        QString error;
        m_store = Store::open(m_location, &error); // up to date: nothing runs again
        QVERIFY2(m_store, qPrintable(error));
        QCOMPARE(m_store->lastJournalSeq(), 1);
        QCOMPARE(message(QStringLiteral("wamid.xyzxyz")).text, QStringLiteral("Body Text"));
        auto second = Store::open(m_store->location(), &error); // a second connection, as another thread's
        QVERIFY2(second, qPrintable(error));
        {
            QSqlDatabase db = openRawConnection(m_store->location(), QStringLiteral("inspect"), &error);
            QVERIFY2(db.isOpen(), qPrintable(error));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_version ORDER BY version")));
            QList<int> versions;
            while (q.next())
                versions.append(q.value(0).toInt());
            QCOMPARE(versions, schemaVersions()); // every migration once, in order
            QCOMPARE(versions.first(), 1);
            QCOMPARE(versions.last(), latestSchemaVersion());
            QVERIFY(versions.contains(4)); // media library (issue #7)
            if (!test::onPostgres()) {
                QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            }
            const QStringList tables = db.tables();
            for (const char* t :
                 {"contacts", "conversations", "messages", "message_statuses", "reactions", "media", "templates",
                  "outbox", "webhook_journal", "message_search", "drafts", "profile_audit"})
                QVERIFY2(tables.contains(QLatin1String(t)), t);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    }

    void locationsItCannotOpenSayWhy()
    {
        // Tried: no location at all; a team's PostgreSQL address with a password in it, one that is no URI, and one
        // whose server is not there (a socket folder that does not exist: no network); a data folder under a file.
        QString error;
        QVERIFY(!Store::open(StoreLocation{}, &error));
        QVERIFY(error.contains(QLatin1String("no store location")));
        StoreLocation team;
        team.engine = StoreLocation::Engine::PostgreSql;
        team.connection = QStringLiteral("postgresql://agent:secret-pw@db.example.com/wabadesk");
        team.dataDir = m_dir->path();
        error.clear();
        QVERIFY(!Store::open(team, &error));
        QVERIFY2(error.contains(QLatin1String("must not contain a password")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("secret-pw")), qPrintable(error));
        error.clear();
        QVERIFY(!openRawConnection(team, QStringLiteral("team"), &error).isOpen());
        QVERIFY2(error.contains(QLatin1String("must not contain a password")), qPrintable(error));
        QSqlDatabase::removeDatabase(QStringLiteral("team"));
        team.connection = QStringLiteral("db.example.com:5432");
        error.clear();
        QVERIFY(!Store::open(team, &error));
        QVERIFY2(error.contains(QLatin1String("not a PostgreSQL address")), qPrintable(error));
        const QString nowhere = m_dir->filePath(QStringLiteral("no-server"));
        team.connection = QStringLiteral("postgresql://agent@/wabadesk?host=") + nowhere;
        error.clear();
        QVERIFY(!Store::open(team, &error));
        QVERIFY2(error.contains(QLatin1String("cannot open")) && error.contains(nowhere), qPrintable(error));
        const QString file = m_dir->filePath(QStringLiteral("a-file"));
        QFile blocker(file);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        error.clear();
        QVERIFY(!Store::open(StoreLocation::inDataDir(file + QStringLiteral("/data")), &error));
        QVERIFY2(error.contains(file), qPrintable(error));
    }

    void openerGivesAThreadItsOwnConnection()
    {
        // What search and the journal reader do: open through the opener in their thread, see what was committed.
        QCOMPARE(ingest("text.json").result, Result::Stored);
        const StoreOpener opener = Store::openerFor(m_store->location());
        QString error;
        QString text;
        StoreLocation seen;
        std::thread worker([&] {
            const std::unique_ptr<Store> own = opener(&error);
            if (!own)
                return;
            seen = own->location();
            if (const auto m = own->message(QStringLiteral("wamid.xyzxyz")))
                text = m->text;
        });
        worker.join();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(seen, m_store->location());
        QCOMPARE(text, QStringLiteral("Body Text"));
    }

    void textAndConversationWindow()
    {
        const IngestOutcome o = ingest("text.json");
        QCOMPARE(o.result, Result::Stored);
        QCOMPARE(o.kind, QStringLiteral("messages"));
        QCOMPARE(o.messages, 1);
        const StoredMessage m = message(QStringLiteral("wamid.xyzxyz"));
        QCOMPARE(m.type, QStringLiteral("text"));
        QCOMPARE(m.direction, StoredMessage::Direction::Inbound);
        QCOMPARE(m.senderName, QStringLiteral("Test Name"));
        QCOMPARE(m.timestamp.toSecsSinceEpoch(), 1697043223);
        QCOMPARE(m.payload.value(QLatin1String("id")).toString(), QStringLiteral("wamid.xyzxyz"));
        const QList<Conversation> list = m_store->conversations(QString(""));
        QCOMPARE(list.size(), 1);
        const Conversation& c = list.first();
        QCOMPARE(c.id, QStringLiteral("/972987654321"));
        QCOMPARE(c.contact.profileName, QStringLiteral("Test Name"));
        QCOMPARE(c.contact.userId, QStringLiteral("US.13491208655302741918"));
        QCOMPARE(c.unreadCount, 1);
        QCOMPARE(c.lastMessageText, QStringLiteral("Body Text"));
        QCOMPARE(c.lastInboundAt.toSecsSinceEpoch(), 1697043223); // §8.4: the webhook time, not the receive time
        QCOMPARE(c.windowExpiresAt().toSecsSinceEpoch(), 1697043223 + 24 * 3600);
        QVERIFY(!c.isWindowOpen(QDateTime::currentDateTimeUtc()));
        QVERIFY(c.isWindowOpen(QDateTime::fromSecsSinceEpoch(1697043223 + 3600)));
        QCOMPARE(m_store->messages(c.id).size(), 1);
        QVERIFY(m_store->markConversationRead(c.id));
        QCOMPARE(m_store->conversation(c.id)->unreadCount, 0);
    }

    void mediaKinds()
    {
        QCOMPARE(ingest("image_url.json").result, Result::Stored);
        StoredMessage m = message(QStringLiteral("wamid.xyzxyz"));
        QCOMPARE(m.type, QStringLiteral("image"));
        QCOMPARE(m.mediaId, QStringLiteral("65463453"));
        QCOMPARE(m.mediaMimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(m.mediaSha256, QStringLiteral("4654+8g="));
        init();
        ingest("document.json");
        m = message(QStringLiteral("wamid.xyzxyz"));
        QCOMPARE(m.filename, QStringLiteral("filename.pdf"));
        QCOMPARE(m.caption, QStringLiteral("caption"));
        QCOMPARE(m.mediaId, QStringLiteral("1234567890987654321"));
        init();
        ingest("video_forwarded.json");
        m = message(QStringLiteral("wamid.xyzxyz"));
        QCOMPARE(m.type, QStringLiteral("video"));
        QVERIFY(m.isForwarded && !m.isFrequentlyForwarded);
        init();
        ingest("frequently_forwarded.json");
        QVERIFY(message(QStringLiteral("wamid.xyzxyz")).isFrequentlyForwarded);
        init();
        ingest("audio_voice.json");
        m = message(QStringLiteral("wamid.xyzxyz"));
        QCOMPARE(m.type, QStringLiteral("audio"));
        QVERIFY(m.payload.value(QLatin1String("audio")).toObject().value(QLatin1String("voice")).toBool());
        init();
        ingest("sticker_animated.json");
        QCOMPARE(message(QStringLiteral("wamid.xyzxyz")).type, QStringLiteral("sticker"));
    }

    void otherKinds_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("wamid");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("errorCode");
        QTest::newRow("place") << "location_place.json"
                               << "wamid.xyzxyz"
                               << "location"
                               << "Facebook HQ\n1 Hacker Way, Menlo Park, CA 94025" << 0;
        QTest::newRow("contacts") << "contacts.json"
                                  << "wamid.xyzxyz"
                                  << "contacts"
                                  << "Chandler Bing" << 0;
        QTest::newRow("button_reply") << "interactive_button_reply.json"
                                      << "wamid.xyzxyz"
                                      << "interactive"
                                      << "title" << 0;
        QTest::newRow("list_reply") << "interactive_list_reply.json"
                                    << "wamid.xyzxyz"
                                    << "interactive"
                                    << "title" << 0;
        QTest::newRow("nfm_reply") << "interactive_nfm_reply.json"
                                   << "wamid.xyzxyz"
                                   << "interactive"
                                   << "Sent" << 0;
        QTest::newRow("button") << "button.json"
                                << "wamid.xsidjw"
                                << "button"
                                << "title" << 0;
        QTest::newRow("order") << "order.json"
                               << "wamid.xyzxyz"
                               << "order"
                               << "" << 0;
        QTest::newRow("system") << "system_number_changed.json"
                                << "wamid.xyzxyz=="
                                << "system"
                                << "User A changed from 972987654321 to 972912345678" << 0;
        QTest::newRow("identity") << "system_identity_changed.json"
                                  << "wamid.xyzxyz"
                                  << "system"
                                  << "User identity changed" << 0;
        QTest::newRow("unsupported") << "unsupported.json"
                                     << "wamid.xyzxyz"
                                     << "unsupported"
                                     << "" << 131051;
        QTest::newRow("unknown") << "unknown_type.json"
                                 << "wamid.unknown-type"
                                 << "unknown"
                                 << "" << 0;
        QTest::newRow("value error") << "message_value_error.json"
                                     << "wamid.wegrchytvwcggt="
                                     << "interactive"
                                     << "" << 131000;
        QTest::newRow("referral") << "referral.json"
                                  << "wamid.ID"
                                  << "text"
                                  << "BODY" << 0;
        QTest::newRow("on-premise") << "onpremise_message.json"
                                    << "ABGGFlA5FpafAgo6EhgUQzGrYg"
                                    << "text"
                                    << "Hello" << 0;
        QTest::newRow("bsuid") << "bsuid.json"
                               << "wamid.bsuid1"
                               << "text"
                               << "Hello from a username" << 0;
    }
    void otherKinds()
    {
        QFETCH(QString, file);
        QFETCH(QString, wamid);
        QFETCH(QString, type);
        QFETCH(QString, text);
        QFETCH(int, errorCode);
        const IngestOutcome o = ingest(file.toUtf8().constData());
        QCOMPARE(o.result, Result::Stored);
        QCOMPARE(o.messages, 1);
        const StoredMessage m = message(wamid);
        QCOMPARE(m.type, type);
        QCOMPARE(m.text, text);
        QCOMPARE(m.errorCode, errorCode);
        QVERIFY(!m.payload.isEmpty());
        QVERIFY(!m.conversationId.isEmpty());
        QCOMPARE(m_store->messages(m.conversationId).size(), 1); // shown, never dropped
    }

    void unknownTypeKeepsItsRawType()
    {
        ingest("unknown_type.json");
        const StoredMessage m = message(QStringLiteral("wamid.unknown-type"));
        QCOMPARE(m.rawType, QStringLiteral("poll"));
        QVERIFY(m.payload.contains(QLatin1String("future_field")));
    }

    void locationAndReplyContext()
    {
        ingest("location_current.json");
        const StoredMessage m = message(QStringLiteral("wamid.xyzxyz"));
        QCOMPARE(m.latitude, std::optional<double>(12.25089));
        QCOMPARE(m.longitude, std::optional<double>(43.90539));
        init();
        ingest("reply.json");
        QCOMPARE(message(QStringLiteral("wamid.xyzxyz")).replyToId, QStringLiteral("wamid.xyzxyz=="));
    }

    void bsuidContactIsKeyedByUserId()
    {
        ingest("bsuid.json");
        const auto c = m_store->contact(QStringLiteral("US.13491208655302741918"));
        QVERIFY(c);
        QVERIFY(c->waId.isEmpty());
        QVERIFY(c->phoneE164.isEmpty());
        QCOMPARE(c->displayName(), QStringLiteral("Username User"));
    }

    void formattedPhoneNumbers()
    {
        ingest("batch.json");
        const auto de = m_store->contact(QStringLiteral("4915112345678"));
        QVERIFY(de);
        QCOMPARE(de->phoneE164, QStringLiteral("+4915112345678"));
        // libphonenumber 8.12 (Debian 12) groups German 151x mobile numbers as 1511 2345678.
        QCOMPARE(de->phoneInternational, QStringLiteral("+49 1511 2345678"));
        QCOMPARE(de->region, QStringLiteral("DE"));
        const auto us = m_store->contact(QStringLiteral("16315551234"));
        QCOMPARE(us->phoneInternational, QStringLiteral("+1 631-555-1234"));
        QCOMPARE(us->region, QStringLiteral("US"));
    }

    void echoIsOutbound()
    {
        const IngestOutcome o = ingest("echo.json");
        QCOMPARE(o.result, Result::Stored);
        const StoredMessage m = message(QStringLiteral("<WHATSAPP_MESSAGE_ID>"));
        QCOMPARE(m.direction, StoredMessage::Direction::Outbound);
        QCOMPARE(m.origin, StoredMessage::Origin::Echo);
        QCOMPARE(m.text, QStringLiteral("Test message"));
        QCOMPARE(m.conversationId, QStringLiteral("/<WHATSAPP_USER_PHONE_NUMBER>"));
        const auto c = m_store->conversation(m.conversationId);
        QCOMPARE(c->unreadCount, 0);
        QVERIFY(!c->lastInboundAt.isValid()); // our own message opens no window
    }

    void reactionsAndBothRemovalForms()
    {
        ingest(envelope({textItem(QStringLiteral("wamid.yzxyzx="), QStringLiteral("972987654321"),
                                  QStringLiteral("react to me"), 1697044400)}));
        QCOMPARE(ingest("reaction.json").messages, 1);
        StoredMessage m = message(QStringLiteral("wamid.yzxyzx="));
        QCOMPARE(m.reactions.size(), 1);
        QCOMPARE(m.reactions.first().emoji, QString::fromUtf8("\xF0\x9F\x98\xAE"));
        QCOMPARE(m.reactions.first().reactorKey, QStringLiteral("972987654321"));
        QCOMPARE(m_store->messages(m.conversationId).size(), 1); // the reaction is no bubble of its own
        ingest("reaction_removed_empty.json");
        QVERIFY(message(QStringLiteral("wamid.yzxyzx=")).reactions.isEmpty());
        ingest("reaction.json"); // a late redelivery of the reaction does not bring it back
        QVERIFY(message(QStringLiteral("wamid.yzxyzx=")).reactions.isEmpty());
        ingest(envelope({QJsonObject{
            {QStringLiteral("from"), QStringLiteral("972987654321")},
            {QStringLiteral("id"), QStringLiteral("wamid.reaction-again")},
            {QStringLiteral("timestamp"), QStringLiteral("1697044550")},
            {QStringLiteral("type"), QStringLiteral("reaction")},
            {QStringLiteral("reaction"), QJsonObject{{QStringLiteral("message_id"), QStringLiteral("wamid.yzxyzx=")},
                                                     {QStringLiteral("emoji"), QStringLiteral("+1")}}}}}));
        QCOMPARE(message(QStringLiteral("wamid.yzxyzx=")).reactions.first().emoji, QStringLiteral("+1"));
        ingest("reaction_removed_missing.json");
        QVERIFY(message(QStringLiteral("wamid.yzxyzx=")).reactions.isEmpty());
    }

    void reactionToAnUnknownMessageIsKept()
    {
        QCOMPARE(ingest("reaction.json").result, Result::Stored);
        QVERIFY(!m_store->message(QStringLiteral("wamid.yzxyzx=")));
        // While its message is not in the store, the reaction is in the conversation's history as a line of its own
        // (issue #15 item 12: before, it was stored but shown and exported nowhere).
        const QString conversationId = message(QStringLiteral("wamid.xyzxyz")).conversationId;
        QList<StoredMessage> history = m_store->messages(conversationId);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().type, QStringLiteral("reaction"));
        QCOMPARE(history.first().text, QString::fromUtf8("\xF0\x9F\x98\xAE"));
        ingest(envelope({textItem(QStringLiteral("wamid.yzxyzx="), QStringLiteral("972987654321"),
                                  QStringLiteral("arrives later"), 1697044400)}));
        QCOMPARE(message(QStringLiteral("wamid.yzxyzx=")).reactions.size(), 1);
        history = m_store->messages(conversationId);
        QCOMPARE(history.size(), 1); // the message, with the reaction on it
        QCOMPARE(history.first().wamid, QStringLiteral("wamid.yzxyzx="));
    }

    void editKeepsThePreviousText()
    {
        const QString original = QStringLiteral("wamid.HBgLMTQxMjU1NTA4MjkVAgASGBQzQUNCNjk5RDUwNUZGMUZEM0VBRAA=");
        QJsonObject image{
            {QStringLiteral("from"), QStringLiteral("16505551234")},
            {QStringLiteral("id"), original},
            {QStringLiteral("timestamp"), QStringLiteral("1749854000")},
            {QStringLiteral("type"), QStringLiteral("image")},
            {QStringLiteral("image"), QJsonObject{{QStringLiteral("caption"), QStringLiteral("Old caption")},
                                                  {QStringLiteral("id"), QStringLiteral("1")}}}};
        ingest(envelope({image}));
        QCOMPARE(ingest("edit.json").messages, 1);
        const StoredMessage m = message(original);
        QCOMPARE(m.caption, QStringLiteral("Updated image caption"));
        QCOMPARE(m.previousText, QStringLiteral("Old caption"));
        QCOMPARE(m.editedAt.toSecsSinceEpoch(), 1749854575);
        QCOMPARE(m_store->messages(m.conversationId).size(), 1);
        // The edit before its message: kept, then applied when the message comes.
        init();
        ingest("edit.json");
        QVERIFY(!m_store->message(original));
        ingest(envelope({image}));
        QCOMPARE(message(original).caption, QStringLiteral("Updated image caption"));
        QCOMPARE(message(original).previousText, QStringLiteral("Old caption"));
    }

    void revokeMarksDeletedAndKeepsTheText()
    {
        const QString original = QStringLiteral("<ORIGINAL_WHATSAPP_MESSAGE_ID>");
        const QString from = QStringLiteral("<WHATSAPP_USER_PHONE_NUMBER>");
        ingest(envelope({textItem(original, from, QStringLiteral("regrettable words"), 1697043000)}));
        QCOMPARE(m_store->search(QStringLiteral("regrettable")).size(), 1);
        ingest("revoke.json");
        const StoredMessage m = message(original);
        QVERIFY(m.isDeleted());
        QVERIFY(m.text.isEmpty());
        QCOMPARE(m.previousText, QStringLiteral("regrettable words"));
        QVERIFY(m_store->search(QStringLiteral("regrettable")).isEmpty());
        init();
        ingest("revoke.json"); // before its message
        ingest(envelope({textItem(original, from, QStringLiteral("regrettable words"), 1697043000)}));
        QVERIFY(message(original).isDeleted());
    }

    void templateEventsUpdateTheCache()
    {
        QCOMPARE(ingest("template_rejected.json").kind, QStringLiteral("template"));
        ingest("template_approved.json");
        ingest("template_quality.json");
        ingest("template_category.json");
        QCOMPARE(ingest("template_components.json").result, Result::Stored);
        const QList<Template> list = m_store->templates(QString(""));
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).name, QStringLiteral("abandoned_cart"));
        QCOMPARE(list.at(0).status, QStringLiteral("REJECTED"));
        QCOMPARE(list.at(0).rejectedReason, QStringLiteral("INVALID_FORMAT"));
        QCOMPARE(list.at(1).name, QStringLiteral("order_confirmation"));
        QCOMPARE(list.at(1).status, QStringLiteral("APPROVED"));
        QCOMPARE(list.at(2).name, QStringLiteral("welcome_template"));
        QCOMPARE(list.at(2).qualityScore, QStringLiteral("YELLOW"));
        QCOMPARE(list.at(2).category, QStringLiteral("MARKETING"));
        QCOMPARE(list.at(2).id, QStringLiteral("806312974732579"));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
