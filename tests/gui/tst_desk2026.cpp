// The desk's 2026 kinds (issue #16) from a store filled by real webhook bodies: the list and the header show a
// username and a phone (or "no phone number"), a group gets its glyph and each bubble its participant, a call is a
// card that says how it went and that calls are answered elsewhere, a Flow reply is a form with the raw JSON one
// click away, an echo says it was sent from the phone; the pricing report counts and exports this month's messages.
#include "StoreTestBase.h"
#include "TestEnvironment.h"
#include "channels/PricingReport.h"
#include "channels/PricingReportDialog.h"
#include "common/ElidedLabel.h"
#include "conversations/ConversationHeader.h"
#include "conversations/ConversationListModel.h"
#include "conversations/MessagePresentation.h"
#include "store/ChangeHub.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace wabadesk;

namespace {

QJsonObject pywa(const QString& file, const QString& variant)
{
    return test::readJsonObject(QStringLiteral("webhooks/pywa/") + file).value(variant).toObject();
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString cardText(const ui::MessagePresentation& p)
{
    return (QStringList{p.senderLine, p.cardTitle, p.cardSubtitle} + p.labels + p.cardLines + QStringList{p.body})
        .join(QLatin1Char('\n'));
}

} // namespace

class TestDesk2026 : public QObject, public test::StoreTestBase {
    Q_OBJECT

    StoredMessage stored(const QString& wamid) { return m_store->message(wamid).value_or(StoredMessage()); }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(openStore(&error), qPrintable(error));
        ingest(compact(pywa(QStringLiteral("call_connect.json"), QStringLiteral("user_initiated"))));
        QByteArray ended = compact(pywa(QStringLiteral("call_connect.json"), QStringLiteral("user_initiated")));
        ended.replace("\"event\":\"connect\"", "\"event\":\"terminate\",\"status\":\"COMPLETED\",\"duration\":125");
        ingest(ended);
        ingest(compact(pywa(QStringLiteral("flow_completion.json"), QStringLiteral("completion"))));
        ingest(compact(pywa(QStringLiteral("outgoing_message.json"), QStringLiteral("text"))));
        QByteArray usernameOnly = fixture("sender_in_contacts_only.json");
        usernameOnly.replace("US.13491208655302741918", "US.99990000111122223333");
        usernameOnly.replace("US.ENT.11815799212886844830", "US.ENT.99990000111122223333");
        ingest(usernameOnly);
        ingest("group_lifecycle_create.json");
        ingest("group_message.json");
        ingest("group_participants_join.json");
    }
    void cleanup() { closeStore(); }

    void listAndHeaderShowUsernamesPhonesAndGroups()
    {
        store::ChangeHub hub;
        ui::ConversationListModel model(m_store.get(), &hub);
        model.reload();
        QHash<QString, QModelIndex> rows;
        for (int r = 0; r < model.rowCount(); ++r)
            rows.insert(model.index(r).data(ui::ConversationListModel::IdRole).toString(), model.index(r));
        const QModelIndex dana = rows.value(QStringLiteral("/US.99990000111122223333"));
        QVERIFY(dana.isValid());
        QCOMPARE(dana.data(ui::ConversationListModel::IdentityRole).toString(),
                 QStringLiteral("@dana.levi · no phone number"));
        const QModelIndex phone = rows.value(QStringLiteral("/972987654321"));
        QVERIFY(phone.data(ui::ConversationListModel::IdentityRole).toString().startsWith(QLatin1String("+972")));
        const QModelIndex group =
            rows.value(QStringLiteral("/group:HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA"));
        QVERIFY(group.data(ui::ConversationListModel::IsGroupRole).toBool());
        QCOMPARE(group.data(ui::ConversationListModel::NameRole).toString(), QStringLiteral("Order 1042 delivery"));
        // The search filter finds a customer by username.
        QVERIFY(dana.data(ui::ConversationListModel::SearchKeyRole).toString().contains(QLatin1String("dana.levi")));

        ui::ConversationHeader header;
        header.setConversation(*m_store->conversation(QStringLiteral("/US.99990000111122223333")));
        header.setBillingSummary(QStringLiteral("This month: 2 charged"));
        const QString line = header.findChild<ui::ElidedLabel*>(QStringLiteral("contactNumber"))->fullText();
        QVERIFY2(line.contains(QLatin1String("@dana.levi")) && line.contains(QLatin1String("This month: 2 charged")),
                 qPrintable(line));
    }

    void callsFlowsGroupsAndEchoesArePresented()
    {
        // A call: how it went, who called, and where calls are answered.
        const ui::MessagePresentation call = ui::MessagePresentation::of(stored(QStringLiteral("wacid.xxxx=")));
        QCOMPARE(call.icon, ui::MessagePresentation::Icon::Call);
        QCOMPARE(call.cardTitle, QStringLiteral("Incoming call · 2:05"));
        QVERIFY(cardText(call).contains(QLatin1String("answered on the phone or in 360dialog's tools")));

        // A Flow reply: readable answers; the raw JSON behind one click (the history toggle).
        const ui::MessagePresentation flow =
            ui::MessagePresentation::of(stored(QStringLiteral("wamid.wegrchytvwcggt==")));
        QCOMPARE(flow.icon, ui::MessagePresentation::Icon::Flow);
        QVERIFY(flow.cardLines.contains(QStringLiteral("Delivery rating: 4")));
        QVERIFY(!cardText(flow).contains(QLatin1String("flow_token")));
        QCOMPARE(flow.historyLabel, QStringLiteral("Show raw JSON"));
        QVERIFY(flow.historyIsRaw);
        QVERIFY(flow.historyText.contains(QLatin1String("\"flow_token\"")));

        // A group: each bubble names its participant; the group's events are system lines.
        const ui::MessagePresentation said =
            ui::MessagePresentation::of(stored(QStringLiteral("wamid.HASDI128HJOPUERIH82ahdasd09ASDHi5")));
        QCOMPARE(said.senderLine, QStringLiteral("Tiago Mingo"));
        int lines = 0;
        for (const StoredMessage& m :
             m_store->messages(QStringLiteral("/group:HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA"))) {
            const ui::MessagePresentation p = ui::MessagePresentation::of(m);
            if (p.isSystem) {
                ++lines;
                QVERIFY(!p.body.isEmpty());
            }
        }
        QCOMPARE(lines, 2); // created, joined

        // An echo: on the business's side, marked as sent from the phone.
        const ui::MessagePresentation echo =
            ui::MessagePresentation::of(stored(QStringLiteral("<WHATSAPP_MESSAGE_ID>")));
        QVERIFY(echo.senderLine.startsWith(QLatin1String("Sent from the phone")));
    }

    void pricingReportCountsAndExports()
    {
        // Two outgoing messages priced this month: a marketing template (charged) and a free service reply.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (const auto& [wamid, category, type] : {std::tuple{"wamid.p1", "marketing", "regular"},
                                                    std::tuple{"wamid.p2", "service", "free_customer_service"}}) {
            const QJsonObject status{
                {QStringLiteral("id"), QLatin1String(wamid)},
                {QStringLiteral("status"), QStringLiteral("sent")},
                {QStringLiteral("timestamp"), QString::number(now)},
                {QStringLiteral("recipient_id"), QStringLiteral("972987654321")},
                {QStringLiteral("pricing"), QJsonObject{{QStringLiteral("pricing_model"), QStringLiteral("PMP")},
                                                        {QStringLiteral("type"), QLatin1String(type)},
                                                        {QStringLiteral("category"), QLatin1String(category)}}}};
            QJsonObject body = pywa(QStringLiteral("message_status.json"), QStringLiteral("sent"));
            QJsonObject entry = body.value(QLatin1String("entry")).toArray().first().toObject();
            QJsonObject change = entry.value(QLatin1String("changes")).toArray().first().toObject();
            QJsonObject value = change.value(QLatin1String("value")).toObject();
            value.insert(QStringLiteral("statuses"), QJsonArray{status});
            change.insert(QStringLiteral("value"), value);
            entry.insert(QStringLiteral("changes"), QJsonArray{change});
            body.insert(QStringLiteral("entry"), QJsonArray{entry});
            ingest(compact(body));
        }
        const auto [from, to] = ui::PricingReport::month(QDate::currentDate());
        const QList<store::PricingCount> counts = m_store->pricingCounts(QStringLiteral(""), from, to);
        QCOMPARE(ui::PricingReport::total(counts), 2);
        QCOMPARE(ui::PricingReport::charged(counts), 1);
        QCOMPARE(ui::PricingReport::summary(counts), QStringLiteral("This month: 1 charged (1 marketing) · 1 free"));
        // Last month has none.
        const auto [lastFrom, lastTo] = ui::PricingReport::month(QDate::currentDate().addMonths(-1));
        QVERIFY(m_store->pricingCounts(QStringLiteral(""), lastFrom, lastTo).isEmpty());

        ui::PricingReportDialog dialog(m_store.get(), QStringLiteral(""), QStringLiteral("Sandbox"));
        QCOMPARE(dialog.counts().size(), 2);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pricing.csv"));
        dialog.setFileChooser([&path](const QString&) { return path; });
        QMetaObject::invokeMethod(dialog.findChild<QPushButton*>(QStringLiteral("pricingExportButton")), "click");
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList rows = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.first(), QStringLiteral("month,category,type,pricing_model,messages,charged"));
        QVERIFY(rows.contains(QDate::currentDate().toString(QStringLiteral("yyyy-MM")) +
                              QStringLiteral(",marketing,regular,PMP,1,yes")));
    }
};

QTEST_MAIN(TestDesk2026)
#include "tst_desk2026.moc"
