// ProfileRules (app/profile): every §4.2 limit at and one past it, the email and website rules, each vertical and
// an unknown one, the photo checks, the diff (only changed fields) and the audit CSV.
#include "profile/ProfileAuditCsv.h"
#include "profile/ProfileRules.h"

#include <QtTest>

using namespace wabadesk;
using profile::Field;

namespace {

QString reasonsFor(const QList<profile::Problem>& problems, Field field)
{
    QStringList out;
    for (const auto& p : problems)
        if (p.field == field)
            out << p.reason;
    return out.join(QStringLiteral(" | "));
}

} // namespace

class TestProfileRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void limits_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<int>("limit");
        QTest::newRow("about") << int(Field::About) << 139;
        QTest::newRow("address") << int(Field::Address) << 256;
        QTest::newRow("description") << int(Field::Description) << 512;
    }
    void limits()
    {
        // Tried: exactly the limit (accepted) and one character more (refused with both numbers in the reason).
        QFETCH(int, field);
        QFETCH(int, limit);
        const auto f = Field(field);
        QCOMPARE(profile::maxLength(f), limit);
        for (int length : {limit, limit + 1}) {
            BusinessProfileUpdate u;
            const QString text(length, QLatin1Char('x'));
            if (f == Field::About)
                u.about = text;
            else if (f == Field::Address)
                u.address = text;
            else
                u.description = text;
            const QString reasons = reasonsFor(profile::validate(u), f);
            if (length == limit)
                QVERIFY2(reasons.isEmpty(), qPrintable(reasons));
            else
                QCOMPARE(reasons, QStringLiteral("is %1 characters long; the limit is %2").arg(length).arg(limit));
        }
    }

    void aboutCannotBeEmpty()
    {
        BusinessProfileUpdate u;
        u.about = QStringLiteral("   "); // only spaces
        QCOMPARE(reasonsFor(profile::validate(u), Field::About), QStringLiteral("cannot be empty"));
    }

    void email_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("support@example.com") << true;
        QTest::newRow("subdomain") << QStringLiteral("a.b+c@mail.example.co.uk") << true;
        QTest::newRow("no at") << QStringLiteral("support.example.com") << false;
        QTest::newRow("no domain dot") << QStringLiteral("support@example") << false;
        QTest::newRow("space") << QStringLiteral("sup port@example.com") << false;
        QTest::newRow("two ats") << QStringLiteral("a@b@example.com") << false;
        QTest::newRow("trailing dot") << QStringLiteral("a@example.") << false;
        // 128 characters exactly, then 129.
        QTest::newRow("128") << QString(116, QLatin1Char('a')) + QStringLiteral("@example.com") << true;
        QTest::newRow("129") << QString(117, QLatin1Char('a')) + QStringLiteral("@example.com") << false;
    }
    void email()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        BusinessProfileUpdate u;
        u.email = email;
        const QString reasons = reasonsFor(profile::validate(u), Field::Email);
        QCOMPARE(reasons.isEmpty(), valid);
    }

    void websites_data()
    {
        QTest::addColumn<QStringList>("sites");
        QTest::addColumn<QString>("problem");
        const QString long256 = QStringLiteral("https://example.com/") + QString(236, QLatin1Char('p'));
        QTest::newRow("two https") << QStringList{QStringLiteral("https://a.de"), QStringLiteral("http://b.de/x")}
                                   << QString();
        QTest::newRow("three") << QStringList{QStringLiteral("https://a.de"), QStringLiteral("https://b.de"),
                                              QStringLiteral("https://c.de")}
                               << QStringLiteral("at most 2 are allowed (3 given)");
        QTest::newRow("no scheme") << QStringList{QStringLiteral("example.com")}
                                   << QStringLiteral("\"example.com\" must start with http:// or https://");
        QTest::newRow("ftp") << QStringList{QStringLiteral("ftp://example.com")} << QStringLiteral("must start with");
        QTest::newRow("256") << QStringList{long256} << QString();
        QTest::newRow("257") << QStringList{long256 + QLatin1Char('p')} << QStringLiteral("the limit is 256");
    }
    void websites()
    {
        QFETCH(QStringList, sites);
        QFETCH(QString, problem);
        BusinessProfileUpdate u;
        u.websites = sites;
        const QString reasons = reasonsFor(profile::validate(u), Field::Websites);
        if (problem.isEmpty())
            QVERIFY2(reasons.isEmpty(), qPrintable(reasons));
        else
            QVERIFY2(reasons.contains(problem), qPrintable(reasons));
    }

    void verticals_data()
    {
        QTest::addColumn<QString>("value");
        for (const QString& v : profile::verticals())
            QTest::newRow(qPrintable(v)) << v;
    }
    void verticals()
    {
        // Each enum value is accepted and has a readable name that is not the raw value.
        QFETCH(QString, value);
        BusinessProfileUpdate u;
        u.vertical = value;
        QVERIFY(profile::validate(u).isEmpty());
        QVERIFY(!profile::verticalName(value).isEmpty());
        QVERIFY(profile::verticalName(value) != value);
    }
    void verticalEnumIsComplete()
    {
        QCOMPARE(profile::verticals().size(), 19); // REFERENCE.md §4.2
        QCOMPARE(profile::verticalName(QStringLiteral("PROF_SERVICES")), QStringLiteral("Professional services"));
        QCOMPARE(profile::verticalName(QStringLiteral("RETAIL")), QStringLiteral("Shopping and retail"));
    }
    void unknownVerticalRefused()
    {
        // Tried: a plausible but wrong value, and the right one in lower case.
        for (const QString& bad : {QStringLiteral("SHOPPING"), QStringLiteral("retail")}) {
            BusinessProfileUpdate u;
            u.vertical = bad;
            QVERIFY(reasonsFor(profile::validate(u), Field::Vertical).contains(QStringLiteral("is not one of")));
        }
        QCOMPARE(profile::verticalName(QStringLiteral("NEW_THING")), QStringLiteral("New thing"));
    }

    void emptyingASetFieldIsRefused()
    {
        BusinessProfile before;
        before.address = QStringLiteral("Hauptstr. 1");
        before.email = QStringLiteral("a@b.de");
        BusinessProfileUpdate u;
        u.address = QString();
        u.email = QString();
        const auto problems = profile::validate(u, &before);
        QVERIFY(reasonsFor(problems, Field::Address).contains(QStringLiteral("cannot be emptied")));
        QVERIFY(reasonsFor(problems, Field::Email).contains(QStringLiteral("cannot be emptied")));
        // Without `before` (or when it was empty already) the same update passes.
        QVERIFY(profile::validate(u).isEmpty());
    }

    void photo_data()
    {
        QTest::addColumn<QString>("mime");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<int>("side");
        QTest::addColumn<QString>("problem");
        QTest::newRow("jpeg 640") << QStringLiteral("image/jpeg") << qint64(60000) << 640 << QString();
        QTest::newRow("png 192") << QStringLiteral("image/png") << qint64(60000) << 192 << QString();
        QTest::newRow("webp") << QStringLiteral("image/webp") << qint64(60000) << 640
                              << QStringLiteral("must be a JPEG or PNG image (this is image/webp)");
        QTest::newRow("191 px") << QStringLiteral("image/jpeg") << qint64(60000) << 191
                                << QStringLiteral("is 191×191 pixels; it needs at least 192×192");
        QTest::newRow("5 MB") << QStringLiteral("image/jpeg") << qint64(5 * 1024 * 1024) << 640 << QString();
        QTest::newRow("5 MB + 1") << QStringLiteral("image/jpeg") << qint64(5 * 1024 * 1024 + 1) << 640
                                  << QStringLiteral("the limit is 5 MB");
        QTest::newRow("empty") << QStringLiteral("image/jpeg") << qint64(0) << 640 << QStringLiteral("is empty");
    }
    void photo()
    {
        QFETCH(QString, mime);
        QFETCH(qint64, bytes);
        QFETCH(int, side);
        QFETCH(QString, problem);
        const QString reasons = reasonsFor(profile::checkPhoto({mime, bytes, side, side}), Field::Photo);
        if (problem.isEmpty())
            QVERIFY2(reasons.isEmpty(), qPrintable(reasons));
        else
            QVERIFY2(reasons.contains(problem), qPrintable(reasons));
    }

    void diffHasOnlyChangedFields()
    {
        BusinessProfile before;
        before.about = QStringLiteral("Old");
        before.address = QStringLiteral("Same street");
        before.email = QStringLiteral("a@b.de");
        before.websites = {QStringLiteral("https://a.de")};
        before.vertical = QStringLiteral("RETAIL");
        BusinessProfile after = before;
        after.about = QStringLiteral("New");
        after.websites = {QStringLiteral(" https://a.de "), QString(), QStringLiteral("https://b.de")};
        after.email = QStringLiteral(" a@b.de "); // only spaces differ: not a change once normalized
        const BusinessProfileUpdate u = profile::diff(before, profile::normalized(after));
        QCOMPARE(profile::fieldsIn(u), (QList<Field>{Field::About, Field::Websites}));
        QCOMPARE(*u.websites, (QStringList{QStringLiteral("https://a.de"), QStringLiteral("https://b.de")}));
        // An empty vertical is never sent.
        after = before;
        after.vertical.clear();
        QVERIFY(profile::diff(before, after).isEmpty());
    }

    void describeNamesTheApiField()
    {
        BusinessProfileUpdate u;
        u.email = QStringLiteral("nope");
        QCOMPARE(profile::describe(profile::validate(u)),
                 QStringList{QStringLiteral("email: \"nope\" is not an email address")});
    }

    void auditCsv()
    {
        ProfileAuditEntry e;
        e.at = QDateTime(QDate(2025, 3, 1), QTime(9, 30), Qt::UTC);
        e.channelId = QStringLiteral("c1");
        e.field = QStringLiteral("websites");
        e.oldValue = QStringLiteral("https://a.de\nhttps://b.de");
        e.newValue = QStringLiteral("=HYPERLINK(\"x\")"); // a formula a spreadsheet would run
        e.by = ProfileAuditEntry::byCli();
        const QByteArray csv = profile::auditCsv({e}, {{QStringLiteral("c1"), QStringLiteral("Shop, Berlin")}});
        QCOMPARE(csv, QByteArray("when,channel,field,old,new,by\r\n"
                                 "2025-03-01T09:30:00Z,\"Shop, Berlin\",websites,\"https://a.de\nhttps://b.de\","
                                 "\"'=HYPERLINK(\"\"x\"\")\",cli\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestProfileRules)
#include "tst_profilerules.moc"
