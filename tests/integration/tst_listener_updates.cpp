// Every kind of webhook of 2026 (issue #16, UPDATES-2026.md) through the real listener into the store: each variant
// of pywa's public fixtures (tests/data/webhooks/pywa) and the constructed 2026 fixtures is POSTed to a running
// ListenerService (authenticated, journaled, ingested on its worker) and the store is read back. A generic oracle
// reads the body itself (every message, echo, status, call, group event, preference, template and account event
// must be in the store as its kind); the rows that carry the bugs also get their own assertions.
#include "TestEnvironment.h"
#include "store/Store.h"
#include "webhook/ListenerService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

using namespace wabadesk;

namespace {

const QByteArray kHeader = "X-WabaDesk-Secret";
const QByteArray kSecret = "updates-test-secret-91c2";

// Every webhook body in a pywa fixture file: name → body (nested variants as "element/all").
void collectBodies(const QJsonObject& o, const QString& prefix, QList<std::pair<QString, QJsonObject>>* out)
{
    if (o.contains(QLatin1String("entry")))
        out->append({prefix, o});
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isObject() && it.key() != QLatin1String("entry"))
            collectBodies(it.value().toObject(), prefix.isEmpty() ? it.key() : prefix + QLatin1Char('/') + it.key(),
                          out);
    }
}

QList<QJsonObject> changesOf(const QJsonObject& body)
{
    QList<QJsonObject> out;
    for (const QJsonValue& entry : body.value(QLatin1String("entry")).toArray()) {
        for (const QJsonValue& change : entry.toObject().value(QLatin1String("changes")).toArray())
            out.append(change.toObject());
    }
    return out;
}

QString str(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString();
}

} // namespace

class TestListenerUpdates : public QObject {
    Q_OBJECT

    struct Case {
        QList<QJsonObject> bodies; // posted in this order
        std::function<void(store::Store&)> check;
    };
    QHash<QString, Case> m_cases;
    QNetworkAccessManager m_nam;

    // Posts the bodies to a fresh listener in a fresh data directory and returns the store (the listener stopped).
    std::unique_ptr<store::Store> postAll(const QList<QJsonObject>& bodies, QTemporaryDir* dir)
    {
        webhook::ListenerService listener(nullptr, store::StoreLocation::inDataDir(dir->path()));
        listener.setPersistSettings(false);
        listener.setExtraCredentials({{kHeader, kSecret, QString()}});
        webhook::ListenerOptions options;
        options.port = 0;
        QString error;
        if (!listener.start(options, &error)) {
            qWarning() << "listener did not start:" << error;
            return nullptr;
        }
        for (const QJsonObject& body : bodies) {
            QNetworkRequest request(listener.url());
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            request.setRawHeader(kHeader, kSecret);
            request.setRawHeader("Connection", "close"); // else stop() waits out the idle keep-alive connection
            QNetworkReply* reply = m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!finished.wait(10000))
                return nullptr;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            if (status != 200) {
                qWarning() << "the listener answered" << status;
                return nullptr;
            }
        }
        if (!listener.waitUntilIngested(listener.lastJournalSeq(), 10000))
            return nullptr;
        listener.stop();
        return store::Store::open(store::StoreLocation::inDataDir(dir->path()), &error);
    }

    // The oracle: whatever the body names is in the store as its kind.
    static void checkGeneric(store::Store& s, const QJsonObject& body)
    {
        const QList<JournalEntry> journal = s.journalEntries(100);
        QVERIFY(!journal.isEmpty());
        for (const JournalEntry& e : journal)
            QVERIFY2(e.result != QLatin1String("quarantined"), qPrintable(e.reason));
        for (const QJsonObject& change : changesOf(body)) {
            const QString field = change.value(QLatin1String("field")).toString();
            const QJsonObject value = change.value(QLatin1String("value")).toObject();
            for (const QJsonValue& v : value.value(QLatin1String("messages")).toArray()) {
                const QJsonObject item = v.toObject();
                const auto m = s.message(str(item, "id"));
                QVERIFY2(m.has_value(), qPrintable(str(item, "id")));
                QCOMPARE(m->origin, StoredMessage::Origin::Webhook);
                QCOMPARE(m->direction, StoredMessage::Direction::Inbound);
                QCOMPARE(m->rawType, str(item, "type"));
                QVERIFY2(!m->conversationId.isEmpty(), "every message has its conversation");
                if (item.contains(QLatin1String("group_id"))) {
                    const auto c = s.conversation(m->conversationId);
                    QVERIFY(c && c->isGroup());
                    QCOMPARE(c->groupId, str(item, "group_id"));
                }
            }
            for (const QJsonValue& v : value.value(QLatin1String("message_echoes")).toArray()) {
                const auto m = s.message(str(v.toObject(), "id"));
                QVERIFY(m.has_value());
                QCOMPARE(m->origin, StoredMessage::Origin::Echo);
                QCOMPARE(m->direction, StoredMessage::Direction::Outbound);
            }
            for (const QJsonValue& v : value.value(QLatin1String("statuses")).toArray()) {
                const QJsonObject item = v.toObject();
                const QString id = str(item, "id");
                const auto m = s.message(id);
                QVERIFY2(m.has_value(), qPrintable(id));
                if (str(item, "type") == QLatin1String("call")) {
                    // A call's status is never a message's: it is the call's card and the call's row.
                    QCOMPARE(m->type, QStringLiteral("call"));
                    QCOMPARE(m->origin, StoredMessage::Origin::Event);
                    QVERIFY(s.statusHistory(id).isEmpty());
                    QVERIFY(m->call.has_value());
                    QCOMPARE(m->call->status, str(item, "status").toUpper());
                } else {
                    bool found = false;
                    for (const MessageStatusRecord& r : s.statusHistory(id))
                        found = found || r.status == str(item, "status");
                    QVERIFY2(found, qPrintable(id));
                    if (str(item, "recipient_type") == QLatin1String("group"))
                        QVERIFY(s.conversation(m->conversationId)->isGroup());
                }
            }
            for (const QJsonValue& v : value.value(QLatin1String("calls")).toArray()) {
                const auto m = s.message(str(v.toObject(), "id"));
                QVERIFY(m.has_value());
                QCOMPARE(m->type, QStringLiteral("call"));
                QVERIFY(m->call.has_value());
                QCOMPARE(m->call->isIncoming, str(v.toObject(), "direction") == QLatin1String("USER_INITIATED"));
                QCOMPARE(s.calls(m->conversationId).size(), 1);
            }
            for (const QJsonValue& v : value.value(QLatin1String("groups")).toArray()) {
                const QString groupId = str(v.toObject(), "group_id");
                const auto c = s.conversation(QStringLiteral("/group:") + groupId);
                QVERIFY2(c.has_value(), qPrintable(groupId));
                QVERIFY(c->isGroup());
                bool line = false;
                for (const StoredMessage& m : s.messages(c->id))
                    line = line || (m.isSystemLine() && m.subtype == str(v.toObject(), "type"));
                QVERIFY2(line, "each group event is a system line in the group");
            }
            for (const QJsonValue& v : value.value(QLatin1String("user_preferences")).toArray()) {
                const auto c = s.conversation(QStringLiteral("/") + str(v.toObject(), "wa_id"));
                QVERIFY(c.has_value());
                QCOMPARE(c->marketingPreference, str(v.toObject(), "value"));
            }
            if (field.startsWith(QLatin1String("message_template")) ||
                field == QLatin1String("template_category_update")) {
                bool found = false;
                for (const Template& t : s.templates(QStringLiteral("")))
                    found = found || t.name == str(value, "message_template_name");
                QVERIFY(found);
            }
            if (field == QLatin1String("account_update")) {
                const auto notice = s.latestAccountNotice(QStringLiteral(""));
                QVERIFY(notice.has_value());
                QCOMPARE(notice->event, str(value, "event"));
            }
        }
    }

    void addPywa(const QString& file, const QHash<QString, std::function<void(store::Store&)>>& specific = {})
    {
        QList<std::pair<QString, QJsonObject>> bodies;
        collectBodies(test::readJsonObject(QStringLiteral("webhooks/pywa/") + file), QString(), &bodies);
        QVERIFY2(!bodies.isEmpty(), qPrintable(file));
        for (const auto& [name, body] : std::as_const(bodies)) {
            const QString tag = file + QLatin1Char('#') + name;
            const std::function<void(store::Store&)> extra = specific.value(name);
            m_cases.insert(tag, {{body}, [body = body, extra](store::Store& s) {
                                     checkGeneric(s, body);
                                     if (extra && !QTest::currentTestFailed())
                                         extra(s);
                                 }});
            QTest::newRow(qPrintable(tag)) << tag;
        }
    }

    void addFixtures(const QString& tag, const QStringList& files, std::function<void(store::Store&)> extra = {})
    {
        QList<QJsonObject> bodies;
        for (const QString& f : files) {
            // "file.json#variant" picks one body of a pywa file.
            const QJsonObject whole =
                test::readJsonObject(QStringLiteral("webhooks/") + f.section(QLatin1Char('#'), 0, 0));
            bodies.append(f.contains(QLatin1Char('#')) ? whole.value(f.section(QLatin1Char('#'), 1)).toObject()
                                                       : whole);
        }
        m_cases.insert(tag, {bodies, [bodies, extra](store::Store& s) {
                                 for (const QJsonObject& b : bodies)
                                     checkGeneric(s, b);
                                 if (extra && !QTest::currentTestFailed())
                                     extra(s);
                             }});
        QTest::newRow(qPrintable(tag)) << tag;
    }

private Q_SLOTS:
    void everyKindIsStoredAsItsKind_data()
    {
        QTest::addColumn<QString>("tag");
        const QString customer = QStringLiteral("/972987654321");
        const QString bsuid = QStringLiteral("US.13491208655302741918");

        addPywa(QStringLiteral("message.json"), {{QStringLiteral("text"), [=](store::Store& s) {
                                                      const auto c = s.conversation(customer);
                                                      QVERIFY(c.has_value());
                                                      QCOMPARE(c->contact.userId, bsuid);
                                                      QCOMPARE(c->contact.parentUserId,
                                                               QStringLiteral("US.ENT.11815799212886844830"));
                                                      QCOMPARE(c->contact.profileName, QStringLiteral("Test Name"));
                                                  }}});
        addPywa(QStringLiteral("callback_button.json"));
        addPywa(QStringLiteral("callback_selection.json"));
        addPywa(QStringLiteral("deleted_message.json"));
        addPywa(QStringLiteral("edited_message.json"));
        addPywa(QStringLiteral("system.json"), {{QStringLiteral("phone_number_change"), [](store::Store& s) {
                                                     const auto m = s.message(QStringLiteral("wamid.xyzxyz=="));
                                                     QCOMPARE(m->subtype, QStringLiteral("user_changed_number"));
                                                     QCOMPARE(m->data.value(QLatin1String("wa_id")).toString(),
                                                              QStringLiteral("972912345678"));
                                                 }}});
        addPywa(QStringLiteral("flow_completion.json"),
                {{QStringLiteral("completion"), [](store::Store& s) {
                      const auto m = s.message(QStringLiteral("wamid.wegrchytvwcggt=="));
                      QVERIFY(m->isFlowReply());
                      const QJsonObject answers =
                          QJsonDocument::fromJson(m->data.value(QLatin1String("response_json")).toString().toUtf8())
                              .object();
                      QCOMPARE(answers.value(QLatin1String("comment_text")).toString(), QStringLiteral("Comment Text"));
                      QCOMPARE(s.search(QStringLiteral("Comment Text")).size(), 1); // answers are searchable
                  }}});
        addPywa(QStringLiteral("call_permission_update.json"),
                {{QStringLiteral("accept"),
                  [=](store::Store& s) {
                      const auto c = s.conversation(customer);
                      QCOMPARE(c->callPermission, QStringLiteral("accept"));
                      QCOMPARE(c->callPermissionUntil.toSecsSinceEpoch(), 1753186982);
                      QVERIFY(s.message(QStringLiteral("wamid.x"))->isCallPermissionReply());
                  }},
                 {QStringLiteral("reject"), [=](store::Store& s) {
                      QCOMPARE(s.conversation(customer)->callPermission, QStringLiteral("reject"));
                  }}});
        addPywa(QStringLiteral("call_connect.json"),
                {{QStringLiteral("user_initiated"), [=](store::Store& s) {
                      // A customer's call opens the 24-hour window (REFERENCE.md §8.4).
                      QCOMPARE(s.conversation(customer)->lastInboundAt.toSecsSinceEpoch(), 1752583107);
                      QCOMPARE(s.calls(customer).first().outcome(), CallRecord::Outcome::Ringing);
                  }}});
        addPywa(QStringLiteral("call_status.json"),
                {{QStringLiteral("call_status"), [](store::Store& s) {
                      // Not a phantom "unknown" message: the conversation holds the call's card and nothing else.
                      const auto card = s.message(QStringLiteral("wacid.ABGGFjFVU2AfAgo6V"));
                      QCOMPARE(card->conversationId, QStringLiteral("/163155536021")); // recipient_id
                      const QList<StoredMessage> all = s.messages(card->conversationId);
                      QCOMPARE(all.size(), 1);
                      QCOMPARE(all.first().type, QStringLiteral("call"));
                      QCOMPARE(all.first().call->outcome(), CallRecord::Outcome::Ringing);
                  }}});
        addPywa(QStringLiteral("call_terminate.json"), {{QStringLiteral("call_terminate"), [=](store::Store& s) {
                                                             const CallRecord call = s.calls(customer).value(0);
                                                             QCOMPARE(call.durationSeconds, 120);
                                                             QCOMPARE(call.errorCode, 12455);
                                                             QCOMPARE(call.endedAt.toSecsSinceEpoch(), 1671644944);
                                                         }}});
        addPywa(QStringLiteral("message_status.json"),
                {{QStringLiteral("sent"),
                  [](store::Store& s) {
                      const auto m = s.message(QStringLiteral("wamid.xyzxyz"));
                      QCOMPARE(m->pricingCategory, QStringLiteral("service"));
                      QCOMPARE(m->pricingModel, QStringLiteral("CBP"));
                  }},
                 {QStringLiteral("group"), [](store::Store& s) {
                      const auto m = s.message(QStringLiteral("<WHATSAPP_MESSAGE_ID>"));
                      QCOMPARE(m->conversationId, QStringLiteral("/group:fowefinoewcnw"));
                  }}});
        addPywa(QStringLiteral("outgoing_message.json"),
                {{QStringLiteral("text"),
                  [](store::Store& s) {
                      const auto m = s.message(QStringLiteral("<WHATSAPP_MESSAGE_ID>"));
                      const auto c = s.conversation(m->conversationId);
                      // An echo opens no window and is not unread.
                      QCOMPARE(c->unreadCount, 0);
                      QVERIFY(!c->lastInboundAt.isValid());
                  }},
                 {QStringLiteral("edit"), [=](store::Store& s) {
                      // "from" is the customer here: the echo belongs to their conversation, not the business's.
                      QCOMPARE(s.message(QStringLiteral("wamid.yyyyyy"))->conversationId, customer);
                  }}});
        addPywa(QStringLiteral("user_marketing_preferences.json"));
        addPywa(QStringLiteral("template_status_update.json"));
        addPywa(QStringLiteral("template_quality_update.json"));
        addPywa(QStringLiteral("template_category_update.json"),
                {{QStringLiteral("marketing"), [](store::Store& s) {
                      const Template t = s.templates(QStringLiteral("")).value(0);
                      QCOMPARE(t.category, QStringLiteral("MARKETING"));
                      QCOMPARE(t.noticeKind, QStringLiteral("category"));
                      QCOMPARE(t.noticeTo, QStringLiteral("MARKETING"));
                  }}});
        addPywa(QStringLiteral("template_components_update.json"),
                {{QStringLiteral("element"), [](store::Store& s) {
                      QCOMPARE(s.templates(QStringLiteral("")).value(0).noticeKind, QStringLiteral("components"));
                  }}});
        addPywa(QStringLiteral("account_update.json"));

        addFixtures(QStringLiteral("group: created, joined, message, settings, read, left, suspended"),
                    {QStringLiteral("group_lifecycle_create.json"), QStringLiteral("group_participants_join.json"),
                     QStringLiteral("group_message.json"), QStringLiteral("group_settings.json"),
                     QStringLiteral("group_message_read.json"), QStringLiteral("group_participants_left.json"),
                     QStringLiteral("group_status_suspend.json")},
                    [](store::Store& s) {
                        const QString id =
                            QStringLiteral("/group:HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA");
                        const auto c = s.conversation(id);
                        QCOMPARE(c->contact.displayName(), QStringLiteral("Order 1042: delivery Friday"));
                        const auto m = s.message(QStringLiteral("wamid.HASDI128HJOPUERIH82ahdasd09ASDHi5"));
                        QCOMPARE(m->conversationId, id);
                        QCOMPARE(m->senderName, QStringLiteral("Tiago Mingo"));
                        QCOMPARE(m->senderKey, QStringLiteral("16505551234"));
                        int lines = 0;
                        for (const StoredMessage& line : s.messages(id))
                            lines += line.isSystemLine() ? 1 : 0;
                        QCOMPARE(lines, 5);
                        QCOMPARE(s.message(QStringLiteral("wamid.groupsend1"))->pricingCategory,
                                 QStringLiteral("group_service"));
                    });
        addFixtures(QStringLiteral("call: connect, terminate, recording"),
                    {QStringLiteral("pywa/call_connect.json#user_initiated"), QStringLiteral("call_recording.json")},
                    {});
        addFixtures(QStringLiteral("sender only in contacts[]"), {QStringLiteral("sender_in_contacts_only.json")},
                    [=](store::Store& s) {
                        const auto m = s.message(QStringLiteral("wamid.contactsonly1"));
                        QCOMPARE(m->conversationId, QStringLiteral("/") + bsuid);
                        const auto c = s.conversation(m->conversationId);
                        QCOMPARE(c->contact.username, QStringLiteral("dana.levi"));
                        QVERIFY(c->contact.waId.isEmpty());
                    });
        addFixtures(QStringLiteral("PMP status to a username user"), {QStringLiteral("status_pmp_username.json")},
                    [=](store::Store& s) {
                        const auto m = s.message(QStringLiteral("wamid.tousername1"));
                        QCOMPARE(m->conversationId, QStringLiteral("/") + bsuid);
                        QCOMPARE(m->pricingType, QStringLiteral("free_customer_service"));
                        QCOMPARE(s.conversation(m->conversationId)->contact.username, QStringLiteral("dana.levi"));
                    });
    }

    void everyKindIsStoredAsItsKind()
    {
        QFETCH(QString, tag);
        const Case c = m_cases.value(tag);
        QVERIFY(!c.bodies.isEmpty());
        QTemporaryDir dir;
        std::unique_ptr<store::Store> s = postAll(c.bodies, &dir);
        QVERIFY(s);
        c.check(*s);
    }
};

QTEST_MAIN(TestListenerUpdates)
#include "tst_listener_updates.moc"
