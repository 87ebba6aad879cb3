// The outbox's pure parts: which failures are retried and when (REFERENCE.md §7.2, §8.1, §8.2), the error text the
// bubble shows, per-channel pacing, and the text a sent message shows.
#include "api/ApiError.h"
#include "api/OutgoingMessage.h"
#include "outbox/OutboxPayload.h"
#include "outbox/OutboxPolicy.h"
#include "outbox/SendPacer.h"

#include <QtTest>

using namespace wabadesk;
using namespace wabadesk::outbox;
using namespace std::chrono_literals;

namespace {

api::ApiError graph(int httpStatus, int code, const QByteArray& retryAfter = {})
{
    const QByteArray body = QStringLiteral("{\"error\":{\"code\":%1,\"message\":\"(#%1) x\",\"error_data\":"
                                           "{\"details\":\"the details\"}}}")
                                .arg(code)
                                .toUtf8();
    return api::ApiError::fromHttpResponse(httpStatus, body, retryAfter);
}

const QDateTime kNow = QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);

} // namespace

class TestOutboxPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void backoffDoublesAndIsCapped()
    {
        OutboxPolicy p;
        p.baseBackoff = 1000ms;
        p.maxBackoff = 5000ms;
        p.jitter = 0.2;
        QCOMPARE(backoffDelay(p, 1, 0.5), 1000ms); // 0.5 = no jitter
        QCOMPARE(backoffDelay(p, 2, 0.5), 2000ms);
        QCOMPARE(backoffDelay(p, 3, 0.5), 4000ms);
        QCOMPARE(backoffDelay(p, 4, 0.5), 5000ms);  // capped
        QCOMPARE(backoffDelay(p, 60, 0.5), 5000ms); // no overflow for silly attempt counts
        QCOMPARE(backoffDelay(p, 1, 0.0), 800ms);   // -20 %
        QCOMPARE(backoffDelay(p, 1, 0.9999), 1199ms);
        QCOMPARE(backoffDelay(p, 0, 0.5), 1000ms); // attempts below 1 behave like the first
    }

    void retryableErrorsAreRetried()
    {
        OutboxPolicy p;
        p.baseBackoff = 1000ms;
        for (const int code : {2, 131000, 131016, 131057, 133004}) {
            const FailureDecision d = decideFailure(graph(500, code), 1, p, kNow, 0.5);
            QVERIFY2(!d.permanent, qPrintable(QString::number(code)));
            QCOMPARE(d.retryAt, kNow.addMSecs(1000));
            QVERIFY(!d.channelPausedUntil.isValid()); // a server error is not a reason to stop the channel
            QVERIFY(d.errorText.startsWith(QString::number(code) + QLatin1Char(':')));
        }
        // Transport failures: network and timeout retry, TLS does not (a broken certificate stays broken).
        QVERIFY(!decideFailure(api::ApiError::transport(api::ApiError::Kind::Network, QStringLiteral("refused")), 1, p,
                               kNow, 0.5)
                     .permanent);
        QVERIFY(!decideFailure(api::ApiError::transport(api::ApiError::Kind::Timeout, QStringLiteral("slow")), 1, p,
                               kNow, 0.5)
                     .permanent);
        QVERIFY(
            decideFailure(api::ApiError::transport(api::ApiError::Kind::Tls, QStringLiteral("cert")), 1, p, kNow, 0.5)
                .permanent);
        // An HTTP 503 without a Graph body.
        QVERIFY(!decideFailure(api::ApiError::fromHttpResponse(503, "busy"), 1, p, kNow, 0.5).permanent);
    }

    void throughputErrorsPauseTheChannelForRetryAfter()
    {
        OutboxPolicy p;
        const FailureDecision d = decideFailure(graph(429, 130429, "7"), 1, p, kNow, 0.5);
        QVERIFY(!d.permanent);
        QCOMPARE(d.retryAt, kNow.addSecs(7)); // Retry-After wins over the 2 s backoff
        QCOMPARE(d.channelPausedUntil, kNow.addSecs(7));
        // Without Retry-After: the backoff, still for the whole channel.
        const FailureDecision noHeader = decideFailure(graph(400, 80007), 2, p, kNow, 0.5);
        QCOMPARE(noHeader.retryAt, kNow.addMSecs(4000));
        QCOMPARE(noHeader.channelPausedUntil, noHeader.retryAt);
        // A bare 429 from the gateway (no code).
        const FailureDecision bare =
            decideFailure(api::ApiError::fromHttpResponse(429, "slow down", "3"), 1, p, kNow, 0.5);
        QCOMPARE(bare.channelPausedUntil, kNow.addSecs(3));
    }

    void pairRateLimitWaitsFourToTheX()
    {
        OutboxPolicy p;
        p.pairBackoffUnit = 1000ms;
        QCOMPARE(decideFailure(graph(400, 131056), 1, p, kNow, 0.0).retryAt, kNow.addSecs(1));
        QCOMPARE(decideFailure(graph(400, 131056), 2, p, kNow, 0.0).retryAt, kNow.addSecs(4));
        QCOMPARE(decideFailure(graph(400, 131056), 3, p, kNow, 0.0).retryAt, kNow.addSecs(16));
        // Only this customer waits: the channel goes on.
        QVERIFY(!decideFailure(graph(400, 131056), 1, p, kNow, 0.0).channelPausedUntil.isValid());
    }

    void perUserMarketingLimitWaitsADayThenLonger()
    {
        // 131049 (UPDATES-2026.md §8): not before 24 hours, then 48, 96 …; a short Retry-After cannot shorten it,
        // and other customers of the channel are not held up.
        OutboxPolicy p;
        QCOMPARE(decideFailure(graph(400, 131049), 1, p, kNow, 0.5).retryAt, kNow.addSecs(24 * 3600));
        QCOMPARE(decideFailure(graph(400, 131049), 2, p, kNow, 0.5).retryAt, kNow.addSecs(48 * 3600));
        QCOMPARE(decideFailure(graph(400, 131049), 3, p, kNow, 0.0).retryAt, kNow.addSecs(96 * 3600));
        const FailureDecision d = decideFailure(graph(400, 131049, "5"), 1, p, kNow, 0.5);
        QVERIFY(!d.permanent);
        QCOMPARE(d.retryAt, kNow.addSecs(24 * 3600));
        QVERIFY(!d.channelPausedUntil.isValid());
    }

    void permanentErrorsKeepTheirCode()
    {
        OutboxPolicy p;
        for (const int code : {100, 131026, 131051, 132001, 132015, 368}) {
            const FailureDecision d = decideFailure(graph(400, code), 1, p, kNow, 0.5);
            QVERIFY2(d.permanent, qPrintable(QString::number(code)));
            QVERIFY(!d.retryAt.isValid());
            QVERIFY(!d.closesWindow);
            QCOMPARE(outboxErrorCode(d.errorText), code);
            QVERIFY2(d.errorText.contains(QLatin1String("the details")), qPrintable(d.errorText));
        }
        // 131047 is never retried and closes the window.
        const FailureDecision window = decideFailure(graph(400, 131047), 1, p, kNow, 0.5);
        QVERIFY(window.permanent);
        QVERIFY(window.closesWindow);
        QVERIFY2(window.errorText.startsWith(QLatin1String("131047: 24-hour window closed")),
                 qPrintable(window.errorText));
        // Code 1 gets one retry only.
        QVERIFY(!decideFailure(graph(400, 1), 1, p, kNow, 0.5).permanent);
        QVERIFY(decideFailure(graph(400, 1), 2, p, kNow, 0.5).permanent);
        // Validation errors carry their problems.
        const FailureDecision invalid =
            decideFailure(api::ApiError::validation({QStringLiteral("text.body: too long")}), 1, p, kNow, 0.5);
        QVERIFY(invalid.permanent);
        QCOMPARE(invalid.errorText, QStringLiteral("validation: text.body: too long"));
    }

    void givesUpAfterMaxAttempts()
    {
        OutboxPolicy p;
        p.maxAttempts = 3;
        QVERIFY(!decideFailure(graph(500, 131000), 2, p, kNow, 0.5).permanent);
        const FailureDecision last = decideFailure(graph(500, 131000), 3, p, kNow, 0.5);
        QVERIFY(last.permanent);
        QCOMPARE(outboxErrorCode(last.errorText), 131000);
        QVERIFY2(last.errorText.contains(QLatin1String("3 attempt")), qPrintable(last.errorText));
    }

    void errorTextIsShortAndParsable()
    {
        QCOMPARE(outboxErrorCode(QStringLiteral("131047: 24-hour window closed")), 131047);
        QCOMPARE(outboxErrorCode(QStringLiteral("HTTP 502: bad gateway")), 0);
        QCOMPARE(outboxErrorCode(QStringLiteral("network: unreachable")), 0);
        QCOMPARE(outboxErrorCode(QString()), 0);
        api::ApiError huge = graph(400, 100);
        huge.details = QString(5000, QLatin1Char('d'));
        QVERIFY(outboxErrorText(huge).size() <= 400);
        QVERIFY(outboxErrorText(api::ApiError::fromHttpResponse(502, "<html>")).startsWith(QLatin1String("HTTP 502:")));
    }

    void pacerLimitsEachChannel()
    {
        SendPacer pacer(3);
        const QString a = QStringLiteral("a");
        const QString b = QStringLiteral("b");
        QCOMPARE(pacer.readyAt(a, kNow), kNow);
        for (int i = 0; i < 3; ++i)
            pacer.recordSend(a, kNow.addMSecs(i * 100));
        const QDateTime t = kNow.addMSecs(250);
        QCOMPARE(pacer.readyAt(a, t), kNow.addMSecs(1000)); // the 4th send waits until the 1st leaves the window
        QCOMPARE(pacer.readyAt(b, t), t);                   // other channels are not affected
        QCOMPARE(pacer.readyAt(a, kNow.addMSecs(1000)), kNow.addMSecs(1000));
        pacer.pauseUntil(b, kNow.addSecs(5));
        pacer.pauseUntil(b, kNow.addSecs(2)); // never shortened
        QCOMPARE(pacer.readyAt(b, t), kNow.addSecs(5));
        QCOMPARE(pacer.pausedUntil(b), kNow.addSecs(5));
        QVERIFY(!pacer.pausedUntil(a).isValid());
    }

    void displayTextPerKind()
    {
        const QString to = QStringLiteral("4915100000001");
        QCOMPARE(displayText(api::messages::text(to, QStringLiteral("<b>hi</b>")).toJson()),
                 QStringLiteral("<b>hi</b>"));
        QCOMPARE(displayText(
                     api::messages::media(to, api::MediaKind::Image, {QStringLiteral("1"), {}}, QStringLiteral("cap"))
                         .toJson()),
                 QStringLiteral("cap"));
        QCOMPARE(displayText(api::messages::media(to, api::MediaKind::Document, {QStringLiteral("1"), {}}, {},
                                                  QStringLiteral("a.pdf"))
                                 .toJson()),
                 QStringLiteral("a.pdf"));
        QCOMPARE(displayText(api::messages::media(to, api::MediaKind::Audio, {QStringLiteral("1"), {}}).toJson()),
                 QString());
        QCOMPARE(displayText(api::messages::reaction(to, QStringLiteral("wamid.1"), QStringLiteral("❤️")).toJson()),
                 QStringLiteral("❤️"));
        QCOMPARE(displayText(api::messages::location(to, 1.5, 2.25).toJson()), QStringLiteral("📍 1.50000, 2.25000"));
        QCOMPARE(displayText(api::messages::location(to, 1, 2, {}, QStringLiteral("Main St 1")).toJson()),
                 QStringLiteral("📍 Main St 1"));
        api::TemplateSend t;
        t.name = QStringLiteral("order_update");
        t.languageCode = QStringLiteral("de");
        QCOMPARE(displayText(api::messages::templateMessage(to, t).toJson()), QStringLiteral("order_update"));
        QVERIFY(!isFreeForm(api::messages::templateMessage(to, t).toJson()));
        QVERIFY(isFreeForm(api::messages::reaction(to, QStringLiteral("w"), QStringLiteral("x")).toJson()));
    }

    void localFileRoundTrip()
    {
        const QJsonObject queued = withLocalFile(
            api::messages::media(QStringLiteral("491"), api::MediaKind::Image, {}, QStringLiteral("c")).toJson(),
            QStringLiteral("/tmp/a.png"), QStringLiteral("image/png"));
        QCOMPARE(localFile(queued), QStringLiteral("/tmp/a.png"));
        QCOMPARE(localMimeType(queued), QStringLiteral("image/png"));
        const QJsonObject wire = withUploadedMedia(queued, QStringLiteral("media-9"));
        QVERIFY(!wire.contains(QLatin1String("wabadesk")));
        QCOMPARE(wire.value(QLatin1String("image")).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("media-9"));
        QCOMPARE(wire.value(QLatin1String("image")).toObject().value(QLatin1String("caption")).toString(),
                 QStringLiteral("c"));
        QCOMPARE(localFile(wire), QString());
    }
};

QTEST_GUILESS_MAIN(TestOutboxPolicy)
#include "tst_outbox_policy.moc"
