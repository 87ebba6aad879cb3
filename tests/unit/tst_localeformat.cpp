// Dates, times and counts in the user's locale (ui/common/LocaleFormat): German, US English, Spanish, Brazilian
// Portuguese, and C (what the tests otherwise run in), through QLocale::setDefault as the app's QLocale() sees it.
#include "common/DisplayText.h"
#include "common/LocaleFormat.h"
#include "conversations/ConversationText.h"

#include <QTest>

using namespace wabadesk::ui;

class TestLocaleFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void german();
    void formats_data();
    void formats();
    void conversationListTimeFollowsTheLocale();
    void apiValuesForPeople();
};

void TestLocaleFormat::german()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(numericDate(QDate(2026, 11, 22)), QStringLiteral("22.11.2026"));
    QCOMPARE(count(1234), QStringLiteral("1.234"));
    QCOMPARE(count(1234567), QStringLiteral("1.234.567"));
    // One size convention everywhere (issue #14 item 9): decimal units, the locale's decimal separator.
    QCOMPARE(dataSize(482133), QStringLiteral("482,1 kB"));
    QCOMPARE(dataSize(16 * 1000 * 1000, 0), QStringLiteral("16 MB"));
    QCOMPARE(dataSize(1536 * 1024), QStringLiteral("1,6 MB")); // not "1,50 MiB"
    QCOMPARE(dataSize(999), QStringLiteral("999 Bytes"));
}

void TestLocaleFormat::formats_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("dayMonth");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("precise");
    QTest::addColumn<QString>("number");

    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("22.11.2026")
                           << QStringLiteral("Sonntag, 22. November") << QStringLiteral("14:05")
                           << QStringLiteral("14:05:09,123") << QStringLiteral("1.234");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("11/22/2026")
                           << QStringLiteral("Sunday, November 22") << QStringLiteral("2:05 PM")
                           << QStringLiteral("2:05:09.123 PM") << QStringLiteral("1,234");
    QTest::newRow("es_ES") << QLocale(QLocale::Spanish, QLocale::Spain) << QStringLiteral("22/11/2026")
                           << QStringLiteral("domingo, 22 de noviembre") << QStringLiteral("14:05")
                           << QStringLiteral("14:05:09,123")
                           << QStringLiteral("1234"); // CLDR: Spanish groups from five digits
    QTest::newRow("pt_BR") << QLocale(QLocale::Portuguese, QLocale::Brazil) << QStringLiteral("22/11/2026")
                           << QStringLiteral("domingo, 22 de novembro") << QStringLiteral("14:05")
                           << QStringLiteral("14:05:09,123") << QStringLiteral("1.234");
    // Bad input for the format surgery: C's short time has seconds, its long date no comma before the year.
    QTest::newRow("C") << QLocale::c() << QStringLiteral("22 Nov 2026") << QStringLiteral("Sunday, 22 November")
                       << QStringLiteral("14:05") << QStringLiteral("14:05:09.123") << QStringLiteral("1234");
    // The year first, with a unit character after it.
    QTest::newRow("ja_JP") << QLocale(QLocale::Japanese, QLocale::Japan) << QStringLiteral("2026/11/22")
                           << QStringLiteral("11月22日日曜日") << QStringLiteral("14:05")
                           << QStringLiteral("14時05分09.123秒") << QStringLiteral("1,234");
}

void TestLocaleFormat::formats()
{
    QFETCH(QLocale, locale);
    QLocale::setDefault(locale);
    const QDate day(2026, 11, 22);
    const QTime time(14, 5, 9, 123);
    QTEST(numericDate(day), "date");
    QTEST(dayAndMonth(day), "dayMonth");
    QTEST(shortTime(time), "time");
    QTEST(preciseTime(time), "precise");
    QTEST(count(1234), "number");
    QCOMPARE(count(1500, 999), locale.toString(999) + QLatin1Char('+'));
    QCOMPARE(preciseDateTime(QDateTime(day, time)), numericDate(day) + QLatin1Char(' ') + preciseTime(time));
}

void TestLocaleFormat::conversationListTimeFollowsTheLocale()
{
    const QDateTime now(QDate(2026, 11, 22), QTime(18, 0));
    const QDateTime earlier(QDate(2026, 11, 22), QTime(14, 5, 9));
    QCOMPARE(ConversationText::activityTime(earlier, now, QLocale(QLocale::German, QLocale::Germany)),
             QStringLiteral("14:05"));
    QCOMPARE(ConversationText::activityTime(earlier, now, QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("2:05 PM"));
    const QDateTime lastMonth(QDate(2026, 10, 3), QTime(9, 0));
    QCOMPARE(ConversationText::activityTime(lastMonth, now, QLocale(QLocale::German, QLocale::Germany)),
             QStringLiteral("03.10.26"));
}

void TestLocaleFormat::apiValuesForPeople()
{
    // Known values read from the translation table (here untranslated: the source text).
    QCOMPARE(readableApiValue(QStringLiteral("APPROVED")), QStringLiteral("Approved"));
    QCOMPARE(readableApiValue(QStringLiteral("PROF_SERVICES")), QStringLiteral("Professional services"));
    QCOMPARE(readableApiValue(QStringLiteral("IN_APPEAL")), QStringLiteral("In appeal"));
    QCOMPARE(readableApiValue(QStringLiteral("YELLOW")), QStringLiteral("Yellow"));
    // Bad input: lower case, a value the table does not know, empty.
    QCOMPARE(readableApiValue(QStringLiteral("approved")), QStringLiteral("Approved"));
    QCOMPARE(readableApiValue(QStringLiteral("SOME_NEW_VALUE")), QStringLiteral("Some new value"));
    QCOMPARE(readableApiValue(QString()), QString());
}

QTEST_GUILESS_MAIN(TestLocaleFormat)
#include "tst_localeformat.moc"
