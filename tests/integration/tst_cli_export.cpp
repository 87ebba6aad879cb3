// `wabadesk-cli export --format json` with the 2026 kinds (issue #16): each conversation's customer with wa_id,
// user_id, username and phone ("" when unknown), a group conversation with its group_id, the calls with their wacid.
// ids, and each message's content as the desk shows it (a Flow reply's answers, a call's outcome and duration).
#include "StoreTestBase.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

using namespace wabadesk;

namespace {

QJsonObject bodyOf(const QString& file, const QString& variant)
{
    return test::readJsonObject(QStringLiteral("webhooks/pywa/") + file).value(variant).toObject();
}

QJsonObject findConversation(const QJsonArray& conversations, const QString& id)
{
    for (const QJsonValue& c : conversations) {
        if (c.toObject().value(QLatin1String("id")).toString() == id)
            return c.toObject();
    }
    return {};
}

QJsonObject findMessage(const QJsonObject& conversation, const QString& id)
{
    for (const QJsonValue& m : conversation.value(QLatin1String("messages")).toArray()) {
        if (m.toObject().value(QLatin1String("id")).toString() == id)
            return m.toObject();
    }
    return {};
}

} // namespace

class TestCliExport : public QObject, public test::StoreTestBase {
    Q_OBJECT

private Q_SLOTS:
    void exportShowsIdsGroupsCallsAndContent()
    {
        QString error;
        QVERIFY2(openStore(&error), qPrintable(error));
        const auto json = [](const QJsonObject& o) {
            return QJsonDocument(o).toJson(QJsonDocument::Compact);
        };
        ingest(json(bodyOf(QStringLiteral("call_connect.json"), QStringLiteral("user_initiated"))));
        QJsonObject terminate = bodyOf(QStringLiteral("call_connect.json"), QStringLiteral("user_initiated"));
        // The same call ending after 2:05 (pywa's terminate fixture has another call id and direction).
        QByteArray ended = json(terminate);
        ended.replace("\"event\":\"connect\"", "\"event\":\"terminate\",\"status\":\"COMPLETED\",\"duration\":125");
        ended.replace("\"timestamp\":\"1752583107\"", "\"timestamp\":\"1752583240\"");
        QCOMPARE(ingest(ended).result, store::IngestOutcome::Result::Stored);
        ingest(json(bodyOf(QStringLiteral("flow_completion.json"), QStringLiteral("completion"))));
        // A username-only customer, no phone (another BSUID and parent: with pywa's, it would be the phone customer
        // again).
        QByteArray usernameOnly = fixture("sender_in_contacts_only.json");
        usernameOnly.replace("US.13491208655302741918", "US.99990000111122223333");
        usernameOnly.replace("US.ENT.11815799212886844830", "US.ENT.99990000111122223333");
        ingest(usernameOnly);
        ingest("group_lifecycle_create.json");
        ingest("group_message.json");
        closeStoreKeepingDir();

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WABADESK_DATA_DIR"), m_dir->path());
        p.setProcessEnvironment(env);
        p.start(test::binPath(QStringLiteral("wabadesk-cli")),
                {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonArray conversations =
            QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QLatin1String("conversations")).toArray();

        // The phone customer: every id; calls with their wacid. id, outcome and duration; the Flow's answers.
        const QJsonObject phone = findConversation(conversations, QStringLiteral("/972987654321"));
        QVERIFY(!phone.isEmpty());
        const QJsonObject customer = phone.value(QLatin1String("customer")).toObject();
        QCOMPARE(customer.value(QLatin1String("wa_id")).toString(), QStringLiteral("972987654321"));
        QCOMPARE(customer.value(QLatin1String("user_id")).toString(), QStringLiteral("US.13491208655302741918"));
        QCOMPARE(customer.value(QLatin1String("username")).toString(), QString()); // present, empty: unknown
        QVERIFY(customer.contains(QLatin1String("username")));
        QVERIFY(!customer.value(QLatin1String("phone")).toString().isEmpty());
        const QJsonArray calls = phone.value(QLatin1String("calls")).toArray();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().toObject().value(QLatin1String("id")).toString(), QStringLiteral("wacid.xxxx="));
        QCOMPARE(calls.first().toObject().value(QLatin1String("duration_seconds")).toInt(), 125);
        QCOMPARE(calls.first().toObject().value(QLatin1String("direction")).toString(), QStringLiteral("in"));
        const QJsonObject card = findMessage(phone, QStringLiteral("wacid.xxxx="));
        QCOMPARE(card.value(QLatin1String("type")).toString(), QStringLiteral("call"));
        QVERIFY2(card.value(QLatin1String("content")).toString().contains(QStringLiteral("2:05")),
                 qPrintable(card.value(QLatin1String("content")).toString()));
        const QJsonObject flow = findMessage(phone, QStringLiteral("wamid.wegrchytvwcggt=="));
        QVERIFY2(flow.value(QLatin1String("content")).toString().contains(QStringLiteral("Comment: Comment Text")),
                 qPrintable(flow.value(QLatin1String("content")).toString()));
        bool hasRating = false;
        for (const QJsonValue& a : flow.value(QLatin1String("flow_answers")).toArray())
            hasRating = hasRating ||
                        (a.toObject().value(QLatin1String("field")).toString() == QStringLiteral("Delivery rating") &&
                         a.toObject().value(QLatin1String("value")).toString() == QStringLiteral("4"));
        QVERIFY(hasRating);

        // The username-only customer: wa_id and phone empty, user_id and username there.
        const QJsonObject username = findConversation(conversations, QStringLiteral("/US.99990000111122223333"));
        QVERIFY(!username.isEmpty());
        const QJsonObject who = username.value(QLatin1String("customer")).toObject();
        QCOMPARE(who.value(QLatin1String("wa_id")).toString(), QString());
        QCOMPARE(who.value(QLatin1String("phone")).toString(), QString());
        QCOMPARE(who.value(QLatin1String("username")).toString(), QStringLiteral("dana.levi"));

        // The group: group_id and name, a message with its participant, the system line as the desk says it.
        const QString groupId = QStringLiteral("HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA");
        const QJsonObject group = findConversation(conversations, QStringLiteral("/group:") + groupId);
        QCOMPARE(group.value(QLatin1String("kind")).toString(), QStringLiteral("group"));
        QCOMPARE(group.value(QLatin1String("group")).toObject().value(QLatin1String("group_id")).toString(), groupId);
        const QJsonObject said = findMessage(group, QStringLiteral("wamid.HASDI128HJOPUERIH82ahdasd09ASDHi5"));
        QCOMPARE(said.value(QLatin1String("sender")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Tiago Mingo"));
        bool created = false;
        for (const QJsonValue& m : group.value(QLatin1String("messages")).toArray())
            created = created || m.toObject().value(QLatin1String("content")).toString() ==
                                     QStringLiteral("The group “Order 1042 delivery” was created");
        QVERIFY(created);
    }

private:
    void closeStoreKeepingDir() { m_store.reset(); }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
