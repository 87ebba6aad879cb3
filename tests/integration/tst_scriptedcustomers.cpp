// The demo's scripted customers (issue #14 item 15) over real loopback HTTP: their history first, a few unprompted
// messages, then answers to what the agent sends and only that; an edit of their own first message; a real voice note
// and video; a failed delivery they react to; a closed window; a reaction to the agent's message. Everything they
// send is read by WabaDesk's own parser and store.
#include "WebhookReceiver.h"
#include "api/OutgoingMessage.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SeedData.h"
#include "store/Store.h"

#include <httplib.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace wabadesk;
using namespace wabadesk::sandbox;
using wabadesk::test::WebhookReceiver;
using namespace std::chrono_literals;

namespace {

const QString kAnna = QStringLiteral("4915112345678");
const QString kJoao = QStringLiteral("5511987654321");
const QString kLucia = QStringLiteral("34612345678");
const QString kOliver = QStringLiteral("447700900123");
const QString kMehmet = QStringLiteral("905321234567");
constexpr auto kDelay = 60ms; // the customers' pace in these tests
constexpr int kWait = 15000;

// Words of thanks in the cast's languages: none may come before the agent answered.
const QRegularExpression kThanks(QStringLiteral("danke|obrigad|gracias|thank"),
                                 QRegularExpression::CaseInsensitiveOption);

struct Event {
    int index = 0;       // position among everything posted (bodies)
    QJsonObject message; // a messages[] item ({} for a status)
    QJsonObject status;  // a statuses[] item
    QString from() const { return message.value(QStringLiteral("from")).toString(); }
    QString type() const { return message.value(QStringLiteral("type")).toString(); }
    QString text() const
    {
        return message.value(QStringLiteral("text")).toObject().value(QStringLiteral("body")).toString();
    }
    QString contextId() const
    {
        return message.value(QStringLiteral("context")).toObject().value(QStringLiteral("id")).toString();
    }
};

} // namespace

class TestScriptedCustomers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void historyThenLiveThenQuiet();
    void answersFollowTheAgent();
    void severalQuickMessagesGetOneAnswer();
    void tapsButtonsListsAndTemplateReplies();
    void closedWindowOnlyOpensWithATemplate();
    void failedDeliveryIsNoticedAndRetryReaches();
    void everythingTheyTellIsStored();

private:
    QList<Event> events() const;
    QList<Event> messagesFrom(const QString& waId) const;
    int eventCount() const { return int(events().size()); }
    // POST /messages; returns the wamid ("" when refused, with the HTTP status in *status).
    QString send(const QJsonObject& body, int* status = nullptr);
    QString send(const api::OutgoingMessage& message, int* status = nullptr) { return send(message.toJson(), status); }
    QString sendText(const QString& to, const QString& text, int* status = nullptr);
    // Waits until the status webhook `status` of `wamid` came; its event index, else -1.
    int waitForStatus(const QString& wamid, const QStringList& statuses);
    bool waitForMessages(const QString& from, int count, int timeoutMs = kWait);
    // Nothing more from `from` for a while (several of their delays).
    bool staysQuiet(const QString& from);

    std::unique_ptr<WebhookReceiver> m_receiver;
    std::unique_ptr<Sandbox> m_sandbox;
};

void TestScriptedCustomers::init()
{
    m_receiver = std::make_unique<WebhookReceiver>();
    SandboxOptions options;
    options.webhookUrl = m_receiver->url();
    options.customerInterval = kDelay;
    options.statusDelay = 10ms;
    m_sandbox = std::make_unique<Sandbox>(options);
    QVERIFY(m_sandbox->start());
    // History (8 messages) and the three live ones: Anna's voice note and edit, João's video.
    QTRY_VERIFY_WITH_TIMEOUT(messagesFrom(kJoao).size() == 3 && messagesFrom(kAnna).size() == 3, kWait);
}

void TestScriptedCustomers::cleanup()
{
    m_sandbox.reset();
    m_receiver.reset();
}

QList<Event> TestScriptedCustomers::events() const
{
    QList<Event> out;
    int index = 0;
    for (const QJsonObject& body : m_receiver->bodies()) {
        for (const QJsonValue& entry : body.value(QStringLiteral("entry")).toArray()) {
            for (const QJsonValue& change : entry.toObject().value(QStringLiteral("changes")).toArray()) {
                const QJsonObject value = change.toObject().value(QStringLiteral("value")).toObject();
                for (const QJsonValue& m : value.value(QStringLiteral("messages")).toArray())
                    out.append({index, m.toObject(), {}});
                for (const QJsonValue& s : value.value(QStringLiteral("statuses")).toArray())
                    out.append({index, {}, s.toObject()});
            }
        }
        ++index;
    }
    return out;
}

QList<Event> TestScriptedCustomers::messagesFrom(const QString& waId) const
{
    QList<Event> out;
    for (const Event& e : events())
        if (e.from() == waId)
            out.append(e);
    return out;
}

QString TestScriptedCustomers::send(const QJsonObject& body, int* status)
{
    httplib::Client client(m_sandbox->baseUrl().host().toStdString(), m_sandbox->baseUrl().port());
    const httplib::Headers headers{{"D360-API-KEY", m_sandbox->apiKey().toStdString()}};
    const auto result =
        client.Post("/messages", headers, QJsonDocument(body).toJson().toStdString(), "application/json");
    if (status)
        *status = result ? result->status : 0;
    if (!result || result->status != 200)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromStdString(result->body))
        .object()
        .value(QStringLiteral("messages"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("id"))
        .toString();
}

QString TestScriptedCustomers::sendText(const QString& to, const QString& text, int* status)
{
    return send(api::messages::text(to, text), status);
}

int TestScriptedCustomers::waitForStatus(const QString& wamid, const QStringList& statuses)
{
    int index = -1;
    (void)QTest::qWaitFor(
        [&] {
            for (const Event& e : events()) {
                if (e.status.value(QStringLiteral("id")).toString() == wamid &&
                    statuses.contains(e.status.value(QStringLiteral("status")).toString())) {
                    index = e.index;
                    return true;
                }
            }
            return false;
        },
        kWait);
    return index;
}

bool TestScriptedCustomers::waitForMessages(const QString& from, int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return messagesFrom(from).size() >= count; }, timeoutMs);
}

bool TestScriptedCustomers::staysQuiet(const QString& from)
{
    const qsizetype before = messagesFrom(from).size();
    QTest::qWait(int(kDelay.count()) * 8); // waiting for nothing to happen has no signal to wait for
    return messagesFrom(from).size() == before;
}

void TestScriptedCustomers::historyThenLiveThenQuiet()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Every customer's history came, with the times they wrote it: the windows are as the cast says.
    for (const CastMember& member : seedCast()) {
        const QList<Event> theirs = messagesFrom(member.waId);
        QVERIFY2(!theirs.isEmpty(), qPrintable(member.name));
        qint64 newest = 0;
        for (const Event& e : theirs)
            newest = std::max(newest, e.message.value(QStringLiteral("timestamp")).toString().toLongLong());
        const qint64 expected =
            now.toSecsSinceEpoch() - std::chrono::duration_cast<std::chrono::seconds>(member.lastWroteAgo).count();
        if (member.waId != kAnna && member.waId != kJoao) // their live messages are newer
            QVERIFY2(std::abs(newest - expected) < 120, qPrintable(member.name));
    }
    QList<Event> all;
    for (const Event& e : events())
        if (!e.message.isEmpty())
            all.append(e);
    QCOMPARE(all.size(), 11);
    // Nobody thanks anyone and nobody says the same thing twice: the agent has not written yet.
    QSet<QString> said;
    for (const Event& e : all) {
        QVERIFY2(!kThanks.match(e.text()).hasMatch(), qPrintable(e.text()));
        const QString key = e.from() + QLatin1Char('|') + e.text();
        QVERIFY2(e.text().isEmpty() || !said.contains(key), qPrintable(e.text()));
        said.insert(key);
    }
    // Anna's edit changes her own first text (not another message, not someone else's).
    const QList<Event> anna = messagesFrom(kAnna);
    QCOMPARE(anna.at(0).type(), QStringLiteral("text"));
    const auto edit = std::find_if(anna.cbegin(), anna.cend(), [](const Event& e) { return e.type() == "edit"; });
    QVERIFY(edit != anna.cend());
    QCOMPARE(edit->message.value(QStringLiteral("edit")).toObject().value(QStringLiteral("original_message_id")),
             anna.at(0).message.value(QStringLiteral("id")));
    QVERIFY(edit->message.value(QStringLiteral("edit"))
                .toObject()
                .value(QStringLiteral("message"))
                .toObject()
                .value(QStringLiteral("text"))
                .toObject()
                .value(QStringLiteral("body"))
                .toString()
                .startsWith(anna.at(0).text()));
    // A real voice note and a real video, downloadable like any media (§2.2).
    const auto audio = std::find_if(anna.cbegin(), anna.cend(), [](const Event& e) { return e.type() == "audio"; });
    QVERIFY(audio != anna.cend());
    const QJsonObject voice = audio->message.value(QStringLiteral("audio")).toObject();
    QVERIFY(voice.value(QStringLiteral("voice")).toBool());
    QCOMPARE(voice.value(QStringLiteral("mime_type")).toString(), QStringLiteral("audio/ogg; codecs=opus"));
    const QByteArray ogg = demoVoiceNote();
    QVERIFY(ogg.startsWith("OggS") && ogg.contains("OpusHead"));
    QVERIFY(demoVideo().mid(4, 4) == "ftyp");
    QVERIFY(ogg.size() < 16 * 1024 && demoVideo().size() < 16 * 1024); // small, as committed
    // And then: silence, until the agent writes.
    QVERIFY(staysQuiet(kAnna));
    QCOMPARE(eventCount(), 11);

    // The desk sees the windows as the cast has them: Oliver's closed, Lucía's closing within 4 hours, Anna's open.
    QTemporaryDir storeDir;
    QString error;
    auto db = store::Store::open(store::StoreLocation::inDataDir(storeDir.path()), &error);
    QVERIFY2(db, qPrintable(error));
    QList<store::JournalRecord> records;
    qint64 seq = 0;
    for (const QJsonObject& body : m_receiver->bodies())
        records.append({++seq, QDateTime::currentDateTimeUtc(), QJsonDocument(body).toJson(), {}});
    QCOMPARE(db->ingest(records).size(), records.size());
    QHash<QString, Conversation> byWaId;
    for (const Conversation& c : db->conversations(QString()))
        byWaId.insert(c.contact.waId, c);
    QCOMPARE(byWaId.size(), seedCast().size());
    QVERIFY(!byWaId.value(kOliver).isWindowOpen(now));
    QVERIFY(byWaId.value(kLucia).isWindowOpen(now));
    QVERIFY(byWaId.value(kLucia).windowExpiresAt() < now.addSecs(4 * 3600 + 120));
    QVERIFY(byWaId.value(kAnna).isWindowOpen(now.addSecs(23 * 3600)));
}

void TestScriptedCustomers::answersFollowTheAgent()
{
    const QString first = sendText(kAnna, QStringLiteral("Hallo Anna, ich sehe nach. Wohin soll es gehen?"));
    QVERIFY(!first.isEmpty());
    const int read = waitForStatus(first, {QStringLiteral("read")});
    QVERIFY(read >= 0);
    QVERIFY(waitForMessages(kAnna, 5)); // the address, with a location
    QList<Event> anna = messagesFrom(kAnna);
    QVERIFY2(anna.at(3).index > read, "an answer comes after the agent's message was read");
    QCOMPARE(anna.at(3).type(), QStringLiteral("text"));
    QCOMPARE(anna.at(4).type(), QStringLiteral("location"));
    QVERIFY(!kThanks.match(anna.at(3).text()).hasMatch());

    const QString second = sendText(kAnna, QStringLiteral("Danke, die neue Adresse ist eingetragen."));
    QVERIFY(waitForMessages(kAnna, 7));
    anna = messagesFrom(kAnna);
    // A reaction to the agent's message, and thanks quoting it: now that she was answered.
    QCOMPARE(anna.at(5).type(), QStringLiteral("reaction"));
    QCOMPARE(anna.at(5).message.value(QStringLiteral("reaction")).toObject().value(QStringLiteral("message_id")),
             QJsonValue(second));
    QVERIFY(kThanks.match(anna.at(6).text()).hasMatch());
    QCOMPARE(anna.at(6).contextId(), second);
    // Her story is told: another message gets no made-up answer.
    QVERIFY(!sendText(kAnna, QStringLiteral("Gern geschehen!")).isEmpty());
    QVERIFY(staysQuiet(kAnna));
    // A reaction of the agent's asks for no answer either.
    const QString joaosFirst = messagesFrom(kJoao).at(0).message.value(QStringLiteral("id")).toString();
    QVERIFY(!send(api::messages::reaction(kJoao, joaosFirst, QStringLiteral("👍"))).isEmpty());
    QVERIFY(staysQuiet(kJoao));
}

void TestScriptedCustomers::severalQuickMessagesGetOneAnswer()
{
    QStringList sent;
    for (const QString& text : {QStringLiteral("Olá João!"), QStringLiteral("Sinto muito pelo defeito."),
                                QStringLiteral("Qual tamanho você prefere?")})
        sent.append(sendText(kJoao, text));
    QVERIFY(waitForMessages(kJoao, 4));
    QVERIFY(staysQuiet(kJoao));
    const QList<Event> joao = messagesFrom(kJoao);
    QCOMPARE(joao.size(), 4);                      // one answer, not three
    QCOMPARE(joao.at(3).contextId(), sent.last()); // to the last thing the agent said
}

void TestScriptedCustomers::tapsButtonsListsAndTemplateReplies()
{
    const QString asked = send(api::messages::replyButtons(
        kLucia, QStringLiteral("¿Viernes o sábado?"),
        {{QStringLiteral("fri"), QStringLiteral("Viernes")}, {QStringLiteral("sat"), QStringLiteral("Sábado")}}));
    QVERIFY(!asked.isEmpty());
    QVERIFY(waitForMessages(kLucia, 4));
    const Event tap = messagesFrom(kLucia).at(3);
    QCOMPARE(tap.type(), QStringLiteral("interactive"));
    const QJsonObject reply =
        tap.message.value(QStringLiteral("interactive")).toObject().value(QStringLiteral("button_reply")).toObject();
    QCOMPARE(reply.value(QStringLiteral("id")).toString(), QStringLiteral("fri"));
    QCOMPARE(reply.value(QStringLiteral("title")).toString(), QStringLiteral("Viernes"));
    QCOMPARE(tap.contextId(), asked);

    // Oliver's window is closed: the template with a quick-reply button reaches him, and he taps it.
    api::TemplateSend update;
    update.name = QStringLiteral("order_update");
    update.languageCode = QStringLiteral("en_US");
    update.header =
        api::TemplateMediaParameter{api::MediaKind::Image, {{}, QStringLiteral("https://x.example/p.png")}, {}};
    update.body = {api::TemplateTextParameter{QStringLiteral("Oliver"), {}},
                   api::TemplateTextParameter{QStringLiteral("D-4004"), {}}};
    update.buttons = {{0, QStringLiteral("url"), QStringLiteral("D-4004")}};
    int status = 0;
    const QString updateId = send(api::messages::templateMessage(kOliver, update), &status);
    QVERIFY2(!updateId.isEmpty(), qPrintable(QString::number(status)));
    QVERIFY(waitForMessages(kOliver, 2));
    const Event button = messagesFrom(kOliver).at(1);
    QCOMPARE(button.type(), QStringLiteral("button"));
    QCOMPARE(button.message.value(QStringLiteral("button")).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("Talk to support"));
    QCOMPARE(button.contextId(), updateId);
}

void TestScriptedCustomers::closedWindowOnlyOpensWithATemplate()
{
    int status = 0;
    QVERIFY(sendText(kOliver, QStringLiteral("Hi Oliver"), &status).isEmpty());
    QCOMPARE(status, 400); // 131047: more than 24 hours since he wrote
    QVERIFY(staysQuiet(kOliver));
    api::TemplateSend hello;
    hello.name = QStringLiteral("hello_world");
    hello.languageCode = QStringLiteral("en_US");
    hello.body = {api::TemplateTextParameter{QStringLiteral("Oliver"), {}},
                  api::TemplateTextParameter{QStringLiteral("the demo shop"), {}}};
    const QString sent = send(api::messages::templateMessage(kOliver, hello));
    QVERIFY(!sent.isEmpty());
    QVERIFY(waitForMessages(kOliver, 2));
    QCOMPARE(messagesFrom(kOliver).at(1).contextId(), sent);
    // He wrote: free-form messages reach him again.
    QVERIFY(!sendText(kOliver, QStringLiteral("Anything else?")).isEmpty());
}

void TestScriptedCustomers::failedDeliveryIsNoticedAndRetryReaches()
{
    const QString first = sendText(kMehmet, QStringLiteral("Hi Mehmet, yes we do: 3 to 5 days."));
    QVERIFY(!first.isEmpty()); // accepted by the API …
    const int failed = waitForStatus(first, {QStringLiteral("failed")});
    QVERIFY(failed >= 0); // … but not delivered: 131026
    const QList<Event> statuses = [&] {
        QList<Event> out;
        for (const Event& e : events())
            if (e.status.value(QStringLiteral("id")).toString() == first)
                out.append(e);
        return out;
    }();
    QCOMPARE(statuses.last().status.value(QStringLiteral("errors")).toArray().at(0).toObject().value("code").toInt(),
             131026);
    // He got nothing; after a while he says so (and that his app was out of date).
    QVERIFY(waitForMessages(kMehmet, 2));
    const Event told = messagesFrom(kMehmet).at(1);
    QVERIFY(told.index > failed);
    QVERIFY(!kThanks.match(told.text()).hasMatch());
    QVERIFY(staysQuiet(kMehmet)); // said once
    // The agent's Retry (the same text again) reaches him, and he answers it.
    const QString retried = sendText(kMehmet, QStringLiteral("Hi Mehmet, yes we do: 3 to 5 days."));
    QVERIFY(waitForStatus(retried, {QStringLiteral("read")}) >= 0);
    QVERIFY(waitForMessages(kMehmet, 3));
    QCOMPARE(messagesFrom(kMehmet).at(2).contextId(), retried);
    QVERIFY(kThanks.match(messagesFrom(kMehmet).at(2).text()).hasMatch());
}

void TestScriptedCustomers::everythingTheyTellIsStored()
{
    // The agent answers everyone a few times; then every §6.3 type has come by.
    for (int round = 0; round < 3; ++round) {
        for (const QString& waId : {kAnna, kJoao, kLucia, kMehmet}) {
            const int before = int(messagesFrom(waId).size());
            const QString wamid = sendText(waId, QStringLiteral("Round %1").arg(round));
            if (waitForStatus(wamid, {QStringLiteral("read"), QStringLiteral("failed")}) >= 0)
                // A told story stays quiet: not an error, and not worth a long wait.
                (void)waitForMessages(waId, before + 1, int(kDelay.count()) * 20);
        }
    }
    QSet<QString> types;
    for (const Event& e : events())
        if (!e.message.isEmpty())
            types.insert(e.type());
    for (const char* type : {"text", "image", "location", "reaction", "document", "audio", "edit", "contacts", "order",
                             "sticker", "video", "unsupported"})
        QVERIFY2(types.contains(QLatin1String(type)), type);

    QTemporaryDir storeDir;
    QString error;
    auto db = store::Store::open(store::StoreLocation::inDataDir(storeDir.path()), &error);
    QVERIFY2(db, qPrintable(error));
    QList<store::JournalRecord> records;
    qint64 seq = 0;
    for (const QJsonObject& body : m_receiver->bodies())
        records.append({++seq, QDateTime::currentDateTimeUtc(), QJsonDocument(body).toJson(), {}});
    const QList<store::IngestOutcome> outcomes = db->ingest(records);
    QCOMPARE(outcomes.size(), records.size());
    for (const store::IngestOutcome& o : outcomes)
        QVERIFY2(o.result != store::IngestOutcome::Result::Quarantined, qPrintable(o.reason));
    // The edit landed on Anna's first message.
    const QList<Event> anna = messagesFrom(kAnna);
    const std::optional<StoredMessage> edited = db->message(anna.at(0).message.value(QStringLiteral("id")).toString());
    QVERIFY(edited && edited->isEdited());
    QVERIFY(edited->text.contains(QLatin1String("gestern")));
}

QTEST_GUILESS_MAIN(TestScriptedCustomers)
#include "tst_scriptedcustomers.moc"
