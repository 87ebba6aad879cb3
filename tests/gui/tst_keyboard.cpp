// The keyboard and accessibility pass over the desk (issue #5 item 8): no key sequence means two things wherever the
// focus is, the focus shortcuts and F6 reach list, messages and composer, Tab goes list → messages → composer, the
// current message's menu opens with Shift+F10 or the Menu key, Ctrl+F and Ctrl+N do what they say from every pane,
// and every control that takes the focus has an accessible name.
#include "DeskWindowFixture.h"
#include "MainWindow.h"
#include "conversations/Composer.h"
#include "conversations/ConversationListPanel.h"
#include "conversations/ConversationView.h"
#include "conversations/ConversationsArea.h"
#include "conversations/FindBar.h"
#include "conversations/MessageListModel.h"
#include "conversations/MessageListView.h"
#include "conversations/NewConversationDialog.h"
#include "conversations/QuickSwitcher.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QTabBar>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

using namespace wabadesk;

namespace {

// One shortcut as Qt's shortcut map sees it: its keys, where it lives and in which context it fires.
struct Binding {
    QKeySequence keys;
    QString owner;
    QList<QObject*> scopes; // widgets or menus the shortcut is attached to
    Qt::ShortcutContext context = Qt::WindowShortcut;
};

bool widgetActive(const QWidget* scope, Qt::ShortcutContext context, const QWidget* focus)
{
    // As Qt's correctWidgetContext: visible and enabled, then by context.
    if (!scope->isVisible() || !scope->isEnabled())
        return false;
    switch (context) {
    case Qt::WidgetShortcut:
        return scope == focus;
    case Qt::WidgetWithChildrenShortcut:
        return focus && (scope == focus || scope->isAncestorOf(focus));
    default:
        return true; // window or application: the widget is shown in the window
    }
}

bool scopeActive(QObject* scope, Qt::ShortcutContext context, const QWidget* focus, int depth = 0)
{
    if (depth > 8)
        return false;
    if (auto* menu = qobject_cast<QMenu*>(scope)) {
        // A menu's shortcuts live as long as its menu entry is reachable (the menu bar, a parent menu).
        const QList<QObject*> owners = menu->menuAction()->associatedObjects();
        return std::any_of(owners.cbegin(), owners.cend(), [&](QObject* owner) {
            return owner != menu && scopeActive(owner, context, focus, depth + 1);
        });
    }
    if (auto* widget = qobject_cast<QWidget*>(scope))
        return widgetActive(widget, context, focus);
    return false;
}

QList<Binding> bindings(QWidget* window)
{
    QList<Binding> out;
    for (QAction* action : window->findChildren<QAction*>()) {
        if (!action->isEnabled())
            continue;
        for (const QKeySequence& keys : action->shortcuts())
            out.append({keys, action->objectName().isEmpty() ? action->text() : action->objectName(),
                        action->associatedObjects(), action->shortcutContext()});
    }
    for (QShortcut* shortcut : window->findChildren<QShortcut*>()) {
        if (!shortcut->isEnabled())
            continue;
        for (const QKeySequence& keys : shortcut->keys())
            out.append({keys,
                        QStringLiteral("QShortcut in ") + shortcut->parent()->objectName(),
                        {shortcut->parent()},
                        shortcut->context()});
    }
    for (QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (!button->shortcut().isEmpty())
            out.append({button->shortcut(), button->objectName(), {button}, Qt::WindowShortcut});
    }
    return out;
}

// "Ctrl+F: actionFindInConversation, QShortcut in conversationView" for each sequence active twice.
QStringList ambiguities(QWidget* window, const QWidget* focus)
{
    QMap<QString, QStringList> active;
    for (const Binding& b : bindings(window)) {
        const bool on = std::any_of(b.scopes.cbegin(), b.scopes.cend(),
                                    [&](QObject* scope) { return scopeActive(scope, b.context, focus); });
        if (on)
            active[b.keys.toString()].append(b.owner);
    }
    QStringList out;
    for (auto it = active.cbegin(); it != active.cend(); ++it)
        if (it.value().size() > 1)
            out << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", "));
    return out;
}

} // namespace

class TestKeyboard : public QObject, protected test::DeskWindowFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { stopDesk(); }

    void noShortcutIsAmbiguousWhereverTheFocusIs();
    void findAndNewWorkFromEveryPane();
    void focusShortcutsAndF6ReachEveryPane();
    void tabGoesListMessagesComposer();
    void messageMenuFromTheKeyboard();
    void focusableControlsHaveAccessibleNames();
    void toolBarIsTheAgents();

private:
    QList<QWidget*> panes() const;
    QString m_anna;
};

void TestKeyboard::initTestCase()
{
    isolateSettings(QStringLiteral("tst_keyboard"));
}

void TestKeyboard::init()
{
    QString error;
    QVERIFY2(startDesk(&error,
                       [this] {
                           m_anna = addCustomer(QStringLiteral("4915112345678"), QStringLiteral("Anna Schmidt"),
                                                QStringLiteral("Wo ist meine Bestellung?"), 120);
                           addCustomer(QStringLiteral("4915112345678"), QStringLiteral("Anna Schmidt"),
                                       QStringLiteral("Hallo?"), 60);
                           addCustomer(QStringLiteral("447700900123"), QStringLiteral("Oliver Brown"),
                                       QStringLiteral("Hello"), 30);
                       }),
             qPrintable(error));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openConversation(m_anna));
}

QList<QWidget*> TestKeyboard::panes() const
{
    return {desk()->list()->view(), desk()->list()->findChild<QLineEdit*>(QStringLiteral("conversationSearch")),
            desk()->view()->listView(), desk()->composer()->focusProxy()};
}

void TestKeyboard::noShortcutIsAmbiguousWhereverTheFocusIs()
{
    // The window-wide ones first (focus nowhere in particular), then with the focus in each pane.
    QStringList problems = ambiguities(m_window.get(), nullptr);
    for (QWidget* pane : panes()) {
        QVERIFY(pane);
        pane->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), pane);
        for (const QString& problem : ambiguities(m_window.get(), pane))
            problems << pane->objectName() + QStringLiteral(" → ") + problem;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // The checker itself sees a clash when there is one (tried: a second Ctrl+K in the window).
    auto* clash = new QAction(m_window.get());
    clash->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_window->addAction(clash);
    QVERIFY(!ambiguities(m_window.get(), nullptr).isEmpty());
    delete clash;
}

void TestKeyboard::findAndNewWorkFromEveryPane()
{
    ui::FindBar* find = desk()->view()->findBar();
    for (QWidget* pane : panes()) {
        find->hide();
        pane->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), pane);
        QTest::keySequence(QApplication::focusWidget(), QKeySequence::Find);
        QVERIFY2(find->isVisible(), qPrintable(pane->objectName()));
    }
    // Ctrl+N: a new conversation (the conversation list's), not a new channel.
    ui::NewConversationDialog* shown = nullptr;
    desk()->list()->setDialogHook([&shown](ui::NewConversationDialog* dialog) { shown = dialog; });
    desk()->list()->view()->setFocus();
    QTest::keySequence(QApplication::focusWidget(), QKeySequence(Qt::CTRL | Qt::Key_N));
    QTRY_VERIFY(shown);
    shown->reject();
}

void TestKeyboard::focusShortcutsAndF6ReachEveryPane()
{
    ui::ConversationsArea* area = desk();
    const auto focusIn = [](QWidget* pane) {
        const QWidget* focus = QApplication::focusWidget();
        return focus && (focus == pane || pane->isAncestorOf(focus));
    };
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_L));
    QTRY_VERIFY(focusIn(area->composer()));
    QTest::keySequence(QApplication::focusWidget(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QTRY_COMPARE(QApplication::focusWidget(), area->list()->view());
    // F6 forward: messages, composer, back to the list; Shift+F6 backwards.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_COMPARE(QApplication::focusWidget(), area->view()->listView());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_VERIFY(focusIn(area->composer()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_COMPARE(QApplication::focusWidget(), area->list()->view());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QTRY_VERIFY(focusIn(area->composer()));
}

void TestKeyboard::tabGoesListMessagesComposer()
{
    ui::ConversationsArea* area = desk();
    area->list()->view()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), area->list()->view());
    QList<QWidget*> visited;
    for (int i = 0; i < 40 && !area->composer()->isAncestorOf(QApplication::focusWidget()); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget();
    }
    const qsizetype messages = visited.indexOf(area->view()->listView());
    QVERIFY2(messages >= 0, "Tab from the conversation list never reached the messages");
    QVERIFY2(area->composer()->isAncestorOf(visited.last()), "Tab never reached the composer");
    // Nothing outside the desk on the way (no detour through the channel list or the tool bar).
    for (QWidget* w : std::as_const(visited))
        QVERIFY2(area->isAncestorOf(w), qPrintable(w->objectName()));
}

void TestKeyboard::messageMenuFromTheKeyboard()
{
    QAbstractItemView* messages = desk()->view()->listView();
    QTRY_VERIFY(messages->model()->rowCount() >= 2);
    messages->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), messages);
    // The focus put the current row on the first (a day separator): the menu is its first message's.
    QTest::keyClick(messages, Qt::Key_F10, Qt::ShiftModifier);

    QTRY_VERIFY(qobject_cast<QMenu*>(QApplication::activePopupWidget()));
    auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
    QStringList texts;
    for (QAction* action : menu->actions())
        texts << action->text().remove(QLatin1Char('&'));
    QVERIFY2(texts.join(QLatin1Char('|')).contains(QStringLiteral("Reply")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(!messages->currentIndex().data(ui::MessageListModel::WamidRole).toString().isEmpty());
    // Down moves to the next message; its menu follows.
    QTest::keyClick(messages, Qt::Key_Down);
    const int row = messages->currentIndex().row();
    menu->close();
    QTRY_VERIFY(!QApplication::activePopupWidget());
    // The Menu key does the same; the menu belongs to the message that is current.
    QTest::keyClick(messages, Qt::Key_Menu);
    QTRY_VERIFY(qobject_cast<QMenu*>(QApplication::activePopupWidget()));
    QApplication::activePopupWidget()->close();
    QCOMPARE(messages->currentIndex().row(), row);
    // Reply from that menu puts the cursor in the composer with the reply set.
    QMenu* again = desk()->showMessageMenu();
    QVERIFY(again);
    QAction* reply = nullptr;
    for (QAction* action : again->actions())
        if (action->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Reply")))
            reply = action;
    QVERIFY(reply);
    reply->trigger();
    again->close();
    QCOMPARE(desk()->composer()->replyToWamid(),
             messages->model()->index(row, 0).data(ui::MessageListModel::WamidRole).toString());
    QTRY_VERIFY(desk()->composer()->isAncestorOf(QApplication::focusWidget()));
}

void TestKeyboard::focusableControlsHaveAccessibleNames()
{
    // Every visible control a keyboard user can reach says what it is: its own text (buttons) or an accessible name.
    QStringList unnamed;
    for (QWidget* w : m_window->findChildren<QWidget*>()) {
        if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
            continue;
        if (qobject_cast<QAbstractScrollArea*>(w->parentWidget()) &&
            w == static_cast<QAbstractScrollArea*>(w->parentWidget())->viewport())
            continue;
        QString name = w->accessibleName();
        if (auto* tabs = qobject_cast<QTabBar*>(w); tabs && name.isEmpty() && tabs->count() > 0)
            name = tabs->tabText(0); // each tab is read by its text
        if (auto* button = qobject_cast<QAbstractButton*>(w); button && name.isEmpty())
            name = button->text().remove(QLatin1Char('&')).trimmed();
        if (name.isEmpty() || name == QLatin1String("+"))
            unnamed << QStringLiteral("%1 (%2)").arg(w->objectName(),
                                                     QString::fromLatin1(w->metaObject()->className()));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
}

// Issue #14: the tool bar carries the agent's everyday commands, each with its shortcut in the tool tip; channel
// administration (add, settings, key rotation, removal) is in the Channel menu only.
void TestKeyboard::toolBarIsTheAgents()
{
    auto* bar = m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    QVERIFY(bar && bar->isVisible());
    QStringList names;
    for (const QAction* action : bar->actions())
        names << action->objectName();
    QCOMPARE(names, (QStringList{QStringLiteral("actionNewConversation"), QStringLiteral("actionQuickSwitcher"),
                                 QStringLiteral("actionSearchConversations"), QStringLiteral("actionNextUnread")}));
    QVERIFY(bar->actions().at(1)->toolTip().contains(
        QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText)));
    // They work from the bar: Go to… opens the quick switcher.
    auto* goTo = qobject_cast<QToolButton*>(bar->widgetForAction(bar->actions().at(1)));
    QVERIFY(goTo);
    QTest::mouseClick(goTo, Qt::LeftButton);
    QTRY_VERIFY(m_window->quickSwitcher()->isVisible());
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
