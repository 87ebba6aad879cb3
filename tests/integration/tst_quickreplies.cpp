// Quick replies (issue #14): the store's table (migration 6), the library's rules, order and matching, the variables,
// and the change signal an open composer follows.
#include "TestPostgres.h"
#include "quickreplies/QuickReplyLibrary.h"
#include "quickreplies/QuickReplyText.h"
#include "store/ChangeHub.h"
#include "store/Schema.h"
#include "store/Store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace wabadesk;
using quickreplies::QuickReplyLibrary;

namespace {

QuickReply reply(const QString& shortcut, const QString& text)
{
    QuickReply r;
    r.shortcut = shortcut;
    r.text = text;
    return r;
}

QStringList shortcuts(const QList<QuickReply>& replies)
{
    QStringList out;
    for (const QuickReply& r : replies)
        out.append(r.shortcut);
    return out;
}

} // namespace

class TestQuickReplies : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        m_location = test::newStoreLocation(m_dir->path(), &error);
        QVERIFY2(m_location.isValid(), qPrintable(error));
        m_store = store::Store::open(m_location, &error);
        QVERIFY2(m_store, qPrintable(error));
        m_store->setChangeHub(&m_hub);
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void storedInOrderAndSurviveReopening()
    {
        QVERIFY(store::latestSchemaVersion() >= 6);
        QuickReplyLibrary library(m_store.get());
        QSignalSpy changed(&m_hub, &store::ChangeHub::quickRepliesChanged);
        QuickReply thanks = reply(QStringLiteral("/thanks"), QStringLiteral("Thank you, {name}!"));
        QVERIFY2(library.save(&thanks), qPrintable(library.lastError()));
        QVERIFY(thanks.id > 0);
        QCOMPARE(thanks.shortcut, QStringLiteral("thanks")); // stored without the "/"
        QuickReply hours = reply(QStringLiteral("hours"), QStringLiteral("9:00–18:00"));
        QVERIFY(library.save(&hours));
        QCOMPARE(changed.size(), 2); // the hub hears every write: an open composer re-reads

        hours.text = QStringLiteral("9:00–17:00");
        QVERIFY(library.save(&hours));
        QCOMPARE(library.replies().size(), 2); // an update, not a third reply
        QVERIFY(library.move(hours.id, -1));
        QCOMPARE(shortcuts(library.replies()), (QStringList{QStringLiteral("hours"), QStringLiteral("thanks")}));
        QVERIFY(library.move(hours.id, -5)); // already at the top: nothing moves, nothing fails
        QCOMPARE(library.replies().first().id, hours.id);

        m_store.reset();
        QString error;
        m_store = store::Store::open(m_location, &error);
        QVERIFY2(m_store, qPrintable(error));
        QuickReplyLibrary reopened(m_store.get());
        const QList<QuickReply> kept = reopened.replies();
        QCOMPARE(shortcuts(kept), (QStringList{QStringLiteral("hours"), QStringLiteral("thanks")}));
        QCOMPARE(kept.first().text, QStringLiteral("9:00–17:00"));
        QVERIFY(reopened.find(QStringLiteral("/THANKS")).has_value());

        QVERIFY(reopened.remove(kept.first().id));
        QCOMPARE(shortcuts(reopened.replies()), QStringList{QStringLiteral("thanks")});
    }

    void rulesRefuseBadReplies_data()
    {
        QTest::addColumn<QString>("shortcut");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("shortcutWrong");
        QTest::addColumn<bool>("textWrong");
        // What was tried: an empty and a "/"-only shortcut, spaces, a "/" inside, 26 characters, the same shortcut
        // in another case, a blank text and one character over WhatsApp's 4096.
        QTest::newRow("empty shortcut") << QString() << QStringLiteral("x") << true << false;
        QTest::newRow("only a slash") << QStringLiteral("/") << QStringLiteral("x") << true << false;
        QTest::newRow("space inside") << QStringLiteral("good bye") << QStringLiteral("x") << true << false;
        QTest::newRow("tab inside") << QStringLiteral("good\tbye") << QStringLiteral("x") << true << false;
        QTest::newRow("slash inside") << QStringLiteral("a/b") << QStringLiteral("x") << true << false;
        QTest::newRow("too long") << QString(26, u'a') << QStringLiteral("x") << true << false;
        QTest::newRow("taken, other case") << QStringLiteral("/HELLO") << QStringLiteral("x") << true << false;
        QTest::newRow("blank text") << QStringLiteral("new") << QStringLiteral(" \n ") << false << true;
        QTest::newRow("text too long") << QStringLiteral("new") << QString(4097, u'x') << false << true;
        QTest::newRow("both") << QStringLiteral("a b") << QString() << true << true;
        QTest::newRow("fine at the limits") << QString(25, u'a') << QString(4096, u'x') << false << false;
    }
    void rulesRefuseBadReplies()
    {
        QFETCH(QString, shortcut);
        QFETCH(QString, text);
        QFETCH(bool, shortcutWrong);
        QFETCH(bool, textWrong);
        QuickReplyLibrary library(m_store.get());
        QuickReply hello = reply(QStringLiteral("hello"), QStringLiteral("Hi!"));
        QVERIFY(library.save(&hello));

        QuickReply candidate = reply(shortcut, text);
        const QuickReplyLibrary::Problems problems = QuickReplyLibrary::check(candidate, library.replies());
        QCOMPARE(!problems.shortcut.isEmpty(), shortcutWrong);
        QCOMPARE(!problems.text.isEmpty(), textWrong);
        const bool ok = !shortcutWrong && !textWrong;
        QCOMPARE(library.save(&candidate), ok);
        QCOMPARE(library.lastError().isEmpty(), ok);
        QCOMPARE(library.replies().size(), ok ? 2 : 1); // nothing refused reaches the store

        // A reply keeps its own shortcut when edited (it is not "taken" by itself).
        hello.text = QStringLiteral("Hello!");
        QVERIFY2(library.save(&hello), qPrintable(library.lastError()));
    }

    void theTableRefusesADuplicateEvenPastTheRules()
    {
        QuickReply a = reply(QStringLiteral("dup"), QStringLiteral("a"));
        QVERIFY(m_store->saveQuickReply(&a));
        QuickReply b = reply(QStringLiteral("DUP"), QStringLiteral("b"));
        QVERIFY(!m_store->saveQuickReply(&b)); // the unique index on lower(shortcut)
        QCOMPARE(m_store->quickReplies().size(), 1);
    }

    void matchingOffersShortcutsFirst()
    {
        QuickReplyLibrary library(m_store.get());
        for (const auto& [s, t] : QList<std::pair<QString, QString>>{
                 {QStringLiteral("thanks"), QStringLiteral("Thank you!")},
                 {QStringLiteral("tracking"), QStringLiteral("Follow your parcel")},
                 {QStringLiteral("hours"), QStringLiteral("We answer 9 to 18")},
                 {QStringLiteral("returns"), QStringLiteral("Send it back; thanks for telling us")},
                 {QStringLiteral("danke"), QStringLiteral("Vielen Dank")}}) {
            QuickReply r = reply(s, t);
            QVERIFY(library.save(&r));
        }
        const QList<QuickReply> all = library.replies();
        QCOMPARE(shortcuts(QuickReplyLibrary::matching(all, QString())), shortcuts(all));
        QCOMPARE(shortcuts(QuickReplyLibrary::matching(all, QStringLiteral("t"))),
                 (QStringList{QStringLiteral("thanks"), QStringLiteral("tracking"), QStringLiteral("returns"),
                              QStringLiteral("hours")})); // "danke" has no "t" anywhere
        QCOMPARE(shortcuts(QuickReplyLibrary::matching(all, QStringLiteral("TH"))),
                 (QStringList{QStringLiteral("thanks"), QStringLiteral("returns")})); // then in the text
        QCOMPARE(shortcuts(QuickReplyLibrary::matching(all, QStringLiteral("urn"))), QStringList{"returns"});
        QVERIFY(QuickReplyLibrary::matching(all, QStringLiteral("zzz")).isEmpty());
    }

    void variablesAreFilledAndUnknownOnesStay()
    {
        const QString text = QStringLiteral("Hi {first_name} ({name}), {agent} here. {unknown} {{name}}");
        QCOMPARE(quickreplies::expand(text, {QStringLiteral("Lucía García"), QStringLiteral("Sam Agent")}),
                 QStringLiteral("Hi Lucía (Lucía García), Sam Agent here. {unknown} {Lucía García}"));
        // WhatsApp gave no profile name: {name} stays for the agent to fill in, and is found to be selected.
        const QString noName = quickreplies::expand(QStringLiteral("Thanks {name}! {agent}"), {QString(), "Sam"});
        QCOMPARE(noName, QStringLiteral("Thanks {name}! Sam"));
        const QList<std::pair<int, int>> left = quickreplies::placeholderRanges(noName);
        QCOMPARE(left.size(), 1);
        QCOMPARE(noName.mid(left.first().first, left.first().second), QStringLiteral("{name}"));
    }

    void examplesAreAddedOnce()
    {
        QuickReplyLibrary library(m_store.get());
        const int added = library.addExamples();
        QVERIFY(added >= 4);
        QCOMPARE(library.addExamples(), 0); // their shortcuts are taken now
        QCOMPARE(library.replies().size(), added);
        for (const QuickReply& r : library.replies())
            QVERIFY2(QuickReplyLibrary::check(r, library.replies()).isEmpty(), qPrintable(r.shortcut));
        QVERIFY(library.find(QStringLiteral("thanks"))->text.contains(QLatin1String("{first_name}")));
    }

    void sortByShortcut()
    {
        QuickReplyLibrary library(m_store.get());
        for (const QString& s : {QStringLiteral("zeta"), QStringLiteral("Alpha"), QStringLiteral("beta")}) {
            QuickReply r = reply(s, QStringLiteral("x"));
            QVERIFY(library.save(&r));
        }
        QVERIFY(library.sortByShortcut());
        QCOMPARE(shortcuts(library.replies()),
                 (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("zeta")}));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    store::StoreLocation m_location;
    store::ChangeHub m_hub;
    std::unique_ptr<store::Store> m_store;
};

QTEST_GUILESS_MAIN(TestQuickReplies)
#include "tst_quickreplies.moc"
