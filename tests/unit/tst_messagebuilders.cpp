// Request bodies built by app/api compared field by field with REFERENCE.md's examples
// (tests/data/reference/send_examples.json holds them verbatim).
#include "TestEnvironment.h"
#include "api/JsonMapping.h"
#include "api/OutgoingMessage.h"

#include <QJsonArray>
#include <QtTest>

using namespace wabadesk;
using namespace wabadesk::api;
using wabadesk::test::jsonDifference;

class TestMessageBuilders : public QObject {
    Q_OBJECT
private:
    QJsonObject m_examples;
    QJsonObject example(const char* key) const { return m_examples.value(QLatin1String(key)).toObject(); }

    // recipient_type is optional and defaults to "individual" (§1.1); examples that omit it are compared without it.
    static QJsonObject withoutRecipientType(QJsonObject o, const QJsonObject& expected)
    {
        if (!expected.contains(QStringLiteral("recipient_type")))
            o.remove(QStringLiteral("recipient_type"));
        return o;
    }

private Q_SLOTS:
    void initTestCase() { m_examples = test::readJsonObject(QStringLiteral("reference/send_examples.json")); }

    void text()
    {
        const QJsonObject expected = example("text_1.3");
        const QJsonObject actual =
            messages::text(QStringLiteral("491701234567"), QStringLiteral("See https://example.com"), true).toJson();
        QCOMPARE(jsonDifference(expected, actual), QString());
    }

    void imageByLink()
    {
        const QJsonObject expected = example("image_link_1.4");
        const auto m =
            messages::media(QStringLiteral("491701234567"), MediaKind::Image,
                            {{}, QStringLiteral("https://example.com/pic.jpg")}, QStringLiteral("Your invoice"));
        QCOMPARE(jsonDifference(expected, withoutRecipientType(m.toJson(), expected)), QString());
    }

    void documentAndAudioObjects()
    {
        const auto doc = messages::media(QStringLiteral("1"), MediaKind::Document,
                                         {{}, QStringLiteral("https://www.example.com/DOCUMENT.PDF")},
                                         QStringLiteral("CAPTION"), QStringLiteral("FILENAME.PDF"));
        QCOMPARE(jsonDifference(example("document_object_1.4"), doc.toJson().value(QStringLiteral("document"))),
                 QString());
        const auto audio = messages::media(QStringLiteral("1"), MediaKind::Audio, {QStringLiteral("AUDIO_ID"), {}});
        QCOMPARE(jsonDifference(example("audio_object_1.4"), audio.toJson().value(QStringLiteral("audio"))), QString());
        // A voice note adds "voice": true (§1.4).
        const auto voice =
            messages::media(QStringLiteral("1"), MediaKind::Audio, {QStringLiteral("A"), {}}, {}, {}, true);
        QCOMPARE(voice.toJson().value(QStringLiteral("audio")).toObject().value(QStringLiteral("voice")).toBool(),
                 true);
    }

    void location()
    {
        const QJsonObject expected = example("location_1.5");
        const auto m = messages::location(QStringLiteral("491701234567"), 37.4850729, -122.1527671,
                                          QStringLiteral("Meta Headquarters"),
                                          QStringLiteral("1 Hacker Way, Menlo Park, CA 94025, USA"));
        const QJsonObject actual = m.toJson();
        QCOMPARE(jsonDifference(expected, withoutRecipientType(actual, expected)), QString());
        // Numbers, not strings (§1.5).
        QVERIFY(actual.value(QStringLiteral("location")).toObject().value(QStringLiteral("latitude")).isDouble());
    }

    void contacts()
    {
        const QJsonArray list{example("contact_1.6")};
        const QJsonObject body = messages::contacts(QStringLiteral("491701234567"), list).toJson();
        QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("contacts"));
        QCOMPARE(jsonDifference(list, body.value(QStringLiteral("contacts"))), QString());
    }

    void replyButtons()
    {
        const auto m =
            messages::replyButtons(QStringLiteral("1"), QStringLiteral("BUTTON_TEXT"),
                                   {{QStringLiteral("UNIQUE_BUTTON_ID_1"), QStringLiteral("BUTTON_TITLE_1")},
                                    {QStringLiteral("UNIQUE_BUTTON_ID_2"), QStringLiteral("BUTTON_TITLE_2")}});
        QCOMPARE(jsonDifference(example("reply_buttons_1.7.1"), m.toJson().value(QStringLiteral("interactive"))),
                 QString());
    }

    void list()
    {
        QList<ListSection> sections;
        for (int s = 1; s <= 2; ++s) {
            ListSection section{QStringLiteral("SECTION_%1_TITLE").arg(s), {}};
            for (int r = 1; r <= 2; ++r)
                section.rows.append({QStringLiteral("SECTION_%1_ROW_%2_ID").arg(s).arg(r),
                                     QStringLiteral("SECTION_%1_ROW_%2_TITLE").arg(s).arg(r),
                                     QStringLiteral("SECTION_%1_ROW_%2_DESCRIPTION").arg(s).arg(r)});
            sections.append(section);
        }
        const auto m = messages::list(QStringLiteral("1"), QStringLiteral("BODY_TEXT"), QStringLiteral("BUTTON_TEXT"),
                                      sections, QStringLiteral("HEADER_TEXT"), QStringLiteral("FOOTER_TEXT"));
        QCOMPARE(jsonDifference(example("list_1.7.2"), m.toJson().value(QStringLiteral("interactive"))), QString());
    }

    void ctaUrl()
    {
        const QJsonObject expected = example("cta_url_1.7.3");
        InteractiveHeader header;
        header.text = QStringLiteral("Order #123");
        const auto m = messages::ctaUrl(QStringLiteral("491701234567"), QStringLiteral("Track your parcel"),
                                        QStringLiteral("Track"), QStringLiteral("https://example.com/t/123"), header,
                                        QStringLiteral("Example Shop"));
        QCOMPARE(jsonDifference(expected, withoutRecipientType(m.toJson(), expected)), QString());
    }

    void locationRequest()
    {
        const auto m =
            messages::locationRequest(QStringLiteral("491701234567"), QStringLiteral("Please share your location"));
        QCOMPARE(jsonDifference(example("location_request_1.7.4"), m.toJson()), QString());
    }

    void templateWithEveryBodyParameterKind()
    {
        TemplateSend t;
        t.name = QStringLiteral("TEMPLATE_NAME");
        t.languageCode = QStringLiteral("LANGUAGE_AND_LOCALE_CODE");
        t.header = TemplateMediaParameter{MediaKind::Image, {{}, QStringLiteral("http(s)://URL")}, {}};
        t.body = {TemplateTextParameter{QStringLiteral("TEXT_STRING"), {}},
                  TemplateCurrencyParameter{QStringLiteral("VALUE"), QStringLiteral("USD"), 1000, {}},
                  TemplateDateTimeParameter{QStringLiteral("MONTH DAY, YEAR"), {}}};
        t.buttons = {{0, QStringLiteral("quick_reply"), QStringLiteral("PAYLOAD")},
                     {1, QStringLiteral("quick_reply"), QStringLiteral("PAYLOAD")}};
        QCOMPARE(jsonDifference(example("template_1.8"), t.toJson()), QString());
    }

    void templateButtonsAndNamedParameters()
    {
        TemplateSend t;
        t.name = QStringLiteral("x");
        t.languageCode = QStringLiteral("en");
        t.buttons = {{0, QStringLiteral("url"), QStringLiteral("order/123")},
                     {1, QStringLiteral("copy_code"), QStringLiteral("25OFF")}};
        const QJsonArray components = t.toJson().value(QStringLiteral("components")).toArray();
        QCOMPARE(jsonDifference(example("template_url_button_1.8"), components.at(0)), QString());
        QCOMPARE(jsonDifference(example("template_copy_code_1.8"), components.at(1)), QString());

        TemplateSend named;
        named.name = QStringLiteral("x");
        named.languageCode = QStringLiteral("en");
        named.body = {TemplateTextParameter{QStringLiteral("Anna"), QStringLiteral("first_name")}};
        QCOMPARE(jsonDifference(example("template_named_body_1.8"),
                                named.toJson().value(QStringLiteral("components")).toArray().at(0)),
                 QString());
    }

    void templateLocationHeader()
    {
        TemplateSend t;
        t.name = QStringLiteral("order_delivery_update");
        t.languageCode = QStringLiteral("en_US");
        t.header = TemplateLocationParameter{52.52, 13.405, QStringLiteral("Depot"), QStringLiteral("Berlin")};
        const QJsonObject param = t.toJson()
                                      .value(QStringLiteral("components"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("parameters"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(param.value(QStringLiteral("type")).toString(), QStringLiteral("location"));
        QCOMPARE(param.value(QStringLiteral("location")).toObject().value(QStringLiteral("latitude")).toDouble(),
                 52.52);
    }

    void reaction()
    {
        const auto m = messages::reaction(QStringLiteral("491701234567"), QStringLiteral("wamid.HBgL..."),
                                          QString::fromUtf8("\xF0\x9F\x98\x80"));
        QCOMPARE(jsonDifference(example("reaction_1.9"), m.toJson()), QString());
    }

    void replyContextAndTracker()
    {
        auto m = messages::text(QStringLiteral("123"), QStringLiteral("hi"));
        m.replyToMessageId = QStringLiteral("wamid.1");
        m.bizOpaqueCallbackData = QStringLiteral("tracker");
        m.extra.insert(QStringLiteral("recipient_identity_key_hash"), QStringLiteral("hash"));
        QJsonObject actual = m.toJson();
        // The builder always states preview_url; the §1.1 example leaves it out (false is the default).
        QJsonObject text = actual.value(QStringLiteral("text")).toObject();
        QCOMPARE(text.take(QStringLiteral("preview_url")).toBool(), false);
        actual.insert(QStringLiteral("text"), text);
        QCOMPARE(jsonDifference(example("reply_context_1.1"), actual), QString());
    }

    void rawRoundTripKeepsUnknownFields()
    {
        const QJsonObject raw = example("reply_context_1.1");
        QCOMPARE(jsonDifference(raw, OutgoingMessage::fromJson(raw).toJson()), QString());
    }

    void markRead()
    {
        QCOMPARE(jsonDifference(example("mark_read_1.11"), messages::markRead(QStringLiteral("wamid.1"))), QString());
        QCOMPARE(jsonDifference(example("typing_1.11"), messages::markRead(QStringLiteral("wamid.1"), true)),
                 QString());
    }

    void profileUpdate()
    {
        BusinessProfileUpdate u;
        u.about = QStringLiteral("We answer within 1 hour");
        u.address = QStringLiteral("Hauptstr. 1, 10115 Berlin");
        u.description = QStringLiteral("Support line of Example GmbH");
        u.email = QStringLiteral("support@example.com");
        u.vertical = QStringLiteral("RETAIL");
        u.websites = QStringList{QStringLiteral("https://example.com"), QStringLiteral("https://shop.example.com")};
        u.profilePictureHandle = QStringLiteral("<h from resumable upload, §2.6>");
        QCOMPARE(jsonDifference(example("profile_update_4.2"), json::businessProfileUpdate(u)), QString());
        // Only changed fields are sent (§4.2).
        BusinessProfileUpdate one;
        one.about = QStringLiteral("x");
        QCOMPARE(json::businessProfileUpdate(one).keys(),
                 (QStringList{QStringLiteral("about"), QStringLiteral("messaging_product")}));
    }
};

QTEST_GUILESS_MAIN(TestMessageBuilders)
#include "tst_messagebuilders.moc"
