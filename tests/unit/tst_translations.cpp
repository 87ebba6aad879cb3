// The translation loader (app/common/Translations): which language a system or a Preferences choice gets, and that
// installing one makes QCoreApplication::translate() answer from the embedded files and from Qt's own.
#include "common/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QTest>

using wabadesk::Translations;

namespace {

// A plural string of wabadesk-cli (app/cli/ExportCommand.cpp): in wabadesk_en.ts and, the CLI staying English, in no
// other file. If it changes there, change it here.
QString exported(int n)
{
    return QCoreApplication::translate("WabadeskCli", "Exported %n message(s) to %1.", nullptr, n);
}

QString qtCancel()
{
    return QCoreApplication::translate("QPlatformTheme", "Cancel");
}

bool hasQtGerman()
{
    return QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm"));
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyLanguageIsEmbedded();
    void resolve_data();
    void resolve();
    void englishGivesProperPlurals();
    void germanInstallsItsFileOverEnglishAndQts();
    void switchingRemovesThePreviousTranslators();
    void unknownLanguageFallsBackToEnglish();
};

void TestTranslations::everyLanguageIsEmbedded()
{
    QCOMPARE(Translations::languages().size(), 4);
    for (const Translations::Language& l : Translations::languages()) {
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/wabadesk_%1.qm").arg(l.code)), qPrintable(l.code));
        QVERIFY(!l.nativeName.isEmpty());
    }
    QCOMPARE(Translations::languages().at(3).nativeName, QStringLiteral("Português (Brasil)"));
}

void TestTranslations::resolve_data()
{
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("expected");

    const QStringList german{QStringLiteral("de-DE"), QStringLiteral("en-US")};
    QTest::newRow("system German") << QString() << german << QStringLiteral("de");
    QTest::newRow("Swiss German") << QString() << QStringList{QStringLiteral("de-CH")} << QStringLiteral("de");
    QTest::newRow("Brazil") << QString() << QStringList{QStringLiteral("pt-BR")} << QStringLiteral("pt_BR");
    QTest::newRow("Portugal gets Brazilian")
        << QString() << QStringList{QStringLiteral("pt-PT")} << QStringLiteral("pt_BR");
    QTest::newRow("Latin American Spanish")
        << QString() << QStringList{QStringLiteral("es-419")} << QStringLiteral("es");
    // Bad input: a first choice that is not shipped, a locale name with an underscore, nothing at all.
    QTest::newRow("French, then Spanish")
        << QString() << QStringList{QStringLiteral("fr-FR"), QStringLiteral("es")} << QStringLiteral("es");
    QTest::newRow("underscore form") << QString() << QStringList{QStringLiteral("de_AT")} << QStringLiteral("de");
    QTest::newRow("nothing shipped") << QString() << QStringList{QStringLiteral("fr-FR"), QStringLiteral("ja")}
                                     << QStringLiteral("en");
    QTest::newRow("no system languages") << QString() << QStringList() << QStringLiteral("en");
    // The Preferences choice wins over the system; a stale or foreign stored value does not.
    QTest::newRow("chosen Spanish") << QStringLiteral("es") << german << QStringLiteral("es");
    QTest::newRow("chosen English") << QStringLiteral("en") << german << QStringLiteral("en");
    QTest::newRow("stored garbage") << QStringLiteral("klingon") << german << QStringLiteral("de");
    QTest::newRow("stored pt without region") << QStringLiteral("pt") << german << QStringLiteral("de");
}

void TestTranslations::resolve()
{
    QFETCH(QString, chosen);
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, expected);
    QCOMPARE(Translations::resolve(chosen, uiLanguages), expected);
}

void TestTranslations::englishGivesProperPlurals()
{
    // Without a translator the source shows, "(s)" and all.
    QCOMPARE(exported(1), QStringLiteral("Exported 1 message(s) to %1."));
    Translations translations;
    QVERIFY(translations.install(QStringLiteral("en")));
    QCOMPARE(translations.language(), QStringLiteral("en"));
    QCOMPARE(exported(1), QStringLiteral("Exported 1 message to %1."));
    QCOMPARE(exported(3), QStringLiteral("Exported 3 messages to %1."));
    QCOMPARE(exported(0), QStringLiteral("Exported 0 messages to %1."));
    QVERIFY(!translations.hasQtTranslation()); // English needs none
}

void TestTranslations::germanInstallsItsFileOverEnglishAndQts()
{
    Translations translations;
    QVERIFY(translations.install(QStringLiteral("de")));
    QCOMPARE(translations.language(), QStringLiteral("de"));
    // A string the German file does not have falls through to the English plural forms underneath.
    QCOMPARE(exported(1), QStringLiteral("Exported 1 message to %1."));
    if (!hasQtGerman())
        QSKIP("qtbase_de.qm is not installed (Debian: qt6-translations-l10n); Qt's own strings stay English");
    QVERIFY(translations.hasQtTranslation());
    QCOMPARE(qtCancel(), QStringLiteral("Abbrechen"));
}

void TestTranslations::switchingRemovesThePreviousTranslators()
{
    Translations translations;
    QVERIFY(translations.install(QStringLiteral("de")));
    QVERIFY(translations.install(QStringLiteral("en")));
    QCOMPARE(qtCancel(), QStringLiteral("Cancel")); // German Qt strings gone
    QCOMPARE(exported(2), QStringLiteral("Exported 2 messages to %1."));
    {
        Translations other;
        QVERIFY(other.install(QStringLiteral("de")));
    }
    // The destroyed object took its translators with it; this one's English is still there.
    QCOMPARE(qtCancel(), QStringLiteral("Cancel"));
    QCOMPARE(exported(1), QStringLiteral("Exported 1 message to %1."));
}

void TestTranslations::unknownLanguageFallsBackToEnglish()
{
    Translations translations;
    QVERIFY(!translations.install(QStringLiteral("fr")));
    QCOMPARE(translations.language(), QStringLiteral("en"));
    QCOMPARE(exported(1), QStringLiteral("Exported 1 message to %1."));
    QVERIFY(!translations.install(QStringLiteral("../wabadesk_de")));
    QCOMPARE(qtCancel(), QStringLiteral("Cancel"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
