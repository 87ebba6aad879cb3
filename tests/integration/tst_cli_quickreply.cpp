// wabadesk-cli quickreply list|add|remove over a data directory's store (issue #14): the library's rules apply, a
// shortcut is only overwritten when asked, and what the CLI saves is what the desk offers.
#include "TestEnvironment.h"
#include "quickreplies/QuickReplyLibrary.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace wabadesk;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};
} // namespace

class TestCliQuickReply : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    Run cli(const QStringList& args)
    {
        QProcess p;
        p.start(test::binPath(QStringLiteral("wabadesk-cli")),
                QStringList{QStringLiteral("--data-dir"), m_dir.path()} + args);
        if (!p.waitForFinished(30000))
            qFatal("wabadesk-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void addListReplaceRemove()
    {
        Run r = cli({QStringLiteral("quickreply"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("No quick replies")));

        r = cli({QStringLiteral("quickreply"), QStringLiteral("add"), QStringLiteral("--shortcut"),
                 QStringLiteral("/thanks"), QStringLiteral("--body"), QStringLiteral("Thank you, {first_name}!")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("Saved /thanks."));
        // Bad input: the same shortcut in another case, a shortcut with a space, an empty text, a missing option.
        r = cli({QStringLiteral("quickreply"), QStringLiteral("add"), QStringLiteral("--shortcut"),
                 QStringLiteral("THANKS"), QStringLiteral("--body"), QStringLiteral("Other")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("--replace")));
        r = cli({QStringLiteral("quickreply"), QStringLiteral("add"), QStringLiteral("--shortcut"),
                 QStringLiteral("good bye"), QStringLiteral("--body"), QStringLiteral("Bye")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("no spaces")));
        r = cli({QStringLiteral("quickreply"), QStringLiteral("add"), QStringLiteral("--shortcut"),
                 QStringLiteral("empty"), QStringLiteral("--body"), QStringLiteral("  ")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("quickreply"), QStringLiteral("add"), QStringLiteral("--shortcut"),
                 QStringLiteral("nobody")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("--body")));

        r = cli({QStringLiteral("quickreply"), QStringLiteral("add"), QStringLiteral("--shortcut"),
                 QStringLiteral("thanks"), QStringLiteral("--body"), QStringLiteral("Many thanks!"),
                 QStringLiteral("--replace")});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("quickreply"), QStringLiteral("add"), QStringLiteral("--shortcut"),
                 QStringLiteral("hours"), QStringLiteral("--body"), QStringLiteral("9 to 18")});
        QCOMPARE(r.code, 0);

        r = cli({QStringLiteral("--json"), QStringLiteral("quickreply"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        const QJsonArray list =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("quick_replies")).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("shortcut")).toString(), QStringLiteral("thanks"));
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("Many thanks!"));

        // What the CLI saved is in the store the desk reads.
        {
            QString error;
            auto store = store::Store::open(store::StoreLocation::inDataDir(m_dir.path()), &error);
            QVERIFY2(store, qPrintable(error));
            QCOMPARE(quickreplies::QuickReplyLibrary(store.get()).replies().size(), 2);
        }

        r = cli({QStringLiteral("quickreply"), QStringLiteral("remove"), QStringLiteral("/Hours")});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("quickreply"), QStringLiteral("remove"), QStringLiteral("hours")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("no quick reply /hours")));
        r = cli({QStringLiteral("quickreply"), QStringLiteral("list")});
        QCOMPARE(r.out.trimmed(), QStringLiteral("/thanks\tMany thanks!"));
    }
};

QTEST_GUILESS_MAIN(TestCliQuickReply)
#include "tst_cli_quickreply.moc"
