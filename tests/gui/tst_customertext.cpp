// What customers send, shown in the desk as it is (issue #15): text with an embedded NUL is neither cut nor hidden
// anywhere it is shown or copied (item 8); a reaction to a message that is not in this history is shown in the
// conversation (item 12); bidi controls in contact and file names cannot disguise them, while text bodies stay as
// sent (item 13). The CSV export side is in tst_cli.
#include "DeskWindowFixture.h"
#include "MainWindow.h"
#include "conversations/ConversationListModel.h"
#include "conversations/ConversationListPanel.h"
#include "conversations/ConversationView.h"
#include "conversations/ConversationsArea.h"
#include "conversations/MessageListModel.h"
#include "conversations/MessagePresentation.h"
#include "media/MediaCache.h"
#include "notify/DesktopNotifier.h"
#include "store/Store.h"
#include "text/WhatsAppText.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextDocument>
#include <QtTest>

using namespace wabadesk;

namespace {
const QString kNul = QStringLiteral("before") + QChar(0) + QStringLiteral("after");
const QChar kRlo(0x202E);

// What a bubble's body shows: the WhatsApp-formatted HTML as the bubble's QTextDocument lays it out.
QString bubbleText(const ui::MessagePresentation& p)
{
    QTextDocument doc;
    doc.setHtml(text::toHtml(p.body));
    return doc.toPlainText();
}

bool hasBidiControl(const QString& s)
{
    for (const QChar c : s)
        if ((c.unicode() >= 0x202A && c.unicode() <= 0x202E) || (c.unicode() >= 0x2066 && c.unicode() <= 0x2069))
            return true;
    return false;
}
} // namespace

class TestCustomerText : public QObject, protected test::DeskWindowFixture {
    Q_OBJECT

    QList<ui::DesktopNotifier::Notice> m_notices;

    int rowOfWamid(const QString& wamid) const
    {
        const ui::MessageListModel* model = desk()->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row).data(ui::MessageListModel::WamidRole).toString() == wamid)
                return row;
        return -1;
    }

    QModelIndex listRow(const QString& conversationId) const
    {
        ui::ConversationListModel* list = desk()->list()->model();
        return list->index(list->rowOf(conversationId), 0);
    }

    // One message item from `waId`, routed to the channel (as addCustomer, with any message object).
    void ingestFrom(const QString& waId, const QString& name, const QJsonObject& message)
    {
        const QJsonObject value{
            {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("display_phone_number"), m_channel.phoneNumber},
                                                     {QStringLiteral("phone_number_id"), m_channel.phoneNumberId}}},
            {QStringLiteral("contacts"),
             QJsonArray{QJsonObject{{QStringLiteral("wa_id"), waId},
                                    {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), name}}}}}},
            {QStringLiteral("messages"), QJsonArray{message}}};
        const QJsonObject entry{{QStringLiteral("id"), QStringLiteral("1")},
                                {QStringLiteral("changes"),
                                 QJsonArray{QJsonObject{{QStringLiteral("value"), value},
                                                        {QStringLiteral("field"), QStringLiteral("messages")}}}}};
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                                      {QStringLiteral("entry"), QJsonArray{entry}}})
                .toJson(QJsonDocument::Compact);
        m_store->ingest({{m_store->lastJournalSeq() + 1, QDateTime::currentDateTimeUtc(), body, {}}});
    }

private Q_SLOTS:
    void initTestCase() { isolateSettings(QStringLiteral("tst_customertext")); }

    void init()
    {
        QString error;
        QVERIFY2(startDesk(&error), qPrintable(error));
        m_notices.clear();
        m_window->notifier()->setPresenter([this](const ui::DesktopNotifier::Notice& n) { m_notices.append(n); });
    }

    void cleanup()
    {
        m_window.reset();
        stopDesk();
    }

    // Tried: "before", NUL, "after" as a customer's text. Every place shows or copies "after" too, and no NUL leaves
    // the desk (a notification bus or a clipboard reader would cut there).
    void textWithANulIsShownWhole()
    {
        const QString conversationId = addCustomer(QStringLiteral("4915112345678"), QStringLiteral("Nia"), kNul);
        const QList<StoredMessage> stored = m_store->messages(conversationId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().text, kNul); // kept whole in the store

        // List preview.
        QTRY_VERIFY(desk()->list()->model()->rowOf(conversationId) >= 0);
        const QString preview = listRow(conversationId).data(ui::ConversationListModel::PreviewRole).toString();
        QVERIFY2(preview.contains(QStringLiteral("after")) && !preview.contains(QChar(0)), qPrintable(preview));
        // Notification.
        QTRY_COMPARE(m_notices.size(), 1);
        QVERIFY2(m_notices.first().body.contains(QStringLiteral("after")), qPrintable(m_notices.first().body));
        QVERIFY(!m_notices.first().body.contains(QChar(0)));
        // Bubble.
        QVERIFY(desk()->openConversation(conversationId));
        QTRY_VERIFY(rowOfWamid(stored.first().wamid) >= 0);
        const QModelIndex bubble = desk()->view()->model()->index(rowOfWamid(stored.first().wamid));
        const QString shown = bubbleText(
            ui::MessagePresentation::of(bubble.data(ui::MessageListModel::MessageRole).value<StoredMessage>()));
        QVERIFY2(shown.contains(QStringLiteral("before")) && shown.contains(QStringLiteral("after")),
                 qPrintable(shown));
        if (const QString shots = qEnvironmentVariable("WABADESK_SHOTS_DIR"); !shots.isEmpty()) {
            m_window->resize(1024, 700);
            QTest::qWait(200);
            m_window->grab().save(QDir(shots).filePath(QStringLiteral("nul-in-text.png")));
        }
        // Copy text: what the clipboard gets.
        const QString copied = bubble.data(ui::MessageListModel::PlainTextRole).toString();
        QGuiApplication::clipboard()->setText(copied);
        QVERIFY2(QGuiApplication::clipboard()->text().contains(QStringLiteral("after")), qPrintable(copied));
        QVERIFY(!copied.contains(QChar(0)));
        // Search: the word after the NUL is found, and the snippet shows it.
        const QList<store::SearchHit> hits = m_store->search(QStringLiteral("after"));
        QCOMPARE(hits.size(), 1);
        QVERIFY2(hits.first().snippet.contains(QStringLiteral("after")), qPrintable(hits.first().snippet));
    }

    // Tried: a customer reacts ❤ to a message sent before WabaDesk was installed. The conversation shows it; when
    // the message turns up after all, the reaction moves onto it.
    void aReactionToAMessageNotInThisHistoryIsShown()
    {
        const QString waId = QStringLiteral("447700900123");
        const QString conversationId = addCustomer(waId, QStringLiteral("Rey"), QStringLiteral("hello"));
        QVERIFY(desk()->openConversation(conversationId));
        const QJsonObject reaction{
            {QStringLiteral("from"), waId},
            {QStringLiteral("id"), QStringLiteral("wamid.reaction-orphan")},
            {QStringLiteral("timestamp"), QString::number(QDateTime::currentSecsSinceEpoch())},
            {QStringLiteral("type"), QStringLiteral("reaction")},
            {QStringLiteral("reaction"), QJsonObject{{QStringLiteral("message_id"), QStringLiteral("wamid.before-us")},
                                                     {QStringLiteral("emoji"), QStringLiteral("❤")}}}};
        ingestFrom(waId, QStringLiteral("Rey"), reaction);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfWamid(QStringLiteral("wamid.reaction-orphan")) >= 0, 5000); // live
        const QModelIndex line = desk()->view()->model()->index(rowOfWamid(QStringLiteral("wamid.reaction-orphan")));
        const auto p = ui::MessagePresentation::of(line.data(ui::MessageListModel::MessageRole).value<StoredMessage>());
        QVERIFY2(p.notice.contains(QStringLiteral("❤")) && p.notice.contains(QStringLiteral("not in this history")),
                 qPrintable(p.notice));
        if (const QString shots = qEnvironmentVariable("WABADESK_SHOTS_DIR"); !shots.isEmpty()) {
            m_window->resize(1024, 700);
            QTest::qWait(200);
            m_window->grab().save(QDir(shots).filePath(QStringLiteral("reaction-not-in-history.png")));
        }

        // The message arrives after all (a late delivery): the reaction is shown on it, the line goes.
        QJsonObject late{{QStringLiteral("from"), waId},
                         {QStringLiteral("id"), QStringLiteral("wamid.before-us")},
                         {QStringLiteral("timestamp"), QString::number(QDateTime::currentSecsSinceEpoch() - 3600)},
                         {QStringLiteral("type"), QStringLiteral("text")},
                         {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("old one")}}}};
        ingestFrom(waId, QStringLiteral("Rey"), late);
        QTRY_VERIFY(rowOfWamid(QStringLiteral("wamid.before-us")) >= 0);
        QCOMPARE(rowOfWamid(QStringLiteral("wamid.reaction-orphan")), -1);
        for (const StoredMessage& m : m_store->messages(conversationId))
            QVERIFY(m.type != QLatin1String("reaction"));
        QCOMPARE(desk()
                     ->view()
                     ->model()
                     ->index(rowOfWamid(QStringLiteral("wamid.before-us")))
                     .data(ui::MessageListModel::ReactionsRole)
                     .toStringList(),
                 QStringList{QStringLiteral("❤")});
    }

    // Tried: a contact named "Invoice<RLO>fdp.exe" (shown as "Invoiceexe.pdf" when the override works) sends a
    // document named "scan<RLO>gpj.exe" and a text with an RLO in it. The names are shown and stored on disk without
    // bidi controls; the text keeps it.
    void bidiControlsInNamesAreNeutralised()
    {
        const QString waId = QStringLiteral("5511987654321");
        const QString evilName = QStringLiteral("Invoice") + kRlo + QStringLiteral("fdp.exe");
        const QString text = QStringLiteral("abc ") + kRlo + QStringLiteral("def");
        const QString conversationId = addCustomer(waId, evilName, text);
        QTRY_VERIFY(desk()->list()->model()->rowOf(conversationId) >= 0);
        const QString listed = listRow(conversationId).data(ui::ConversationListModel::NameRole).toString();
        QVERIFY2(!hasBidiControl(listed) && listed.contains(QStringLiteral("fdp.exe")), qPrintable(listed));
        QTRY_VERIFY(!m_notices.isEmpty());
        QVERIFY(!hasBidiControl(m_notices.last().title));

        const QJsonObject document{{QStringLiteral("from"), waId},
                                   {QStringLiteral("id"), QStringLiteral("wamid.rlo-doc")},
                                   {QStringLiteral("timestamp"), QString::number(QDateTime::currentSecsSinceEpoch())},
                                   {QStringLiteral("type"), QStringLiteral("document")},
                                   {QStringLiteral("document"),
                                    QJsonObject{{QStringLiteral("id"), QStringLiteral("1234567")},
                                                {QStringLiteral("mime_type"), QStringLiteral("image/jpeg")},
                                                {QStringLiteral("filename"),
                                                 QString(QStringLiteral("scan") + kRlo + QStringLiteral("gpj.exe"))}}}};
        ingestFrom(waId, evilName, document);
        const auto stored = m_store->message(QStringLiteral("wamid.rlo-doc"));
        QVERIFY(stored);
        const auto p = ui::MessagePresentation::of(*stored);
        QVERIFY2(!hasBidiControl(p.cardTitle) && p.cardTitle.contains(QStringLiteral("gpj.exe")),
                 qPrintable(p.cardTitle));
        const QString onDisk = QFileInfo(m_media->pathFor(*stored)).fileName();
        QVERIFY2(!hasBidiControl(onDisk), qPrintable(onDisk));

        // The text body stays as sent.
        QVERIFY(desk()->openConversation(conversationId));
        const QList<StoredMessage> messages = m_store->messages(conversationId);
        QCOMPARE(messages.first().text, text);
    }
};

QTEST_MAIN(TestCustomerText)
#include "tst_customertext.moc"
