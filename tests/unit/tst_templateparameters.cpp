// A template send matched against the template's definition: the codes the API answers for mismatches
// (132000 count, 132012 format, 132018 whitespace; REFERENCE.md §1.8, §7.2).
#include "TestEnvironment.h"
#include "api/MessageValidation.h"
#include "api/OutgoingMessage.h"
#include "templates/TemplateSendBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace wabadesk::api;

namespace {
QJsonObject definition(const char* name)
{
    static const QJsonObject all = wabadesk::test::readJsonObject(QStringLiteral("templates/definitions.json"));
    return all.value(QLatin1String(name)).toObject();
}
const char* kSeasonal = "seasonal_promotion";
const char* kOrder = "order_update";
const char* kNamed = "appointment";

TemplateSend seasonal(int headerParams, int bodyParams)
{
    TemplateSend t;
    t.name = QStringLiteral("seasonal_promotion");
    t.languageCode = QStringLiteral("en_US");
    if (headerParams)
        t.header = TemplateTextParameter{QStringLiteral("Summer Sale"), {}};
    for (int i = 0; i < bodyParams; ++i)
        t.body.append(TemplateTextParameter{QStringLiteral("v%1").arg(i), {}});
    return t;
}
} // namespace

class TestTemplateParameters : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void countVariables()
    {
        QCOMPARE(countTemplateVariables(QStringLiteral("Hi {{1}}, {{2}} and {{1}} again")), 2);
        QCOMPARE(countTemplateVariables(QStringLiteral("Hi {{first_name}}")), 1);
        QCOMPARE(countTemplateVariables(QStringLiteral("No variables {1} here")), 0);
    }

    void matchingSendPasses()
    {
        QString details;
        QCOMPARE(checkTemplateParameters(definition(kSeasonal), seasonal(1, 3).toJson(), &details), 0);
        QVERIFY(details.isEmpty());
    }

    void wrongBodyCountIs132000()
    {
        QString details;
        QCOMPARE(checkTemplateParameters(definition(kSeasonal), seasonal(1, 2).toJson(), &details), 132000);
        QVERIFY2(details.contains(QStringLiteral("body")) && details.contains(QStringLiteral("(3)")),
                 qPrintable(details));
        QCOMPARE(checkTemplateParameters(definition(kSeasonal), seasonal(1, 4).toJson(), &details), 132000);
    }

    void missingHeaderIs132000()
    {
        QString details;
        QCOMPARE(checkTemplateParameters(definition(kSeasonal), seasonal(0, 3).toJson(), &details), 132000);
        QVERIFY(details.startsWith(QStringLiteral("header")));
    }

    void mediaHeaderFormatMismatchIs132012()
    {
        TemplateSend t;
        t.name = QStringLiteral("order_update");
        t.languageCode = QStringLiteral("en_US");
        t.header = TemplateMediaParameter{MediaKind::Video, {QStringLiteral("1"), {}}, {}};
        t.body = {TemplateTextParameter{QStringLiteral("Anna"), {}}, TemplateTextParameter{QStringLiteral("A1"), {}}};
        t.buttons = {{0, QStringLiteral("url"), QStringLiteral("A1")},
                     {1, QStringLiteral("copy_code"), QStringLiteral("X")}};
        QString details;
        QCOMPARE(checkTemplateParameters(definition(kOrder), t.toJson(), &details), 132012);
        QVERIFY2(details.contains(QStringLiteral("expected image")), qPrintable(details));
        t.header = TemplateMediaParameter{MediaKind::Image, {QStringLiteral("1"), {}}, {}};
        QCOMPARE(checkTemplateParameters(definition(kOrder), t.toJson(), &details), 0);
    }

    void urlButtonWithVariableNeedsItsParameter()
    {
        TemplateSend t;
        t.name = QStringLiteral("order_update");
        t.languageCode = QStringLiteral("en_US");
        t.header = TemplateMediaParameter{MediaKind::Image, {QStringLiteral("1"), {}}, {}};
        t.body = {TemplateTextParameter{QStringLiteral("Anna"), {}}, TemplateTextParameter{QStringLiteral("A1"), {}}};
        t.buttons = {{1, QStringLiteral("copy_code"), QStringLiteral("X")}};
        QString details;
        QCOMPARE(checkTemplateParameters(definition(kOrder), t.toJson(), &details), 132000);
        QVERIFY2(details.contains(QStringLiteral("button 0")), qPrintable(details));
        // A button index the template does not have.
        t.buttons = {{0, QStringLiteral("url"), QStringLiteral("A1")},
                     {1, QStringLiteral("copy_code"), QStringLiteral("X")},
                     {5, QStringLiteral("url"), QStringLiteral("x")}};
        QCOMPARE(checkTemplateParameters(definition(kOrder), t.toJson(), &details), 132000);
        // A quick_reply parameter for a URL button.
        t.buttons = {{0, QStringLiteral("quick_reply"), QStringLiteral("A1")},
                     {1, QStringLiteral("copy_code"), QStringLiteral("X")}};
        QCOMPARE(checkTemplateParameters(definition(kOrder), t.toJson(), &details), 132012);
    }

    void whitespaceIs132018()
    {
        TemplateSend t = seasonal(1, 3);
        t.body[1] = TemplateTextParameter{QStringLiteral("a\tb"), {}};
        QString details;
        QCOMPARE(checkTemplateParameters(definition(kSeasonal), t.toJson(), &details), 132018);
        t.body[1] = TemplateTextParameter{QStringLiteral("a     b"), {}};
        QCOMPARE(checkTemplateParameters(definition(kSeasonal), t.toJson(), &details), 132018);
        t.body[1] = TemplateTextParameter{QStringLiteral("a    b"), {}}; // four spaces are allowed
        QCOMPARE(checkTemplateParameters(definition(kSeasonal), t.toJson(), &details), 0);
    }

    void namedParameters()
    {
        TemplateSend t;
        t.name = QStringLiteral("appointment");
        t.languageCode = QStringLiteral("en");
        t.body = {TemplateTextParameter{QStringLiteral("Anna"), QStringLiteral("first_name")},
                  TemplateTextParameter{QStringLiteral("9:00"), QStringLiteral("time")}};
        QString details;
        QCOMPARE(checkTemplateParameters(definition(kNamed), t.toJson(), &details), 0);
        t.body[1] = TemplateTextParameter{QStringLiteral("9:00"), QStringLiteral("hour")};
        QCOMPARE(checkTemplateParameters(definition(kNamed), t.toJson(), &details), 132000);
        QVERIFY(details.contains(QStringLiteral("hour")));
    }

    // The one builder the CLI and every send form use: values in the order of the variables become parameter_name
    // parameters for a NAMED template (the app sent positional ones: 132000 'parameter_name "" is not a variable').
    void builderNamesParametersOfNamedTemplates()
    {
        wabadesk::Template named;
        named.name = QStringLiteral("appointment");
        named.language = QStringLiteral("en");
        named.components = definition(kNamed).value(QStringLiteral("components")).toArray();
        // As a template read back from the store: parameter_format only in the element as received.
        named.raw = definition(kNamed);
        QVERIFY(wabadesk::templates::isNamed(named));
        wabadesk::templates::TemplateArguments arguments;
        arguments.body = {TemplateTextParameter{QStringLiteral("Anna"), {}},
                          TemplateDateTimeParameter{QStringLiteral("9:00"), {}}};
        const TemplateSend send = wabadesk::templates::buildSend(named, arguments);
        const QJsonArray parameters = send.toJson()
                                          .value(QStringLiteral("components"))
                                          .toArray()
                                          .at(0)
                                          .toObject()
                                          .value(QStringLiteral("parameters"))
                                          .toArray();
        QCOMPARE(parameters.size(), 2);
        QCOMPARE(parameters.at(0).toObject().value(QStringLiteral("parameter_name")).toString(),
                 QStringLiteral("first_name"));
        QCOMPARE(parameters.at(1).toObject().value(QStringLiteral("parameter_name")).toString(),
                 QStringLiteral("time"));
        QString details;
        QCOMPARE(checkTemplateParameters(wabadesk::templates::definition(named), send.toJson(), &details), 0);
    }

    void builderLeavesPositionalTemplatesUnnamed()
    {
        wabadesk::Template positional;
        positional.name = QStringLiteral("order_update");
        positional.language = QStringLiteral("en_US");
        positional.raw = definition(kOrder);
        positional.components = positional.raw.value(QStringLiteral("components")).toArray();
        QVERIFY(!wabadesk::templates::isNamed(positional));
        wabadesk::templates::TemplateArguments arguments;
        arguments.header = TemplateMediaParameter{MediaKind::Image, {QStringLiteral("1"), {}}, {}};
        arguments.body = {TemplateTextParameter{QStringLiteral("Anna"), {}},
                          TemplateTextParameter{QStringLiteral("A1"), {}}};
        arguments.buttons = {{0, QStringLiteral("A1")}, {1, QStringLiteral("X")}};
        const TemplateSend send = wabadesk::templates::buildSend(positional, arguments);
        QVERIFY(!QJsonDocument(send.toJson()).toJson().contains("parameter_name"));
        // Sub-types from the template's buttons: URL → url, COPY_CODE → copy_code.
        QCOMPARE(send.buttons.at(0).subType, QStringLiteral("url"));
        QCOMPARE(send.buttons.at(1).subType, QStringLiteral("copy_code"));
        QString details;
        QCOMPARE(checkTemplateParameters(wabadesk::templates::definition(positional), send.toJson(), &details), 0);
    }
};

QTEST_GUILESS_MAIN(TestTemplateParameters)
#include "tst_templateparameters.moc"
