// PhoneInput: what an agent types into "New conversation" → a wa_id, or a reason why not. Tried: too short, an
// area code alone, letters, an unknown country code, too many digits, national numbers with and without a region,
// exit codes, other scripts' digits, and a second "+".
#include "common/PhoneInput.h"

#include <QtTest>

using namespace wabadesk;
using Problem = PhoneInput::Problem;
using Kind = PhoneInput::Kind;

Q_DECLARE_METATYPE(wabadesk::PhoneInput::Problem)

class TestPhoneInput : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("waId");
        QTest::addColumn<QString>("international");
        QTest::addColumn<QString>("numberRegion");

        const QString de = QStringLiteral("4915112345678");
        const QString deShown = QStringLiteral("+49 1511 2345678");
        QTest::newRow("spaces") << QStringLiteral("+49 151 12345678") << QString() << de << deShown
                                << QStringLiteral("DE");
        QTest::newRow("separators") << QStringLiteral(" +49 (151) 123-456.78 ") << QString() << de << deShown
                                    << QStringLiteral("DE");
        QTest::newRow("wa_id digits") << QStringLiteral("4915112345678") << QString() << de << deShown
                                      << QStringLiteral("DE");
        QTest::newRow("wa_id digits in its own region")
            << QStringLiteral("4915112345678") << QStringLiteral("DE") << de << deShown << QStringLiteral("DE");
        QTest::newRow("foreign wa_id digits")
            << QStringLiteral("14155550123") << QStringLiteral("DE") << QStringLiteral("14155550123")
            << QStringLiteral("+1 415-555-0123") << QStringLiteral("US");
        QTest::newRow("Berlin landline") << QStringLiteral("+49 30 12345678") << QString()
                                         << QStringLiteral("493012345678") << QStringLiteral("+49 30 12345678")
                                         << QStringLiteral("DE");
        QTest::newRow("00 exit code, no region")
            << QStringLiteral("0049 151 12345678") << QString() << de << deShown << QStringLiteral("DE");
        QTest::newRow("00 exit code in the US")
            << QStringLiteral("0049 151 12345678") << QStringLiteral("US") << de << deShown << QStringLiteral("DE");
        QTest::newRow("national in DE") << QStringLiteral("0151 12345678") << QStringLiteral("DE") << de << deShown
                                        << QStringLiteral("DE");
        QTest::newRow("region lower-case")
            << QStringLiteral("0151/12345678") << QStringLiteral("de") << de << deShown << QStringLiteral("DE");
        QTest::newRow("US national without trunk prefix")
            << QStringLiteral("(201) 555-0123") << QStringLiteral("US") << QStringLiteral("12015550123")
            << QStringLiteral("+1 201-555-0123") << QStringLiteral("US");
        QTest::newRow("011 exit code in the US")
            << QStringLiteral("011 49 151 12345678") << QStringLiteral("US") << de << deShown << QStringLiteral("DE");
        QTest::newRow("Arabic-Indic digits")
            << QStringLiteral("+٤٩ ١٥١ ١٢٣٤٥٦٧٨") << QString() << de << deShown << QStringLiteral("DE");
        QTest::newRow("fullwidth plus") << QStringLiteral("＋49 151 12345678") << QString() << de << deShown
                                        << QStringLiteral("DE");
        QTest::newRow("Israel (the fixtures' customer)")
            << QStringLiteral("+972 52-123-4567") << QString() << QStringLiteral("972521234567")
            << QStringLiteral("+972 52-123-4567") << QStringLiteral("IL");
    }
    void accepted()
    {
        QFETCH(QString, text);
        QFETCH(QString, region);
        const PhoneInput p = parsePhoneInput(text, region);
        QCOMPARE(p.problem, Problem::None);
        QVERIFY(p.isValid());
        QTEST(p.waId, "waId");
        QTEST(p.international, "international");
        QTEST(p.region, "numberRegion");
        QCOMPARE(p.e164, QLatin1Char('+') + p.waId);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("region");
        QTest::addColumn<Problem>("problem");

        QTest::newRow("empty") << QString() << QString() << Problem::Empty;
        QTest::newRow("blank") << QStringLiteral("   ") << QString() << Problem::Empty;
        QTest::newRow("two digits") << QStringLiteral("12") << QString() << Problem::TooShort;
        QTest::newRow("two digits with +") << QStringLiteral("+12") << QString() << Problem::TooShort;
        // libphonenumber calls it valid (Germany's open numbering plan); no WhatsApp number is this short.
        QTest::newRow("Berlin, too few digits") << QStringLiteral("+49 30 1234") << QString() << Problem::TooShort;
        QTest::newRow("Berlin, too few digits, national")
            << QStringLiteral("030 1234") << QStringLiteral("DE") << Problem::TooShort;
        QTest::newRow("letters") << QStringLiteral("+49 151 CALLME") << QString() << Problem::NotANumber;
        QTest::newRow("a name") << QStringLiteral("Kerry Fisher") << QString() << Problem::NotANumber;
        QTest::newRow("html") << QStringLiteral("<b>+4915112345678</b>") << QString() << Problem::NotANumber;
        QTest::newRow("plus alone") << QStringLiteral("+") << QString() << Problem::NotANumber;
        QTest::newRow("second plus") << QStringLiteral("+49+151 12345678") << QString() << Problem::NotANumber;
        QTest::newRow("unknown country code")
            << QStringLiteral("+999 1234 5678") << QString() << Problem::InvalidCountryCode;
        QTest::newRow("16 digits") << QStringLiteral("+49 1511 2345 6789 01") << QString() << Problem::TooLong;
        QTest::newRow("national without region")
            << QStringLiteral("0151 12345678") << QString() << Problem::NeedsCountryCode;
        QTest::newRow("no such mobile range")
            << QStringLiteral("+49 199 12345678") << QString() << Problem::InvalidNumber;
    }
    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QString, region);
        const PhoneInput p = parsePhoneInput(text, region);
        QTEST(p.problem, "problem");
        QVERIFY(!p.isValid());
        QVERIFY2(p.waId.isEmpty(), qPrintable(p.waId));
        QVERIFY(p.international.isEmpty());
    }

    void kindIsReported()
    {
        QCOMPARE(parsePhoneInput(QStringLiteral("+49 151 12345678")).kind, Kind::Mobile);
        QCOMPARE(parsePhoneInput(QStringLiteral("+49 30 12345678")).kind, Kind::FixedLine);
    }
};

QTEST_GUILESS_MAIN(TestPhoneInput)
#include "tst_phoneinput.moc"
