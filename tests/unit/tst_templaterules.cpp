// The template rule checker (REFERENCE.md §3.5): every rule has an invalid template that breaks it and a valid one
// that passes without any problem (tests/data/templates/rules.json); REFERENCE.md's template examples pass and
// survive TemplateDraft's JSON round trip unchanged.
#include "TestEnvironment.h"
#include "templates/TemplateDraft.h"
#include "templates/TemplateRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>

using namespace wabadesk::templates;

namespace {
QString describe(const QList<TemplateProblem>& problems)
{
    QStringList lines;
    for (const TemplateProblem& p : problems)
        lines.append(templateRuleName(p.rule) + QStringLiteral(" @ ") + p.line());
    return lines.join(u'\n');
}

bool hasRule(const QList<TemplateProblem>& problems, TemplateRule rule)
{
    return std::any_of(problems.cbegin(), problems.cend(), [rule](const TemplateProblem& p) { return p.rule == rule; });
}
} // namespace

class TestTemplateRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyRule_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QJsonObject>("invalid");
        QTest::addColumn<QJsonObject>("valid");
        const QJsonArray cases = wabadesk::test::readJsonObject(QStringLiteral("templates/rules.json"))
                                     .value(QStringLiteral("cases"))
                                     .toArray();
        for (const QJsonValue& v : cases) {
            const QJsonObject c = v.toObject();
            const QString rule = c.value(QStringLiteral("rule")).toString();
            const QString row = rule + QStringLiteral(": ") + c.value(QStringLiteral("note")).toString();
            QTest::newRow(qPrintable(row))
                << rule << c.value(QStringLiteral("invalid")).toObject() << c.value(QStringLiteral("valid")).toObject();
        }
    }

    void everyRule()
    {
        QFETCH(QString, rule);
        QFETCH(QJsonObject, invalid);
        QFETCH(QJsonObject, valid);
        const std::optional<TemplateRule> r = templateRuleFromName(rule);
        QVERIFY2(r.has_value(), qPrintable(rule));

        const QList<TemplateProblem> bad = checkTemplate(invalid);
        QVERIFY2(hasRule(bad, *r), qPrintable(QStringLiteral("expected %1, got:\n%2").arg(rule, describe(bad))));
        for (const TemplateProblem& p : bad) {
            QVERIFY(!p.field.isEmpty());
            QVERIFY(!p.message.isEmpty());
            QVERIFY2(!p.message.contains(QStringLiteral("%1")), qPrintable(p.message)); // every placeholder filled
        }
        const QList<TemplateProblem> good = checkTemplate(valid);
        QVERIFY2(good.isEmpty(),
                 qPrintable(QStringLiteral("valid case of %1 has problems:\n%2").arg(rule, describe(good))));
    }

    // Every rule of TemplateRules.h has a case in rules.json, and one message of its own.
    void rulesAllCovered()
    {
        const QJsonArray cases = wabadesk::test::readJsonObject(QStringLiteral("templates/rules.json"))
                                     .value(QStringLiteral("cases"))
                                     .toArray();
        QSet<QString> covered;
        for (const QJsonValue& v : cases)
            covered.insert(v.toObject().value(QStringLiteral("rule")).toString());
        QCOMPARE(int(covered.size()), templateRuleCount());
        for (int i = 0; i < templateRuleCount(); ++i)
            QVERIFY2(covered.contains(templateRuleName(TemplateRule(i))),
                     qPrintable(templateRuleName(TemplateRule(i))));
    }

    void severities()
    {
        QJsonObject t{{QStringLiteral("name"), QStringLiteral("x")},
                      {QStringLiteral("language"), QStringLiteral("klingon")},
                      {QStringLiteral("category"), QStringLiteral("MARKETING")},
                      {QStringLiteral("components"),
                       QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                                              {QStringLiteral("text"), QStringLiteral("Hello there, friend.")}}}}};
        QList<TemplateProblem> problems = checkTemplate(t);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().severity, TemplateProblem::Severity::Warning);
        QCOMPARE(problems.first().field, QStringLiteral("language"));
        QVERIFY(!hasErrors(problems)); // a warning alone does not block submission
        t.insert(QStringLiteral("name"), QStringLiteral("X"));
        problems = checkTemplate(t);
        QVERIFY(hasErrors(problems));
        QCOMPARE(problems.first().line(),
                 QStringLiteral("name: Use only lower-case letters, digits and underscores in the name (\"X\" is not "
                                "allowed)."));
    }

    // Field paths point at the component and field that broke the rule (the composer shows them there).
    void fieldPaths()
    {
        const QJsonObject t = wabadesk::test::readJsonObject(QStringLiteral("templates/rules.json"))
                                  .value(QStringLiteral("cases"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("valid"))
                                  .toObject();
        QJsonObject broken = t;
        QJsonArray components = broken.value(QStringLiteral("components")).toArray();
        components.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("FOOTER")},
                                      {QStringLiteral("text"), QString(61, u'f')}});
        components.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("BUTTONS")},
            {QStringLiteral("buttons"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("QUICK_REPLY")},
                                                               {QStringLiteral("text"), QStringLiteral("ok")}},
                                                   QJsonObject{{QStringLiteral("type"), QStringLiteral("URL")},
                                                               {QStringLiteral("text"), QStringLiteral("Go")},
                                                               {QStringLiteral("url"), QStringLiteral("nope")}}}}});
        broken.insert(QStringLiteral("components"), components);
        const QList<TemplateProblem> problems = checkTemplate(broken);
        QStringList fields;
        for (const TemplateProblem& p : problems)
            fields.append(p.field);
        QCOMPARE(fields,
                 (QStringList{QStringLiteral("components[1].text"), QStringLiteral("components[2].buttons[1].url")}));
    }

    void variables()
    {
        QCOMPARE(definitionVariables(QStringLiteral("Hi {{2}}, {{1}} and {{2}} {{ bad name }} {{x}")),
                 (QStringList{QStringLiteral("2"), QStringLiteral("1")}));
        QCOMPARE(definitionVariables(QStringLiteral("{{first_name}} {{ order_id }}")),
                 (QStringList{QStringLiteral("first_name"), QStringLiteral("order_id")}));
    }

    void referenceExamples_data()
    {
        QTest::addColumn<QJsonObject>("definition");
        const QJsonArray examples = wabadesk::test::readJsonObject(QStringLiteral("templates/reference_examples.json"))
                                        .value(QStringLiteral("examples"))
                                        .toArray();
        QVERIFY(examples.size() >= 6);
        for (const QJsonValue& v : examples)
            QTest::newRow(qPrintable(v.toObject().value(QStringLiteral("name")).toString())) << v.toObject();
    }

    // REFERENCE.md's examples pass the checker and come back from TemplateDraft exactly as they went in.
    void referenceExamples()
    {
        QFETCH(QJsonObject, definition);
        const QList<TemplateProblem> problems = checkTemplate(definition);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        const QJsonObject back = TemplateDraft::fromJson(definition).toJson();
        QVERIFY2(back == definition, QJsonDocument(back).toJson().constData());
        // And twice over: export → import → export.
        QCOMPARE(TemplateDraft::fromJson(back).toJson(), definition);
    }

    void draftFields()
    {
        const QJsonArray examples = wabadesk::test::readJsonObject(QStringLiteral("templates/reference_examples.json"))
                                        .value(QStringLiteral("examples"))
                                        .toArray();
        const TemplateDraft seasonal = TemplateDraft::fromJson(examples.at(0).toObject());
        QCOMPARE(seasonal.headerFormat, QStringLiteral("TEXT"));
        QCOMPARE(seasonal.headerSamples.value(QStringLiteral("1")), QStringLiteral("Summer Sale"));
        QCOMPARE(seasonal.bodySamples.value(QStringLiteral("3")), QStringLiteral("25%"));
        QCOMPARE(seasonal.buttons.size(), 2);
        QCOMPARE(seasonal.componentIndex(QStringLiteral("BUTTONS")), 3);
        const TemplateDraft order = TemplateDraft::fromJson(examples.at(1).toObject());
        QCOMPARE(order.headerHandle, QStringLiteral("4::YX..."));
        QCOMPARE(order.componentIndex(QStringLiteral("FOOTER")), -1);
        QCOMPARE(order.componentIndex(QStringLiteral("BUTTONS")), 2);
        const TemplateDraft named = TemplateDraft::fromJson(examples.at(4).toObject());
        QVERIFY(named.isNamed());
        QCOMPARE(named.bodyVariables(), (QStringList{QStringLiteral("first_name"), QStringLiteral("order_id")}));
        QCOMPARE(named.bodySamples.value(QStringLiteral("order_id")), QStringLiteral("A-1"));

        // A sample for a variable that is typed later is written in the variable's place.
        TemplateDraft d;
        d.name = QStringLiteral("x");
        d.bodyText = QStringLiteral("Hi {{2}} and {{1}}.");
        d.bodySamples.insert(QStringLiteral("1"), QStringLiteral("one"));
        d.bodySamples.insert(QStringLiteral("2"), QStringLiteral("two"));
        const QJsonArray samples = d.toJson()
                                       .value(QStringLiteral("components"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("example"))
                                       .toObject()
                                       .value(QStringLiteral("body_text"))
                                       .toArray()
                                       .at(0)
                                       .toArray();
        QCOMPARE(samples, (QJsonArray{QStringLiteral("one"), QStringLiteral("two")}));
    }
};

QTEST_GUILESS_MAIN(TestTemplateRules)
#include "tst_templaterules.moc"
