// Settings → Preferences… → Language: the choice is offered in each language's own name, kept in QSettings
// (ui/language), read back at start (an unknown stored value means "the system's"), and Restore Defaults returns to
// following the system.
#include "common/Translations.h"
#include "settings/Preferences.h"
#include "settings/PreferencesDialog.h"
#include "theme/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace wabadesk;

class TestLanguagePreference : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WabaDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_languagepreference"));
        ui::theme::apply(*qApp, ui::theme::schemeFromEnvironment());
    }
    void init() { QSettings().clear(); }

    void storedAndReadBack()
    {
        QCOMPARE(ui::Preferences::load().language, QString()); // nothing stored: the system's
        ui::Preferences p;
        p.language = QStringLiteral("pt_BR");
        p.save();
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("pt_BR"));
        QCOMPARE(ui::Preferences::load().language, QStringLiteral("pt_BR"));
        p.language.clear();
        p.save();
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    }

    void unknownStoredLanguageMeansSystem_data()
    {
        QTest::addColumn<QVariant>("stored");
        // Bad input: a language WabaDesk does not ship, a locale name instead of a code, a path, a number.
        QTest::newRow("fr") << QVariant(QStringLiteral("fr"));
        QTest::newRow("de_DE") << QVariant(QStringLiteral("de_DE"));
        QTest::newRow("path") << QVariant(QStringLiteral("../../etc/passwd"));
        QTest::newRow("number") << QVariant(42);
    }

    void unknownStoredLanguageMeansSystem()
    {
        QFETCH(QVariant, stored);
        QSettings().setValue(QStringLiteral("ui/language"), stored);
        QCOMPARE(ui::Preferences::load().language, QString());
    }

    void dialogOffersEachLanguageInItsOwnName()
    {
        ui::Preferences current;
        current.language = QStringLiteral("es");
        ui::PreferencesDialog dialog(current, {});
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("prefLanguage"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 1 + int(Translations::languages().size()));
        // The tests run in C.UTF-8: the system gives English.
        QCOMPARE(combo->itemText(0), QStringLiteral("System default (English)"));
        QCOMPARE(combo->itemData(0).toString(), QString());
        QStringList names;
        for (int i = 1; i < combo->count(); ++i)
            names << combo->itemText(i);
        QCOMPARE(names, (QStringList{QStringLiteral("Deutsch"), QStringLiteral("English"), QStringLiteral("Español"),
                                     QStringLiteral("Português (Brasil)")}));
        QCOMPARE(combo->currentText(), QStringLiteral("Español"));

        combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
        QSignalSpy applied(&dialog, &ui::PreferencesDialog::applied);
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Apply)->click();
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.first().first().value<ui::Preferences>().language, QStringLiteral("de"));

        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(combo->currentIndex(), 0);
        QCOMPARE(dialog.preferences().language, QString());

        dialog.adjustSize();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(QDir::temp().filePath(QStringLiteral("i18n-preferences.png")));
    }
};

QTEST_MAIN(TestLanguagePreference)
#include "tst_languagepreference.moc"
