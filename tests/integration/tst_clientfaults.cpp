// ApiClient against a loopback server that misbehaves on purpose: every failure ends the call exactly once
// with the right ApiError kind, and nothing crashes or hangs.
#include "LoopbackServer.h"
#include "api/ApiClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace wabadesk;
using namespace wabadesk::api;
using wabadesk::test::LoopbackServer;

namespace {
template <typename T>
struct Outcome {
    int calls = 0;
    std::optional<Result<T>> result;
    Callback<T> callback()
    {
        return [this](const Result<T>& r) {
            ++calls;
            result = r;
        };
    }
};
} // namespace

class TestClientFaults : public QObject {
    Q_OBJECT
    QNetworkAccessManager m_nam;

    std::unique_ptr<ApiClient> client(const QUrl& base)
    {
        auto c = std::make_unique<ApiClient>(&m_nam, base, [] { return QByteArray("test-key-1234567890"); });
        c->setTimeout(std::chrono::milliseconds(800));
        return c;
    }

private Q_SLOTS:
    void sendsKeyHeaderAndJson()
    {
        LoopbackServer server([](const auto&) {
            return LoopbackServer::Reply{LoopbackServer::Mode::Respond,
                                         LoopbackServer::response(200, "{\"messages\":[{\"id\":\"wamid.X\"}]}")};
        });
        auto c = client(server.url());
        Outcome<SendResult> out;
        c->sendMessage(messages::text(QStringLiteral("4915112345678"), QStringLiteral("hi")), this, out.callback());
        QTRY_VERIFY(out.result.has_value());
        QVERIFY(out.result->ok());
        QCOMPARE(out.result->value().messageId, QStringLiteral("wamid.X"));
        const auto request = server.requests().value(0);
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/messages")); // no phone-number id, no Graph version (§0.1)
        QCOMPARE(request.header("D360-API-KEY"), QByteArray("test-key-1234567890"));
        QVERIFY(request.header("Authorization").isEmpty());
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
    }

    void timeoutWhenServerHangs()
    {
        LoopbackServer server([](const auto&) { return LoopbackServer::Reply{LoopbackServer::Mode::Hang, {}}; });
        auto c = client(server.url());
        Outcome<QList<Template>> out;
        QElapsedTimer timer;
        timer.start();
        c->listTemplates(this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.result.has_value(), 5000);
        QCOMPARE(out.result->error().kind, ApiError::Kind::Timeout);
        QVERIFY(out.result->error().retryable);
        QVERIFY(timer.elapsed() >= 700);
        QTest::qWait(100); // nothing arrives twice
        QCOMPARE(out.calls, 1);
    }

    void cancellation()
    {
        LoopbackServer server([](const auto&) { return LoopbackServer::Reply{LoopbackServer::Mode::Hang, {}}; });
        auto c = client(server.url());
        Outcome<BusinessProfile> out;
        ApiCall* call = c->businessProfile(this, out.callback());
        QSignalSpy finished(call, &ApiCall::finished);
        QTRY_COMPARE(server.requests().size(), 1);
        call->cancel();
        QCOMPARE(out.calls, 1);
        QCOMPARE(out.result->error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(finished.size(), 1);
    }

    void endlessBodyIsCutOff()
    {
        LoopbackServer server([](const auto&) { return LoopbackServer::Reply{LoopbackServer::Mode::EndlessBody, {}}; });
        auto c = client(server.url());
        c->setMaxResponseBytes(512 * 1024);
        Outcome<QList<Template>> out;
        c->listTemplates(this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.result.has_value(), 10000);
        QCOMPARE(out.result->error().kind, ApiError::Kind::MalformedResponse);
        QVERIFY(out.result->error().message.contains(QStringLiteral("exceeded")));
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<int>("kind");
        QTest::newRow("truncated json") << LoopbackServer::response(200, "{\"messages\":[{\"id\":\"wam")
                                        << int(ApiError::Kind::MalformedResponse);
        QTest::newRow("html 200") << LoopbackServer::response(200, "<html>hi</html>", "text/html")
                                  << int(ApiError::Kind::MalformedResponse);
        QTest::newRow("wrong types") << LoopbackServer::response(200, "{\"messages\":\"wamid\"}")
                                     << int(ApiError::Kind::MalformedResponse);
        QTest::newRow("empty 200") << LoopbackServer::response(200, "") << int(ApiError::Kind::MalformedResponse);
        QTest::newRow("cut connection") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n{\"mess")
                                        << int(ApiError::Kind::Network);
        QTest::newRow("html 502") << LoopbackServer::response(502, "<html>Bad gateway</html>", "text/html")
                                  << int(ApiError::Kind::Http);
        QTest::newRow("garbage status line") << QByteArray("NOT HTTP AT ALL\r\n\r\n") << int(ApiError::Kind::Network);
    }

    void malformedBodies()
    {
        QFETCH(QByteArray, response);
        QFETCH(int, kind);
        LoopbackServer server([response](const auto&) {
            return LoopbackServer::Reply{LoopbackServer::Mode::Respond, response};
        });
        auto c = client(server.url());
        Outcome<SendResult> out;
        c->sendMessage(messages::text(QStringLiteral("4915112345678"), QStringLiteral("hi")), this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.result.has_value(), 5000);
        QCOMPARE(int(out.result->error().kind), kind);
        QCOMPARE(out.calls, 1);
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        } // closed: nothing listens there now
        auto c = client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        Outcome<bool> out;
        c->markRead(QStringLiteral("wamid.1"), false, this, out.callback());
        QTRY_VERIFY(out.result.has_value());
        QCOMPARE(out.result->error().kind, ApiError::Kind::Network);
    }

    void tlsHandshakeFailure()
    {
        // https:// to a server that speaks plain HTTP: the handshake fails before any request is sent.
        LoopbackServer server([](const auto&) {
            return LoopbackServer::Reply{LoopbackServer::Mode::Respond, LoopbackServer::response(400, "plain")};
        });
        QUrl base = server.url();
        base.setScheme(QStringLiteral("https"));
        auto c = client(base);
        Outcome<BusinessProfile> out;
        c->businessProfile(this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.result.has_value(), 5000);
        QCOMPARE(out.result->error().kind, ApiError::Kind::Tls);
        QVERIFY(!out.result->error().retryable);
    }

    void validationRefusesBeforeSending()
    {
        int requests = 0;
        LoopbackServer server([&](const auto&) {
            ++requests;
            return LoopbackServer::Reply{LoopbackServer::Mode::Respond, LoopbackServer::response(200, "{}")};
        });
        auto c = client(server.url());
        Outcome<SendResult> out;
        ApiCall* call = c->sendMessage(messages::text(QStringLiteral("4915112345678"), QString(4097, QLatin1Char('x'))),
                                       this, out.callback());
        QVERIFY(call);
        QCOMPARE(out.calls, 0); // never synchronously
        QTRY_VERIFY(out.result.has_value());
        QCOMPARE(out.result->error().kind, ApiError::Kind::Validation);
        QVERIFY(out.result->error().problems.value(0).contains(QStringLiteral("4096")));
        QCOMPARE(requests, 0);
    }

    void missingKeyIsRefused()
    {
        LoopbackServer server([](const auto&) {
            return LoopbackServer::Reply{LoopbackServer::Mode::Respond, LoopbackServer::response(200, "{}")};
        });
        ApiClient c(&m_nam, server.url(), [] { return QByteArray(); });
        Outcome<BusinessProfile> out;
        c.businessProfile(this, out.callback());
        QTRY_VERIFY(out.result.has_value());
        QCOMPARE(out.result->error().kind, ApiError::Kind::Validation);
        QVERIFY(server.requests().isEmpty());
    }

    void destroyedContextGetsNoCallback()
    {
        LoopbackServer server([](const auto&) {
            return LoopbackServer::Reply{LoopbackServer::Mode::Respond,
                                         LoopbackServer::response(200, "{\"success\":true}")};
        });
        auto c = client(server.url());
        auto* context = new QObject;
        int calls = 0;
        ApiCall* call = c->markRead(QStringLiteral("wamid.1"), false, context, [&](const Result<bool>&) { ++calls; });
        QSignalSpy finished(call, &ApiCall::finished);
        delete context;
        QVERIFY(finished.wait(3000));
        QCOMPARE(calls, 0);
    }

    void redirectToOtherHostIsNotFollowed()
    {
        LoopbackServer other([](const auto&) {
            return LoopbackServer::Reply{LoopbackServer::Mode::Respond,
                                         LoopbackServer::response(200, "{\"success\":true}")};
        });
        const QByteArray location = "http://localhost:" + QByteArray::number(other.url().port()) + "/messages";
        LoopbackServer server([location](const auto&) {
            return LoopbackServer::Reply{LoopbackServer::Mode::Respond,
                                         LoopbackServer::response(307, "", "text/plain", {{"Location", location}})};
        });
        auto c = client(server.url());
        Outcome<bool> out;
        c->markRead(QStringLiteral("wamid.1"), false, this, out.callback());
        QTRY_VERIFY(out.result.has_value());
        QVERIFY(!out.result->ok());
        QVERIFY2(other.requests().isEmpty(), "the key was sent to another origin");
    }

    void mediaUrlRewrite()
    {
        ApiClient c(&m_nam, ApiClient::defaultBaseUrl(), [] { return QByteArray("k"); });
        const QUrl lookaside(QStringLiteral(
            "https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1234567890&ext=1690000000&hash=ATt%2Bx"));
        QCOMPARE(c.rewriteMediaUrl(lookaside).toString(QUrl::FullyEncoded),
                 QStringLiteral("https://waba-v2.360dialog.io/whatsapp_business/attachments/"
                                "?mid=1234567890&ext=1690000000&hash=ATt%2Bx"));
        QVERIFY(c.rewriteMediaUrl(QUrl(QStringLiteral("https://evil.example/steal"))).isEmpty());
        QCOMPARE(c.rewriteMediaUrl(QUrl(QStringLiteral("https://waba-v2.360dialog.io/x"))).path(),
                 QStringLiteral("/x"));
    }

    void hostileIdsAreRefused()
    {
        auto c = client(QUrl(QStringLiteral("http://127.0.0.1:9")));
        Outcome<MediaInfo> out;
        c->mediaInfo(QStringLiteral("../../v1/configs/webhook"), this, out.callback());
        QTRY_VERIFY(out.result.has_value());
        QCOMPARE(out.result->error().kind, ApiError::Kind::Validation);
        Outcome<bool> del;
        c->deleteTemplate(QStringLiteral("a/b?c"), this, del.callback());
        QTRY_VERIFY(del.result.has_value());
        QCOMPARE(del.result->error().kind, ApiError::Kind::Validation);
    }
};

QTEST_GUILESS_MAIN(TestClientFaults)
#include "tst_clientfaults.moc"
