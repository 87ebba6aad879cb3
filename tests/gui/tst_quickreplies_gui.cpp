// Quick replies in the composer ("/" completion) and in their dialog, over a real store fed from the webhook
// fixtures: text.json's customer is "Test Name" and wrote at 1697043223, so "now" an hour later is in the window.
#include "StoreTestBase.h"
#include "common/Confirmation.h"
#include "conversations/Composer.h"
#include "conversations/ComposerTextEdit.h"
#include "conversations/SendTarget.h"
#include "quickreplies/QuickRepliesDialog.h"
#include "quickreplies/QuickReplyCompleter.h"
#include "quickreplies/QuickReplyLibrary.h"
#include "quickreplies/QuickReplyModel.h"
#include "quickreplies/QuickReplyPopup.h"
#include "settings/Preferences.h"
#include "store/ChangeHub.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>
#include <QtTest>

using namespace wabadesk;

namespace {

const QDateTime kInboundAt = QDateTime::fromSecsSinceEpoch(1697043223, Qt::UTC);

// Counts what would be queued.
class CountingTarget : public ui::SendTarget {
public:
    QStringList texts;
    int others = 0;
    ui::SendOutcome sendText(const QString&, const QString& text, const QString&, bool) override
    {
        texts.append(text);
        return {qint64(texts.size()), {}};
    }
    ui::SendOutcome sendMedia(const QString&, api::MediaKind, const QString&, const QString&, const QString&) override
    {
        ++others;
        return {1, {}};
    }
    ui::SendOutcome sendMessage(const QString&, const api::OutgoingMessage&) override
    {
        ++others;
        return {1, {}};
    }
};

} // namespace

class TestQuickRepliesGui : public QObject, protected test::StoreTestBase {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WabaDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_quickreplies_gui"));
    }

    void init()
    {
        QSettings().clear();
        ui::Preferences preferences = ui::Preferences::load();
        preferences.agentName = QStringLiteral("Sam Agent");
        preferences.save();
        ui::Confirmation::resetForTests();
        QString error;
        QVERIFY2(openStore(&error), qPrintable(error));
        m_store->setChangeHub(&m_hub);
        QVERIFY(ingest("text.json").result == store::IngestOutcome::Result::Stored);
        m_conversationId = m_store->conversations(QString()).first().id;
        quickreplies::QuickReplyLibrary library(m_store.get());
        for (const auto& [shortcut, text] : QList<std::pair<QString, QString>>{
                 {QStringLiteral("thanks"), QStringLiteral("Thank you, {first_name}! {agent}")},
                 {QStringLiteral("tracking"), QStringLiteral("Track it at https://shop.example.com/track")},
                 {QStringLiteral("hours"), QStringLiteral("We answer 9 to 18.")}}) {
            QuickReply reply;
            reply.shortcut = shortcut;
            reply.text = text;
            QVERIFY(library.save(&reply));
        }
        m_target = CountingTarget();
        m_composer = std::make_unique<ui::Composer>(m_store.get(), &m_hub);
        m_composer->setSendTarget(&m_target);
        m_composer->setClock([] { return kInboundAt.addSecs(3600); });
        m_composer->resize(640, 220);
        m_composer->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_composer.get()));
        Conversation c = *m_store->conversation(m_conversationId);
        c.lastInboundAt = kInboundAt;
        m_composer->setConversation(c);
        edit()->setFocus();
        QTRY_VERIFY(edit()->hasFocus());
    }

    void cleanup()
    {
        m_composer.reset();
        closeStore();
    }

    void slashOffersAndFilters()
    {
        QTest::keyClicks(edit(), QStringLiteral("/"));
        QVERIFY(completer()->isPopupVisible());
        QCOMPARE(popup()->count(), 3); // everything, in the library's order
        QTest::keyClicks(edit(), QStringLiteral("tr"));
        QCOMPARE(popup()->count(), 1);
        QCOMPARE(popup()->current()->shortcut, QStringLiteral("tracking"));
        QTest::keyClick(edit(), Qt::Key_Backspace);
        QCOMPARE(popup()->count(), 3); // "t": thanks, tracking (shortcuts) and hours (its text has a "t")
        QCOMPARE(popup()->current()->shortcut, QStringLiteral("thanks")); // the best match is highlighted
        QTest::keyClicks(edit(), QStringLiteral("zz"));
        QVERIFY(!completer()->isPopupVisible()); // nothing matches "/tzz": no list in the way
        QVERIFY(edit()->hasFocus());
    }

    void enterInsertsWithVariablesAndDoesNotSend()
    {
        QTest::keyClicks(edit(), QStringLiteral("Hello /th"));
        QVERIFY(completer()->isPopupVisible());
        QTest::keyClick(edit(), Qt::Key_Return);
        QVERIFY(!completer()->isPopupVisible());
        QCOMPARE(edit()->toPlainText(), QStringLiteral("Hello Thank you, Test! Sam Agent"));
        QVERIFY(m_target.texts.isEmpty());       // Enter chose the reply; it did not send the message
        QTest::keyClick(edit(), Qt::Key_Return); // now Enter sends, as always
        QCOMPARE(m_target.texts, QStringList{QStringLiteral("Hello Thank you, Test! Sam Agent")});
        // One undo step takes the whole reply out again.
        QTest::keyClicks(edit(), QStringLiteral("/hours"));
        QTest::keyClick(edit(), Qt::Key_Tab);
        QCOMPARE(edit()->toPlainText(), QStringLiteral("We answer 9 to 18."));
        edit()->undo();
        QCOMPARE(edit()->toPlainText(), QStringLiteral("/hours"));
    }

    void arrowsChooseAndEscapeCloses()
    {
        QTest::keyClicks(edit(), QStringLiteral("/"));
        QCOMPARE(popup()->currentRow(), 0);
        QTest::keyClick(edit(), Qt::Key_Down);
        QTest::keyClick(edit(), Qt::Key_Down);
        QCOMPARE(popup()->current()->shortcut, QStringLiteral("hours"));
        QTest::keyClick(edit(), Qt::Key_Down); // wraps
        QCOMPARE(popup()->current()->shortcut, QStringLiteral("thanks"));
        QTest::keyClick(edit(), Qt::Key_Up);
        QCOMPARE(popup()->current()->shortcut, QStringLiteral("hours"));
        QCOMPARE(edit()->toPlainText(), QStringLiteral("/")); // the arrows moved the list, not the cursor

        QTest::keyClick(edit(), Qt::Key_Escape);
        QVERIFY(!completer()->isPopupVisible());
        QTest::keyClicks(edit(), QStringLiteral("t")); // the same "/word": Esc keeps it closed
        QVERIFY(!completer()->isPopupVisible());
        QTest::keyClicks(edit(), QStringLiteral(" /"));
        QVERIFY(completer()->isPopupVisible()); // a new "/": offered again
        // Not a shortcut: a "/" inside a word or a path.
        edit()->clear();
        QTest::keyClicks(edit(), QStringLiteral("and/or"));
        QVERIFY(!completer()->isPopupVisible());
        QTest::keyClicks(edit(), QStringLiteral(" /usr/"));
        QVERIFY(!completer()->isPopupVisible());
    }

    void clickInserts()
    {
        QTest::keyClicks(edit(), QStringLiteral("/"));
        QListView* list = popup()->list();
        const QRect second = list->visualRect(list->model()->index(1, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, second.center());
        QCOMPARE(edit()->toPlainText(), QStringLiteral("Track it at https://shop.example.com/track"));
        QVERIFY(edit()->hasFocus());
    }

    void unknownNameIsSelectedToTypeOver()
    {
        // A customer WhatsApp gave no profile name: {first_name} stays, selected.
        Conversation c = *m_store->conversation(m_conversationId);
        c.lastInboundAt = kInboundAt;
        c.contact.profileName.clear();
        m_composer->setConversation(c);
        edit()->clear();
        QTest::keyClicks(edit(), QStringLiteral("/thanks"));
        QTest::keyClick(edit(), Qt::Key_Return);
        QCOMPARE(edit()->textCursor().selectedText(), QStringLiteral("{first_name}"));
        QTest::keyClicks(edit(), QStringLiteral("Kim"));
        QCOMPARE(edit()->toPlainText(), QStringLiteral("Thank you, Kim! Sam Agent"));
    }

    void openListFollowsTheLibrary()
    {
        QTest::keyClicks(edit(), QStringLiteral("/"));
        QCOMPARE(popup()->count(), 3);
        // Another window (or the dialog) adds one: the hub tells the composer.
        quickreplies::QuickReplyLibrary library(m_store.get());
        QuickReply added;
        added.shortcut = QStringLiteral("address");
        added.text = QStringLiteral("Friedrichstraße 68, Berlin");
        QVERIFY(library.save(&added));
        QTRY_COMPARE(popup()->count(), 4);
    }

    void emptyLibrarySaysHowToAddAndManageOpensTheDialog()
    {
        quickreplies::QuickReplyLibrary library(m_store.get());
        for (const QuickReply& r : library.replies())
            QVERIFY(library.remove(r.id));
        QTest::keyClicks(edit(), QStringLiteral("/"));
        QVERIFY(completer()->isPopupVisible());
        QCOMPARE(popup()->count(), 0);
        QVERIFY(popup()->findChild<QLabel*>(QStringLiteral("quickReplyEmpty"))->isVisible());
        QTest::keyClicks(edit(), QStringLiteral("x"));
        QVERIFY(!completer()->isPopupVisible()); // "/x" with nothing saved: a plain word

        QTest::keyClick(edit(), Qt::Key_Backspace);
        auto* manage = popup()->findChild<QToolButton*>(QStringLiteral("quickReplyManage"));
        QVERIFY(manage && manage->isVisible());
        manage->click();
        auto* dialog = m_composer->window()->findChild<ui::QuickRepliesDialog*>(QStringLiteral("quickRepliesDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->close();
        // The "+" menu has it too, with no conversation needed.
        auto* action = m_composer->findChild<QAction*>(QStringLiteral("composerQuickReplies"));
        QVERIFY(action);
        m_composer->clearConversation();
        QVERIFY(action->isEnabled());
    }

    void dialogChecksRulesAndSaves()
    {
        ui::QuickRepliesDialog dialog(m_store.get(), &m_hub);
        dialog.show();
        auto* shortcut = dialog.findChild<QLineEdit*>(QStringLiteral("quickReplyShortcut"));
        auto* text = dialog.findChild<QPlainTextEdit*>(QStringLiteral("quickReplyText"));
        auto* shortcutError = dialog.findChild<QLabel*>(QStringLiteral("quickReplyShortcutError"));
        auto* textError = dialog.findChild<QLabel*>(QStringLiteral("quickReplyTextError"));
        auto* list = dialog.findChild<QListView*>(QStringLiteral("quickReplyList"));
        QCOMPARE(list->model()->rowCount(), 3);
        QCOMPARE(shortcut->text(), QStringLiteral("thanks")); // the first one is open

        QVERIFY(dialog.addNew());
        QVERIFY(!shortcutError->isVisible() && !textError->isVisible()); // nothing touched: no errors yet
        // Bad input: a shortcut with a space, then one that is taken; a blank text.
        QTest::keyClicks(shortcut, QStringLiteral("good bye"));
        QVERIFY(shortcutError->isVisible());
        QVERIFY(!textError->isVisible());
        shortcut->clear();
        QTest::keyClicks(shortcut, QStringLiteral("/THANKS"));
        QVERIFY(shortcutError->text().contains(QLatin1String("/thanks")));
        QVERIFY(!dialog.saveCurrent());
        QVERIFY(textError->isVisible()); // Save shows every rule broken
        QCOMPARE(m_store->quickReplies().size(), 3);

        shortcut->clear();
        QTest::keyClicks(shortcut, QStringLiteral("/address"));
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral("We are at Friedrichstraße 68, "));
        auto* variable = dialog.findChild<QAction*>(QStringLiteral("quickReplyVariable_agent"));
        QVERIFY(variable);
        variable->trigger();
        QVERIFY(!shortcutError->isVisible() && !textError->isVisible());
        QVERIFY(dialog.saveCurrent());
        const std::optional<QuickReply> saved = quickreplies::QuickReplyLibrary(m_store.get()).find("address");
        QVERIFY(saved);
        QCOMPARE(saved->text, QStringLiteral("We are at Friedrichstraße 68, {agent}"));
        QCOMPARE(list->model()->rowCount(), 4);
        QCOMPARE(list->currentIndex().data(ui::QuickReplyModel::ShortcutRole).toString(), QStringLiteral("address"));

        // Choosing another reply with broken edits keeps the agent on this one.
        shortcut->clear();
        QTest::keyClicks(shortcut, QStringLiteral("hours"));
        list->setCurrentIndex(list->model()->index(0, 0));
        QCOMPARE(list->currentIndex().data(ui::QuickReplyModel::ShortcutRole).toString(), QStringLiteral("address"));
        QVERIFY(dialog.isDirty());
        // Valid edits are saved on the way.
        shortcut->clear();
        QTest::keyClicks(shortcut, QStringLiteral("where"));
        list->setCurrentIndex(list->model()->index(0, 0));
        QCOMPARE(shortcut->text(), QStringLiteral("thanks"));
        QVERIFY(quickreplies::QuickReplyLibrary(m_store.get()).find("where"));
        QVERIFY(!quickreplies::QuickReplyLibrary(m_store.get()).find("address"));
    }

    void dialogOrdersSearchesAndDeletes()
    {
        ui::QuickRepliesDialog dialog(m_store.get(), &m_hub);
        dialog.show();
        auto* list = dialog.findChild<QListView*>(QStringLiteral("quickReplyList"));
        auto* down = dialog.findChild<QToolButton*>(QStringLiteral("quickReplyDown"));
        auto* up = dialog.findChild<QToolButton*>(QStringLiteral("quickReplyUp"));
        auto* search = dialog.findChild<QLineEdit*>(QStringLiteral("quickReplySearch"));
        const auto order = [this] {
            QStringList out;
            for (const QuickReply& r : m_store->quickReplies())
                out.append(r.shortcut);
            return out;
        };
        QVERIFY(!up->isEnabled()); // the first one cannot go up
        down->click();
        QCOMPARE(order(), (QStringList{QStringLiteral("tracking"), QStringLiteral("thanks"), QStringLiteral("hours")}));
        QCOMPARE(list->currentIndex().data(ui::QuickReplyModel::ShortcutRole).toString(), QStringLiteral("thanks"));
        dialog.findChild<QToolButton*>(QStringLiteral("quickReplySort"))->click();
        QCOMPARE(order(), (QStringList{QStringLiteral("hours"), QStringLiteral("thanks"), QStringLiteral("tracking")}));

        QTest::keyClicks(search, QStringLiteral("shop.example"));
        QCOMPARE(list->model()->rowCount(), 1);          // found in the text
        QVERIFY(!down->isEnabled() && !up->isEnabled()); // no reordering in a filtered list
        search->clear();

        dialog.selectShortcut(QStringLiteral("hours"));
        ui::Confirmation::setNextAnswer({false, false});
        dialog.findChild<QToolButton*>(QStringLiteral("quickReplyRemove"))->click();
        QTRY_VERIFY(ui::Confirmation::lastRequest().has_value());
        QTest::qWait(0);
        QCOMPARE(m_store->quickReplies().size(), 3); // "Cancel": still there
        ui::Confirmation::setNextAnswer({true, false});
        dialog.findChild<QToolButton*>(QStringLiteral("quickReplyRemove"))->click();
        QTRY_COMPARE(m_store->quickReplies().size(), 2);
        QVERIFY(ui::Confirmation::lastRequest()->text.contains(QLatin1String("/hours")));
    }

private:
    ui::ComposerTextEdit* edit() const
    {
        return m_composer->findChild<ui::ComposerTextEdit*>(QStringLiteral("composerText"));
    }
    ui::QuickReplyCompleter* completer() const { return m_composer->quickReplies(); }
    ui::QuickReplyPopup* popup() const { return completer()->popup(); }

    store::ChangeHub m_hub;
    CountingTarget m_target;
    QString m_conversationId;
    std::unique_ptr<ui::Composer> m_composer;
};

QTEST_MAIN(TestQuickRepliesGui)
#include "tst_quickreplies_gui.moc"
