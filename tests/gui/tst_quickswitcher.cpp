// The Ctrl+K quick switcher (issue #5 item 8): what matches (names, number digits, channel names, fuzzy), in which
// order, that 10,000 conversations filter at typing speed, and in the main window: Ctrl+K opens it, typing narrows,
// Up/Down/Enter opens the conversation, Esc closes and gives the focus back, and its menu mutes a channel.
#include "DeskWindowFixture.h"
#include "MainWindow.h"
#include "conversations/Composer.h"
#include "conversations/ConversationListPanel.h"
#include "conversations/ConversationsArea.h"
#include "conversations/QuickSwitcher.h"
#include "conversations/QuickSwitcherModel.h"
#include "notify/DesktopNotifier.h"
#include "theme/Theme.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QtTest>

using namespace wabadesk;
using ui::QuickSwitcherModel;

namespace {

Conversation conversation(const QString& channelId, const QString& waId, const QString& name, int unread = 0)
{
    Conversation c;
    c.channelId = channelId;
    c.id = channelId + QLatin1Char('/') + waId;
    c.contact.key = waId;
    c.contact.waId = waId;
    c.contact.profileName = name;
    c.contact.phoneE164 = QLatin1Char('+') + waId;
    c.contact.phoneInternational = QLatin1Char('+') + waId;
    c.unreadCount = unread;
    return c;
}

Channel channel(const QString& id, const QString& name, const QString& colour)
{
    Channel c;
    c.id = id;
    c.name = name;
    c.colour = colour;
    c.phoneNumber = QStringLiteral("+49 30 1234567");
    return c;
}

QStringList ids(const QuickSwitcherModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row).data(QuickSwitcherModel::IdRole).toString();
    return out;
}

} // namespace

class TestQuickSwitcher : public QObject, protected test::DeskWindowFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // The model alone.
    void scoreOrdersPrefixWordContainsFuzzy();
    void emptyQueryListsConversationsMostRecentFirst();
    void matchesNameDigitsAndChannel();
    void unmatchedAndOddInputGiveNothing();
    void tenThousandConversationsFilterFast();

    // In the main window.
    void ctrlKOpensTypingNarrowsEnterOpens();
    void escClosesAndGivesFocusBack();
    void menuMutesTheChannel();

private:
    void openWindow();
    void screenshot(const QString& name);
};

void TestQuickSwitcher::initTestCase()
{
    isolateSettings(QStringLiteral("tst_quickswitcher"));
    ui::theme::apply(*qApp, ui::theme::schemeFromEnvironment());
}

void TestQuickSwitcher::scoreOrdersPrefixWordContainsFuzzy()
{
    const auto score = [](const char* word, const char* text) {
        return ui::quickMatchScore(QString::fromUtf8(word), QString::fromUtf8(text));
    };
    QVERIFY(score("mar", "maria schmidt") > score("sch", "maria schmidt"));   // prefix > word start
    QVERIFY(score("sch", "maria schmidt") > score("chm", "maria schmidt"));   // word start > inside
    QVERIFY(score("chm", "maria schmidt") > score("mrsch", "maria schmidt")); // contains > fuzzy
    QVERIFY(score("mrsch", "maria schmidt") > 0);
    QVERIFY(score("mrsch", "maria schmidt") > score("mrsch", "mxxxxrxxxsxxcxxh")); // tighter fuzzy is better
    // Tried: characters out of order, a single stray character, a word longer than the text, nothing typed.
    QCOMPARE(score("hcs", "maria schmidt"), 0);
    QCOMPARE(score("z", "maria schmidt"), 0);
    QCOMPARE(score("maria schmidt!", "maria"), 0);
    QCOMPARE(score("", "maria"), 0);
}

void TestQuickSwitcher::emptyQueryListsConversationsMostRecentFirst()
{
    QuickSwitcherModel model;
    model.setEntries({conversation(QStringLiteral("a"), QStringLiteral("4915100000001"), QStringLiteral("Newest")),
                      conversation(QStringLiteral("b"), QStringLiteral("4915100000002"), QStringLiteral("Older"), 3)},
                     {channel(QStringLiteral("a"), QStringLiteral("Berlin"), QStringLiteral("#25D366")),
                      channel(QStringLiteral("b"), QStringLiteral("Hamburg"), QStringLiteral("#3478F6"))});
    QCOMPARE(ids(model), (QStringList{QStringLiteral("a/4915100000001"), QStringLiteral("b/4915100000002")}));
    const QModelIndex older = model.index(1);
    QCOMPARE(older.data(QuickSwitcherModel::UnreadRole).toInt(), 3);
    QVERIFY(older.data(QuickSwitcherModel::SubtitleRole).toString().contains(QStringLiteral("Hamburg")));
    QCOMPARE(older.data(QuickSwitcherModel::ChannelColourRole).value<QColor>(), QColor(QStringLiteral("#3478F6")));
    model.setMutedChannels({QStringLiteral("b")});
    QVERIFY(model.index(1).data(QuickSwitcherModel::MutedRole).toBool());
    QVERIFY(!model.index(0).data(QuickSwitcherModel::MutedRole).toBool());
}

void TestQuickSwitcher::matchesNameDigitsAndChannel()
{
    QuickSwitcherModel model;
    model.setEntries(
        {conversation(QStringLiteral("a"), QStringLiteral("4915112345678"), QStringLiteral("Anna Schmidt")),
         conversation(QStringLiteral("b"), QStringLiteral("447700900123"), QStringLiteral("Oliver Brown")),
         conversation(QStringLiteral("b"), QStringLiteral("4930999888"), QStringLiteral("Zoë Berger")),
         conversation(QStringLiteral("a"), QStringLiteral("4940111222"), QStringLiteral("Bernd"))},
        {channel(QStringLiteral("a"), QStringLiteral("Berlin Store"), QStringLiteral("#25D366")),
         channel(QStringLiteral("b"), QStringLiteral("Hamburg Support"), QStringLiteral("#3478F6"))});
    model.setQuery(QStringLiteral("oliv"));
    QCOMPARE(ids(model), QStringList{QStringLiteral("b/447700900123")});
    // Diacritics and case do not matter.
    model.setQuery(QStringLiteral("ZOE"));
    QCOMPARE(ids(model), QStringList{QStringLiteral("b/4930999888")});
    // Digits as typed with spaces and a plus: the number matches, wherever the digits are.
    model.setQuery(QStringLiteral("+49 151"));
    QCOMPARE(ids(model), QStringList{QStringLiteral("a/4915112345678")});
    model.setQuery(QStringLiteral("900123"));
    QCOMPARE(ids(model), QStringList{QStringLiteral("b/447700900123")});
    // Fuzzy: the letters in order.
    model.setQuery(QStringLiteral("olbr"));
    QCOMPARE(ids(model), QStringList{QStringLiteral("b/447700900123")});
    // A channel's name: the channel first, then its conversations; names that match better still come before.
    model.setQuery(QStringLiteral("hamburg"));
    QCOMPARE(ids(model),
             (QStringList{QStringLiteral("b"), QStringLiteral("b/447700900123"), QStringLiteral("b/4930999888")}));
    QCOMPARE(model.index(0).data(QuickSwitcherModel::KindRole).toInt(), int(QuickSwitcherModel::Kind::Channel));
    // "ber": Bernd and Berger by name (word start) before Berlin Store's other conversation (channel only).
    model.setQuery(QStringLiteral("ber"));
    const QStringList ber = ids(model);
    QVERIFY2(ber.indexOf(QStringLiteral("a/4940111222")) < ber.indexOf(QStringLiteral("a/4915112345678")),
             qPrintable(ber.join(QLatin1Char(' '))));
    // Every word must match: name and channel together narrow down.
    model.setQuery(QStringLiteral("anna berlin"));
    QCOMPARE(ids(model), QStringList{QStringLiteral("a/4915112345678")});
    model.setQuery(QStringLiteral("anna hamburg"));
    QCOMPARE(model.rowCount(), 0);
}

void TestQuickSwitcher::unmatchedAndOddInputGiveNothing()
{
    QuickSwitcherModel model;
    model.setEntries({conversation(QStringLiteral("a"), QStringLiteral("4915112345678"), QStringLiteral("Anna"))},
                     {channel(QStringLiteral("a"), QStringLiteral("Berlin"), QStringLiteral("#25D366"))});
    // Tried: markup, SQL-ish and regex characters, digits that are in no number, only spaces.
    for (const QString& query : {QStringLiteral("<b>anna</b>"), QStringLiteral("' OR 1=1 --"), QStringLiteral(".*"),
                                 QStringLiteral("+1 555 000")}) {
        model.setQuery(query);
        QVERIFY2(model.rowCount() == 0, qPrintable(query));
    }
    model.setQuery(QStringLiteral("   "));
    QCOMPARE(model.rowCount(), 1); // only spaces: like nothing typed
}

void TestQuickSwitcher::tenThousandConversationsFilterFast()
{
    QList<Conversation> many;
    many.reserve(10000);
    for (int i = 0; i < 10000; ++i)
        many.append(conversation(i % 2 ? QStringLiteral("a") : QStringLiteral("b"),
                                 QStringLiteral("49151%1").arg(i, 8, 10, QLatin1Char('0')),
                                 QStringLiteral("Customer %1 Müller").arg(i)));
    QuickSwitcherModel model;
    QElapsedTimer timer;
    timer.start();
    model.setEntries(many, {channel(QStringLiteral("a"), QStringLiteral("Berlin"), QStringLiteral("#25D366")),
                            channel(QStringLiteral("b"), QStringLiteral("Hamburg"), QStringLiteral("#3478F6"))});
    const qint64 loadMs = timer.elapsed();
    QCOMPARE(model.rowCount(), 10000);
    // What an agent types, key by key: every step must feel instant (a frame or two, even in a debug build).
    qint64 worstMs = 0;
    QString typed;
    for (const QChar c : QStringLiteral("cust 4242")) {
        typed.append(c);
        timer.restart();
        model.setQuery(typed);
        worstMs = std::max(worstMs, timer.elapsed());
    }
    QCOMPARE(ids(model).first(), QStringLiteral("b/4915100004242"));
    timer.restart();
    model.setQuery(QStringLiteral("mlr")); // fuzzy over all 10,000
    const qint64 fuzzyMs = timer.elapsed();
    QCOMPARE(model.rowCount(), 10000);
    qInfo("quickswitcher 10000 conversations: load %lld ms, worst keystroke %lld ms, fuzzy %lld ms", loadMs, worstMs,
          fuzzyMs);
    QVERIFY2(worstMs < 60 && fuzzyMs < 100, "typing in the quick switcher is not instant with 10,000 conversations");
}

void TestQuickSwitcher::openWindow()
{
    QString error;
    QVERIFY2(startDesk(&error,
                       [this] {
                           addCustomer(QStringLiteral("4915112345678"), QStringLiteral("Anna Schmidt"),
                                       QStringLiteral("Wo ist meine Bestellung?"), 600);
                           addCustomer(QStringLiteral("447700900123"), QStringLiteral("Oliver Brown"),
                                       QStringLiteral("Hello?"), 300);
                           addCustomer(QStringLiteral("4930999888"), QStringLiteral("Zoë Berger"),
                                       QStringLiteral("Danke!"), 60);
                       }),
             qPrintable(error));
    m_window->resize(1100, 720);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestQuickSwitcher::screenshot(const QString& name)
{
    const QString dir = qEnvironmentVariable("WABADESK_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    const QString scheme = ui::theme::isDark(qApp->palette()) ? QStringLiteral("dark") : QStringLiteral("light");
    QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("keys-%1-%2.png").arg(name, scheme))));
}

void TestQuickSwitcher::ctrlKOpensTypingNarrowsEnterOpens()
{
    openWindow();
    ui::QuickSwitcher* switcher = m_window->quickSwitcher();
    QVERIFY(switcher);
    QVERIFY(!switcher->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QVERIFY(switcher->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), switcher->searchField());
    // Most recent first, channels only when asked for.
    QCOMPARE(switcher->model()->rowCount(), 3);
    QCOMPARE(switcher->model()->index(0).data(QuickSwitcherModel::TitleRole).toString(), QStringLiteral("Zoë Berger"));
    QTest::keyClicks(switcher->searchField(), QStringLiteral("o"));
    screenshot(QStringLiteral("switcher"));
    // "o" is in Oliver (start), Brown, Zoë (folded): Oliver first; Down moves, Up comes back.
    QCOMPARE(switcher->listView()->currentIndex().row(), 0);
    QCOMPARE(switcher->listView()->currentIndex().data(QuickSwitcherModel::TitleRole).toString(),
             QStringLiteral("Oliver Brown"));
    QTest::keyClick(switcher->searchField(), Qt::Key_Down);
    QCOMPARE(switcher->listView()->currentIndex().row(), 1);
    QTest::keyClick(switcher->searchField(), Qt::Key_Up);
    QCOMPARE(switcher->listView()->currentIndex().row(), 0);
    QTest::keyClicks(switcher->searchField(), QStringLiteral("liv"));
    QCOMPARE(switcher->model()->rowCount(), 1);
    QTest::keyClick(switcher->searchField(), Qt::Key_Return);
    QVERIFY(!switcher->isVisible());
    const QString oliver = m_channel.id + QStringLiteral("/447700900123");
    QCOMPARE(desk()->currentConversationId(), oliver);
    QCOMPARE(desk()->list()->currentConversationId(), oliver);
    // Ready to answer: the cursor is in the composer.
    QTRY_VERIFY(desk()->composer()->isAncestorOf(QApplication::focusWidget()));
    stopDesk();
}

void TestQuickSwitcher::escClosesAndGivesFocusBack()
{
    openWindow();
    QWidget* list = desk()->list()->view();
    list->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), list);
    const QString before = desk()->currentConversationId();
    m_window->showQuickSwitcher();
    ui::QuickSwitcher* switcher = m_window->quickSwitcher();
    QTRY_COMPARE(QApplication::focusWidget(), switcher->searchField());
    QTest::keyClicks(switcher->searchField(), QStringLiteral("anna"));
    QTest::keyClick(switcher->searchField(), Qt::Key_Escape);
    QVERIFY(!switcher->isVisible());
    QCOMPARE(desk()->currentConversationId(), before); // nothing opened
    QTRY_COMPARE(QApplication::focusWidget(), list);
    // Opened again, the last query is gone.
    m_window->showQuickSwitcher();
    QVERIFY(switcher->searchField()->text().isEmpty());
    QCOMPARE(switcher->model()->rowCount(), 3);
    // Enter with no match opens nothing and keeps it open.
    QTest::keyClicks(switcher->searchField(), QStringLiteral("nobody here"));
    QCOMPARE(switcher->model()->rowCount(), 0);
    QTest::keyClick(switcher->searchField(), Qt::Key_Return);
    QVERIFY(switcher->isVisible());
    QCOMPARE(desk()->currentConversationId(), before);
    stopDesk();
}

void TestQuickSwitcher::menuMutesTheChannel()
{
    openWindow();
    ui::QuickSwitcher* switcher = m_window->quickSwitcher();
    m_window->showQuickSwitcher();
    QTest::keyClicks(switcher->searchField(), QStringLiteral("berlin")); // the channel is named Berlin
    QCOMPARE(switcher->listView()->currentIndex().data(QuickSwitcherModel::KindRole).toInt(),
             int(QuickSwitcherModel::Kind::Channel));
    QMenu* menu = switcher->showEntryMenu();
    QVERIFY(menu);
    auto* mute = menu->findChild<QAction*>(QStringLiteral("quickSwitcherMute"));
    QVERIFY(mute);
    QVERIFY(!mute->isChecked());
    mute->trigger();
    menu->close();
    QVERIFY(m_window->notifier()->isChannelMuted(m_channel.id));
    QVERIFY(switcher->listView()->currentIndex().data(QuickSwitcherModel::MutedRole).toBool());
    // The Channel menu shows it too, and it is remembered.
    auto* channelMute = m_window->findChild<QAction*>(QStringLiteral("actionMuteChannel"));
    QVERIFY(channelMute && channelMute->isChecked());
    QVERIFY(QSettings().value(QStringLiteral("notifications/mutedChannels")).toStringList().contains(m_channel.id));
    // Shift+F10 in the field opens the same menu; unmuting from the Channel menu shows in the switcher.
    QTest::keyClick(switcher->searchField(), Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(qobject_cast<QMenu*>(QApplication::activePopupWidget()));
    QApplication::activePopupWidget()->close();
    channelMute->trigger();
    QVERIFY(!m_window->notifier()->isChannelMuted(m_channel.id));
    QVERIFY(!switcher->listView()->currentIndex().data(QuickSwitcherModel::MutedRole).toBool());
    stopDesk();
}

QTEST_MAIN(TestQuickSwitcher)
#include "tst_quickswitcher.moc"
