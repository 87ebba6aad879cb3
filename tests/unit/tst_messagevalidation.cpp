// The documented sending limits (REFERENCE.md §1.12 and §1): each row tries one bad input and expects a problem
// naming the field, or a valid message and expects none.
#include "TestEnvironment.h"
#include "api/MessageValidation.h"
#include "api/OutgoingMessage.h"
#include "api/ProfileValidation.h"

#include <QJsonArray>
#include <QtTest>

using namespace wabadesk::api;

namespace {
const QString to = QStringLiteral("4915112345678");

QList<ReplyButton> buttons(int n)
{
    QList<ReplyButton> b;
    for (int i = 0; i < n; ++i)
        b.append({QStringLiteral("id%1").arg(i), QStringLiteral("Title %1").arg(i)});
    return b;
}

QList<ListSection> sections(int count, int rowsEach)
{
    QList<ListSection> s;
    for (int i = 0; i < count; ++i) {
        ListSection section{QStringLiteral("S%1").arg(i), {}};
        for (int r = 0; r < rowsEach; ++r)
            section.rows.append({QStringLiteral("r%1_%2").arg(i).arg(r), QStringLiteral("Row"), {}});
        s.append(section);
    }
    return s;
}
} // namespace

class TestMessageValidation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void limits_data()
    {
        QTest::addColumn<QJsonObject>("message");
        QTest::addColumn<QString>("problem"); // a substring of the expected problem; empty = valid

        QTest::newRow("text ok") << messages::text(to, QStringLiteral("Hello *there*")).toJson() << QString();
        QTest::newRow("text 4096 ok") << messages::text(to, QString(4096, QLatin1Char('a'))).toJson() << QString();
        QTest::newRow("text 4097") << messages::text(to, QString(4097, QLatin1Char('a'))).toJson()
                                   << QStringLiteral("text.body: is 4097 characters long; the limit is 4096");
        QTest::newRow("text empty") << messages::text(to, QStringLiteral("  ")).toJson()
                                    << QStringLiteral("text.body: must not be empty");
        QTest::newRow("no recipient") << messages::text(QString(), QStringLiteral("x")).toJson()
                                      << QStringLiteral("to: is required");
        QTest::newRow("recipient letters") << messages::text(QStringLiteral("anna"), QStringLiteral("x")).toJson()
                                           << QStringLiteral("not a phone number");
        QTest::newRow("recipient formatted ok")
            << messages::text(QStringLiteral("+49 151 1234-5678"), QStringLiteral("x")).toJson() << QString();
        QTest::newRow("caption 1025") << messages::media(to, MediaKind::Image, {QStringLiteral("1"), {}},
                                                         QString(1025, QLatin1Char('c')))
                                             .toJson()
                                      << QStringLiteral("image.caption: is 1025 characters long; the limit is 1024");
        QTest::newRow("audio caption")
            << messages::media(to, MediaKind::Audio, {QStringLiteral("1"), {}}, QStringLiteral("c")).toJson()
            << QStringLiteral("audio.caption: is not allowed");
        QTest::newRow("id and link") << messages::media(to, MediaKind::Video,
                                                        {QStringLiteral("1"), QStringLiteral("https://e.com/v.mp4")})
                                            .toJson()
                                     << QStringLiteral("exactly one of");
        QTest::newRow("neither id nor link")
            << messages::media(to, MediaKind::Sticker, {}).toJson() << QStringLiteral("exactly one of");
        QTest::newRow("link not http")
            << messages::media(to, MediaKind::Document, {{}, QStringLiteral("file:///etc/passwd")}).toJson()
            << QStringLiteral("document.link: must be an http(s) URL");
        QTest::newRow("image filename")
            << messages::media(to, MediaKind::Image, {QStringLiteral("1"), {}}, {}, QStringLiteral("a.jpg")).toJson()
            << QStringLiteral("only allowed for documents");
        QTest::newRow("latitude 91") << messages::location(to, 91, 0).toJson() << QStringLiteral("location.latitude");
        QTest::newRow("longitude -181") << messages::location(to, 0, -181).toJson()
                                        << QStringLiteral("location.longitude");
        QTest::newRow("contact without name")
            << messages::contacts(to, QJsonArray{QJsonObject{{QStringLiteral("phones"), QJsonArray{}}}}).toJson()
            << QStringLiteral("contacts[0].name: is required");
        QTest::newRow("buttons 3 ok") << messages::replyButtons(to, QStringLiteral("b"), buttons(3)).toJson()
                                      << QString();
        QTest::newRow("buttons 4") << messages::replyButtons(to, QStringLiteral("b"), buttons(4)).toJson()
                                   << QStringLiteral("must have 1 to 3 buttons (has 4)");
        QTest::newRow("button title 21") << messages::replyButtons(
                                                to, QStringLiteral("b"),
                                                {{QStringLiteral("a"), QString(21, QLatin1Char('t'))}})
                                                .toJson()
                                         << QStringLiteral("reply.title: is 21 characters long; the limit is 20");
        QTest::newRow("button duplicate title")
            << messages::replyButtons(
                   to, QStringLiteral("b"),
                   {{QStringLiteral("a"), QStringLiteral("Yes")}, {QStringLiteral("b"), QStringLiteral("Yes")}})
                   .toJson()
            << QStringLiteral("titles must be unique");
        QTest::newRow("button id spaces")
            << messages::replyButtons(to, QStringLiteral("b"), {{QStringLiteral(" a"), QStringLiteral("Yes")}}).toJson()
            << QStringLiteral("must not start or end with spaces");
        QTest::newRow("interactive body 1025")
            << messages::replyButtons(to, QString(1025, QLatin1Char('b')), buttons(1)).toJson()
            << QStringLiteral("interactive.body.text: is 1025");
        QTest::newRow("footer 61")
            << messages::replyButtons(to, QStringLiteral("b"), buttons(1), {}, QString(61, QLatin1Char('f'))).toJson()
            << QStringLiteral("interactive.footer.text: is 61");
        QTest::newRow("list 10 rows ok")
            << messages::list(to, QStringLiteral("b"), QStringLiteral("Menu"), sections(2, 5)).toJson() << QString();
        QTest::newRow("list 11 rows total")
            << messages::list(to, QStringLiteral("b"), QStringLiteral("Menu"), sections(2, 6)).toJson()
            << QStringLiteral("have 12 rows in total; the limit is 10");
        QTest::newRow("list 11 sections")
            << messages::list(to, QStringLiteral("b"), QStringLiteral("Menu"), sections(11, 0)).toJson()
            << QStringLiteral("must have 1 to 10 sections (has 11)");
        QTest::newRow("list label 21")
            << messages::list(to, QStringLiteral("b"), QString(21, QLatin1Char('m')), sections(1, 1)).toJson()
            << QStringLiteral("interactive.action.button: is 21");
        {
            auto s = sections(2, 1);
            s[1].title.clear();
            QTest::newRow("list section title required")
                << messages::list(to, QStringLiteral("b"), QStringLiteral("Menu"), s).toJson()
                << QStringLiteral("sections[1].title: is required");
        }
        {
            InteractiveHeader image;
            image.mediaKind = MediaKind::Image;
            image.media.id = QStringLiteral("1");
            QJsonObject m = messages::list(to, QStringLiteral("b"), QStringLiteral("Menu"), sections(1, 1)).toJson();
            QJsonObject interactive = m.value(QStringLiteral("interactive")).toObject();
            interactive.insert(
                QStringLiteral("header"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                            {QStringLiteral("image"), QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}}}});
            m.insert(QStringLiteral("interactive"), interactive);
            QTest::newRow("list media header") << m << QStringLiteral("lists take a text header");
            QTest::newRow("buttons image header ok")
                << messages::replyButtons(to, QStringLiteral("b"), buttons(1), image).toJson() << QString();
        }
        QTest::newRow("cta display 21") << messages::ctaUrl(to, QStringLiteral("b"), QString(21, QLatin1Char('d')),
                                                            QStringLiteral("https://e.com"))
                                               .toJson()
                                        << QStringLiteral("display_text: is 21");
        QTest::newRow("cta url javascript")
            << messages::ctaUrl(to, QStringLiteral("b"), QStringLiteral("Go"), QStringLiteral("javascript:alert(1)"))
                   .toJson()
            << QStringLiteral("must be an http(s) URL");
        QTest::newRow("location request ok")
            << messages::locationRequest(to, QStringLiteral("Where?")).toJson() << QString();
        QTest::newRow("reaction two emoji")
            << messages::reaction(to, QStringLiteral("wamid.1"), QString::fromUtf8("\xF0\x9F\x98\x80\xF0\x9F\x98\x80"))
                   .toJson()
            << QStringLiteral("must be a single emoji");
        QTest::newRow("reaction letter")
            << messages::reaction(to, QStringLiteral("wamid.1"), QStringLiteral("a")).toJson()
            << QStringLiteral("must be a single emoji");
        QTest::newRow("reaction flag ok")
            << messages::reaction(to, QStringLiteral("wamid.1"), QString::fromUtf8("\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA"))
                   .toJson()
            << QString();
        QTest::newRow("reaction removal ok")
            << messages::reaction(to, QStringLiteral("wamid.1"), QString()).toJson() << QString();
        {
            auto m = messages::text(to, QStringLiteral("x"));
            m.bizOpaqueCallbackData = QString(513, QLatin1Char('x'));
            QTest::newRow("tracker 513") << m.toJson() << QStringLiteral("biz_opaque_callback_data: is 513");
        }
        {
            TemplateSend t;
            t.name = QStringLiteral("hello_world");
            t.languageCode = QStringLiteral("en_US");
            t.body = {TemplateTextParameter{QStringLiteral("two\nlines"), {}}};
            QTest::newRow("template param newline")
                << messages::templateMessage(to, t).toJson() << QStringLiteral("must not contain newlines");
            t.body = {TemplateTextParameter{QStringLiteral("Anna"), QStringLiteral("First-Name")}};
            QTest::newRow("template bad parameter_name")
                << messages::templateMessage(to, t).toJson() << QStringLiteral("parameter_name");
            t.name.clear();
            t.body.clear();
            QTest::newRow("template no name")
                << messages::templateMessage(to, t).toJson() << QStringLiteral("template.name: must not be empty");
        }
        {
            QJsonObject m = messages::text(to, QStringLiteral("x")).toJson();
            m.insert(QStringLiteral("type"), QStringLiteral("poll"));
            QTest::newRow("unknown type") << m << QStringLiteral("not a message type");
            m = messages::text(to, QStringLiteral("x")).toJson();
            m.insert(QStringLiteral("messaging_product"), QStringLiteral("sms"));
            QTest::newRow("wrong product") << m << QStringLiteral("messaging_product");
            m = messages::text(to, QStringLiteral("x")).toJson();
            m.insert(QStringLiteral("text"), QStringLiteral("not an object"));
            QTest::newRow("content not object") << m << QStringLiteral("text: must be an object");
        }
    }

    void limits()
    {
        QFETCH(QJsonObject, message);
        QFETCH(QString, problem);
        const QStringList problems = validateMessage(message);
        if (problem.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        } else {
            QVERIFY2(
                problems.join(QStringLiteral("\n")).contains(problem),
                qPrintable(QStringLiteral("expected \"%1\" in: %2").arg(problem, problems.join(QStringLiteral("; ")))));
        }
    }

    void markRead()
    {
        QVERIFY(validateMarkRead(messages::markRead(QStringLiteral("wamid.1"))).isEmpty());
        QVERIFY(!validateMarkRead(messages::markRead(QString())).isEmpty());
    }

    void profile_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("problem");
        const QJsonObject base{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")}};
        auto with = [&](const char* key, const QJsonValue& v) {
            QJsonObject o = base;
            o.insert(QLatin1String(key), v);
            return o;
        };
        QTest::newRow("about ok") << with("about", QStringLiteral("Hi")) << QString();
        QTest::newRow("about empty") << with("about", QString()) << QStringLiteral("about: cannot be empty");
        QTest::newRow("about 140") << with("about", QString(140, QLatin1Char('a'))) << QStringLiteral("limit is 139");
        QTest::newRow("address 257") << with("address", QString(257, QLatin1Char('a')))
                                     << QStringLiteral("limit is 256");
        QTest::newRow("description 513") << with("description", QString(513, QLatin1Char('a')))
                                         << QStringLiteral("limit is 512");
        QTest::newRow("email bad") << with("email", QStringLiteral("not-an-email")) << QStringLiteral("not an email");
        QTest::newRow("three websites") << with("websites", QJsonArray{QStringLiteral("https://a.de"),
                                                                       QStringLiteral("https://b.de"),
                                                                       QStringLiteral("https://c.de")})
                                        << QStringLiteral("at most 2");
        QTest::newRow("website no scheme")
            << with("websites", QJsonArray{QStringLiteral("example.com")}) << QStringLiteral("must start with http");
        QTest::newRow("vertical unknown") << with("vertical", QStringLiteral("SHOPPING")) << QStringLiteral("vertical");
        QTest::newRow("vertical ok") << with("vertical", QStringLiteral("RETAIL")) << QString();
        QTest::newRow("no product") << QJsonObject{{QStringLiteral("about"), QStringLiteral("x")}}
                                    << QStringLiteral("messaging_product");
    }

    void profile()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, problem);
        const QString problems = validateProfileUpdate(body).join(QStringLiteral("\n"));
        if (problem.isEmpty())
            QVERIFY2(problems.isEmpty(), qPrintable(problems));
        else
            QVERIFY2(problems.contains(problem), qPrintable(problems));
    }
};

QTEST_GUILESS_MAIN(TestMessageValidation)
#include "tst_messagevalidation.moc"
