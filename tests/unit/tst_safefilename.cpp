// safeFileName: names that came from customers or files never leave the media folder, never hide, never hit a
// Windows device name, and stay readable.
#include "media/SafeFileName.h"

#include <QtTest>

using wabadesk::media::safeFileName;

class TestSafeFileName : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hostileNames_data()
    {
        QTest::addColumn<QString>("untrusted");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Invoice 2026-11.pdf") << QStringLiteral("Invoice 2026-11.pdf");
        QTest::newRow("unicode kept") << QStringLiteral("Übersicht – März.pdf")
                                      << QStringLiteral("Übersicht – März.pdf");
        QTest::newRow("parent dirs") << QStringLiteral("../../.bashrc") << QStringLiteral("bashrc");
        QTest::newRow("absolute unix") << QStringLiteral("/etc/passwd") << QStringLiteral("passwd");
        QTest::newRow("windows path") << QStringLiteral("C:\\Windows\\System32\\evil.dll")
                                      << QStringLiteral("evil.dll");
        QTest::newRow("drive letter only") << QStringLiteral("C:evil.txt") << QStringLiteral("C_evil.txt");
        QTest::newRow("reserved device") << QStringLiteral("NUL") << QStringLiteral("_NUL");
        QTest::newRow("reserved with ext") << QStringLiteral("com1.jpg") << QStringLiteral("_com1.jpg");
        QTest::newRow("reserved case") << QStringLiteral("Aux.Txt") << QStringLiteral("_Aux.Txt");
        QTest::newRow("not reserved") << QStringLiteral("console.txt") << QStringLiteral("console.txt");
        QTest::newRow("control chars") << QStringLiteral("a\nb\tc\x01.txt") << QStringLiteral("a_b_c_.txt");
        QTest::newRow("reserved punctuation") << QStringLiteral("what?<>|*\".txt") << QStringLiteral("what______.txt");
        QTest::newRow("rtl override") << QStringLiteral("invoice\u202Efdp.exe") << QStringLiteral("invoice_fdp.exe");
        QTest::newRow("trailing dots") << QStringLiteral("report.pdf. . ") << QStringLiteral("report.pdf");
        QTest::newRow("hidden") << QStringLiteral(".profile") << QStringLiteral("profile");
    }
    void hostileNames()
    {
        QFETCH(QString, untrusted);
        QFETCH(QString, expected);
        QCOMPARE(safeFileName(untrusted, QStringLiteral("document"), QStringLiteral("pdf")), expected);
    }

    void nothingUsableFallsBack()
    {
        QCOMPARE(safeFileName(QString(), QStringLiteral("image"), QStringLiteral("jpg")), QStringLiteral("image.jpg"));
        QCOMPARE(safeFileName(QStringLiteral("../"), QStringLiteral("image"), QStringLiteral("jpg")),
                 QStringLiteral("image.jpg"));
        QCOMPARE(safeFileName(QStringLiteral("...."), QStringLiteral("document")), QStringLiteral("document"));
        QCOMPARE(safeFileName(QStringLiteral("/"), QString()), QStringLiteral("file"));
        QCOMPARE(safeFileName(QString(), QStringLiteral("../x")), QStringLiteral("x"));
    }

    void longNamesKeepTheirExtension()
    {
        const QString name = QString(300, QLatin1Char('a')) + QStringLiteral(".pdf");
        const QString safe = safeFileName(name, QStringLiteral("document"));
        QCOMPARE(safe.size(), 120);
        QVERIFY(safe.endsWith(QStringLiteral(".pdf")));
        // A surrogate pair at the cut is not split.
        QString emoji;
        for (int i = 0; i < 100; ++i)
            emoji += QString::fromUtf8("😀");
        const QString cut = safeFileName(emoji, QStringLiteral("x"));
        QVERIFY(cut.size() <= 120);
        QVERIFY(!cut.back().isHighSurrogate());
    }
};

QTEST_APPLESS_MAIN(TestSafeFileName)
#include "tst_safefilename.moc"
