// wabadesk-cli run as a process against the sandbox on 127.0.0.1: output and exit codes
// (0 success, 2 usage/refused, 3 API error, 4 network).
#include "TestEnvironment.h"
#include "sandbox/Sandbox.h"
#include "store/Store.h"
#include "store/StoreLocation.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace wabadesk;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};
} // namespace

class TestCli : public QObject {
    Q_OBJECT
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QTemporaryDir m_dir;

    Run cli(const QStringList& args, const QByteArray& stdinData = {}, bool withKey = true, bool withBase = true)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("WABADESK_API_KEY"));
        if (withKey)
            env.insert(QStringLiteral("WABADESK_API_KEY"), QString::fromUtf8(m_sandbox->apiKey()));
        p.setProcessEnvironment(env);
        QStringList all = args;
        if (withBase)
            all = QStringList{QStringLiteral("--base-url"), m_sandbox->baseUrl().toString()} + args;
        p.start(test::binPath(QStringLiteral("wabadesk-cli")), all);
        if (!p.waitForStarted(5000))
            qFatal("wabadesk-cli did not start");
        p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(30000))
            qFatal("wabadesk-cli did not finish");
        Run r{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
        // The key never appears in any output.
        if (r.out.contains(QString::fromUtf8(m_sandbox->apiKey())) ||
            r.err.contains(QString::fromUtf8(m_sandbox->apiKey())))
            qFatal("the API key appeared in wabadesk-cli's output");
        return r;
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.scriptedCustomers = false;
        options.reviewDelay = std::chrono::milliseconds(200);
        m_sandbox = std::make_unique<sandbox::Sandbox>(options);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_sandbox->setLastInbound(QStringLiteral("4915112345678"), QDateTime::currentDateTimeUtc().addSecs(-600));
        m_sandbox->setLastInbound(QStringLiteral("447700900123"), QDateTime::currentDateTimeUtc().addSecs(-30 * 3600));
        QVERIFY(QFile::exists(test::binPath(QStringLiteral("wabadesk-cli"))));
    }

    void helpAndVersion()
    {
        const Run version = cli({QStringLiteral("--version")}, {}, false, false);
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("wabadesk-cli 0.")));
        const Run help = cli({QStringLiteral("--help")}, {}, false, false);
        QCOMPARE(help.exitCode, 0);
        for (const char* c : {"send template", "media download", "webhook set", "sandbox", "WABADESK_API_KEY"})
            QVERIFY2(help.out.contains(QLatin1String(c)), c);
        const Run commandHelp =
            cli({QStringLiteral("send"), QStringLiteral("template"), QStringLiteral("--help")}, {}, false, false);
        QCOMPARE(commandHelp.exitCode, 0);
        QVERIFY(commandHelp.out.contains(QStringLiteral("--button-param INDEX=V")));
    }

    // The desktop app answers --help and --version on a terminal without any display (issue #14): no X11, no
    // Wayland, no platform chosen. Tried: both options with DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM unset.
    void appHelpWithoutDisplay()
    {
        const QString app = test::binPath(QStringLiteral("wabadesk"));
        QVERIFY(QFile::exists(app));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QLatin1String(name));
        for (const char* option : {"--help", "--version"}) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(app, {QLatin1String(option)});
            QVERIFY(p.waitForFinished(30000));
            const QString out = QString::fromUtf8(p.readAllStandardOutput());
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                     qPrintable(option + QStringLiteral(": ") + QString::fromUtf8(p.readAllStandardError())));
            QVERIFY2(out.contains(QLatin1String(qstrcmp(option, "--help") == 0 ? "--demo" : "WabaDesk 0.")),
                     qPrintable(out));
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("No command given");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                         << QStringLiteral("Unknown command \"frobnicate\"");
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("send"), QStringLiteral("fax")}
                                            << QStringLiteral("Unknown command \"send fax\"");
        QTest::newRow("no subcommand") << QStringList{QStringLiteral("media")} << QStringLiteral("needs a subcommand");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("send"), QStringLiteral("text"),
                                                       QStringLiteral("--colour")}
                                        << QStringLiteral("Unknown option 'colour'");
        QTest::newRow("option of another command")
            << QStringList{QStringLiteral("send"),      QStringLiteral("text"),   QStringLiteral("--to"),
                           QStringLiteral("1"),         QStringLiteral("--body"), QStringLiteral("x"),
                           QStringLiteral("--caption"), QStringLiteral("c")}
            << QStringLiteral("--caption is not valid for \"send text\"");
        QTest::newRow("missing --to") << QStringList{QStringLiteral("send"), QStringLiteral("text"),
                                                     QStringLiteral("--body"), QStringLiteral("x")}
                                      << QStringLiteral("\"send text\" needs --to");
        QTest::newRow("missing value") << QStringList{QStringLiteral("send"), QStringLiteral("text"),
                                                      QStringLiteral("--to")}
                                       << QStringLiteral("Missing value after '--to'");
        QTest::newRow("extra argument") << QStringList{QStringLiteral("templates"), QStringLiteral("list"),
                                                       QStringLiteral("x")}
                                        << QStringLiteral("takes no argument");
        QTest::newRow("media id and link")
            << QStringList{QStringLiteral("send"),       QStringLiteral("image"),
                           QStringLiteral("--to"),       QStringLiteral("4915112345678"),
                           QStringLiteral("--media-id"), QStringLiteral("1"),
                           QStringLiteral("--link"),     QStringLiteral("https://e.com/a.jpg")}
            << QStringLiteral("exactly one of --media-id or --link");
        QTest::newRow("latitude not a number")
            << QStringList{QStringLiteral("send"),          QStringLiteral("location"),   QStringLiteral("--to"),
                           QStringLiteral("4915112345678"), QStringLiteral("--latitude"), QStringLiteral("north"),
                           QStringLiteral("--longitude"),   QStringLiteral("13")}
            << QStringLiteral("must be decimal numbers");
        QTest::newRow("raw file missing")
            << QStringList{QStringLiteral("send"),   QStringLiteral("raw"),
                           QStringLiteral("--to"),   QStringLiteral("4915112345678"),
                           QStringLiteral("--file"), QStringLiteral("/nonexistent/m.json")}
            << QStringLiteral("Cannot read /nonexistent/m.json");
        QTest::newRow("button param form")
            << QStringList{QStringLiteral("send"),           QStringLiteral("template"),
                           QStringLiteral("--to"),           QStringLiteral("4915112345678"),
                           QStringLiteral("--name"),         QStringLiteral("hello_world"),
                           QStringLiteral("--language"),     QStringLiteral("en_US"),
                           QStringLiteral("--button-param"), QStringLiteral("first")}
            << QStringLiteral("--button-param must be INDEX=VALUE");
        QTest::newRow("bad base url") << QStringList{QStringLiteral("--base-url"), QStringLiteral("ftp://x"),
                                                     QStringLiteral("templates"), QStringLiteral("list")}
                                      << QStringLiteral("--base-url must be an http(s) URL");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const int before = int(m_sandbox->recordedRequests().size());
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(int(m_sandbox->recordedRequests().size()), before); // nothing was sent
    }

    void missingKey()
    {
        const Run r = cli({QStringLiteral("templates"), QStringLiteral("list")}, {}, false);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("WABADESK_API_KEY")));
    }

    void wrongKeyIsApiError()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WABADESK_API_KEY"), QStringLiteral("wrong-key-123456"));
        p.setProcessEnvironment(env);
        p.start(test::binPath(QStringLiteral("wabadesk-cli")),
                {QStringLiteral("--base-url"), m_sandbox->baseUrl().toString(), QStringLiteral("profile"),
                 QStringLiteral("get")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 3);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("HTTP 401")) && err.contains(QStringLiteral("API key")), qPrintable(err));
        QVERIFY(!err.contains(QStringLiteral("wrong-key-123456")));
    }

    void sendText()
    {
        const Run r = cli({QStringLiteral("send"), QStringLiteral("text"), QStringLiteral("--to"),
                           QStringLiteral("4915112345678"), QStringLiteral("--body"),
                           QStringLiteral("Hello from the CLI"), QStringLiteral("--preview-url")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Sent wamid.")), qPrintable(r.out + r.err));
        const QJsonObject sent = QJsonDocument::fromJson(m_sandbox->recordedRequests().last().body).object();
        QCOMPARE(sent.value(QStringLiteral("text")).toObject().value(QStringLiteral("preview_url")).toBool(), true);

        const Run json =
            cli({QStringLiteral("--json"), QStringLiteral("send"), QStringLiteral("text"), QStringLiteral("--to"),
                 QStringLiteral("4915112345678"), QStringLiteral("--body"), QStringLiteral("json please")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.json()
                    .value(QStringLiteral("messages"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("id"))
                    .toString()
                    .startsWith(QStringLiteral("wamid.")));
    }

    void textOver4096IsRefused()
    {
        const int before = int(m_sandbox->recordedRequests().size());
        const Run r = cli({QStringLiteral("send"), QStringLiteral("text"), QStringLiteral("--to"),
                           QStringLiteral("4915112345678"), QStringLiteral("--body"), QString(4097, QLatin1Char('a'))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("nothing was sent")) && r.err.contains(QStringLiteral("4096")),
                 qPrintable(r.err));
        QCOMPARE(int(m_sandbox->recordedRequests().size()), before);
    }

    void windowClosedIsApiError()
    {
        const Run r = cli({QStringLiteral("send"), QStringLiteral("text"), QStringLiteral("--to"),
                           QStringLiteral("447700900123"), QStringLiteral("--body"), QStringLiteral("Hi")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("Error 131047 (HTTP 400): Re-engagement message")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("Details: Message failed to send because more than 24 hours")));
        QVERIFY(r.err.contains(QStringLiteral("What to do: Send an approved template")));
        const Run json =
            cli({QStringLiteral("--json"), QStringLiteral("send"), QStringLiteral("text"), QStringLiteral("--to"),
                 QStringLiteral("447700900123"), QStringLiteral("--body"), QStringLiteral("Hi")});
        QCOMPARE(json.exitCode, 3);
        QCOMPARE(json.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), 131047);
    }

    void templates()
    {
        const QStringList base{QStringLiteral("send"),       QStringLiteral("template"),
                               QStringLiteral("--to"),       QStringLiteral("447700900123"),
                               QStringLiteral("--name"),     QStringLiteral("hello_world"),
                               QStringLiteral("--language"), QStringLiteral("en_US")};
        const Run ok = cli(base + QStringList{QStringLiteral("--body-param"), QStringLiteral("Oliver"),
                                              QStringLiteral("--body-param"), QStringLiteral("WabaDesk")});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.out.contains(QStringLiteral("(accepted)")), qPrintable(ok.out + ok.err));

        const int before = int(m_sandbox->recordedRequests().size());
        const Run wrong = cli(base + QStringList{QStringLiteral("--body-param"), QStringLiteral("Oliver")});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(QStringLiteral("nothing was sent")) && wrong.err.contains(QStringLiteral("132000")),
                 qPrintable(wrong.err));
        QVERIFY(wrong.err.contains(QStringLiteral("expected number of params (2)")));
        // Only the template list was fetched; no message went out.
        QCOMPARE(m_sandbox->recordedRequests().size(), before + 1);
        QCOMPARE(m_sandbox->recordedRequests().last().method, QStringLiteral("GET"));

        const Run unknown = cli({QStringLiteral("send"), QStringLiteral("template"), QStringLiteral("--to"),
                                 QStringLiteral("4915112345678"), QStringLiteral("--name"), QStringLiteral("no_such"),
                                 QStringLiteral("--language"), QStringLiteral("en_US")});
        QCOMPARE(unknown.exitCode, 3);
        QVERIFY(unknown.err.contains(QStringLiteral("132001")));

        // Header media, URL button and quick reply resolved from the template's definition.
        const Run order =
            cli({QStringLiteral("send"), QStringLiteral("template"), QStringLiteral("--to"),
                 QStringLiteral("4915112345678"), QStringLiteral("--name"), QStringLiteral("order_update"),
                 QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--header-link"),
                 QStringLiteral("https://example.com/box.jpg"), QStringLiteral("--body-param"), QStringLiteral("Anna"),
                 QStringLiteral("--body-param"), QStringLiteral("A-7"), QStringLiteral("--button-param"),
                 QStringLiteral("0=A-7"), QStringLiteral("--button-param"), QStringLiteral("1=support")});
        QCOMPARE(order.exitCode, 0);
        const QJsonObject sent = QJsonDocument::fromJson(m_sandbox->recordedRequests().last().body).object();
        const QJsonArray components =
            sent.value(QStringLiteral("template")).toObject().value(QStringLiteral("components")).toArray();
        QCOMPARE(components.at(0)
                     .toObject()
                     .value(QStringLiteral("parameters"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("type"))
                     .toString(),
                 QStringLiteral("image"));
        QCOMPARE(components.at(3).toObject().value(QStringLiteral("sub_type")).toString(),
                 QStringLiteral("quick_reply"));

        // Named parameters take their names from the template.
        const Run named =
            cli({QStringLiteral("send"), QStringLiteral("template"), QStringLiteral("--to"),
                 QStringLiteral("4915112345678"), QStringLiteral("--name"), QStringLiteral("appointment_reminder"),
                 QStringLiteral("--language"), QStringLiteral("en_US"), QStringLiteral("--body-param"),
                 QStringLiteral("Anna"), QStringLiteral("--body-param"), QStringLiteral("12 May"),
                 QStringLiteral("--body-param"), QStringLiteral("10:30")});
        QCOMPARE(named.exitCode, 0);
    }

    void otherSends()
    {
        const Run loc = cli({QStringLiteral("send"), QStringLiteral("location"), QStringLiteral("--to"),
                             QStringLiteral("4915112345678"), QStringLiteral("--latitude"), QStringLiteral("52.5163"),
                             QStringLiteral("--longitude"), QStringLiteral("13.3777"), QStringLiteral("--name"),
                             QStringLiteral("Brandenburger Tor")});
        QCOMPARE(loc.exitCode, 0);
        const QString wamid = loc.out.section(QLatin1Char(' '), 1, 1);
        const Run reaction = cli({QStringLiteral("send"), QStringLiteral("reaction"), QStringLiteral("--to"),
                                  QStringLiteral("4915112345678"), QStringLiteral("--message-id"), wamid,
                                  QStringLiteral("--emoji"), QString::fromUtf8("\xF0\x9F\x91\x8D")});
        QCOMPARE(reaction.exitCode, 0);
        const Run doc =
            cli({QStringLiteral("send"), QStringLiteral("document"), QStringLiteral("--to"),
                 QStringLiteral("4915112345678"), QStringLiteral("--link"), QStringLiteral("https://example.com/a.pdf"),
                 QStringLiteral("--filename"), QStringLiteral("a.pdf"), QStringLiteral("--caption"),
                 QStringLiteral("Your invoice"), QStringLiteral("--reply-to"), wamid});
        QCOMPARE(doc.exitCode, 0);
        const QString raw =
            write(QStringLiteral("buttons.json"),
                  "{\"type\":\"interactive\",\"interactive\":{\"type\":\"button\",\"body\":{\"text\":\"OK?\"},"
                  "\"action\":{\"buttons\":[{\"type\":\"reply\",\"reply\":{\"id\":\"y\",\"title\":\"Yes\"}}]}}}");
        QCOMPARE(cli({QStringLiteral("send"), QStringLiteral("raw"), QStringLiteral("--to"),
                      QStringLiteral("4915112345678"), QStringLiteral("--file"), raw})
                     .exitCode,
                 0);
        const QString broken = write(QStringLiteral("broken.json"), "{\"type\": \"text\", ");
        const Run b = cli({QStringLiteral("send"), QStringLiteral("raw"), QStringLiteral("--to"),
                           QStringLiteral("4915112345678"), QStringLiteral("--file"), broken});
        QCOMPARE(b.exitCode, 2);
        QVERIFY(b.err.contains(QStringLiteral("is not valid JSON")));
        QCOMPARE(cli({QStringLiteral("read"), QStringLiteral("--message-id"), wamid}).exitCode, 0);
    }

    void media()
    {
        QByteArray pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
        const QString path = write(QStringLiteral("invoice.pdf"), pdf);
        const Run up = cli({QStringLiteral("media"), QStringLiteral("upload"), path});
        QCOMPARE(up.exitCode, 0);
        const QString id = up.out.trimmed();
        QVERIFY(!id.isEmpty() && !id.contains(QLatin1Char(' ')));
        const Run info = cli({QStringLiteral("media"), QStringLiteral("info"), id});
        QCOMPARE(info.exitCode, 0);
        QVERIFY(info.out.contains(QStringLiteral("application/pdf")));
        const QString out = m_dir.filePath(QStringLiteral("copy.pdf"));
        const Run down = cli({QStringLiteral("media"), QStringLiteral("download"), id, QStringLiteral("--out"), out});
        QCOMPARE(down.exitCode, 0);
        QVERIFY(down.out.contains(QStringLiteral("SHA-256 verified")));
        QFile copy(out);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), pdf);
        QCOMPARE(cli({QStringLiteral("media"), QStringLiteral("delete"), id}).exitCode, 0);
        const Run gone = cli({QStringLiteral("media"), QStringLiteral("info"), id});
        QCOMPARE(gone.exitCode, 3);
        QVERIFY(gone.err.contains(QStringLiteral("Error 100")));

        const Run missing =
            cli({QStringLiteral("media"), QStringLiteral("upload"), m_dir.filePath(QStringLiteral("nope.jpg"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("does not exist")));
        const QString exe = write(QStringLiteral("tool.exe"), QByteArray("MZ\x90\x00", 4) + QByteArray(64, '\0'));
        const Run refused = cli({QStringLiteral("media"), QStringLiteral("upload"), exe});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("which WhatsApp does not accept")), qPrintable(refused.err));
    }

    // Issue #7 "Done when": a 20 MB video and a Windows program renamed .jpg are refused before anything is sent,
    // with the reason; the sandbox sees no upload at all.
    void mediaUploadRefusedBeforeSending()
    {
        m_sandbox->clearRecordedRequests();
        QByteArray exe = QByteArray("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xFF\xFF", 16);
        exe.append(QByteArray(4096, '\x01'));
        const Run renamed =
            cli({QStringLiteral("media"), QStringLiteral("upload"), write(QStringLiteral("cat.jpg"), exe)});
        QCOMPARE(renamed.exitCode, 2);
        QVERIFY2(renamed.err.contains(QStringLiteral("refused, nothing was sent")), qPrintable(renamed.err));
        QVERIFY2(renamed.err.contains(QStringLiteral(
                     "“cat.jpg” is a Windows program (application/x-ms-dos-executable), not a JPEG image.")),
                 qPrintable(renamed.err));

        // 20 MB of MP4 (a sparse file: the check reads only its head).
        const QString video = m_dir.filePath(QStringLiteral("clip.mp4"));
        QFile f(video);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x00\x00\x00\x18"
                           "ftypmp42\x00\x00\x00\x00mp42isom",
                           24));
        QVERIFY(f.resize(20LL * 1000 * 1000));
        f.close();
        const Run big = cli({QStringLiteral("media"), QStringLiteral("upload"), video});
        QCOMPARE(big.exitCode, 2);
        QVERIFY2(big.err.contains(QStringLiteral("“clip.mp4” is 20.0 MB; WhatsApp accepts videos up to 16 MB.")),
                 qPrintable(big.err));
        // --json carries the same reason.
        const Run json = cli({QStringLiteral("--json"), QStringLiteral("media"), QStringLiteral("upload"), video});
        QCOMPARE(json.exitCode, 2);
        QVERIFY(json.out.contains(QStringLiteral("accepts videos up to 16 MB")));
        // An unknown --as is a usage error, also before anything is sent.
        const Run asDocument = cli({QStringLiteral("media"), QStringLiteral("upload"), video, QStringLiteral("--as"),
                                    QStringLiteral("nonsense")});
        QCOMPARE(asDocument.exitCode, 2);
        QVERIFY(asDocument.err.contains(QStringLiteral("--as must be")));

        for (const sandbox::RecordedRequest& r : m_sandbox->recordedRequests())
            QVERIFY2(!(r.method == QLatin1String("POST") && r.path.endsWith(QLatin1String("/media"))),
                     "a refused file reached the sandbox");
    }

    void templateAdmin()
    {
        const Run list = cli({QStringLiteral("templates"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(QStringLiteral("hello_world")));
        QVERIFY(list.out.contains(QStringLiteral("APPROVED")));
        const QString t =
            write(QStringLiteral("t.json"),
                  "{\"name\":\"cli_created\",\"language\":\"en_US\",\"category\":\"UTILITY\",\"components\":[{\"type\":"
                  "\"BODY\",\"text\":\"Your code is ready, {{1}}.\",\"example\":{\"body_text\":[[\"Anna\"]]}}]}");
        const Run created = cli({QStringLiteral("templates"), QStringLiteral("create"), QStringLiteral("--file"), t});
        QCOMPARE(created.exitCode, 0);
        QVERIFY2(created.out.contains(QStringLiteral("PENDING")), qPrintable(created.out + created.err));
        QCOMPARE(cli({QStringLiteral("templates"), QStringLiteral("delete"), QStringLiteral("cli_created")}).exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("templates"), QStringLiteral("delete"), QStringLiteral("cli_created")}).exitCode,
                 3);
    }

    // The rule checker runs before anything is sent: a template with errors is refused with exit 2 and one line per
    // problem, and the sandbox never sees it. Tried: an upper-case name, a body starting with a variable and without
    // its sample, a 61-character footer.
    void templateCreateRefusesRuleBreaks()
    {
        const QString t =
            write(QStringLiteral("bad.json"),
                  "{\"name\":\"Bad-Name\",\"language\":\"en_US\",\"category\":\"MARKETING\",\"components\":["
                  "{\"type\":\"BODY\",\"text\":\"{{1}}, your order is ready.\"},"
                  "{\"type\":\"FOOTER\",\"text\":\"" +
                      QByteArray(61, 'f') + "\"}]}");
        const Run refused = cli({QStringLiteral("templates"), QStringLiteral("create"), QStringLiteral("--file"), t});
        QCOMPARE(refused.exitCode, 2);
        const QStringList lines = refused.err.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("error: name: ")), qPrintable(lines.at(0)));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("error: components[0].text: ")));
        QVERIFY(lines.at(1).contains(QStringLiteral("2388299")));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("error: components[0].example: ")));
        QVERIFY(lines.at(3).startsWith(QStringLiteral("error: components[1].text: ")));
        QVERIFY(refused.out.isEmpty());
        for (const sandbox::RecordedRequest& r : m_sandbox->recordedRequests())
            QVERIFY2(!r.body.contains("Bad-Name"), qPrintable(r.path)); // never sent

        // --json: the problems as objects with their rule names.
        const Run json = cli({QStringLiteral("--json"), QStringLiteral("templates"), QStringLiteral("create"),
                              QStringLiteral("--file"), t});
        QCOMPARE(json.exitCode, 2);
        const QJsonArray problems =
            json.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 4);
        QCOMPARE(problems.at(1).toObject().value(QStringLiteral("rule")).toString(),
                 QStringLiteral("VariableAtStartOrEnd"));

        // Warnings alone do not block: a leading zero in the phone number is reported, and the template is sent.
        const QString warned =
            write(QStringLiteral("warned.json"),
                  "{\"name\":\"cli_warned\",\"language\":\"en_US\",\"category\":\"UTILITY\",\"components\":["
                  "{\"type\":\"BODY\",\"text\":\"Your table is booked.\"},{\"type\":\"BUTTONS\",\"buttons\":["
                  "{\"type\":\"PHONE_NUMBER\",\"text\":\"Call\",\"phone_number\":\"+49 030 1234567\"}]}]}");
        const Run sent = cli({QStringLiteral("templates"), QStringLiteral("create"), QStringLiteral("--file"), warned});
        QCOMPARE(sent.exitCode, 0);
        QVERIFY(sent.err.startsWith(QStringLiteral("warning: components[1].buttons[0].phone_number: ")));
        QVERIFY(sent.out.contains(QStringLiteral("PENDING")));
    }

    void profile()
    {
        const Run set =
            cli({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--about"),
                 QStringLiteral("Open 9-17"), QStringLiteral("--website"), QStringLiteral("https://example.com")});
        QCOMPARE(set.exitCode, 0);
        const Run get = cli({QStringLiteral("profile"), QStringLiteral("get")});
        QCOMPARE(get.exitCode, 0);
        QVERIFY(get.out.contains(QStringLiteral("about:       Open 9-17")));
        const Run bad =
            cli({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--email"), QStringLiteral("nope")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("not an email address")));
        QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("set")}).exitCode, 2);
    }

    void profileRefusedSendsNothing()
    {
        // Tried: a 513-character description and a bad email in one call; both are named, nothing reaches the API.
        m_sandbox->clearRecordedRequests();
        const Run bad = cli({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--description"),
                             QString(513, QLatin1Char('d')), QStringLiteral("--email"), QStringLiteral("a@b"),
                             QStringLiteral("--vertical"), QStringLiteral("SHOPPING")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("  description: is 513 characters long; the limit is 512\n")),
                 qPrintable(bad.err));
        QVERIFY2(bad.err.contains(QStringLiteral("  email: \"a@b\" is not an email address\n")), qPrintable(bad.err));
        QVERIFY2(bad.err.contains(QStringLiteral("  vertical: \"SHOPPING\" is not one of")), qPrintable(bad.err));
        QCOMPARE(bad.err.count(QLatin1Char('\n')), 4); // the heading and one line per problem
        QVERIFY(m_sandbox->recordedRequests().isEmpty());
    }

    void profileSendsOnlyChangedFields()
    {
        const Run before = cli({QStringLiteral("profile"), QStringLiteral("get"), QStringLiteral("--json")});
        const QJsonObject current = before.json().value(QStringLiteral("data")).toArray().at(0).toObject();
        QVERIFY(!current.value(QStringLiteral("email")).toString().isEmpty());
        m_sandbox->clearRecordedRequests();
        // The email is given but already the same: only the about text goes out.
        const Run set = cli({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--about"),
                             QStringLiteral("Back on Monday"), QStringLiteral("--email"),
                             current.value(QStringLiteral("email")).toString()});
        QCOMPARE(set.exitCode, 0);
        QVERIFY2(set.out.contains(QStringLiteral("Business profile updated: about")), qPrintable(set.out));
        QJsonObject sent;
        for (const sandbox::RecordedRequest& r : m_sandbox->recordedRequests())
            if (r.method == QLatin1String("POST"))
                sent = QJsonDocument::fromJson(r.body).object();
        QStringList keys = sent.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("about"), QStringLiteral("messaging_product")}));
        // Nothing differs now: nothing is posted.
        m_sandbox->clearRecordedRequests();
        const Run again = cli({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--about"),
                               QStringLiteral("Back on Monday")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(QStringLiteral("Nothing to change")));
        for (const sandbox::RecordedRequest& r : m_sandbox->recordedRequests())
            QVERIFY(r.method != QLatin1String("POST"));
    }

    // Export keeps what customers sent (issue #15): a text with an embedded NUL is whole in JSON and shown whole in
    // CSV (as "�": a spreadsheet would cut at a NUL), and a reaction to a message that is not in the store is
    // exported (before: stored, but in neither format).
    void exportKeepsEveryStoredEvent()
    {
        QTemporaryDir data;
        {
            QString error;
            auto store = store::Store::open(store::StoreLocation::inDataDir(data.path()), &error);
            QVERIFY2(store, qPrintable(error));
            // \u0000 in JSON is a NUL in the text (REFERENCE.md §6.3 text.body).
            const QByteArray text =
                R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":)"
                R"("messages","value":{"messages":[{"from":"972987654321","id":"wamid.nul",)"
                R"("timestamp":"1697044400","type":"text","text":{"body":"before\u0000after"}}]}}]}]})";
            store->ingest(
                {{1, QDateTime::currentDateTimeUtc(), text, {}},
                 {2, QDateTime::currentDateTimeUtc(), test::readData(QStringLiteral("webhooks/reaction.json")), {}}});
            QVERIFY(store->message(QStringLiteral("wamid.xyzxyz"))); // the reaction, stored
        }
        const Run json = cli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("export"),
                              QStringLiteral("--format"), QStringLiteral("json")},
                             {}, false, false);
        QCOMPARE(json.exitCode, 0);
        QJsonObject reaction;
        QString nulText;
        for (const QJsonValue& c : json.json().value(QStringLiteral("conversations")).toArray())
            for (const QJsonValue& m : c.toObject().value(QStringLiteral("messages")).toArray()) {
                if (m.toObject().value(QStringLiteral("id")).toString() == QLatin1String("wamid.xyzxyz"))
                    reaction = m.toObject();
                if (m.toObject().value(QStringLiteral("id")).toString() == QLatin1String("wamid.nul"))
                    nulText = m.toObject().value(QStringLiteral("text")).toString();
            }
        QCOMPARE(nulText, QStringLiteral("before") + QChar(0) + QStringLiteral("after"));
        QCOMPARE(reaction.value(QStringLiteral("type")).toString(), QStringLiteral("reaction"));
        QCOMPARE(reaction.value(QStringLiteral("emoji")).toString(), QString::fromUtf8("\xF0\x9F\x98\xAE"));
        QCOMPARE(reaction.value(QStringLiteral("reaction_to")).toString(), QStringLiteral("wamid.yzxyzx="));

        const Run csv = cli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("export"),
                             QStringLiteral("--format"), QStringLiteral("csv")},
                            {}, false, false);
        QCOMPARE(csv.exitCode, 0);
        QVERIFY2(
            csv.out.contains(QStringLiteral("before") + QChar(QChar::ReplacementCharacter) + QStringLiteral("after")),
            qPrintable(csv.out));
        QVERIFY(!csv.out.contains(QChar(0)));
        QVERIFY2(csv.out.contains(QStringLiteral("wamid.xyzxyz")) && csv.out.contains(QStringLiteral("wamid.yzxyzx=")),
                 qPrintable(csv.out));
    }

    void webhook()
    {
        // The secret comes from stdin, not argv.
        const Run set = cli({QStringLiteral("webhook"), QStringLiteral("set"), QStringLiteral("--url"),
                             QStringLiteral("https://hooks.example.com/wa"), QStringLiteral("--header"),
                             QStringLiteral("X-Webhook-Secret:-")},
                            "super-secret-value-42\n");
        QCOMPARE(set.exitCode, 0);
        QVERIFY(!set.out.contains(QStringLiteral("super-secret")));
        const Run get = cli({QStringLiteral("webhook"), QStringLiteral("get")});
        QCOMPARE(get.exitCode, 0);
        QVERIFY(get.out.contains(QStringLiteral("url: https://hooks.example.com/wa")));
        QVERIFY2(get.out.contains(QStringLiteral("X-Webhook-Secret: ****e-42")), qPrintable(get.out));
        // --json masks it too (issue #15 item 11: it printed the secret in clear) ...
        const Run json = cli({QStringLiteral("--json"), QStringLiteral("webhook"), QStringLiteral("get")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(!json.out.contains(QStringLiteral("super-secret")), qPrintable(json.out));
        QCOMPARE(json.json().value(QStringLiteral("headers")).toObject().value(QStringLiteral("X-Webhook-Secret")),
                 QJsonValue(QStringLiteral("****e-42")));
        QCOMPARE(json.json().value(QStringLiteral("url")).toString(), QStringLiteral("https://hooks.example.com/wa"));
        // ... unless asked for by name, in plain output and in JSON.
        const Run shown = cli({QStringLiteral("--json"), QStringLiteral("webhook"), QStringLiteral("get"),
                               QStringLiteral("--show-secret")});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.json().value(QStringLiteral("headers")).toObject().value(QStringLiteral("X-Webhook-Secret")),
                 QJsonValue(QStringLiteral("super-secret-value-42")));
        const Run plain = cli({QStringLiteral("webhook"), QStringLiteral("get"), QStringLiteral("--show-secret")});
        QVERIFY2(plain.out.contains(QStringLiteral("X-Webhook-Secret: super-secret-value-42")), qPrintable(plain.out));
        QCOMPARE(cli({QStringLiteral("webhook"), QStringLiteral("set"), QStringLiteral("--url"),
                      QStringLiteral("https://x.example"), QStringLiteral("--header"), QStringLiteral("novalue")})
                     .exitCode,
                 2);
    }

    void networkErrorIsExit4()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        const Run r = cli({QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:%1").arg(port),
                           QStringLiteral("templates"), QStringLiteral("list")},
                          {}, true, false);
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains(QStringLiteral("could not be reached")));
    }

    void standaloneSandbox()
    {
        QProcess p;
        p.start(test::binPath(QStringLiteral("wabadesk-cli")),
                {QStringLiteral("--json"), QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                p.waitForReadyRead(100);
                out += p.readAllStandardOutput();
                return out.trimmed().endsWith('}');
            },
            10000));
        const QJsonObject info = QJsonDocument::fromJson(out).object();
        const QString base = info.value(QStringLiteral("base_url")).toString();
        QVERIFY2(base.startsWith(QStringLiteral("http://127.0.0.1:")), out.constData());
        QProcess client;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WABADESK_API_KEY"), info.value(QStringLiteral("api_key")).toString());
        client.setProcessEnvironment(env);
        client.start(test::binPath(QStringLiteral("wabadesk-cli")),
                     {QStringLiteral("--base-url"), base, QStringLiteral("templates"), QStringLiteral("list")});
        QVERIFY(client.waitForFinished(20000));
        QCOMPARE(client.exitCode(), 0);
        QVERIFY(client.readAllStandardOutput().contains("hello_world"));
#ifdef Q_OS_WIN
        // terminate() sends WM_CLOSE, which a console program never receives, and Windows has no SIGTERM: kill it.
        p.kill();
        QVERIFY(p.waitForFinished(10000));
#else
        p.terminate(); // SIGTERM: a clean stop
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
#endif
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
