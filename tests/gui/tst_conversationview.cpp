// The conversation view over a real store filled from the webhook fixtures (tests/data/webhooks): every message
// type becomes a row that says what it is; customer text with HTML is shown literally; ticks follow the outbox
// and statuses; failures show code and explanation with a Retry that names the item; reply quotes jump to the
// quoted message (loading history); paging at the top keeps the view still; hub signals update rows in place.
// Bad input tried: <script>/<b>/&amp; in customer text, a quote whose message is not in the store, a status for a
// message of another conversation, reactions/edits/revokes aimed at messages, a javascript: link.
#include "StoreTestBase.h"
#include "common/EmojiPicker.h"
#include "conversations/BubblePainter.h"
#include "conversations/ConversationHeader.h"
#include "conversations/ConversationView.h"
#include "conversations/FindBar.h"
#include "conversations/MessageDelegate.h"
#include "conversations/MessageLayout.h"
#include "conversations/MessageListModel.h"
#include "conversations/MessageListView.h"
#include "conversations/MessageSummary.h"
#include "store/ChangeHub.h"
#include "theme/Theme.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QToolButton>
#include <QtTest>

using namespace wabadesk;
using ui::MessageListModel;

namespace {

const QString kChannel = QStringLiteral("ch1");
const QString kCustomer = QStringLiteral("972987654321");
const QString kConversation = QStringLiteral("ch1/972987654321");

QJsonObject envelopeValue(const QString& key, const QJsonArray& items, bool withContact = true)
{
    QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                      {QStringLiteral("metadata"),
                       QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("972123456789")},
                                   {QStringLiteral("phone_number_id"), QStringLiteral("1122334455667")}}},
                      {key, items}};
    if (withContact) {
        value.insert(QStringLiteral("contacts"),
                     QJsonArray{QJsonObject{{QStringLiteral("profile"),
                                             QJsonObject{{QStringLiteral("name"), QStringLiteral("Dana Levi")}}},
                                            {QStringLiteral("wa_id"), kCustomer}}});
    }
    return value;
}

QByteArray envelope(const QJsonObject& value, const QString& field = QStringLiteral("messages"))
{
    const QJsonObject body{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                           {QStringLiteral("entry"),
                            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1234567890987654321")},
                                                   {QStringLiteral("changes"),
                                                    QJsonArray{QJsonObject{{QStringLiteral("value"), value},
                                                                           {QStringLiteral("field"), field}}}}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray textBody(const QString& wamid, qint64 timestamp, const QString& text, const QString& replyTo = {})
{
    QJsonObject item{{QStringLiteral("from"), kCustomer},
                     {QStringLiteral("id"), wamid},
                     {QStringLiteral("timestamp"), QString::number(timestamp)},
                     {QStringLiteral("type"), QStringLiteral("text")},
                     {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}};
    if (!replyTo.isEmpty())
        item.insert(QStringLiteral("context"), QJsonObject{{QStringLiteral("from"), QStringLiteral("972123456789")},
                                                           {QStringLiteral("id"), replyTo}});
    return envelope(envelopeValue(QStringLiteral("messages"), {item}));
}

QByteArray statusBody(const QString& wamid, const QString& status, qint64 timestamp)
{
    const QJsonObject item{{QStringLiteral("id"), wamid},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("timestamp"), QString::number(timestamp)},
                           {QStringLiteral("recipient_id"), kCustomer}};
    return envelope(envelopeValue(QStringLiteral("statuses"), {item}, false));
}

} // namespace

class TestConversationView : public QObject, protected test::StoreTestBase {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyFixtureTypeIsShown();
    void htmlInCustomerTextIsShownLiterally();
    void linksOpenOnlyWebUrls();
    void ticksFollowOutboxAndStatuses();
    void failedMessagesExplainAndRetry();
    void unknownOutcomeSaysRetryMaySendTwice();
    void replyQuoteJumpsToQuotedMessage();
    void scrollingToTopLoadsOlderPagesInPlace();
    void hubUpdatesOnlyTheAffectedRows();
    void findWalksMatchesIntoOlderHistory();
    void jumpToDateAndContextMenu();
    void farJumpLoadsAWindowThenPagesDownToTheNewest();
    void liveMessagesWhileWindowedAwayFromTheNewest();
    void archivedMediaReplacesThePlaceholderAtOnce();
    void screenshots();

private:
    // A fixture with its message ids made unique (many share "wamid.xyzxyz") and placeholders filled in.
    QByteArray fixtureAs(const char* name, const QString& wamid, const QString& target = {});
    void fillWithFixtures();
    void openView();
    QStyleOptionViewItem optionFor(const QModelIndex& index) const;
    const ui::MessageLayout* layoutOf(const QString& wamid) const;
    bool clickAction(int row, ui::MessageActionKind kind);
    QModelIndex indexOf(const QString& wamid) const;
    void addHistory(int count, qint64 start = 1700000000);
    qint64 sendLocal(const QJsonObject& payload);
    // The history numbers (wamid.h<n>) of the loaded message rows, top to bottom.
    QList<int> loadedHistory() const;

    std::unique_ptr<store::ChangeHub> m_hub;
    std::unique_ptr<ui::ConversationView> m_view;
    QList<QUrl> m_opened;
};

void TestConversationView::init()
{
    QString error;
    QVERIFY2(openStore(&error), qPrintable(error));
    m_store->setChannelRoutes({{QStringLiteral("1122334455667"), kChannel}});
    m_hub = std::make_unique<store::ChangeHub>();
    m_store->setChangeHub(m_hub.get());
    m_opened.clear();
}

void TestConversationView::cleanup()
{
    m_view.reset();
    m_hub.reset();
    closeStore();
}

QByteArray TestConversationView::fixtureAs(const char* name, const QString& wamid, const QString& target)
{
    QJsonObject body = QJsonDocument::fromJson(fixture(QByteArray(QByteArray(name) + ".json").constData())).object();
    QJsonArray entries = body.value(QStringLiteral("entry")).toArray();
    for (qsizetype e = 0; e < entries.size(); ++e) {
        QJsonObject entry = entries[e].toObject();
        QJsonArray changes = entry.value(QStringLiteral("changes")).toArray();
        for (qsizetype c = 0; c < changes.size(); ++c) {
            QJsonObject change = changes[c].toObject();
            QJsonObject value = change.value(QStringLiteral("value")).toObject();
            for (const QString& key : {QStringLiteral("messages"), QStringLiteral("message_echoes")}) {
                QJsonArray items = value.value(key).toArray();
                for (qsizetype i = 0; i < items.size(); ++i) {
                    QJsonObject item = items[i].toObject();
                    item.insert(QStringLiteral("id"), wamid);
                    if (key == QLatin1String("message_echoes"))
                        item.insert(QStringLiteral("to"), kCustomer);
                    else
                        item.insert(QStringLiteral("from"), kCustomer);
                    const QString type = item.value(QStringLiteral("type")).toString();
                    QJsonObject typed = item.value(type).toObject();
                    if (type == QLatin1String("reaction"))
                        typed.insert(QStringLiteral("message_id"), target);
                    if (type == QLatin1String("edit") || type == QLatin1String("revoke"))
                        typed.insert(QStringLiteral("original_message_id"), target);
                    if (!typed.isEmpty())
                        item.insert(type, typed);
                    items[i] = item;
                }
                if (!items.isEmpty())
                    value.insert(key, items);
            }
            change.insert(QStringLiteral("value"), value);
            changes[c] = change;
        }
        entry.insert(QStringLiteral("changes"), changes);
        entries[e] = entry;
    }
    body.insert(QStringLiteral("entry"), entries);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void TestConversationView::fillWithFixtures()
{
    const char* const fixtures[] = {"text",
                                    "image",
                                    "image_url",
                                    "sticker_animated",
                                    "video_forwarded",
                                    "audio_voice",
                                    "document",
                                    "location_current",
                                    "location_place",
                                    "contacts",
                                    "interactive_button_reply",
                                    "interactive_list_reply",
                                    "interactive_nfm_reply",
                                    "button",
                                    "order",
                                    "system_identity_changed",
                                    "unsupported",
                                    "unknown_type",
                                    "frequently_forwarded",
                                    "echo",
                                    "referral"};
    for (const char* name : fixtures) {
        const store::IngestOutcome outcome = ingest(fixtureAs(name, QStringLiteral("wamid.") + QLatin1String(name)));
        QVERIFY2(outcome.result == store::IngestOutcome::Result::Stored, name);
    }
    // Reactions, an edit and a revoke aimed at messages of the conversation.
    QCOMPARE(ingest(textBody(QStringLiteral("wamid.edited"), 1697045000, QStringLiteral("first version"))).result,
             store::IngestOutcome::Result::Stored);
    QCOMPARE(ingest(textBody(QStringLiteral("wamid.revoked"), 1697045100, QStringLiteral("oops, wrong chat"))).result,
             store::IngestOutcome::Result::Stored);
    ingest(fixtureAs("reaction", QStringLiteral("wamid.reaction"), QStringLiteral("wamid.text")));
    ingest(fixtureAs("revoke", QStringLiteral("wamid.revoke"), QStringLiteral("wamid.revoked")));
    // The fixture edits an image; make it a text edit of our text message.
    QJsonObject edit =
        QJsonDocument::fromJson(fixtureAs("edit", QStringLiteral("wamid.edit"), QStringLiteral("wamid.edited")))
            .object();
    QJsonArray entries = edit.value(QStringLiteral("entry")).toArray();
    QJsonObject entry = entries[0].toObject();
    QJsonArray changes = entry.value(QStringLiteral("changes")).toArray();
    QJsonObject change = changes[0].toObject();
    QJsonObject value = change.value(QStringLiteral("value")).toObject();
    QJsonArray items = value.value(QStringLiteral("messages")).toArray();
    QJsonObject item = items[0].toObject();
    QJsonObject editObject = item.value(QStringLiteral("edit")).toObject();
    editObject.insert(
        QStringLiteral("message"),
        QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                    {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("second version")}}}});
    item.insert(QStringLiteral("edit"), editObject);
    item.insert(QStringLiteral("timestamp"), QStringLiteral("1697045200"));
    items[0] = item;
    value.insert(QStringLiteral("messages"), items);
    change.insert(QStringLiteral("value"), value);
    changes[0] = change;
    entry.insert(QStringLiteral("changes"), changes);
    entries[0] = entry;
    edit.insert(QStringLiteral("entry"), entries);
    const QByteArray editBody = QJsonDocument(edit).toJson(QJsonDocument::Compact);
    ingest(editBody);
}

void TestConversationView::openView()
{
    m_view = std::make_unique<ui::ConversationView>(m_store.get(), m_hub.get());
    m_view->setUrlOpener([this](const QUrl& url) { m_opened.append(url); });
    m_view->resize(760, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setConversation(kConversation);
    QCoreApplication::processEvents();
}

QStyleOptionViewItem TestConversationView::optionFor(const QModelIndex& index) const
{
    QStyleOptionViewItem option;
    option.widget = m_view->listView();
    option.font = m_view->listView()->font();
    option.palette = m_view->listView()->palette();
    option.rect = m_view->listView()->visualRect(index);
    return option;
}

QModelIndex TestConversationView::indexOf(const QString& wamid) const
{
    return m_view->model()->index(m_view->model()->rowForWamid(wamid));
}

const ui::MessageLayout* TestConversationView::layoutOf(const QString& wamid) const
{
    const QModelIndex index = indexOf(wamid);
    return index.isValid() ? m_view->delegate()->layoutFor(optionFor(index), index) : nullptr;
}

bool TestConversationView::clickAction(int row, ui::MessageActionKind kind)
{
    const QModelIndex index = m_view->model()->index(row);
    m_view->listView()->scrollToRow(row, QAbstractItemView::PositionAtCenter);
    QCoreApplication::processEvents();
    const QStyleOptionViewItem option = optionFor(index);
    const ui::MessageLayout* layout = m_view->delegate()->layoutFor(option, index);
    if (!layout)
        return false;
    for (const ui::MessageLayout::Action& a : layout->actions) {
        if (a.kind == kind) {
            const QPoint at = option.rect.topLeft() + a.rect.center().toPoint();
            QTest::mouseClick(m_view->listView()->viewport(), Qt::LeftButton, {}, at);
            return true;
        }
    }
    return false;
}

void TestConversationView::addHistory(int count, qint64 start)
{
    QList<store::JournalRecord> records;
    for (int i = 0; i < count; ++i) {
        records.append(
            {++m_seq,
             QDateTime::currentDateTimeUtc(),
             textBody(QStringLiteral("wamid.h%1").arg(i), start + i * 600, QStringLiteral("History message %1").arg(i)),
             {}});
    }
    QCOMPARE(m_store->ingest(records).size(), count);
}

qint64 TestConversationView::sendLocal(const QJsonObject& payload)
{
    return m_store->enqueueOutgoing(kChannel, kConversation, payload);
}

void TestConversationView::everyFixtureTypeIsShown()
{
    fillWithFixtures();
    openView();
    MessageListModel* model = m_view->model();
    const QStringList expected{QStringLiteral("wamid.text"),
                               QStringLiteral("wamid.image"),
                               QStringLiteral("wamid.sticker_animated"),
                               QStringLiteral("wamid.video_forwarded"),
                               QStringLiteral("wamid.audio_voice"),
                               QStringLiteral("wamid.document"),
                               QStringLiteral("wamid.location_place"),
                               QStringLiteral("wamid.contacts"),
                               QStringLiteral("wamid.interactive_button_reply"),
                               QStringLiteral("wamid.interactive_list_reply"),
                               QStringLiteral("wamid.interactive_nfm_reply"),
                               QStringLiteral("wamid.button"),
                               QStringLiteral("wamid.order"),
                               QStringLiteral("wamid.system_identity_changed"),
                               QStringLiteral("wamid.unsupported"),
                               QStringLiteral("wamid.unknown_type"),
                               QStringLiteral("wamid.echo"),
                               QStringLiteral("wamid.edited"),
                               QStringLiteral("wamid.revoked")};
    for (const QString& wamid : expected) {
        QVERIFY2(model->rowForWamid(wamid) >= 0, qPrintable(wamid));
        QVERIFY2(layoutOf(wamid) && !layoutOf(wamid)->size.isEmpty(), qPrintable(wamid));
    }
    // Reactions, edits and revokes are not rows of their own.
    QCOMPARE(model->rowForWamid(QStringLiteral("wamid.reaction")), -1);
    QCOMPARE(model->rowForWamid(QStringLiteral("wamid.edit")), -1);
    // Day separators between days.
    int separators = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row).data(MessageListModel::KindRole).value<MessageListModel::RowKind>() ==
            MessageListModel::RowKind::DaySeparator)
            ++separators;
    }
    QVERIFY2(separators >= 2, qPrintable(QString::number(separators))); // 11 and 25 October 2023
    QCOMPARE(model->index(0).data(MessageListModel::KindRole).value<MessageListModel::RowKind>(),
             MessageListModel::RowKind::DaySeparator);

    auto hasAction = [&](const QString& wamid, ui::MessageActionKind kind) {
        const ui::MessageLayout* l = layoutOf(wamid);
        return l && std::any_of(l->actions.cbegin(), l->actions.cend(),
                                [kind](const ui::MessageLayout::Action& a) { return a.kind == kind; });
    };
    auto texts = [&](const QString& wamid) {
        QStringList out;
        if (const ui::MessageLayout* l = layoutOf(wamid)) {
            for (const ui::MessageLayout::Text& t : l->texts)
                out.append(t.text);
            if (l->body)
                out.append(l->body->toPlainText());
        }
        return out.join(QLatin1Char('|'));
    };
    // Media: a picture area for images and stickers, Open/Save cards for all.
    QVERIFY(!layoutOf(QStringLiteral("wamid.image"))->thumbnail.isEmpty());
    QVERIFY(!layoutOf(QStringLiteral("wamid.sticker_animated"))->thumbnail.isEmpty());
    QVERIFY(texts(QStringLiteral("wamid.sticker_animated")).contains(QLatin1String("Animated sticker")));
    for (const QString& media : {QStringLiteral("wamid.image"), QStringLiteral("wamid.video_forwarded"),
                                 QStringLiteral("wamid.audio_voice"), QStringLiteral("wamid.document")}) {
        QVERIFY2(hasAction(media, ui::MessageActionKind::Open), qPrintable(media));
        QVERIFY2(hasAction(media, ui::MessageActionKind::Save), qPrintable(media));
    }
    // A voice note is a player (play button, seek bar), as in WhatsApp: no "Voice message" card.
    QVERIFY(!layoutOf(QStringLiteral("wamid.audio_voice"))->playButton.isEmpty());
    QVERIFY(!layoutOf(QStringLiteral("wamid.audio_voice"))->seekBar.isEmpty());
    QVERIFY(hasAction(QStringLiteral("wamid.audio_voice"), ui::MessageActionKind::Play));
    QVERIFY(hasAction(QStringLiteral("wamid.video_forwarded"), ui::MessageActionKind::Play));
    QVERIFY(texts(QStringLiteral("wamid.video_forwarded")).contains(QLatin1String("Forwarded")));
    QVERIFY(texts(QStringLiteral("wamid.frequently_forwarded")).contains(QLatin1String("Forwarded many times")));
    // Open/Save leave as signals with the message id.
    QSignalSpy open(m_view.get(), &ui::ConversationView::openMediaRequested);
    QSignalSpy save(m_view.get(), &ui::ConversationView::saveMediaRequested);
    QVERIFY(clickAction(model->rowForWamid(QStringLiteral("wamid.document")), ui::MessageActionKind::Open));
    QVERIFY(clickAction(model->rowForWamid(QStringLiteral("wamid.document")), ui::MessageActionKind::Save));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("wamid.document"));
    QCOMPARE(save.size(), 1);
    // Location: name, address, coordinates, "Open in maps" on openstreetmap.org.
    QVERIFY(hasAction(QStringLiteral("wamid.location_place"), ui::MessageActionKind::OpenMap));
    QVERIFY(clickAction(model->rowForWamid(QStringLiteral("wamid.location_place")), ui::MessageActionKind::OpenMap));
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(m_opened.at(0).host(), QStringLiteral("www.openstreetmap.org"));
    QVERIFY(m_opened.at(0).query().contains(QLatin1String("mlat=")));
    // Contacts, order, interactive replies, system, unsupported and unknown say what they are.
    QVERIFY(texts(QStringLiteral("wamid.contacts")).contains(QLatin1String("Chandler Bing")));
    QVERIFY(texts(QStringLiteral("wamid.contacts")).contains(QLatin1String("+1 555-555-5555")));
    QVERIFY(texts(QStringLiteral("wamid.order")).contains(QLatin1String("HAMBURGER")));
    QVERIFY(texts(QStringLiteral("wamid.order")).contains(QLatin1String("Total 110 ILS")));
    QVERIFY(texts(QStringLiteral("wamid.interactive_button_reply")).contains(QLatin1String("Tapped a reply button")));
    QVERIFY(texts(QStringLiteral("wamid.interactive_list_reply")).contains(QLatin1String("Chose from a list")));
    QVERIFY(texts(QStringLiteral("wamid.interactive_nfm_reply")).contains(QLatin1String("Flow response")));
    QVERIFY(texts(QStringLiteral("wamid.button")).contains(QLatin1String("template button")));
    QCOMPARE(layoutOf(QStringLiteral("wamid.system_identity_changed"))->style, ui::MessageLayout::Style::System);
    QVERIFY(texts(QStringLiteral("wamid.unsupported")).contains(QLatin1String("not supported")));
    QVERIFY(texts(QStringLiteral("wamid.unknown_type")).contains(QLatin1String("poll")));
    // Echo: the business app's own message, on our side, labelled.
    QVERIFY(indexOf(QStringLiteral("wamid.echo")).data(MessageListModel::IsOutgoingRole).toBool());
    QVERIFY(texts(QStringLiteral("wamid.echo")).contains(QLatin1String("WhatsApp Business app")));
    // Reaction under the text; edited with previous text; deleted with what it said.
    QCOMPARE(indexOf(QStringLiteral("wamid.text")).data(MessageListModel::ReactionsRole).toStringList(),
             QStringList{QStringLiteral("😮")});
    QVERIFY(!layoutOf(QStringLiteral("wamid.text"))->reactionsRect.isEmpty());
    const QModelIndex edited = indexOf(QStringLiteral("wamid.edited"));
    QVERIFY(edited.data(MessageListModel::IsEditedRole).toBool());
    QCOMPARE(edited.data(MessageListModel::PreviousTextRole).toString(), QStringLiteral("first version"));
    QCOMPARE(edited.data(MessageListModel::PlainTextRole).toString(), QStringLiteral("second version"));
    QVERIFY(layoutOf(QStringLiteral("wamid.edited"))->time.startsWith(QLatin1String("edited")));
    QVERIFY(indexOf(QStringLiteral("wamid.revoked")).data(MessageListModel::IsDeletedRole).toBool());
    QVERIFY(texts(QStringLiteral("wamid.revoked")).contains(QLatin1String("This message was deleted")));
    QVERIFY(!texts(QStringLiteral("wamid.revoked")).contains(QLatin1String("oops")));
    // "Show what it said" expands the previous text.
    QVERIFY(clickAction(model->rowForWamid(QStringLiteral("wamid.revoked")), ui::MessageActionKind::ToggleHistory));
    QVERIFY(texts(QStringLiteral("wamid.revoked")).contains(QLatin1String("oops, wrong chat")));
}

void TestConversationView::htmlInCustomerTextIsShownLiterally()
{
    const QString hostile = QStringLiteral("<b>not bold</b> <script>alert('x')</script> Tom &amp; Jerry <img src=x>");
    ingest(textBody(QStringLiteral("wamid.html"), 1700000000, hostile));
    ingest(textBody(QStringLiteral("wamid.fmt"), 1700000060, QStringLiteral("*really* bold")));
    openView();
    const QModelIndex index = indexOf(QStringLiteral("wamid.html"));
    QCOMPARE(index.data(MessageListModel::PlainTextRole).toString(), hostile);
    const ui::MessageLayout* layout = layoutOf(QStringLiteral("wamid.html"));
    QVERIFY(layout && layout->body);
    QCOMPARE(layout->body->toPlainText(), hostile);
    // Formatting is applied, the markers go.
    const ui::MessageLayout* formatted = layoutOf(QStringLiteral("wamid.fmt"));
    QCOMPARE(formatted->body->toPlainText(), QStringLiteral("really bold"));
    QVERIFY(formatted->body->toHtml().contains(QLatin1String("font-weight")));
}

void TestConversationView::linksOpenOnlyWebUrls()
{
    ingest(textBody(QStringLiteral("wamid.link"), 1700000000, QStringLiteral("https://example.com/x")));
    ingest(textBody(QStringLiteral("wamid.js"), 1700000060, QStringLiteral("javascript:alert(1)")));
    openView();
    QVERIFY(clickAction(m_view->model()->rowForWamid(QStringLiteral("wamid.link")), ui::MessageActionKind::Link) ==
            false); // links are not actions, they are in the body: click the body
    const int row = m_view->model()->rowForWamid(QStringLiteral("wamid.link"));
    m_view->listView()->scrollToRow(row);
    const QModelIndex index = m_view->model()->index(row);
    const QStyleOptionViewItem option = optionFor(index);
    const ui::MessageLayout* layout = m_view->delegate()->layoutFor(option, index);
    const QPoint at = option.rect.topLeft() + (layout->bodyPos + QPointF(10, 8)).toPoint();
    QTest::mouseClick(m_view->listView()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(m_opened, QList<QUrl>{QUrl(QStringLiteral("https://example.com/x"))});
    QVERIFY(!layoutOf(QStringLiteral("wamid.js"))->body->toHtml().contains(QLatin1String("href=\"javascript")));
}

void TestConversationView::ticksFollowOutboxAndStatuses()
{
    ingest(textBody(QStringLiteral("wamid.in"), QDateTime::currentSecsSinceEpoch() - 60, QStringLiteral("Hi")));
    openView();
    MessageListModel* model = m_view->model();
    const QJsonObject payload{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("to"), kCustomer},
        {QStringLiteral("type"), QStringLiteral("text")},
        {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("Hello!")}}}};
    const qint64 id = sendLocal(payload);
    QVERIFY(id > 0);
    QTRY_VERIFY(model->rowForOutbox(id) >= 0);
    auto statusOfOutbox = [&] {
        return model->index(model->rowForOutbox(id)).data(MessageListModel::StatusRole).toString();
    };
    QCOMPARE(statusOfOutbox(), QStringLiteral("queued"));
    QVERIFY(model->index(model->rowForOutbox(id)).data(MessageListModel::IsOutgoingRole).toBool());
    QVERIFY(m_store->markOutgoingSending(id));
    QTRY_COMPARE(statusOfOutbox(), QStringLiteral("sending"));
    QVERIFY(m_store->markOutgoingSent(id, QStringLiteral("wamid.out"), QStringLiteral("Hello!")));
    QTRY_VERIFY(model->rowForWamid(QStringLiteral("wamid.out")) >= 0);
    QCOMPARE(model->rowForOutbox(id), -1); // the pending bubble became the message, not a second one
    auto status = [&] {
        return indexOf(QStringLiteral("wamid.out")).data(MessageListModel::StatusRole).toString();
    };
    QCOMPARE(status(), QStringLiteral("sent"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    ingest(statusBody(QStringLiteral("wamid.out"), QStringLiteral("delivered"), now));
    QTRY_COMPARE(status(), QStringLiteral("delivered"));
    ingest(statusBody(QStringLiteral("wamid.out"), QStringLiteral("read"), now + 1));
    QTRY_COMPARE(status(), QStringLiteral("read"));
    QCOMPARE(layoutOf(QStringLiteral("wamid.out"))->status, QStringLiteral("read"));
    // A late "delivered" does not move the tick back.
    ingest(statusBody(QStringLiteral("wamid.out"), QStringLiteral("delivered"), now + 2));
    QTest::qWait(20);
    QCOMPARE(status(), QStringLiteral("read"));

    // Message info speaks the user's words: "Text", "Read", "Marketing · per message · charged", and no mojibake
    // (a " · " in a QLatin1String showed as "Â·").
    const qint64 second = sendLocal(payload);
    QVERIFY(m_store->markOutgoingSending(second));
    QVERIFY(m_store->markOutgoingSent(second, QStringLiteral("wamid.out2"), QStringLiteral("Hello!")));
    QByteArray pmp = fixture("status_pmp.json"); // delivered, PMP, regular, marketing
    pmp.replace("wamid.xyzxyz", "wamid.out2");
    ingest(pmp);
    QTRY_COMPARE(indexOf(QStringLiteral("wamid.out2")).data(MessageListModel::StatusRole).toString(),
                 QStringLiteral("delivered"));
    m_view->showMessageInfo(indexOf(QStringLiteral("wamid.out2")));
    auto* info = m_view->findChild<QDialog*>(QStringLiteral("messageInfoDialog"));
    QVERIFY(info);
    QStringList labels;
    for (const QLabel* label : info->findChildren<QLabel*>())
        labels.append(label->text());
    QVERIFY2(labels.contains(QStringLiteral("Text")) && labels.contains(QStringLiteral("Delivered")),
             qPrintable(labels.join(QLatin1Char('|'))));
    auto* history = info->findChild<QTableWidget*>(QStringLiteral("statusHistoryTable"));
    QVERIFY(history);
    QStringList statuses;
    QStringList pricing;
    for (int r = 0; r < history->rowCount(); ++r) {
        statuses.append(history->item(r, 0)->text());
        pricing.append(history->item(r, 3)->text());
    }
    QVERIFY2(statuses.contains(QStringLiteral("Delivered")) && !statuses.contains(QStringLiteral("delivered")),
             qPrintable(statuses.join(QLatin1Char('|'))));
    QVERIFY2(pricing.contains(QStringLiteral("Marketing · per message · charged")),
             qPrintable(pricing.join(QLatin1Char('|'))));
    QVERIFY(!pricing.join(QString()).contains(QChar(0x00C2)));
    info->close();
}

void TestConversationView::failedMessagesExplainAndRetry()
{
    ingest(textBody(QStringLiteral("wamid.in"), QDateTime::currentSecsSinceEpoch() - 60, QStringLiteral("Hi")));
    openView();
    MessageListModel* model = m_view->model();
    QSignalSpy retry(m_view.get(), &ui::ConversationView::retryRequested);

    // An outbox item the API refused before it had a wamid.
    const qint64 id =
        sendLocal({{QStringLiteral("type"), QStringLiteral("text")},
                   {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("late")}}}});
    QVERIFY(m_store->markOutgoingSending(id));
    QVERIFY(m_store->markOutgoingFailed(id, QStringLiteral("131047: 24-hour window closed")));
    QTRY_COMPARE(model->index(model->rowForOutbox(id)).data(MessageListModel::StatusRole).toString(),
                 QStringLiteral("failed"));
    const int row = model->rowForOutbox(id);
    QVERIFY(model->index(row).data(MessageListModel::ErrorTextRole).toString().contains(QLatin1String("131047")));
    QVERIFY(clickAction(row, ui::MessageActionKind::Retry));
    QCOMPARE(retry.size(), 1);
    QCOMPARE(retry.at(0).at(0).toString(), kConversation);
    QCOMPARE(retry.at(0).at(1).value<QVariant>().toLongLong(), id);

    // A sent message whose status came back failed: code + explanation, Retry by wamid, red tick.
    const qint64 second =
        sendLocal({{QStringLiteral("type"), QStringLiteral("text")},
                   {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("x")}}}});
    QVERIFY(m_store->markOutgoingSending(second));
    QVERIFY(m_store->markOutgoingSent(second, QStringLiteral("wamid.xyzxyz"), QStringLiteral("x")));
    ingest("status_failed.json");
    QTRY_COMPARE(indexOf(QStringLiteral("wamid.xyzxyz")).data(MessageListModel::StatusRole).toString(),
                 QStringLiteral("failed"));
    const QString error = indexOf(QStringLiteral("wamid.xyzxyz")).data(MessageListModel::ErrorTextRole).toString();
    QVERIFY2(error.startsWith(QLatin1String("130472: ")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("experiment")), qPrintable(error));
    QCOMPARE(layoutOf(QStringLiteral("wamid.xyzxyz"))->status, QStringLiteral("failed"));
    QVERIFY(!layoutOf(QStringLiteral("wamid.xyzxyz"))->errorBox.isEmpty());
    QVERIFY(clickAction(model->rowForWamid(QStringLiteral("wamid.xyzxyz")), ui::MessageActionKind::Retry));
    QCOMPARE(retry.size(), 2);
    QCOMPARE(retry.at(1).at(1).value<QVariant>().toString(), QStringLiteral("wamid.xyzxyz"));
    // Message info lists the status history with the error.
    m_view->showMessageInfo(indexOf(QStringLiteral("wamid.xyzxyz")));
    auto* info = m_view->findChild<QDialog*>(QStringLiteral("messageInfoDialog"));
    QVERIFY(info);
    auto* history = info->findChild<QTableWidget*>(QStringLiteral("statusHistoryTable"));
    QVERIFY(history && history->rowCount() >= 1);
    bool hasCode = false;
    for (int r = 0; r < history->rowCount(); ++r)
        hasCode = hasCode || (history->item(r, 2) && history->item(r, 2)->text().startsWith(QLatin1String("130472")));
    QVERIFY(hasCode);
    info->close();
    // The context menu offers Retry too.
    std::unique_ptr<QMenu> menu(m_view->createContextMenu(indexOf(QStringLiteral("wamid.xyzxyz")), nullptr));
    QVERIFY(menu->findChild<QAction*>(QStringLiteral("retryAction")));
}

void TestConversationView::unknownOutcomeSaysRetryMaySendTwice()
{
    // Tried: an outbox item whose request left before its sender stopped (issue #17 item 9). The bubble says the
    // outcome is unknown (not "failed"), explains that Retry may send it twice, offers Retry by its outbox id in the
    // box and the context menu, and marks it for attention.
    ingest(textBody(QStringLiteral("wamid.in"), QDateTime::currentSecsSinceEpoch() - 60, QStringLiteral("Hi")));
    openView();
    MessageListModel* model = m_view->model();
    QSignalSpy retry(m_view.get(), &ui::ConversationView::retryRequested);
    const qint64 id =
        sendLocal({{QStringLiteral("type"), QStringLiteral("text")},
                   {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("maybe")}}}});
    QVERIFY(m_store->markOutgoingSending(id, QStringLiteral("stopped"), std::chrono::seconds(1)));
    QVERIFY(m_store->markOutgoingRequestSent(id, QStringLiteral("stopped"), QStringLiteral("maybe")));
    QVERIFY(m_store->settleInterruptedOutgoing(nullptr, nullptr, QDateTime::currentDateTimeUtc().addSecs(2)));
    QTRY_COMPARE(model->index(model->rowForOutbox(id)).data(MessageListModel::StatusRole).toString(),
                 QStringLiteral("unknown"));
    const int row = model->rowForOutbox(id);
    const QString error = model->index(row).data(MessageListModel::ErrorTextRole).toString();
    QVERIFY2(error.startsWith(QLatin1String("Outcome unknown")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("twice")), qPrintable(error));
    QCOMPARE(ui::MessageSummary::statusText(QStringLiteral("unknown")), QStringLiteral("Outcome unknown"));
    QVERIFY(clickAction(row, ui::MessageActionKind::Retry));
    QCOMPARE(retry.size(), 1);
    QCOMPARE(retry.at(0).at(1).value<QVariant>().toLongLong(), id);
    std::unique_ptr<QMenu> menu(m_view->createContextMenu(model->index(row), nullptr));
    QVERIFY(menu->findChild<QAction*>(QStringLiteral("retryAction")));
}

void TestConversationView::replyQuoteJumpsToQuotedMessage()
{
    addHistory(130);
    ingest(textBody(QStringLiteral("wamid.reply"), 1700000000 + 200 * 600, QStringLiteral("About that…"),
                    QStringLiteral("wamid.h3")));
    ingest(textBody(QStringLiteral("wamid.lost"), 1700000000 + 201 * 600, QStringLiteral("And this?"),
                    QStringLiteral("wamid.not-in-store")));
    openView();
    MessageListModel* model = m_view->model();
    QCOMPARE(model->rowForWamid(QStringLiteral("wamid.h3")), -1); // not loaded yet
    const QModelIndex reply = indexOf(QStringLiteral("wamid.reply"));
    QCOMPARE(reply.data(MessageListModel::QuotedTextRole).toString(), QStringLiteral("History message 3"));
    QCOMPARE(reply.data(MessageListModel::QuotedSenderRole).toString(), QStringLiteral("Dana Levi"));
    QVERIFY(clickAction(reply.row(), ui::MessageActionKind::Quote));
    const int target = model->rowForWamid(QStringLiteral("wamid.h3"));
    QVERIFY(target >= 0);
    const QRect rect = m_view->listView()->visualRect(model->index(target));
    QVERIFY2(m_view->listView()->viewport()->rect().intersects(rect), "the quoted message is in view");
    // A quote of a message the store does not have says so instead of jumping.
    QSignalSpy notFound(m_view.get(), &ui::ConversationView::messageNotFound);
    const QModelIndex lost = indexOf(QStringLiteral("wamid.lost"));
    QCOMPARE(lost.data(MessageListModel::QuotedTextRole).toString(), QStringLiteral("Original message not available"));
    QVERIFY(clickAction(lost.row(), ui::MessageActionKind::Quote));
    QCOMPARE(notFound.size(), 1);
}

void TestConversationView::scrollingToTopLoadsOlderPagesInPlace()
{
    addHistory(180);
    openView();
    MessageListModel* model = m_view->model();
    QCOMPARE(model->loadedMessageCount(), MessageListModel::PageSize);
    QVERIFY(model->canFetchOlder());
    ui::MessageListView* list = m_view->listView();
    QTRY_VERIFY(list->isAtBottom());
    QCOMPARE(model->rowForWamid(QStringLiteral("wamid.h179")), model->rowCount() - 1);
    // Being at the bottom must not page in history (Qt's own fetchMore would).
    QTest::qWait(50);
    QCOMPARE(model->loadedMessageCount(), MessageListModel::PageSize);

    const QString topKey =
        model->index(model->rowForWamid(QStringLiteral("wamid.h130"))).data(MessageListModel::KeyRole).toString();
    list->verticalScrollBar()->setValue(0);
    // Scrolling pages in small pages (ScrollPageSize) until the top is half a screen away again.
    QTRY_VERIFY(model->loadedMessageCount() > MessageListModel::PageSize);
    QCOMPARE((model->loadedMessageCount() - MessageListModel::PageSize) % MessageListModel::ScrollPageSize, 0);
    QVERIFY(model->loadedMessageCount() < 180);
    // What was at the top is still in view: the page went in above it.
    const QRect anchor = list->visualRect(model->index(model->rowForKey(topKey)));
    QVERIFY2(anchor.top() >= -2 && anchor.top() < list->viewport()->height(),
             qPrintable(QString::number(anchor.top())));
    QVERIFY(list->verticalScrollBar()->value() > 0);
    // ensureLoaded pages to the very first message.
    QVERIFY(model->ensureLoaded(m_store->rowIdOf(kChannel, QStringLiteral("wamid.h0")).value_or(-1)));
    QCOMPARE(model->loadedMessageCount(), 180);
    QVERIFY(!model->canFetchOlder());
}

void TestConversationView::hubUpdatesOnlyTheAffectedRows()
{
    // All on one local day (noon today), so that the new message never brings a day separator of its own: run just
    // after midnight, "two hours ago" was yesterday.
    const qint64 noon = QDateTime(QDate::currentDate(), QTime(12, 0)).toSecsSinceEpoch();
    addHistory(10, noon - 7200);
    openView();
    MessageListModel* model = m_view->model();
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    const int rowsBefore = model->rowCount();

    ingest(textBody(QStringLiteral("wamid.new"), noon, QStringLiteral("Are you there?")));
    QTRY_COMPARE(model->rowCount(), rowsBefore + 1);
    QCOMPARE(model->rowForWamid(QStringLiteral("wamid.new")), rowsBefore);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), rowsBefore);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 0);
    QTRY_VERIFY(m_view->listView()->isAtBottom()); // followed the new message

    // A reaction to an older message changes that row only.
    changed.clear();
    ingest(fixtureAs("reaction", QStringLiteral("wamid.r1"), QStringLiteral("wamid.h4")));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), model->rowForWamid(QStringLiteral("wamid.h4")));
    QCOMPARE(indexOf(QStringLiteral("wamid.h4")).data(MessageListModel::ReactionsRole).toStringList().size(), 1);

    // Messages of another conversation do not touch this one.
    changed.clear();
    inserted.clear();
    QByteArray other = textBody(QStringLiteral("wamid.other"), QDateTime::currentSecsSinceEpoch(), QStringLiteral("x"));
    other.replace("972987654321", "15551234567");
    ingest(other);
    QTest::qWait(30);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(reset.size(), 0);
}

void TestConversationView::archivedMediaReplacesThePlaceholderAtOnce()
{
    // The archiver stores a received photo while its conversation is open: the row repaints with the picture (it
    // stayed a placeholder until the conversation was opened again: the row's content looked unchanged).
    QCOMPARE(ingest(fixtureAs("image", QStringLiteral("wamid.photo"))).result, store::IngestOutcome::Result::Stored);
    openView();
    m_view->setMediaLocator([](const StoredMessage& m) { return m.localMediaPath; });
    const ui::MessageLayout* before = layoutOf(QStringLiteral("wamid.photo"));
    QVERIFY(before);
    QVERIFY(before->thumbnailImage.isNull());
    const int revision = indexOf(QStringLiteral("wamid.photo")).data(MessageListModel::RevisionRole).toInt();

    QImage picture(320, 200, QImage::Format_RGB32);
    picture.fill(QColor(0x25, 0xd3, 0x66));
    const QString path = QDir(m_dir->path()).filePath(QStringLiteral("photo.png"));
    QVERIFY(picture.save(path));
    const std::optional<StoredMessage> message = m_store->message(QStringLiteral("wamid.photo"), kChannel);
    QVERIFY(message);
    QSignalSpy changed(m_view->model(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_store->recordMediaFile(*message, path, QFileInfo(path).size()));
    QTRY_VERIFY(!changed.isEmpty());
    QVERIFY(indexOf(QStringLiteral("wamid.photo")).data(MessageListModel::RevisionRole).toInt() != revision);
    const ui::MessageLayout* after = layoutOf(QStringLiteral("wamid.photo"));
    QVERIFY(after);
    QVERIFY(!after->thumbnailImage.isNull());
}

void TestConversationView::findWalksMatchesIntoOlderHistory()
{
    addHistory(120);
    ingest(textBody(QStringLiteral("wamid.needle-old"), 1700000000 - 600, QStringLiteral("the parcel number is 42")));
    openView();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->listView()->setFocus();
    QTest::keySequence(m_view->listView(), QKeySequence::Find);
    QVERIFY(m_view->findBar()->isVisible());
    auto* field = m_view->findBar()->findChild<QLineEdit*>(QStringLiteral("findField"));
    auto* result = m_view->findBar()->findChild<QLabel*>(QStringLiteral("findResult"));
    QTest::keyClicks(field, QStringLiteral("History message 11"));
    // Loaded: 110..119 match ("History message 11x"); older history may hold more.
    QCOMPARE(result->text(), QStringLiteral("1 of 10+"));
    QCOMPARE(m_view->delegate()->highlight(), QStringLiteral("History message 11"));
    field->clear();
    QTest::keyClicks(field, QStringLiteral("PARCEL"));
    QCOMPARE(result->text(), QStringLiteral("Searching…"));
    QTest::keyClick(field, Qt::Key_Return); // older: pages in history until found
    QVERIFY(m_view->model()->rowForWamid(QStringLiteral("wamid.needle-old")) >= 0);
    QCOMPARE(result->text(), QStringLiteral("1 of 1"));
    const QRect rect = m_view->listView()->visualRect(indexOf(QStringLiteral("wamid.needle-old")));
    QVERIFY(m_view->listView()->viewport()->rect().intersects(rect));
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(!m_view->findBar()->isVisible());
    QVERIFY(m_view->delegate()->highlight().isEmpty());
}

void TestConversationView::jumpToDateAndContextMenu()
{
    addHistory(300, QDateTime(QDate(2024, 3, 1), QTime(8, 0)).toSecsSinceEpoch()); // 10-minute steps, 2+ days
    openView();
    QVERIFY(m_view->jumpToDate(QDate(2024, 3, 1)));
    const int row = m_view->model()->rowForWamid(QStringLiteral("wamid.h0"));
    QVERIFY(row >= 0);
    QVERIFY(
        m_view->listView()->viewport()->rect().intersects(m_view->listView()->visualRect(m_view->model()->index(row))));
    QVERIFY(!m_view->jumpToDate(QDate(2030, 1, 1)));

    QSignalSpy reply(m_view.get(), &ui::ConversationView::replyRequested);
    QSignalSpy react(m_view.get(), &ui::ConversationView::reactRequested);
    std::unique_ptr<QMenu> menu(m_view->createContextMenu(m_view->model()->index(row), nullptr));
    QVERIFY(menu);
    QVERIFY(!menu->findChild<QAction*>(QStringLiteral("retryAction"))); // not failed
    menu->findChild<QAction*>(QStringLiteral("replyAction"))->trigger();
    QCOMPARE(reply.size(), 1);
    QCOMPARE(reply.at(0).at(0).toString(), QStringLiteral("wamid.h0"));
    menu->findChild<QAction*>(QStringLiteral("reactAction0"))->trigger();
    QCOMPARE(react.size(), 1);
    QCOMPARE(react.at(0).at(1).toString(), QStringLiteral("👍"));
    // The six quick reactions are one row with "+"; nothing to remove while the agent has not reacted.
    auto* reactionRow = menu->findChild<QWidget*>(QStringLiteral("reactionRow"));
    QVERIFY(reactionRow);
    QCOMPARE(reactionRow->findChildren<QToolButton*>().size(), 7);
    QVERIFY(!menu->findChild<QAction*>(QStringLiteral("removeReactionAction")));
    menu->findChild<QAction*>(QStringLiteral("copyAction"))->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("History message 0"));
    // "+" opens the emoji grid for any reaction to this message.
    react.clear();
    menu->findChild<QAction*>(QStringLiteral("reactMoreAction"))->trigger();
    QTRY_VERIFY(m_view->reactionPicker() && m_view->reactionPicker()->isVisible());
    auto* search = m_view->reactionPicker()->findChild<QLineEdit*>(QStringLiteral("emojiSearch"));
    search->setText(QStringLiteral("party popper"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(react.size(), 1);
    QCOMPARE(react.at(0).at(0).toString(), QStringLiteral("wamid.h0"));
    QCOMPARE(react.at(0).at(1).toString(), QStringLiteral("🎉"));

    // With the agent's own reaction (sent from the desk): it is marked, and "Remove my reaction" appears; choosing
    // it again takes it back.
    const qint64 id =
        sendLocal({{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                   {QStringLiteral("to"), kCustomer},
                   {QStringLiteral("type"), QStringLiteral("reaction")},
                   {QStringLiteral("reaction"), QJsonObject{{QStringLiteral("message_id"), QStringLiteral("wamid.h0")},
                                                            {QStringLiteral("emoji"), QStringLiteral("👍")}}}});
    QVERIFY(m_store->markOutgoingSending(id));
    QVERIFY(m_store->markOutgoingSent(id, QStringLiteral("wamid.mine"), QString()));
    QTRY_COMPARE(indexOf(QStringLiteral("wamid.h0")).data(MessageListModel::ReactionsRole).toStringList().size(), 1);
    std::unique_ptr<QMenu> again(m_view->createContextMenu(indexOf(QStringLiteral("wamid.h0")), nullptr));
    QVERIFY(again->findChild<QAction*>(QStringLiteral("removeReactionAction")));
    QAction* thumbs = again->findChild<QAction*>(QStringLiteral("reactAction0"));
    QVERIFY(thumbs->isChecked());
    react.clear();
    thumbs->trigger();
    QCOMPARE(react.size(), 1);
    QCOMPARE(react.at(0).at(1).toString(), QString());
    QVERIFY(!m_view->createContextMenu(m_view->model()->index(0), nullptr)); // a day separator has no menu
}

QList<int> TestConversationView::loadedHistory() const
{
    QList<int> out;
    for (int row = 0; row < m_view->model()->rowCount(); ++row) {
        const QString wamid = m_view->model()->index(row).data(MessageListModel::WamidRole).toString();
        if (wamid.startsWith(QLatin1String("wamid.h")))
            out.append(wamid.mid(7).toInt());
    }
    return out;
}

// A far jump (a quote or search hit of a message thousands back) loads a window around it, not every page in
// between; scrolling down pages towards the newest, dropping the far end, until the live bottom is back.
// Bad input tried: a jump to a message of another conversation (refused, window unchanged).
void TestConversationView::farJumpLoadsAWindowThenPagesDownToTheNewest()
{
    addHistory(1500);
    QByteArray other = textBody(QStringLiteral("wamid.elsewhere"), 1700000000 + 300, QStringLiteral("x"));
    other.replace("972987654321", "15551234567");
    ingest(other);
    openView();
    MessageListModel* model = m_view->model();
    ui::MessageListView* list = m_view->listView();
    QTRY_VERIFY(list->isAtBottom());
    QVERIFY(!m_view->jumpToMessage(QStringLiteral("wamid.elsewhere")));
    QCOMPARE(loadedHistory().last(), 1499);

    QVERIFY(m_view->jumpToMessage(QStringLiteral("wamid.h10")));
    QVERIFY(model->loadedMessageCount() <= MessageListModel::WindowMessages);
    QVERIFY(model->canFetchNewer());
    QVERIFY(!model->canFetchOlder()); // h0 is in the window
    QCOMPARE(loadedHistory().first(), 0);
    const QRect target = list->visualRect(indexOf(QStringLiteral("wamid.h10")));
    QVERIFY(list->viewport()->rect().intersects(target));
    QVERIFY(!list->isAtBottom()); // the bottom of the window is not the newest message
    QVERIFY(list->findChild<QToolButton*>(QStringLiteral("jumpToNewestButton"))->isVisible());

    // Scrolling down: page after page comes in below, the window never grows past its limit, and what is loaded
    // is always one run of consecutive messages.
    int guard = 200;
    while (model->canFetchNewer() && guard-- > 0) {
        list->verticalScrollBar()->setValue(list->verticalScrollBar()->maximum());
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QVERIFY(model->loadedMessageCount() <= MessageListModel::WindowMessages);
        const QList<int> loaded = loadedHistory();
        for (qsizetype i = 1; i < loaded.size(); ++i)
            QVERIFY2(loaded[i] == loaded[i - 1] + 1, qPrintable(QStringLiteral("gap after h%1").arg(loaded[i - 1])));
    }
    QVERIFY(!model->canFetchNewer());
    QVERIFY(model->canFetchOlder()); // the oldest pages were dropped on the way
    QCOMPARE(loadedHistory().last(), 1499);
    QCOMPARE(model->rowForWamid(QStringLiteral("wamid.h1499")), model->rowCount() - 1);
    // The last page went in below what the agent looked at (kept in place); scrolling on reaches the newest.
    list->verticalScrollBar()->setValue(list->verticalScrollBar()->maximum());
    QTRY_VERIFY(list->isAtBottom());

    // A jump to a date far back, then End: back at the newest page.
    QVERIFY(m_view->jumpToDate(QDateTime::fromSecsSinceEpoch(1700000000 + 20 * 600).date()));
    QVERIFY(model->canFetchNewer());
    list->setFocus();
    QTest::keyClick(list, Qt::Key_End);
    QVERIFY(!model->canFetchNewer());
    QCOMPARE(model->loadedMessageCount(), MessageListModel::PageSize);
    QCOMPARE(loadedHistory().last(), 1499);
    QTRY_VERIFY(list->isAtBottom());
}

// While the agent reads old history (the window away from the newest), a customer's new message is not added
// below it (that would leave a gap of unloaded messages); it is there after "jump to the newest". A message the
// agent queues brings the view back to the newest at once, with its pending bubble.
void TestConversationView::liveMessagesWhileWindowedAwayFromTheNewest()
{
    const qint64 start = QDateTime::currentSecsSinceEpoch() - 2000 * 600;
    addHistory(1000, start);
    openView();
    MessageListModel* model = m_view->model();
    ui::MessageListView* list = m_view->listView();
    QVERIFY(m_view->jumpToMessage(QStringLiteral("wamid.h100")));
    QVERIFY(model->canFetchNewer());
    const QList<int> before = loadedHistory();
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);

    ingest(textBody(QStringLiteral("wamid.live"), QDateTime::currentSecsSinceEpoch(), QStringLiteral("Still there?")));
    QTest::qWait(30);
    QCOMPARE(model->rowForWamid(QStringLiteral("wamid.live")), -1);
    QCOMPARE(loadedHistory(), before); // nothing moved under the agent's eyes
    QCOMPARE(reset.size(), 0);
    QVERIFY(list->findChild<QToolButton*>(QStringLiteral("jumpToNewestButton"))->isVisible());

    list->findChild<QToolButton*>(QStringLiteral("jumpToNewestButton"))->click();
    QVERIFY(!model->canFetchNewer());
    QCOMPARE(model->rowForWamid(QStringLiteral("wamid.live")), model->rowCount() - 1);
    QTRY_VERIFY(list->isAtBottom());

    // Away again; the agent sends: back to the newest with the queued bubble at the bottom.
    QVERIFY(m_view->jumpToMessage(QStringLiteral("wamid.h100")));
    QVERIFY(model->canFetchNewer());
    const qint64 outboxId =
        sendLocal({{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                   {QStringLiteral("to"), kCustomer},
                   {QStringLiteral("type"), QStringLiteral("text")},
                   {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("One moment")}}}});
    QVERIFY(outboxId > 0);
    QTRY_VERIFY(!model->canFetchNewer());
    QCOMPARE(model->rowForOutbox(outboxId), model->rowCount() - 1);
    QVERIFY(model->rowForWamid(QStringLiteral("wamid.live")) >= 0);
    QTRY_VERIFY(list->isAtBottom());
}

void TestConversationView::screenshots()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    fillWithFixtures();
    ingest(textBody(QStringLiteral("wamid.s1"), now - 3 * 3600,
                    QStringLiteral("Hi! My order *#4711* hasn't arrived yet 😕\nTracking says _delivered_ — "
                                   "see https://track.example.com/4711")));
    ingest(textBody(QStringLiteral("wamid.s2"), now - 3 * 3600 + 30,
                    QStringLiteral("<b>HTML stays literal</b> & so does &amp;")));
    const qint64 out =
        sendLocal({{QStringLiteral("type"), QStringLiteral("text")},
                   {QStringLiteral("context"), QJsonObject{{QStringLiteral("message_id"), QStringLiteral("wamid.s1")}}},
                   {QStringLiteral("text"),
                    QJsonObject{{QStringLiteral("body"), QStringLiteral("Sorry about that! I've asked the courier — "
                                                                        "you'll hear from us within the hour.")}}}});
    m_store->markOutgoingSending(out);
    m_store->markOutgoingSent(out, QStringLiteral("wamid.s3"), QString());
    ingest(statusBody(QStringLiteral("wamid.s3"), QStringLiteral("read"), now - 3 * 3600 + 200));
    const qint64 failed = sendLocal(
        {{QStringLiteral("type"), QStringLiteral("text")},
         {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("Are you still there?")}}}});
    m_store->markOutgoingSending(failed);
    m_store->markOutgoingFailed(failed, QStringLiteral("131047: 24-hour window closed — send a template to reopen it"));
    const qint64 unknown =
        sendLocal({{QStringLiteral("type"), QStringLiteral("text")},
                   {QStringLiteral("text"),
                    QJsonObject{{QStringLiteral("body"), QStringLiteral("Your refund is on its way.")}}}});
    m_store->markOutgoingSending(unknown, QStringLiteral("stopped"), std::chrono::seconds(1));
    m_store->markOutgoingRequestSent(unknown, QStringLiteral("stopped"), QString());
    m_store->settleInterruptedOutgoing(nullptr, nullptr, QDateTime::currentDateTimeUtc().addSecs(2));
    sendLocal(
        {{QStringLiteral("type"), QStringLiteral("text")},
         {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("Queued while offline")}}}});

    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    for (const bool dark : {false, true}) {
        ui::theme::apply(*app, dark ? ui::theme::Scheme::Dark : ui::theme::Scheme::Light);
        openView();
        m_view->resize(820, 1400);
        QCoreApplication::processEvents();
        m_view->listView()->scrollToBottom();
        QCoreApplication::processEvents();
        const QString path = QDir::temp().filePath(
            QStringLiteral("view-%1.png").arg(dark ? QStringLiteral("dark") : QStringLiteral("light")));
        QVERIFY(m_view->grab().save(path));
        m_view->listView()->scrollToRow(0, QAbstractItemView::PositionAtTop);
        QCoreApplication::processEvents();
        QVERIFY(m_view->grab().save(QDir::temp().filePath(
            QStringLiteral("view-%1-top.png").arg(dark ? QStringLiteral("dark") : QStringLiteral("light")))));
        if (!dark) {
            m_view->showFind();
            QTest::keyClicks(m_view->findBar()->findChild<QLineEdit*>(QStringLiteral("findField")),
                             QStringLiteral("order"));
            QCoreApplication::processEvents();
            QVERIFY(m_view->grab().save(QDir::temp().filePath(QStringLiteral("view-find-light.png"))));
        }
        // The header shows the window state; the customer wrote 3 hours ago.
        QVERIFY2(m_view->header()->windowText().startsWith(QLatin1String("Window open")),
                 qPrintable(m_view->header()->windowText()));
        m_view.reset();
    }
    ui::theme::apply(*app, ui::theme::Scheme::Light);
}

QTEST_MAIN(TestConversationView)
#include "tst_conversationview.moc"
