// Response JSON → model values, on REFERENCE.md's example responses, and refusal of wrong shapes.
#include "TestEnvironment.h"
#include "api/JsonMapping.h"

#include <QJsonDocument>
#include <QtTest>

using namespace wabadesk;
using namespace wabadesk::api;

class TestJsonMapping : public QObject {
    Q_OBJECT
    QJsonObject m_responses;
    QJsonDocument doc(const char* key) const { return QJsonDocument(m_responses.value(QLatin1String(key)).toObject()); }
    static QJsonDocument parse(const char* json) { return QJsonDocument::fromJson(QByteArray(json)); }

private Q_SLOTS:
    void initTestCase() { m_responses = test::readJsonObject(QStringLiteral("reference/responses.json")); }

    void sendResult()
    {
        const auto r = json::sendResult(doc("send_1.2"));
        QVERIFY(r);
        QCOMPARE(r->messageId, QStringLiteral("wamid.HBgLMTY1MDUwNzY1MjAVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA"));
        QCOMPARE(r->waId, QStringLiteral("16505555555"));
        QCOMPARE(r->input, QStringLiteral("16505555555"));
        const auto held = json::sendResult(
            parse("{\"messages\":[{\"id\":\"wamid.1\",\"message_status\":\"held_for_quality_assessment\"}]}"));
        QCOMPARE(held->messageStatus, QStringLiteral("held_for_quality_assessment"));
        QVERIFY(!json::sendResult(parse("{\"messages\":[]}")));
        QVERIFY(!json::sendResult(parse("{\"messages\":[{\"id\":5}]}")));
        QVERIFY(!json::sendResult(parse("[1,2]")));
    }

    void mediaInfo()
    {
        const auto m = json::mediaInfo(doc("media_info_2.2"));
        QVERIFY(m);
        QCOMPARE(m->fileSize, 303833); // a string in this example
        QCOMPARE(m->mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(m->url.host(), QStringLiteral("lookaside.fbsbx.com"));
        const auto numeric = json::mediaInfo(parse("{\"id\":\"1\",\"url\":\"https://x/y\",\"file_size\":12}"));
        QCOMPARE(numeric->fileSize, 12);
        QVERIFY(!json::mediaInfo(parse("{\"id\":\"1\",\"url\":\"https://x/y\",\"file_size\":\"big\"}")));
        QVERIFY(!json::mediaInfo(parse("{\"id\":\"1\"}")));
        QVERIFY(!json::mediaInfo(parse("{\"id\":\"1\",\"url\":17}")));
    }

    void templatesKairon()
    {
        const auto list = json::templateList(doc("templates_kairon_3.1"));
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->at(0).name, QStringLiteral("kairon_new_features"));
        QCOMPARE(list->at(0).category, QStringLiteral("MARKETING"));
        QCOMPARE(list->at(0).components.size(), 1);
        QVERIFY(list->at(0).status.isEmpty()); // this fixture has none
    }

    void templatesLowercaseStatusNormalised()
    {
        const auto list = json::templateList(doc("templates_rapidpro_3.1"));
        QVERIFY(list);
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).status, QStringLiteral("APPROVED"));
        QVERIFY(list->at(0).isApproved());
        QCOMPARE(list->at(2).status, QStringLiteral("SUBMITTED"));
        QVERIFY(!list->at(2).isApproved());
        QVERIFY(!json::templateList(parse("{\"waba_templates\":{}}")));
        QVERIFY(!json::templateList(parse("{\"waba_templates\":[{\"name\":\"x\",\"components\":\"no\"}]}")));
        QVERIFY(!json::templateList(parse("{\"waba_templates\":[{\"language\":\"en\"}]}")));
    }

    void profile()
    {
        const auto p = json::businessProfile(doc("profile_4.1"));
        QVERIFY(p);
        QCOMPARE(p->about, QStringLiteral("We answer within 1 hour"));
        QCOMPARE(p->websites, QStringList{QStringLiteral("https://example.com")});
        QCOMPARE(p->vertical, QStringLiteral("RETAIL"));
        QVERIFY(!json::businessProfile(parse("{\"about\":\"not wrapped in data\"}")));
        QVERIFY(!json::businessProfile(parse("{\"data\":[{\"websites\":\"https://x\"}]}")));
    }

    void webhookConfig()
    {
        const auto c = json::webhookConfig(parse("{\"url\":\"https://h.example/w\",\"headers\":{\"X-Secret\":\"s\"}}"));
        QVERIFY(c);
        QCOMPARE(c->url.toString(), QStringLiteral("https://h.example/w"));
        QCOMPARE(c->headers.value(QStringLiteral("X-Secret")), QStringLiteral("s"));
        WebhookConfig in;
        in.url = QUrl(QStringLiteral("https://h.example/w"));
        in.headers.insert(QStringLiteral("Authorization"), QStringLiteral("Basic abc"));
        QCOMPARE(json::webhookConfigBody(in),
                 (QJsonObject{{QStringLiteral("url"), QStringLiteral("https://h.example/w")},
                              {QStringLiteral("headers"),
                               QJsonObject{{QStringLiteral("Authorization"), QStringLiteral("Basic abc")}}}}));
    }
};

QTEST_GUILESS_MAIN(TestJsonMapping)
#include "tst_jsonmapping.moc"
