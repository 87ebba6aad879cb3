// What the desk and the export say for calls, Flow replies, call permissions and group lines (app/text/EventText),
// and the /health_status mapping (UPDATES-2026.md §10).
#include "api/JsonMapping.h"
#include "text/EventText.h"

#include <QJsonDocument>
#include <QtTest>

using namespace wabadesk;

class TestEventText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void durations()
    {
        QCOMPARE(text::callDuration(0), QStringLiteral("0:00"));
        QCOMPARE(text::callDuration(125), QStringLiteral("2:05"));
        QCOMPARE(text::callDuration(3725), QStringLiteral("1:02:05"));
        QCOMPARE(text::callDuration(-1), QString()); // unknown
    }

    void callOutcomes_data()
    {
        QTest::addColumn<bool>("incoming");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("lastEvent");
        QTest::addColumn<qint64>("duration");
        QTest::addColumn<int>("errorCode");
        QTest::addColumn<int>("outcome");
        using O = CallRecord::Outcome;
        QTest::newRow("offered") << true << QString() << "connect" << qint64(-1) << 0 << int(O::Ringing);
        QTest::newRow("missed") << true << "FAILED"
                                << "terminate" << qint64(0) << 0 << int(O::Missed);
        QTest::newRow("answered") << true << "COMPLETED"
                                  << "terminate" << qint64(312) << 0 << int(O::Answered);
        QTest::newRow("not answered") << false << "COMPLETED"
                                      << "terminate" << qint64(-1) << 0 << int(O::NotAnswered);
        QTest::newRow("declined") << false << "REJECTED"
                                  << "status" << qint64(-1) << 0 << int(O::Declined);
        QTest::newRow("accepted") << false << "ACCEPTED"
                                  << "status" << qint64(-1) << 0 << int(O::Answered);
        QTest::newRow("error") << true << "FAILED"
                               << "terminate" << qint64(-1) << 12455 << int(O::Failed);
    }

    void callOutcomes()
    {
        QFETCH(bool, incoming);
        QFETCH(QString, status);
        QFETCH(QString, lastEvent);
        QFETCH(qint64, duration);
        QFETCH(int, errorCode);
        QFETCH(int, outcome);
        CallRecord c;
        c.isIncoming = incoming;
        c.status = status;
        c.lastEvent = lastEvent;
        c.durationSeconds = duration;
        c.errorCode = errorCode;
        if (lastEvent == QLatin1String("terminate"))
            c.endedAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        QCOMPARE(int(c.outcome()), outcome);
        QVERIFY(!text::callSummary(c).isEmpty());
        if (outcome == int(CallRecord::Outcome::Answered) && duration > 0)
            QVERIFY(text::callSummary(c).endsWith(QStringLiteral("5:12")));
    }

    void flowAnswersKeepTheirOrderAndDropTheToken()
    {
        StoredMessage m;
        m.subtype = QStringLiteral("nfm_reply");
        // pywa's flow_completion.json, whose keys are not in alphabetical order.
        m.data.insert(QStringLiteral("response_json"),
                      QStringLiteral("{\"comment_text\":\"Comment Text\",\"delivery_rating\":\"4\",\"flow_token\":"
                                     "\"AQAAAAACS5FpgQ_cAAAAAD0QI3s.\",\"purchase_rating\":\"2\",\"recommend_radio\":"
                                     "\"0\",\"cs_rating\":\"0\"}"));
        const auto answers = text::flowAnswers(m);
        QCOMPARE(answers.size(), 5);
        QCOMPARE(answers.at(0).first, QStringLiteral("Comment"));
        QCOMPARE(answers.at(0).second, QStringLiteral("Comment Text"));
        QCOMPARE(answers.at(1).first, QStringLiteral("Delivery rating"));
        QCOMPARE(answers.at(3).first, QStringLiteral("Recommend")); // "_radio" is the widget, not the question
        QCOMPARE(answers.at(4).first, QStringLiteral("Cs rating"));
        QVERIFY(text::contentText(m).startsWith(QStringLiteral("Comment: Comment Text; Delivery rating: 4")));
        // Not JSON, or not an object: no answers, and nothing made up.
        m.data.insert(QStringLiteral("response_json"), QStringLiteral("[1,2]"));
        QVERIFY(text::flowAnswers(m).isEmpty());
    }

    void permissionsAndGroupLines()
    {
        StoredMessage accept;
        accept.subtype = QStringLiteral("call_permission_reply");
        accept.data = {{QStringLiteral("response"), QStringLiteral("accept")},
                       {QStringLiteral("expiration_timestamp"), 1753186982}};
        QVERIFY(text::callPermissionText(accept).startsWith(QStringLiteral("Allowed calls until ")));
        StoredMessage reject = accept;
        reject.data = {{QStringLiteral("response"), QStringLiteral("reject")}};
        QCOMPARE(text::callPermissionText(reject), QStringLiteral("Declined calls"));

        StoredMessage joined;
        joined.origin = StoredMessage::Origin::Event;
        joined.type = QStringLiteral("system");
        joined.subtype = QStringLiteral("group_participants_add");
        joined.data = QJsonDocument::fromJson(R"({"reason":"invite_link","added":[{"wa_id":"16505551234"}]})").object();
        QCOMPARE(text::contentText(joined), QStringLiteral("+16505551234 joined with the invite link"));
        StoredMessage left = joined;
        left.subtype = QStringLiteral("group_participants_remove");
        left.data = QJsonDocument::fromJson(R"({"initiated_by":"participant","removed":[{"name":"Mia"}]})").object();
        QCOMPARE(text::contentText(left), QStringLiteral("Mia left"));
        StoredMessage stop = joined;
        stop.subtype = QStringLiteral("user_preferences");
        stop.data = {{QStringLiteral("value"), QStringLiteral("stop")}};
        QCOMPARE(text::contentText(stop), QStringLiteral("The customer stopped marketing messages"));
    }

    void healthStatusMapping()
    {
        // UPDATES-2026.md §10's shape: LIMITED with additional_info, BLOCKED with errors (strings or objects).
        const QByteArray body = R"({"health_status":{"can_send_message":"LIMITED","entities":[
            {"entity_type":"PHONE_NUMBER","id":"1","can_send_message":"LIMITED",
             "additional_info":["Messaging limit reached"]},
            {"entity_type":"WABA","id":2,"can_send_message":"BLOCKED",
             "errors":[{"error_code":141000,"error_description":"Not registered"}]}]}})";
        const std::optional<HealthStatus> h = api::json::healthStatus(QJsonDocument::fromJson(body));
        QVERIFY(h.has_value());
        QCOMPARE(h->level(), HealthStatus::Level::Limited);
        QCOMPARE(h->reasons(), (QStringList{QStringLiteral("PHONE_NUMBER: Messaging limit reached"),
                                            QStringLiteral("WABA: 141000: Not registered")}));
        QCOMPARE(h->entities.at(1).id, QStringLiteral("2"));
        // Not the documented shape: refused, not guessed.
        QVERIFY(!api::json::healthStatus(QJsonDocument::fromJson(R"({"can_send_message":"AVAILABLE"})")));
    }
};

QTEST_GUILESS_MAIN(TestEventText)
#include "tst_eventtext.moc"
