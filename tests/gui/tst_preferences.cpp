// Settings → Preferences… (issue #5 items 4, 6, 7): what the dialog changes reaches the composers, the notifier, the
// sender's read receipts and the outbox's pace at once, is kept in QSettings under the desk's keys, and the rate limit
// in QSettings is applied at start (clamped, a bad value falls back to 80).
#include "DeskWindowFixture.h"
#include "MainWindow.h"
#include "conversations/Composer.h"
#include "conversations/ConversationsArea.h"
#include "notify/DesktopNotifier.h"
#include "settings/Preferences.h"
#include "settings/PreferencesDialog.h"
#include "theme/Theme.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QtTest>

using namespace wabadesk;

class TestPreferences : public QObject, protected test::DeskWindowFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup() { stopDesk(); }

    void storedRateIsAppliedAtStart_data();
    void storedRateIsAppliedAtStart();
    void settingsMenuHasPreferencesInsteadOfToggles();
    void dialogAppliesEverythingAtOnce();
    void cancelChangesNothing();
    void restoreDefaultsOnlyFillsIn();
    void themeChangesLiveAndIsKept();
    void preferencesFitTheirPages();

private:
    ui::PreferencesDialog* open();
};

void TestPreferences::initTestCase()
{
    isolateSettings(QStringLiteral("tst_preferences"));
    ui::theme::apply(*qApp, ui::theme::schemeFromEnvironment());
}

ui::PreferencesDialog* TestPreferences::open()
{
    ui::PreferencesDialog* dialog = m_window->showPreferences();
    if (dialog)
        dialog->adjustSize();
    return dialog;
}

void TestPreferences::storedRateIsAppliedAtStart_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<int>("expected");
    QTest::newRow("set") << QVariant(25) << 25;
    QTest::newRow("none") << QVariant() << 80;
    // Tried: above the maximum, zero, negative, not a number.
    QTest::newRow("too high") << QVariant(5000) << 1000;
    QTest::newRow("zero") << QVariant(0) << 1;
    QTest::newRow("negative") << QVariant(-3) << 1;
    QTest::newRow("text") << QVariant(QStringLiteral("fast")) << 80;
}

void TestPreferences::storedRateIsAppliedAtStart()
{
    QFETCH(QVariant, stored);
    QFETCH(int, expected);
    QString error;
    QVERIFY2(startDesk(&error,
                       [stored] {
                           if (stored.isValid())
                               QSettings().setValue(QStringLiteral("outbox/messagesPerSecond"), stored);
                       }),
             qPrintable(error));
    QCOMPARE(m_outbox->policy().messagesPerSecond, expected);
}

void TestPreferences::settingsMenuHasPreferencesInsteadOfToggles()
{
    QString error;
    QVERIFY2(startDesk(&error), qPrintable(error));
    for (const char* gone : {"actionEnterSends", "actionNotifications", "actionReadReceipts"})
        QVERIFY2(!m_window->findChild<QAction*>(QLatin1String(gone)), gone);
    auto* preferences = m_window->findChild<QAction*>(QStringLiteral("actionPreferences"));
    QVERIFY(preferences);
    QCOMPARE(preferences->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    auto* settings = m_window->menuBar()->findChild<QMenu*>(QStringLiteral("menuSettings"));
    QVERIFY(settings && settings->actions().contains(preferences));
    // Ctrl+, opens it; a second time brings the same dialog back.
    QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
    auto* dialog = m_window->findChild<ui::PreferencesDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(m_window->showPreferences(), dialog);
}

void TestPreferences::dialogAppliesEverythingAtOnce()
{
    QString error;
    QVERIFY2(startDesk(&error), qPrintable(error));
    const QList<ui::Composer*> composers = m_window->findChildren<ui::Composer*>();
    QVERIFY(!composers.isEmpty());
    for (ui::Composer* composer : composers)
        QVERIFY(composer->enterSends());
    ui::PreferencesDialog* dialog = open();
    QVERIFY(dialog);
    const auto* enter = dialog->findChild<QRadioButton*>(QStringLiteral("prefEnterSends"));
    auto* ctrlEnter = dialog->findChild<QRadioButton*>(QStringLiteral("prefCtrlEnterSends"));
    auto* notifications = dialog->findChild<QCheckBox*>(QStringLiteral("prefNotifications"));
    auto* receipts = dialog->findChild<QCheckBox*>(QStringLiteral("prefReadReceipts"));
    auto* rate = dialog->findChild<QSpinBox*>(QStringLiteral("prefMessagesPerSecond"));
    auto* muted = dialog->findChild<QListWidget*>(QStringLiteral("prefMutedChannels"));
    QVERIFY(enter && ctrlEnter && notifications && receipts && rate && muted);
    // It shows what is in effect.
    QVERIFY(enter->isChecked());
    QVERIFY(notifications->isChecked());
    QCOMPARE(receipts->isChecked(), m_sender->readReceiptsEnabled());
    QCOMPARE(rate->value(), 80);
    QCOMPARE(muted->count(), 1);
    QCOMPARE(muted->item(0)->checkState(), Qt::Unchecked);
    // Out of range is not accepted by the field (tried 0 and 5000).
    rate->setValue(0);
    QCOMPARE(rate->value(), 1);
    rate->setValue(5000);
    QCOMPARE(rate->value(), 1000);

    ctrlEnter->setChecked(true);
    receipts->setChecked(true);
    rate->setValue(12);
    muted->item(0)->setCheckState(Qt::Checked);
    if (const QString dir = qEnvironmentVariable("WABADESK_SCREENSHOTS"); !dir.isEmpty()) {
        const QString scheme = ui::theme::isDark(qApp->palette()) ? QStringLiteral("dark") : QStringLiteral("light");
        QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("keys-preferences-%1.png").arg(scheme))));
    }
    // Apply: in effect at once, the dialog stays.
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Apply)->click();
    QCOMPARE(m_outbox->policy().messagesPerSecond, 12);
    for (ui::Composer* composer : composers)
        QVERIFY(!composer->enterSends());
    QVERIFY(m_sender->readReceiptsEnabled());
    QVERIFY(m_window->notifier()->isChannelMuted(m_channel.id));
    QVERIFY(dialog->isVisible());

    notifications->setChecked(false);
    receipts->setChecked(false);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(!dialog->isVisible());
    QVERIFY(!m_window->notifier()->isEnabled());
    QVERIFY(m_window->notifier()->muteAllAction()->isChecked());
    QVERIFY(!m_sender->readReceiptsEnabled());

    // Kept under the desk's keys, nothing else.
    const QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("composer/enterSends")).toBool(), false);
    QCOMPARE(settings.value(QStringLiteral("desk/notifications")).toBool(), false);
    QCOMPARE(settings.value(QStringLiteral("desk/readReceipts")).toBool(), false);
    QCOMPARE(settings.value(QStringLiteral("outbox/messagesPerSecond")).toInt(), 12);
    QCOMPARE(settings.value(QStringLiteral("notifications/mutedChannels")).toStringList(), QStringList{m_channel.id});
    QCOMPARE(ui::Preferences::load().messagesPerSecond, 12);

    // A new window (a restart) starts with them.
    stopDesk();
    QVERIFY2(startDesk(&error,
                       [] {
                           ui::Preferences p;
                           p.enterSends = false;
                           p.notifications = false;
                           p.messagesPerSecond = 33;
                           p.save();
                       }),
             qPrintable(error));
    QCOMPARE(m_outbox->policy().messagesPerSecond, 33);
    QVERIFY(!m_window->notifier()->isEnabled());
    for (ui::Composer* composer : m_window->findChildren<ui::Composer*>())
        QVERIFY(!composer->enterSends());
}

void TestPreferences::cancelChangesNothing()
{
    QString error;
    QVERIFY2(startDesk(&error), qPrintable(error));
    ui::PreferencesDialog* dialog = open();
    dialog->findChild<QSpinBox*>(QStringLiteral("prefMessagesPerSecond"))->setValue(3);
    dialog->findChild<QCheckBox*>(QStringLiteral("prefNotifications"))->setChecked(false);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(m_outbox->policy().messagesPerSecond, 80);
    QVERIFY(m_window->notifier()->isEnabled());
    QVERIFY(!QSettings().contains(QStringLiteral("outbox/messagesPerSecond")));
}

void TestPreferences::restoreDefaultsOnlyFillsIn()
{
    QString error;
    QVERIFY2(startDesk(&error,
                       [] {
                           ui::Preferences p;
                           p.messagesPerSecond = 5;
                           p.enterSends = false;
                           p.save();
                       }),
             qPrintable(error));
    ui::PreferencesDialog* dialog = open();
    QCOMPARE(dialog->preferences().messagesPerSecond, 5);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(dialog->preferences(), ui::Preferences());
    QCOMPARE(m_outbox->policy().messagesPerSecond, 5); // not applied until OK/Apply
}

// Issue #14: System / Light / Dark in Preferences, applied at once (no restart), kept under ui/theme.
void TestPreferences::themeChangesLiveAndIsKept()
{
    const ui::theme::Scheme before = ui::theme::appliedScheme(*qApp);
    QString error;
    QVERIFY2(startDesk(&error), qPrintable(error));
    ui::PreferencesDialog* dialog = open();
    auto* themeChoice = dialog->findChild<QComboBox*>(QStringLiteral("prefTheme"));
    QVERIFY(themeChoice);
    QCOMPARE(themeChoice->count(), 3);
    auto* apply = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Apply);
    const auto choose = [&](ui::theme::Scheme scheme) {
        themeChoice->setCurrentIndex(themeChoice->findData(int(scheme)));
        apply->click();
    };

    choose(ui::theme::Scheme::Dark);
    QCOMPARE(ui::theme::appliedScheme(*qApp), ui::theme::Scheme::Dark);
    QVERIFY(ui::theme::isDark(qApp->palette()));
    QTRY_VERIFY(ui::theme::isDark(desk()->palette())); // the open window follows, no restart
    QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));

    choose(ui::theme::Scheme::Light);
    QVERIFY(!ui::theme::isDark(qApp->palette()));
    QTRY_VERIFY(!ui::theme::isDark(desk()->palette()));
    QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("light"));
    QCOMPARE(ui::Preferences::load().theme, ui::theme::Scheme::Light);

    choose(ui::theme::Scheme::System); // the default: nothing kept
    QCOMPARE(ui::theme::appliedScheme(*qApp), ui::theme::Scheme::System);
    QVERIFY(!QSettings().contains(QStringLiteral("ui/theme")));

    // Tried: a value that is no theme reads as the system's.
    QSettings().setValue(QStringLiteral("ui/theme"), QStringLiteral("purple"));
    QCOMPARE(ui::Preferences::load().theme, ui::theme::Scheme::System);
    dialog->reject();
    ui::theme::apply(*qApp, before);
}

// Issue #14: the explanations under the settings never overlap the controls: each page fits its wrapped text, and
// at a small size the page scrolls instead of squeezing.
void TestPreferences::preferencesFitTheirPages()
{
    QString error;
    QVERIFY2(startDesk(&error), qPrintable(error));
    ui::PreferencesDialog* dialog = open();
    auto* pages = dialog->findChild<QTabWidget*>(QStringLiteral("preferencesPages"));
    QVERIFY(pages);
    QCOMPARE(pages->count(), 3);
    for (const QSize size : {dialog->size(), QSize(420, 300)}) {
        dialog->resize(size);
        for (int i = 0; i < pages->count(); ++i) {
            pages->setCurrentIndex(i);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            const auto* scroll = qobject_cast<QScrollArea*>(pages->widget(i));
            QVERIFY(scroll);
            for (const QLabel* label : scroll->widget()->findChildren<QLabel*>()) {
                if (!label->isVisibleTo(dialog) || !label->wordWrap())
                    continue;
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(QStringLiteral("%1 at %2×%3: %4 px for %5 px of text")
                                        .arg(label->text())
                                        .arg(size.width())
                                        .arg(size.height())
                                        .arg(label->height())
                                        .arg(label->heightForWidth(label->width()))));
            }
        }
    }
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
