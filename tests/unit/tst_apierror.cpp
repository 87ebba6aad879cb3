// ApiError: every error body shape of REFERENCE.md §7.1 parsed into one value; explanations for every code of §7.2.
#include "TestEnvironment.h"
#include "api/ApiError.h"
#include "api/ErrorExplanations.h"

#include <QJsonDocument>
#include <QtTest>

using namespace wabadesk::api;

class TestApiError : public QObject {
    Q_OBJECT
    QJsonObject m_responses;
    QByteArray body(const char* key) const
    {
        return QJsonDocument(m_responses.value(QLatin1String(key)).toObject()).toJson();
    }

private Q_SLOTS:
    void initTestCase() { m_responses = wabadesk::test::readJsonObject(QStringLiteral("reference/responses.json")); }

    void graphError()
    {
        const ApiError e = ApiError::fromHttpResponse(400, body("error_graph_7.1"));
        QCOMPARE(e.kind, ApiError::Kind::Api);
        QCOMPARE(e.httpStatus, 400);
        QCOMPARE(e.code, 131009);
        QCOMPARE(e.subcode, 2494010);
        QCOMPARE(e.title, QStringLiteral("Parameter value is not valid")); // "(#131009) " prefix removed
        QCOMPARE(e.details, QStringLiteral("<human readable details>"));
        QCOMPARE(e.fbtraceId, QStringLiteral("AbCdEf123"));
        QVERIFY(!e.retryable);
        QCOMPARE(translatedExplanation(e), QStringLiteral("A value in the request is not valid."));
    }

    void tokenErrorWithoutErrorData()
    {
        const ApiError e = ApiError::fromHttpResponse(401, body("error_token_7.1"));
        QCOMPARE(e.code, 190);
        QCOMPARE(e.subcode, 463);
        QVERIFY(e.title.startsWith(QStringLiteral("Error validating access token")));
        QVERIFY(e.details.isEmpty());
    }

    void webhookFormTitle()
    {
        const ApiError e = ApiError::fromHttpResponse(400, body("error_webhook_form_7.1"));
        QCOMPARE(e.code, 131047);
        QCOMPARE(e.title, QStringLiteral("Re-engagement message"));
        QVERIFY(e.details.startsWith(QStringLiteral("Message failed to send because more than 24 hours")));
        QVERIFY(translatedFix(e).contains(QStringLiteral("template")));
    }

    void dialog360Gateway()
    {
        const ApiError e = ApiError::fromHttpResponse(401, body("error_360_meta_7.1"));
        QCOMPARE(e.kind, ApiError::Kind::Api);
        QCOMPARE(e.code, 0);
        QCOMPARE(e.message, QStringLiteral("Invalid api key"));
        QVERIFY(translatedExplanation(e).contains(QStringLiteral("API key")));
        const ApiError bare = ApiError::fromHttpResponse(400, body("error_360_bare_7.1"));
        QCOMPARE(bare.kind, ApiError::Kind::Http);
        QCOMPARE(bare.httpStatus, 400);
    }

    void onPremiseErrorsArray()
    {
        const ApiError e = ApiError::fromHttpResponse(400, body("error_onprem_10"));
        QCOMPARE(e.code, 470);
        QVERIFY(e.details.contains(QStringLiteral("24 hours")));
        QVERIFY(translatedFix(e).contains(QStringLiteral("template")));
    }

    void rateLimitRetryAfter()
    {
        const QByteArray b = "{\"error\":{\"message\":\"(#130429) Rate limit hit\",\"code\":130429}}";
        const ApiError e = ApiError::fromHttpResponse(429, b, "7");
        QVERIFY(e.retryable);
        QCOMPARE(e.retryAfterSeconds, 7);
        const ApiError noHeader = ApiError::fromHttpResponse(429, b);
        QCOMPARE(noHeader.retryAfterSeconds, -1);
    }

    void nonJsonAndHugeBodies()
    {
        // An HTML error page from a proxy: kept short, never crashes.
        const QByteArray html = "<html><body>" + QByteArray(100000, 'x') + "</body></html>";
        const ApiError e = ApiError::fromHttpResponse(502, html);
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QVERIFY(e.retryable);
        QVERIFY(e.details.size() <= 501);
        // Wrong types inside an error object.
        const ApiError w =
            ApiError::fromHttpResponse(400, "{\"error\":{\"code\":\"131047x\",\"message\":7,\"error_data\":[1]}}");
        QCOMPARE(w.kind, ApiError::Kind::Api);
        QCOMPARE(w.code, 0);
        // Truncated JSON.
        QCOMPARE(ApiError::fromHttpResponse(500, "{\"error\":{\"code\":1310").kind, ApiError::Kind::Http);
        QCOMPARE(ApiError::fromHttpResponse(500, QByteArray()).kind, ApiError::Kind::Http);
    }

    void retryPolicy_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("retryable");
        for (int c : {1, 2, 4, 80007, 130429, 131000, 131016, 131049, 131056, 131057, 133004})
            QTest::addRow("%d", c) << c << true;
        for (int c : {0, 100, 131026, 131047, 131055, 131062, 132000, 132001, 132012, 368})
            QTest::addRow("%d", c) << c << false;
    }

    void retryPolicy()
    {
        QFETCH(int, code);
        QFETCH(bool, retryable);
        QCOMPARE(ApiError::isRetryableCode(code), retryable);
        const QByteArray b = "{\"error\":{\"code\":" + QByteArray::number(code) + "}}";
        QCOMPARE(ApiError::fromHttpResponse(400, b).retryable, retryable);
    }

    void everyDocumentedCodeIsExplained()
    {
        // The codes of REFERENCE.md §7.2's table.
        const QList<int> codes{0,      1,      2,      3,      4,      10,     33,     100,    190,    200,    250,
                               299,    368,    80007,  130429, 130472, 131000, 131005, 131008, 131009, 131016, 131021,
                               131026, 131030, 131031, 131042, 131045, 131047, 131048, 131049, 131050, 131051, 131052,
                               131053, 131055, 131056, 131057, 131062, 131064, 132000, 132001, 132005, 132007, 132008,
                               132012, 132015, 132016, 132018, 132068, 132069, 133000, 133004, 133005, 133006, 133008,
                               133009, 133010, 133015, 133016, 135000, 137000, 470};
        for (int code : codes) {
            const ErrorExplanation* e = findErrorExplanation(code);
            QVERIFY2(e, qPrintable(QStringLiteral("no explanation for %1").arg(code)));
            QVERIFY(qstrlen(e->explanation) > 10);
            QVERIFY(qstrlen(e->fix) > 5);
            QCOMPARE(e->retryable,
                     ApiError::isRetryableCode(code) || code == 132069 || code == 133015 || code == 133016);
        }
        QVERIFY(!findErrorExplanation(424242));
    }

    void transportKindsExplained()
    {
        for (auto kind : {ApiError::Kind::Network, ApiError::Kind::Tls, ApiError::Kind::Timeout,
                          ApiError::Kind::MalformedResponse, ApiError::Kind::Validation, ApiError::Kind::Cancelled}) {
            const ApiError e = ApiError::transport(kind, QStringLiteral("x"));
            QVERIFY(!translatedExplanation(e).isEmpty());
            QCOMPARE(e.toJson().value(QStringLiteral("kind")).toString(), ApiError::kindName(kind));
        }
    }

    void summaryAndJson()
    {
        const ApiError e = ApiError::fromHttpResponse(400, body("error_graph_7.1"));
        QCOMPARE(e.summary(), QStringLiteral("api | HTTP 400 | code 131009/2494010 | Parameter value is not valid | "
                                             "<human readable details> | fbtrace_id AbCdEf123"));
        const QJsonObject j = e.toJson();
        QCOMPARE(j.value(QStringLiteral("code")).toInt(), 131009);
        QCOMPARE(j.value(QStringLiteral("http_status")).toInt(), 400);
        QVERIFY(j.contains(QStringLiteral("explanation")));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
