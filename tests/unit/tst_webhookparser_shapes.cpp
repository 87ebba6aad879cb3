// Webhook parser: statuses, template events, On-Premise shape, batches, and bodies it cannot (fully) read.
#include "TestEnvironment.h"
#include "webhook/parser/WebhookParser.h"

#include <QtTest>

using namespace wabadesk;

namespace {

ParsedWebhook parseFixture(const QString& name)
{
    return webhook::parseWebhook(test::readData(QStringLiteral("webhooks/") + name));
}

StatusUpdate onlyStatus(const QString& name)
{
    const ParsedWebhook p = parseFixture(name);
    if (p.shape != ParsedWebhook::Shape::Cloud || p.changes.size() != 1 || p.changes.first().statuses.size() != 1 ||
        !p.problems.isEmpty() || p.kind() != QLatin1String("statuses")) {
        qWarning() << name << int(p.shape) << p.reason << p.problems;
        return {};
    }
    return p.changes.first().statuses.first();
}

TemplateEvent onlyTemplateEvent(const QString& name)
{
    const ParsedWebhook p = parseFixture(name);
    if (p.shape != ParsedWebhook::Shape::Cloud || p.changes.size() != 1 || !p.changes.first().templateEvent ||
        !p.problems.isEmpty() || p.kind() != QLatin1String("template")) {
        qWarning() << name << int(p.shape) << p.reason << p.problems;
        return {};
    }
    return *p.changes.first().templateEvent;
}

} // namespace

class TestWebhookParserShapes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void statusSentWithConversationAndCbpPricing()
    {
        const StatusUpdate s = onlyStatus(QStringLiteral("status_sent.json"));
        QCOMPARE(s.id, QStringLiteral("wamid.xyzxyz"));
        QCOMPARE(s.status, QStringLiteral("sent"));
        QCOMPARE(s.timestamp, 1698266945);
        QCOMPARE(s.recipientId, QStringLiteral("972987654321"));
        QCOMPARE(s.conversationId, QStringLiteral("7270432eae37498234f4444b35ffc5"));
        QCOMPARE(s.conversationExpiry, 1698339900);
        QCOMPARE(s.conversationOrigin, QStringLiteral("service"));
        QCOMPARE(s.pricing.model, QStringLiteral("CBP"));
        QCOMPARE(s.pricing.category, QStringLiteral("service"));
        QCOMPARE(s.pricing.billable, std::optional<bool>(true));
        QVERIFY(s.errors.isEmpty());
    }

    void statusTicks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("status");
        QTest::newRow("delivered") << QStringLiteral("status_delivered.json") << QStringLiteral("delivered");
        QTest::newRow("read") << QStringLiteral("status_read.json") << QStringLiteral("read");
        QTest::newRow("played") << QStringLiteral("status_played.json") << QStringLiteral("played");
    }
    void statusTicks()
    {
        QFETCH(QString, file);
        QFETCH(QString, status);
        QCOMPARE(onlyStatus(file).status, status);
    }

    void statusFailedCarriesItsError()
    {
        const StatusUpdate s = onlyStatus(QStringLiteral("status_failed.json"));
        QCOMPARE(s.status, QStringLiteral("failed"));
        QCOMPARE(s.errors.size(), 1);
        const WebhookError& e = s.errors.first();
        QCOMPARE(e.code, 130472);
        QCOMPARE(e.title, QStringLiteral("User's number is part of an experiment"));
        QCOMPARE(e.message, QStringLiteral("User's number is part of an experiment"));
        QCOMPARE(e.details,
                 QStringLiteral("Failed to send message because this user's phone number is part of an experiment"));
        QCOMPARE(e.href,
                 QStringLiteral("https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"));
        QVERIFY(s.conversationId.isEmpty());
        QVERIFY(s.pricing.isEmpty());
    }

    void statusBizOpaquePmpGroup()
    {
        const StatusUpdate opaque = onlyStatus(QStringLiteral("status_biz_opaque.json"));
        QCOMPARE(opaque.bizOpaqueCallbackData, QStringLiteral("some data"));
        QVERIFY(opaque.conversationId.isEmpty()); // { "…": "…" } in the reference
        const StatusUpdate pmp = onlyStatus(QStringLiteral("status_pmp.json"));
        QCOMPARE(pmp.pricing.model, QStringLiteral("PMP"));
        QCOMPARE(pmp.pricing.type, QStringLiteral("regular"));
        QCOMPARE(pmp.pricing.category, QStringLiteral("marketing"));
        QVERIFY(!pmp.pricing.billable);
        const StatusUpdate group = onlyStatus(QStringLiteral("status_group.json"));
        QCOMPARE(group.recipientType, QStringLiteral("group"));
        QCOMPARE(group.recipientParticipantId, QStringLiteral("972987654321"));
        QCOMPARE(group.raw.value(QLatin1String("recipient_participant_user_id")).toString(),
                 QStringLiteral("US.13491208655302741918"));
    }

    void templateStatusRejectedAndApproved()
    {
        const TemplateEvent rejected = onlyTemplateEvent(QStringLiteral("template_rejected.json"));
        QCOMPARE(rejected.kind, TemplateEvent::Kind::Status);
        QCOMPARE(rejected.event, QStringLiteral("REJECTED"));
        QCOMPARE(rejected.templateId, QStringLiteral("1689556908129835"));
        QCOMPARE(rejected.name, QStringLiteral("abandoned_cart"));
        QCOMPARE(rejected.language, QStringLiteral("en"));
        QCOMPARE(rejected.reason, QStringLiteral("INVALID_FORMAT"));
        QCOMPARE(rejected.category, QStringLiteral("MARKETING"));
        QVERIFY(rejected.rejectionReason.startsWith(QLatin1String("Your template has parameters")));
        QVERIFY(rejected.recommendation.startsWith(QLatin1String("Separate parameters")));
        QCOMPARE(rejected.time, 1751247548);
        const ParsedWebhook p = parseFixture(QStringLiteral("template_rejected.json"));
        QCOMPARE(p.changes.first().wabaId, QStringLiteral("102290129340398"));
        const TemplateEvent approved = onlyTemplateEvent(QStringLiteral("template_approved.json"));
        QCOMPARE(approved.event, QStringLiteral("APPROVED"));
        QCOMPARE(approved.templateId, QStringLiteral("1689556908129832"));
        QCOMPARE(approved.reason, QStringLiteral("NONE"));
        QCOMPARE(approved.category, QStringLiteral("UTILITY"));
    }

    void templateQualityCategoryComponents()
    {
        const TemplateEvent quality = onlyTemplateEvent(QStringLiteral("template_quality.json"));
        QCOMPARE(quality.kind, TemplateEvent::Kind::Quality);
        QCOMPARE(quality.previousQuality, QStringLiteral("GREEN"));
        QCOMPARE(quality.newQuality, QStringLiteral("YELLOW"));
        QCOMPARE(quality.name, QStringLiteral("welcome_template"));
        const TemplateEvent category = onlyTemplateEvent(QStringLiteral("template_category.json"));
        QCOMPARE(category.kind, TemplateEvent::Kind::Category);
        QCOMPARE(category.previousCategory, QStringLiteral("UTILITY"));
        QCOMPARE(category.newCategory, QStringLiteral("MARKETING"));
        const TemplateEvent components = onlyTemplateEvent(QStringLiteral("template_components.json"));
        QCOMPARE(components.kind, TemplateEvent::Kind::Components);
        QVERIFY(components.raw.contains(QLatin1String("message_template_element")));
    }

    void onPremiseMessageAndStatus()
    {
        const ParsedWebhook m = parseFixture(QStringLiteral("onpremise_message.json"));
        QCOMPARE(m.shape, ParsedWebhook::Shape::OnPremise);
        QVERIFY(m.problems.isEmpty());
        QCOMPARE(m.changes.size(), 1);
        QVERIFY(m.changes.first().phoneNumberId.isEmpty());
        const InboundMessage& msg = m.changes.first().messages.first();
        QCOMPARE(msg.id, QStringLiteral("ABGGFlA5FpafAgo6EhgUQzGrYg"));
        QCOMPARE(msg.profileName, QStringLiteral("Kerry Fisher"));
        QCOMPARE(msg.content.text, QStringLiteral("Hello"));
        QCOMPARE(msg.timestamp, 1518694235);
        const ParsedWebhook s = parseFixture(QStringLiteral("onpremise_status.json"));
        QCOMPARE(s.shape, ParsedWebhook::Shape::OnPremise);
        QCOMPARE(s.kind(), QStringLiteral("statuses"));
        const StatusUpdate& st = s.changes.first().statuses.first();
        QCOMPARE(st.status, QStringLiteral("delivered"));
        QCOMPARE(st.conversationOrigin, QStringLiteral("user_initiated"));
        QCOMPARE(st.pricing.billable, std::optional<bool>(false));
    }

    void batchReadsEveryEntryChangeMessageAndStatus()
    {
        const ParsedWebhook p = parseFixture(QStringLiteral("batch.json"));
        QCOMPARE(p.shape, ParsedWebhook::Shape::Cloud);
        QVERIFY(p.problems.isEmpty());
        QCOMPARE(p.changes.size(), 3);
        QCOMPARE(p.messageCount(), 3);
        QCOMPARE(p.statusCount(), 3);
        QCOMPARE(p.changes.at(0).messages.at(1).profileName, QStringLiteral("Kerry Fisher"));
        QCOMPARE(p.changes.at(2).phoneNumberId, QStringLiteral("5544332211000"));
        QCOMPARE(p.changes.at(2).wabaId, QStringLiteral("999888777666555"));
        QCOMPARE(p.changes.at(2).statuses.first().status, QStringLiteral("read"));
    }

    void notJson()
    {
        for (const QByteArray& body : {test::readData(QStringLiteral("webhooks/not_json.txt")), QByteArray(),
                                       QByteArray("\x00\xff\xfe garbage", 11), QByteArray("{\"a\":")}) {
            const ParsedWebhook p = webhook::parseWebhook(body);
            QCOMPARE(p.shape, ParsedWebhook::Shape::NotJson);
            QVERIFY(p.reason.startsWith(QLatin1String("not JSON")));
            QVERIFY(p.changes.isEmpty());
        }
    }

    void notAnEnvelope()
    {
        const ParsedWebhook p = parseFixture(QStringLiteral("not_envelope.json"));
        QCOMPARE(p.shape, ParsedWebhook::Shape::NotAnEnvelope);
        QVERIFY(!p.reason.isEmpty());
        QCOMPARE(webhook::parseWebhook("[1,2,3]").shape, ParsedWebhook::Shape::NotAnEnvelope);
        QCOMPARE(webhook::parseWebhook("\"just a string\"").shape, ParsedWebhook::Shape::NotAnEnvelope);
        QCOMPARE(webhook::parseWebhook("{}").shape, ParsedWebhook::Shape::NotAnEnvelope);
        const ParsedWebhook page = webhook::parseWebhook("{\"object\":\"page\",\"entry\":[]}");
        QCOMPARE(page.shape, ParsedWebhook::Shape::NotAnEnvelope);
        QVERIFY(page.reason.contains(QLatin1String("page")));
        const ParsedWebhook noEntries = webhook::parseWebhook("{\"object\":\"whatsapp_business_account\",\"entry\":7}");
        QCOMPARE(noEntries.shape, ParsedWebhook::Shape::NotAnEnvelope);
        QVERIFY(noEntries.reason.contains(QLatin1String("entry")));
    }

    void wrongTypesInsideAreReportedAndTheRestIsRead()
    {
        const ParsedWebhook p = parseFixture(QStringLiteral("wrong_types.json"));
        QCOMPARE(p.shape, ParsedWebhook::Shape::Cloud);
        // Two changes with a readable value; the string value and the string entry are reported.
        QCOMPARE(p.changes.size(), 2);
        QCOMPARE(p.changes.first().messages.size(), 2);
        const InboundMessage& badTimestamp = p.changes.first().messages.at(0);
        QCOMPARE(badTimestamp.id, QStringLiteral("wamid.wrong-timestamp"));
        QCOMPARE(badTimestamp.timestamp, 0);
        QCOMPARE(badTimestamp.content.text, QStringLiteral("timestamp is an object"));
        const InboundMessage& badFrom = p.changes.first().messages.at(1);
        QVERIFY(badFrom.from.isEmpty());
        QVERIFY(badFrom.content.text.isEmpty());
        QVERIFY(p.changes.at(1).messages.isEmpty());
        const QString all = p.problems.join(QLatin1Char('\n'));
        for (const char* path :
             {"entry[0].changes[0].value.contacts: expected an array, got a string",
              "entry[0].changes[0].value.messages[0].timestamp: expected unix seconds, got an object",
              "entry[0].changes[0].value.messages[1]: expected an object, got a string",
              "entry[0].changes[0].value.messages[2].from: expected a string, got an array",
              "entry[0].changes[0].value.messages[2].text: expected an object, got a string",
              "entry[0].changes[0].value.statuses: expected an array, got an object",
              "entry[0].changes[1].value: expected an object, got a string",
              "entry[0].changes[2].value.messages: expected an array, got an object",
              "entry[1]: expected an object, got a string"}) {
            QVERIFY2(p.problems.contains(QLatin1String(path)),
                     qPrintable(QLatin1String(path) + QLatin1String("\nin\n") + all));
        }
        QCOMPARE(p.problems.size(), 9);
    }

    void numericTimestampsAndIdsAreAccepted()
    {
        const ParsedWebhook p = webhook::parseWebhook(
            "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":42,\"changes\":[{\"field\":\"messages\","
            "\"value\":{\"statuses\":[{\"id\":\"wamid.n\",\"status\":\"warning\",\"timestamp\":1698266945,"
            "\"conversation\":{\"id\":\"c\",\"expiration_timestamp\":1698339900}}]}}]}]}");
        QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.join(QLatin1Char('\n'))));
        QCOMPARE(p.changes.first().wabaId, QStringLiteral("42"));
        const StatusUpdate& s = p.changes.first().statuses.first();
        QCOMPARE(s.timestamp, 1698266945);
        QCOMPARE(s.conversationExpiry, 1698339900);
        QCOMPARE(s.status, QStringLiteral("warning")); // unknown values are kept as sent
    }

    void fuzzedBodiesNeverCrash()
    {
        // Every fixture cut at every 7th byte, and with bytes flipped: the parser must always return.
        const QDir dir(test::dataPath(QStringLiteral("webhooks")));
        int parsed = 0;
        for (const QString& name : dir.entryList({QStringLiteral("*.json")})) {
            const QByteArray body = test::readData(QStringLiteral("webhooks/") + name);
            for (qsizetype cut = 0; cut < body.size(); cut += 7) {
                webhook::parseWebhook(body.left(cut));
                QByteArray flipped = body;
                flipped[cut] = char(flipped[cut] ^ 0x5a);
                webhook::parseWebhook(flipped);
                parsed += 2;
            }
        }
        QVERIFY(parsed > 1000);
    }
};

QTEST_GUILESS_MAIN(TestWebhookParserShapes)
#include "tst_webhookparser_shapes.moc"
