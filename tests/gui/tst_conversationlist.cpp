// The conversation list, its filters, the message search and "New conversation", over a real store filled through
// webhook bodies (fixtures and built ones) and kept live by the ChangeHub. Bad input tried: HTML and newlines in a
// customer's last message, filter text that matches nothing, numbers "12" and "+49 30 1234".
#include "StoreTestBase.h"
#include "common/Avatar.h"
#include "conversations/ConversationDelegate.h"
#include "conversations/ConversationFilterModel.h"
#include "conversations/ConversationListModel.h"
#include "conversations/ConversationListPanel.h"
#include "conversations/ConversationText.h"
#include "conversations/NewConversationDialog.h"
#include "conversations/SearchDialog.h"
#include "conversations/SearchPanel.h"
#include "conversations/SearchResultModel.h"
#include "conversations/SearchSnippet.h"
#include "store/ChangeHub.h"
#include "theme/Theme.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

using namespace wabadesk;
using ui::ConversationFilterModel;
using ui::ConversationListModel;
using ui::ConversationListPanel;
using Roles = ConversationListModel::Role;

namespace {

const QString kChannelA = QStringLiteral("chA");
const QString kChannelB = QStringLiteral("chB");
const QString kPhoneIdA = QStringLiteral("1122334455667"); // the fixtures' phone_number_id
const QString kPhoneIdB = QStringLiteral("2233445566778");

QJsonObject item(const QString& wamid, const QString& from, const QDateTime& at, const QString& type,
                 const QJsonObject& content)
{
    QJsonObject o{{QStringLiteral("from"), from},
                  {QStringLiteral("id"), wamid},
                  {QStringLiteral("timestamp"), QString::number(at.toSecsSinceEpoch())},
                  {QStringLiteral("type"), type}};
    if (type == QLatin1String("contacts"))
        o.insert(type, content.value(QLatin1String("contacts")));
    else
        o.insert(type, content);
    return o;
}

QJsonObject textItem(const QString& wamid, const QString& from, const QDateTime& at, const QString& body)
{
    return item(wamid, from, at, QStringLiteral("text"), {{QStringLiteral("body"), body}});
}

// A §6.1 envelope with one message from `from` (profile name optional) to the channel with `phoneNumberId`.
QByteArray body(const QJsonObject& message, const QString& profileName, const QString& phoneNumberId = kPhoneIdA)
{
    QJsonObject value{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("4930123")},
                                                 {QStringLiteral("phone_number_id"), phoneNumberId}}},
        {QStringLiteral("messages"), QJsonArray{message}}};
    QJsonObject contact{{QStringLiteral("wa_id"), message.value(QLatin1String("from"))}};
    if (!profileName.isEmpty())
        contact.insert(QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), profileName}});
    value.insert(QStringLiteral("contacts"), QJsonArray{contact});
    const QJsonObject change{{QStringLiteral("value"), value}, {QStringLiteral("field"), QStringLiteral("messages")}};
    const QJsonObject entry{{QStringLiteral("id"), QStringLiteral("1234567890987654321")},
                            {QStringLiteral("changes"), QJsonArray{change}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                                     {QStringLiteral("entry"), QJsonArray{entry}}})
        .toJson(QJsonDocument::Compact);
}

QList<Channel> channels()
{
    Channel a;
    a.id = kChannelA;
    a.name = QStringLiteral("Support DE");
    a.phoneNumber = QStringLiteral("+49 30 12345678");
    a.colour = QStringLiteral("#1f7a52");
    Channel b;
    b.id = kChannelB;
    b.name = QStringLiteral("Sales UK");
    b.phoneNumber = QStringLiteral("+44 20 7946 0958");
    b.colour = QStringLiteral("#c9943a");
    return {a, b};
}

QString screenshotDir()
{
    return qEnvironmentVariable("WABADESK_SCREENSHOTS");
}

} // namespace

class TestConversationList : public QObject, protected test::StoreTestBase {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sortedByLastActivityWithNamesAndPreviews();
    void voiceNotesAreNamedApartFromAudioFiles();
    void eventLinesArePreviewedInTheUsersWords();
    void previewIsPlainOneLine();
    void previewShowsDraftTicksAndReactions();
    void snippetShowsWordsAroundTheMatch();
    void timesAndWindowChipsFollowTheClock();
    void filtersUnreadWindowFailedAndChannel();
    void typingFiltersInstantly();
    void liveUpdatesKeepTheSelection();
    void reloadReadsWhatNoSignalNamed();
    void readConversationStaysVisibleUnderUnread();
    void keyboardNavigation();
    void searchFindsTextCaptionFileNameAndContactName();
    void newConversationRejectsBadNumbersAndNormalises();
    void emptyStatesSayWhy();
    void filteringOutTheOpenConversation();
    void screenshots();

private:
    void fill();
    std::unique_ptr<ConversationListPanel> makePanel();
    QString idOf(const QString& waId, const QString& channel = kChannelA) const
    {
        return channel + QLatin1Char('/') + waId;
    }
    QStringList order(const QAbstractItemModel* model) const
    {
        QStringList ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids.append(model->index(row, 0).data(Roles::IdRole).toString());
        return ids;
    }

    std::unique_ptr<store::ChangeHub> m_hub;
    QDateTime m_now;
};

void TestConversationList::init()
{
    QString error;
    QVERIFY2(openStore(&error), qPrintable(error));
    m_hub = std::make_unique<store::ChangeHub>();
    m_store->setChangeHub(m_hub.get());
    m_store->setChannelRoutes({{kPhoneIdA, kChannelA}, {kPhoneIdB, kChannelB}});
    m_now = QDateTime::currentDateTimeUtc();
}

// Team mode (issue #18): another desk's changes too many to list, or missed while the connection was down, come as
// ChangeHub::reloadNeeded(); the list then shows what the store has, though no signal named it.
void TestConversationList::reloadReadsWhatNoSignalNamed()
{
    store::ChangeHub quiet; // a hub the store does not report to: like another process's commits
    ConversationListModel model(m_store.get(), &quiet);
    QCOMPARE(model.rowCount(), 0);
    fill();
    QCOMPARE(model.rowCount(), 0);
    Q_EMIT quiet.reloadNeeded();
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(order(&model).first(), idOf(QStringLiteral("14155550123")));
}

void TestConversationList::cleanup()
{
    closeStore();
    m_hub.reset();
}

// Five conversations: Kerry (newest, 2 unread, window open), Test Name from the fixture (2023), a bare number on
// channel B, Zoë (a photo), Ravi (a document, yesterday).
void TestConversationList::fill()
{
    const QDateTime t = m_now;
    ingest(fixture("text.json")); // Test Name, 972987654321, "Body Text", 2023
    ingest(body(textItem(QStringLiteral("wamid.r1"), QStringLiteral("447700900123"), t.addSecs(-26 * 3600),
                         QStringLiteral("Could you send the invoice again?")),
                QStringLiteral("Ravi Patel")));
    ingest(body(item(QStringLiteral("wamid.r2"), QStringLiteral("447700900123"), t.addSecs(-25 * 3600),
                     QStringLiteral("document"),
                     {{QStringLiteral("caption"), QStringLiteral("Quarterly numbers")},
                      {QStringLiteral("filename"), QStringLiteral("invoice-2024.pdf")},
                      {QStringLiteral("id"), QStringLiteral("77")}}),
                QStringLiteral("Ravi Patel")));
    ingest(body(item(QStringLiteral("wamid.z1"), QStringLiteral("33612345678"), t.addSecs(-3 * 3600),
                     QStringLiteral("image"),
                     {{QStringLiteral("caption"), QStringLiteral("The parcel arrived damaged")},
                      {QStringLiteral("id"), QStringLiteral("78")}}),
                QStringLiteral("Zoë Lefèvre")));
    ingest(body(
        item(QStringLiteral("wamid.n1"), QStringLiteral("4915112345678"), t.addSecs(-2 * 3600),
             QStringLiteral("contacts"),
             {{QStringLiteral("contacts"),
               QJsonArray{QJsonObject{{QStringLiteral("name"), QJsonObject{{QStringLiteral("formatted_name"),
                                                                            QStringLiteral("Chandler Bing")}}}}}}}),
        QString(), kPhoneIdB));
    ingest(body(textItem(QStringLiteral("wamid.k1"), QStringLiteral("14155550123"), t.addSecs(-20 * 60),
                         QStringLiteral("Hi! Is the blue jacket still available?")),
                QStringLiteral("Kerry Fisher")));
    ingest(body(textItem(QStringLiteral("wamid.k2"), QStringLiteral("14155550123"), t.addSecs(-10 * 60),
                         QStringLiteral("Size M please")),
                QStringLiteral("Kerry Fisher")));
}

std::unique_ptr<ConversationListPanel> TestConversationList::makePanel()
{
    auto panel = std::make_unique<ConversationListPanel>(m_store.get(), m_hub.get(),
                                                         store::Store::openerFor(m_store->location()));
    panel->setChannels(channels());
    const QDateTime now = m_now;
    panel->model()->setClock([now] { return now; });
    panel->resize(380, 640);
    return panel;
}

// A recorded voice note (audio.voice = true) is "Voice message" in the list, an audio file "Audio".
void TestConversationList::voiceNotesAreNamedApartFromAudioFiles()
{
    const QDateTime t = m_now;
    ingest(body(item(QStringLiteral("wamid.v1"), QStringLiteral("14155550123"), t.addSecs(-60), QStringLiteral("audio"),
                     {{QStringLiteral("id"), QStringLiteral("80")},
                      {QStringLiteral("mime_type"), QStringLiteral("audio/ogg; codecs=opus")},
                      {QStringLiteral("voice"), true}}),
                QStringLiteral("Kerry Fisher")));
    ingest(
        body(item(QStringLiteral("wamid.v2"), QStringLiteral("447700900123"), t.addSecs(-120), QStringLiteral("audio"),
                  {{QStringLiteral("id"), QStringLiteral("81")},
                   {QStringLiteral("mime_type"), QStringLiteral("audio/mpeg")},
                   {QStringLiteral("voice"), false}}),
             QStringLiteral("Ravi Patel")));
    auto panel = makePanel();
    const ConversationListModel* model = panel->model();
    QCOMPARE(order(model), (QStringList{idOf(QStringLiteral("14155550123")), idOf(QStringLiteral("447700900123"))}));
    QCOMPARE(model->index(0, 0).data(Roles::PreviewRole).toString(), QStringLiteral("Voice message"));
    QCOMPARE(model->index(1, 0).data(Roles::PreviewRole).toString(), QStringLiteral("Audio"));
}

// A marketing opt-in as the last event: the list says what the conversation shows, not the API's English detail.
void TestConversationList::eventLinesArePreviewedInTheUsersWords()
{
    const QJsonObject all = QJsonDocument::fromJson(fixture("pywa/user_marketing_preferences.json")).object();
    QByteArray resume = QJsonDocument(all.value(QStringLiteral("resume")).toObject()).toJson();
    resume.replace("106540352242922", kPhoneIdA.toUtf8()); // the phone number of channel A
    ingest(resume);
    auto panel = makePanel();
    const ConversationListModel* model = panel->model();
    QCOMPARE(order(model), QStringList{idOf(QStringLiteral("16505551234"))});
    QCOMPARE(model->index(0, 0).data(Roles::PreviewRole).toString(),
             QStringLiteral("The customer resumed marketing messages"));
}

void TestConversationList::sortedByLastActivityWithNamesAndPreviews()
{
    fill();
    auto panel = makePanel();
    const ConversationListModel* model = panel->model();
    QCOMPARE(order(model),
             (QStringList{idOf(QStringLiteral("14155550123")), idOf(QStringLiteral("4915112345678"), kChannelB),
                          idOf(QStringLiteral("33612345678")), idOf(QStringLiteral("447700900123")),
                          idOf(QStringLiteral("972987654321"))}));
    // Profile name, else the number formatted by libphonenumber.
    QCOMPARE(model->index(0, 0).data(Roles::NameRole).toString(), QStringLiteral("Kerry Fisher"));
    QCOMPARE(model->index(1, 0).data(Roles::NameRole).toString(), QStringLiteral("+49 1511 2345678"));
    QCOMPARE(model->index(1, 0).data(Roles::InitialsRole).toString(), QString());
    QCOMPARE(model->index(0, 0).data(Roles::InitialsRole).toString(), QStringLiteral("KF"));
    QCOMPARE(model->index(0, 0).data(Roles::UnreadCountRole).toInt(), 2);
    QCOMPARE(model->index(0, 0).data(Roles::PreviewRole).toString(), QStringLiteral("Size M please"));
    QCOMPARE(model->index(1, 0).data(Roles::PreviewRole).toString(), QStringLiteral("Contact: Chandler Bing"));
    QCOMPARE(model->index(2, 0).data(Roles::PreviewRole).toString(),
             QStringLiteral("Photo: The parcel arrived damaged"));
    QCOMPARE(model->index(3, 0).data(Roles::PreviewRole).toString(), QStringLiteral("Document: Quarterly numbers"));
    // All channels with two channels known: the channel's dot is shown, in its colour.
    QVERIFY(model->index(1, 0).data(Roles::ShowChannelRole).toBool());
    QCOMPARE(model->index(1, 0).data(Roles::ChannelColourRole).value<QColor>(), QColor(QStringLiteral("#c9943a")));
    panel->setChannelFilter(kChannelB);
    QCOMPARE(order(model), QStringList{idOf(QStringLiteral("4915112345678"), kChannelB)});
    QVERIFY(!model->index(0, 0).data(Roles::ShowChannelRole).toBool());
}

void TestConversationList::previewIsPlainOneLine()
{
    ingest(body(textItem(QStringLiteral("wamid.h1"), QStringLiteral("14155550123"), m_now.addSecs(-60),
                         QStringLiteral("<b>bold?</b>\n<script>alert(1)</script>   &amp; *done*")),
                QStringLiteral("<i>Mallory</i>")));
    ConversationListModel model(m_store.get(), m_hub.get());
    QCOMPARE(model.rowCount(), 1);
    // Shown literally, on one line: the delegate paints plain text, the model never turns it into markup; WhatsApp's
    // own markers are left out, as WhatsApp's list does ("*done*" reads "done").
    QCOMPARE(model.index(0, 0).data(Roles::PreviewRole).toString(),
             QStringLiteral("<b>bold?</b> <script>alert(1)</script> &amp; done"));
    QCOMPARE(model.index(0, 0).data(Roles::NameRole).toString(), QStringLiteral("<i>Mallory</i>"));
    QCOMPARE(ui::ConversationText::oneLine(QStringLiteral("  a\r\n\tb\u2028c  ")), QStringLiteral("a b c"));
}

void TestConversationList::previewShowsDraftTicksAndReactions()
{
    const QString kerry = idOf(QStringLiteral("14155550123"));
    ingest(body(textItem(QStringLiteral("wamid.k1"), QStringLiteral("14155550123"), m_now.addSecs(-120),
                         QStringLiteral("Is the _blue_ jacket in stock?")),
                QStringLiteral("Kerry Fisher")));
    ConversationListModel model(m_store.get(), m_hub.get());
    const auto row = [&] {
        return model.index(model.rowOf(kerry), 0);
    };
    QCOMPARE(row().data(Roles::PreviewRole).toString(), QStringLiteral("Is the blue jacket in stock?"));
    QCOMPARE(row().data(Roles::LastStatusRole).toString(), QString()); // theirs: no ticks

    // Our answer: its ticks follow its status.
    const qint64 id = m_store->enqueueOutgoing(
        kChannelA, kerry,
        {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
         {QStringLiteral("to"), QStringLiteral("14155550123")},
         {QStringLiteral("type"), QStringLiteral("text")},
         {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("Yes, size M and L")}}}});
    QVERIFY(id > 0);
    QVERIFY(m_store->markOutgoingSending(id));
    QVERIFY(m_store->markOutgoingSent(id, QStringLiteral("wamid.out1"), QStringLiteral("Yes, size M and L")));
    QTRY_COMPARE(row().data(Roles::PreviewRole).toString(), QStringLiteral("Yes, size M and L"));
    QCOMPARE(row().data(Roles::LastStatusRole).toString(), QStringLiteral("sent"));

    // Kerry reacts to it: the reaction is the last event.
    QJsonObject reaction = item(QStringLiteral("wamid.kr"), QStringLiteral("14155550123"),
                                QDateTime::currentDateTimeUtc().addSecs(5), QStringLiteral("reaction"),
                                {{QStringLiteral("message_id"), QStringLiteral("wamid.out1")},
                                 {QStringLiteral("emoji"), QStringLiteral("❤️")}});
    ingest(body(reaction, QStringLiteral("Kerry Fisher")));
    QTRY_COMPARE(row().data(Roles::PreviewRole).toString(),
                 QStringLiteral("Kerry reacted ❤️ to “Yes, size M and L”"));
    QCOMPARE(row().data(Roles::LastStatusRole).toString(), QString());

    // A draft is marked (the delegate paints "Draft:" before it); removing it brings the last event back.
    QVERIFY(m_store->saveDraft(kerry, {QStringLiteral("Shall I  reserve\none?"), {}, m_now}));
    QTRY_COMPARE(row().data(Roles::DraftRole).toString(), QStringLiteral("Shall I reserve one?"));
    QVERIFY(m_store->saveDraft(kerry, {}));
    QTRY_COMPARE(row().data(Roles::DraftRole).toString(), QString());

    // The avatar's colour is the header's: one function, stable across runs (not qHash's per-process seed).
    QCOMPARE(row().data(Roles::AvatarColourRole).value<QColor>(), ui::avatar::colour(QStringLiteral("14155550123")));
    QCOMPARE(ui::avatar::colour(QStringLiteral("14155550123")).name(),
             QStringLiteral("#9c6ad0")); // FNV-1a: the same on every run
    QCOMPARE(row().data(Roles::InitialsRole).toString(), QStringLiteral("KF"));
}

void TestConversationList::snippetShowsWordsAroundTheMatch()
{
    using ui::SearchSnippet;
    // Words before the match (from a word start, "…" where cut), the match marked, the rest after it.
    const QString long1 = QStringLiteral("Hello, I would like to know whether the blue jacket in size M is still "
                                         "available in your shop in Hamburg or only online");
    SearchSnippet s = SearchSnippet::make(long1, QStringLiteral("jacket"), 28, 60);
    QVERIFY2(s.text.startsWith(QStringLiteral("…")) && s.text.contains(QStringLiteral("whether the blue jacket")),
             qPrintable(s.text));
    QVERIFY(s.text.endsWith(QStringLiteral("…")));
    QCOMPARE(s.matches.size(), 1);
    QCOMPARE(s.text.mid(s.matches.at(0).first, s.matches.at(0).second), QStringLiteral("jacket"));
    // A match near the start: no cut before it; every word of the query is marked, as prefixes of words.
    s = SearchSnippet::make(QStringLiteral("Jacket size M, jackets in L"), QStringLiteral("jacket size"));
    QCOMPARE(s.text, QStringLiteral("Jacket size M, jackets in L"));
    const auto parts = s.parts();
    QCOMPARE(parts.size(), 6);
    QCOMPARE(parts.at(0), qMakePair(QStringLiteral("Jacket"), true));
    QCOMPARE(parts.at(2), qMakePair(QStringLiteral("size"), true));
    QCOMPARE(parts.at(4), qMakePair(QStringLiteral("jacket"), true)); // the prefix of "jackets"
    // Accents and case ignored as in the store's search; "ket" is inside a word: no match.
    s = SearchSnippet::make(QStringLiteral("Meet me at the Café-Bar"), QStringLiteral("cafe"));
    QCOMPARE(s.text.mid(s.matches.value(0).first, s.matches.value(0).second), QStringLiteral("Café"));
    QVERIFY(SearchSnippet::make(QStringLiteral("the jacket"), QStringLiteral("ket")).text.isEmpty());
    QVERIFY(SearchSnippet::make(QString(), QStringLiteral("x")).text.isEmpty());
}

void TestConversationList::timesAndWindowChipsFollowTheClock()
{
    const QDateTime inbound = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::LocalTime).toUTC(); // a Monday
    ingest(body(textItem(QStringLiteral("wamid.w1"), QStringLiteral("14155550123"), inbound, QStringLiteral("Hi")),
                QStringLiteral("Kerry Fisher")));
    ConversationListModel model(m_store.get(), m_hub.get());
    QDateTime now = inbound.addSecs(3600);
    model.setClock([&now] { return now; });
    const QModelIndex row = model.index(0, 0);
    QCOMPARE(row.data(Roles::WindowTextRole).toString(), QStringLiteral("23 h left"));
    QVERIFY(row.data(Roles::WindowOpenRole).toBool());
    QCOMPARE(row.data(Roles::TimeTextRole).toString(), inbound.toLocalTime().time().toString(QStringLiteral("HH:mm")));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    now = inbound.addSecs(23 * 3600 + 20 * 60);
    model.refreshTimes(); // what the minute timer does
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(Roles::WindowTextRole));
    QCOMPARE(row.data(Roles::WindowTextRole).toString(), QStringLiteral("40 min left"));
    QVERIFY(row.data(Roles::WindowClosingSoonRole).toBool());
    QCOMPARE(row.data(Roles::TimeTextRole).toString(), QStringLiteral("Yesterday"));

    now = inbound.addSecs(24 * 3600);
    QCOMPARE(row.data(Roles::WindowTextRole).toString(), QStringLiteral("Closed"));
    QVERIFY(!row.data(Roles::WindowOpenRole).toBool());
    now = inbound.addDays(3);
    QCOMPARE(row.data(Roles::TimeTextRole).toString(), QLocale().dayName(1));
    now = inbound.addDays(30);
    QCOMPARE(row.data(Roles::TimeTextRole).toString(),
             QLocale().toString(inbound.toLocalTime().date(), QLocale::ShortFormat));
}

void TestConversationList::filtersUnreadWindowFailedAndChannel()
{
    fill();
    const QString kerry = idOf(QStringLiteral("14155550123"));
    const QString ravi = idOf(QStringLiteral("447700900123"));
    const QString zoe = idOf(QStringLiteral("33612345678"));
    const QString bare = idOf(QStringLiteral("4915112345678"), kChannelB);
    QVERIFY(m_store->markConversationRead(zoe));
    QVERIFY(m_store->markConversationRead(bare));
    // A permanent failure on Ravi's conversation.
    const qint64 outbox = m_store->enqueueOutgoing(
        kChannelA, ravi,
        QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                    {QStringLiteral("to"), QStringLiteral("447700900123")},
                    {QStringLiteral("type"), QStringLiteral("text")},
                    {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("Here it is")}}}});
    QVERIFY(outbox > 0);
    QVERIFY(m_store->markOutgoingSending(outbox));
    QVERIFY(m_store->markOutgoingFailed(outbox, QStringLiteral("131047: 24-hour window closed")));

    auto panel = makePanel();
    ConversationFilterModel* filter = panel->filterModel();
    QTRY_COMPARE(panel->model()->index(panel->model()->rowOf(ravi), 0).data(Roles::FailedCountRole).toInt(), 1);

    filter->setFilters(ConversationFilterModel::Unread);
    QCOMPARE(order(filter), (QStringList{kerry, ravi, idOf(QStringLiteral("972987654321"))}));
    filter->setFilters(ConversationFilterModel::WindowOpen); // Kerry 10 min, bare 2 h, Zoë 3 h; Ravi 25 h: closed
    QCOMPARE(order(filter), (QStringList{kerry, bare, zoe}));
    filter->setFilters(ConversationFilterModel::Failed);
    QCOMPARE(order(filter), QStringList{ravi});
    filter->setFilters(ConversationFilterModel::Unread | ConversationFilterModel::WindowOpen);
    QCOMPARE(order(filter), QStringList{kerry});
    filter->setFilters(ConversationFilterModel::NoFilter);
    filter->setChannelId(kChannelB);
    QCOMPARE(order(filter), QStringList{bare});
    filter->setChannelId(QString());

    // The chips drive the same filters and show counts.
    auto* unreadChip = panel->findChild<QToolButton*>(QStringLiteral("filterUnread"));
    auto* failedChip = panel->findChild<QToolButton*>(QStringLiteral("filterFailed"));
    QVERIFY(unreadChip && failedChip);
    QTRY_VERIFY(unreadChip->text().contains(QLatin1String("3")));
    QVERIFY(failedChip->isVisibleTo(panel.get()));
    unreadChip->click();
    QCOMPARE(filter->filters(), ConversationFilterModel::Filters(ConversationFilterModel::Unread));
    QCOMPARE(filter->rowCount(), 3);
    unreadChip->click();
    QCOMPARE(filter->rowCount(), 5);
}

void TestConversationList::typingFiltersInstantly()
{
    fill();
    auto panel = makePanel();
    panel->show();
    auto* field = panel->findChild<QLineEdit*>(QStringLiteral("conversationSearch"));
    QVERIFY(field);
    const ConversationFilterModel* filter = panel->filterModel();
    QTest::keyClicks(field, QStringLiteral("kerr"));
    QCOMPARE(order(filter), QStringList{idOf(QStringLiteral("14155550123"))}); // at once, no wait
    field->clear();
    QTest::keyClicks(field, QStringLiteral("zoe")); // "Zoë": accents ignored
    QCOMPARE(order(filter), QStringList{idOf(QStringLiteral("33612345678"))});
    field->clear();
    QTest::keyClicks(field, QStringLiteral("+49 1511")); // the number as formatted
    QCOMPARE(order(filter), QStringList{idOf(QStringLiteral("4915112345678"), kChannelB)});
    field->clear();
    QTest::keyClicks(field, QStringLiteral("PARCEL damaged")); // words of the last message, any case
    QCOMPARE(order(filter), QStringList{idOf(QStringLiteral("33612345678"))});
    field->clear();
    QTest::keyClicks(field, QStringLiteral("nobody-by-this-name"));
    QCOMPARE(filter->rowCount(), 0);
    QTest::keyClick(field, Qt::Key_Escape);
    QCOMPARE(field->text(), QString());
    QCOMPARE(filter->rowCount(), 5);
}

void TestConversationList::liveUpdatesKeepTheSelection()
{
    fill();
    auto panel = makePanel();
    panel->show();
    QSignalSpy activated(panel.get(), &ConversationListPanel::conversationActivated);
    const QString zoe = idOf(QStringLiteral("33612345678"));
    QVERIFY(panel->setCurrentConversationId(zoe));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), zoe);
    QCOMPARE(panel->view()->currentIndex().row(), 2);

    // A new customer writes: the row is inserted on top (no reset), Zoë stays selected.
    QSignalSpy reset(panel->model(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(panel->model(), &QAbstractItemModel::rowsInserted);
    const QDateTime later = m_now.addSecs(30);
    ingest(body(textItem(QStringLiteral("wamid.new1"), QStringLiteral("5511987654321"), later,
                         QStringLiteral("Olá, tudo bem?")),
                QStringLiteral("Ana Souza")));
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(panel->model()->index(0, 0).data(Roles::NameRole).toString(), QStringLiteral("Ana Souza"));
    QCOMPARE(panel->currentConversationId(), zoe);
    QCOMPARE(panel->view()->currentIndex().data(Roles::IdRole).toString(), zoe);
    QCOMPARE(panel->view()->selectionModel()->selectedIndexes().size(), 1);

    // An older conversation gets a message: it moves to the top; the selection follows Zoë, not the row number.
    QSignalSpy moved(panel->model(), &QAbstractItemModel::rowsMoved);
    ingest(body(textItem(QStringLiteral("wamid.r3"), QStringLiteral("447700900123"), later.addSecs(5),
                         QStringLiteral("Thanks!")),
                QStringLiteral("Ravi Patel")));
    QTRY_COMPARE(moved.count(), 1);
    QCOMPARE(panel->model()->index(0, 0).data(Roles::PreviewRole).toString(), QStringLiteral("Thanks!"));
    QCOMPARE(panel->view()->currentIndex().data(Roles::IdRole).toString(), zoe);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(activated.count(), 1); // nothing re-opened

    // A send fails for good: the failed marker appears (the store signals only the outbox change).
    const qint64 outbox = m_store->enqueueOutgoing(
        kChannelA, zoe,
        QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                    {QStringLiteral("to"), QStringLiteral("33612345678")},
                    {QStringLiteral("type"), QStringLiteral("text")},
                    {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("Sorry!")}}}});
    QVERIFY(m_store->markOutgoingSending(outbox));
    QVERIFY(m_store->markOutgoingFailed(outbox, QStringLiteral("131026: Message undeliverable")));
    QTRY_COMPARE(panel->view()->currentIndex().data(Roles::FailedCountRole).toInt(), 1);
    QCOMPARE(reset.count(), 0);
}

void TestConversationList::readConversationStaysVisibleUnderUnread()
{
    fill();
    auto panel = makePanel();
    panel->show();
    const QString kerry = idOf(QStringLiteral("14155550123"));
    panel->filterModel()->setFilters(ConversationFilterModel::Unread);
    QVERIFY(panel->setCurrentConversationId(kerry));
    QVERIFY(m_store->markConversationRead(kerry));
    QTRY_COMPARE(panel->model()->index(panel->model()->rowOf(kerry), 0).data(Roles::UnreadCountRole).toInt(), 0);
    // Still listed while open (pinned); it goes once another conversation is opened.
    QVERIFY(order(panel->filterModel()).contains(kerry));
    QVERIFY(panel->setCurrentConversationId(idOf(QStringLiteral("447700900123"))));
    QVERIFY(!order(panel->filterModel()).contains(kerry));
}

void TestConversationList::keyboardNavigation()
{
    fill();
    auto panel = makePanel();
    panel->show();
    QVERIFY(m_store->markConversationRead(idOf(QStringLiteral("33612345678"))));
    QVERIFY(m_store->markConversationRead(idOf(QStringLiteral("4915112345678"), kChannelB)));
    QSignalSpy activated(panel.get(), &ConversationListPanel::conversationActivated);
    panel->selectRelative(1); // nothing selected: the first
    QCOMPARE(panel->currentConversationId(), idOf(QStringLiteral("14155550123")));
    panel->selectRelative(1);
    panel->selectRelative(1);
    QCOMPARE(panel->currentConversationId(), idOf(QStringLiteral("33612345678")));
    QTRY_COMPARE(panel->model()->index(2, 0).data(Roles::UnreadCountRole).toInt(), 0);
    panel->selectNextUnread(); // skips read ones
    QCOMPARE(panel->currentConversationId(), idOf(QStringLiteral("447700900123")));
    panel->selectRelative(-10); // clamped
    QCOMPARE(panel->currentConversationId(), idOf(QStringLiteral("14155550123")));
    QCOMPARE(activated.count(), 5);

    // The same through the window-wide shortcuts.
    panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(panel.get()));
    QTest::keyClick(panel.get(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(panel->currentConversationId(), idOf(QStringLiteral("4915112345678"), kChannelB));
    QTest::keyClick(panel.get(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(panel->currentConversationId(), idOf(QStringLiteral("14155550123")));
    QTest::keyClick(panel.get(), Qt::Key_Down, Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(panel->currentConversationId(), idOf(QStringLiteral("447700900123")));
    QVERIFY(panel->view()->currentIndex().data(Qt::AccessibleTextRole).toString().contains(QLatin1String("2 unread")));

    // Down in the search field goes to the list; Enter opens the first match.
    auto* field = panel->findChild<QLineEdit*>(QStringLiteral("conversationSearch"));
    panel->focusSearch();
    QTest::keyClicks(field, QStringLiteral("kerr"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(panel->currentConversationId(), idOf(QStringLiteral("14155550123")));
}

void TestConversationList::searchFindsTextCaptionFileNameAndContactName()
{
    fill();
    auto panel = makePanel();
    panel->show();
    ui::SearchPanel* search = panel->searchPanel();
    QSignalSpy opened(panel.get(), &ConversationListPanel::openMessage);
    const auto hitsFor = [&](const QString& text) {
        // On the worker thread with its own connection: the answer comes as a signal.
        QSignalSpy done(search, &ui::SearchPanel::searched);
        search->setQuery(text);
        search->searchNow();
        if (!done.wait(5000))
            return QStringList{QStringLiteral("timeout")};
        QStringList wamids;
        for (int row = 0; row < search->resultCount(); ++row)
            wamids.append(search->results()->index(row, 0).data(ui::SearchResultModel::WamidRole).toString());
        return wamids;
    };
    QCOMPARE(hitsFor(QStringLiteral("jacket")), QStringList{QStringLiteral("wamid.k1")});    // text
    QCOMPARE(hitsFor(QStringLiteral("quarterly")), QStringList{QStringLiteral("wamid.r2")}); // caption
    QCOMPARE(hitsFor(QStringLiteral("invoice-2024")).size(), 1);                             // file name
    QVERIFY(hitsFor(QStringLiteral("invoice")).contains(QStringLiteral("wamid.r2")));
    QCOMPARE(hitsFor(QStringLiteral("Chandler")), QStringList{QStringLiteral("wamid.n1")}); // contact card
    QCOMPARE(hitsFor(QStringLiteral("\"<b>\" OR *")), QStringList()); // query syntax stays literal: nothing
    // Names and times on the results; the match split out for painting.
    hitsFor(QStringLiteral("parcel"));
    const QModelIndex hit = search->results()->index(0, 0);
    QCOMPARE(hit.data(ui::SearchResultModel::NameRole).toString(), QStringLiteral("Zoë Lefèvre"));
    QCOMPARE(hit.data(ui::SearchResultModel::SnippetRole).toString(),
             QStringLiteral("Photo: The parcel arrived damaged"));
    const auto parts = hit.data(ui::SearchResultModel::SnippetPartsRole).value<QList<QPair<QString, bool>>>();
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts.at(0), qMakePair(QStringLiteral("Photo: The "), false));
    QCOMPARE(parts.at(1), qMakePair(QStringLiteral("parcel"), true));
    // A name alone is the conversation's match, not every message of that customer ("Kerry" is the sender of k1
    // and k2, and their text does not say it); a name with a word of the text narrows to that message.
    QCOMPARE(hitsFor(QStringLiteral("kerry jacket")), QStringList{QStringLiteral("wamid.k1")});
    QCOMPARE(hitsFor(QStringLiteral("kerry")), QStringList()); // (last: no stale result for the typing below)

    // Typing in the panel's field searches the messages too (after the debounce); a click jumps.
    auto* field = panel->findChild<QLineEdit*>(QStringLiteral("conversationSearch"));
    QTest::keyClicks(field, QStringLiteral("damaged"));
    QTRY_COMPARE(search->resultCount(), 1);
    QVERIFY(search->isVisible());
    QListView* results = search->view();
    const QRect rect = results->visualRect(results->model()->index(0, 0));
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().at(0).toString(), idOf(QStringLiteral("33612345678")));
    QCOMPARE(opened.first().at(1).toString(), QStringLiteral("wamid.z1"));

    // The same search as a dialog with its own field: Enter picks the first result, activating it jumps and closes.
    ui::SearchDialog dialog(m_store.get(), store::Store::openerFor(m_store->location()));
    QSignalSpy jumped(&dialog, &ui::SearchDialog::openMessage);
    dialog.show();
    auto* own = dialog.findChild<QLineEdit*>(QStringLiteral("messageSearchField"));
    QVERIFY(own && own->isVisible());
    QTest::keyClicks(own, QStringLiteral("chandler"));
    QTest::keyClick(own, Qt::Key_Return);
    QTRY_COMPARE(dialog.panel()->resultCount(), 1);
    QTRY_VERIFY(dialog.panel()->view()->currentIndex().isValid()); // Enter moved to the first result
    QTest::keyClick(dialog.panel()->view(), Qt::Key_Return);
    QCOMPARE(jumped.count(), 1);
    QCOMPARE(jumped.first().at(1).toString(), QStringLiteral("wamid.n1"));
    QVERIFY(!dialog.isVisible());
}

void TestConversationList::newConversationRejectsBadNumbersAndNormalises()
{
    auto panel = makePanel();
    panel->setChannelFilter(kChannelA);
    panel->show();
    QSignalSpy started(panel.get(), &ConversationListPanel::startConversation);
    QPointer<ui::NewConversationDialog> dialog;
    panel->setDialogHook([&](ui::NewConversationDialog* d) { dialog = d; });
    panel->findChild<QToolButton*>(QStringLiteral("newConversationButton"))->click();
    QVERIFY(dialog);
    auto* number = dialog->findChild<QLineEdit*>(QStringLiteral("newConversationNumber"));
    auto* start = dialog->findChild<QPushButton*>(QStringLiteral("newConversationStart"));
    QVERIFY(number && start);
    QCOMPARE(dialog->channelId(), kChannelA);
    QCOMPARE(dialog->defaultRegion(), QStringLiteral("DE")); // the channel's own country

    const auto type = [&](const QString& text) {
        number->clear();
        QTest::keyClicks(number, text);
    };
    type(QStringLiteral("12"));
    QVERIFY(!start->isEnabled());
    QCOMPARE(dialog->input().problem, PhoneInput::Problem::TooShort);
    QVERIFY2(dialog->feedback().contains(QLatin1String("Too short")), qPrintable(dialog->feedback()));
    type(QStringLiteral("+49 30 1234"));
    QVERIFY(!start->isEnabled());
    QCOMPARE(dialog->input().problem, PhoneInput::Problem::TooShort);
    QVERIFY2(dialog->feedback().contains(QLatin1String("Too short for a phone number in Germany")),
             qPrintable(dialog->feedback()));
    start->click(); // refused while invalid
    QVERIFY(dialog->isVisible());
    QCOMPARE(started.count(), 0);
    type(QStringLiteral("hello"));
    QCOMPARE(dialog->input().problem, PhoneInput::Problem::NotANumber);
    type(QStringLiteral("+49 199 12345678"));
    QVERIFY2(dialog->feedback().contains(QLatin1String("not a valid phone number in Germany")),
             qPrintable(dialog->feedback()));

    type(QStringLiteral("0151 12345678")); // national, read in the channel's country
    QVERIFY(start->isEnabled());
    QCOMPARE(dialog->waId(), QStringLiteral("4915112345678"));
    type(QStringLiteral("+49 151 12345678"));
    QVERIFY(start->isEnabled());
    QVERIFY2(dialog->feedback().contains(QLatin1String("+49 1511 2345678")), qPrintable(dialog->feedback()));
    QVERIFY(dialog->feedback().contains(QLatin1String("Germany")));
    start->click();
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.first().at(0).toString(), kChannelA);
    QCOMPARE(started.first().at(1).toString(), QStringLiteral("4915112345678"));

    // Several channels: the picker is shown and decides the channel.
    panel->setChannelFilter(QString());
    panel->requestNewConversation();
    QVERIFY(dialog);
    auto* channel = dialog->findChild<QWidget*>(QStringLiteral("newConversationChannel"));
    QVERIFY(channel && channel->isVisibleTo(dialog));
    dialog->reject();
}

void TestConversationList::emptyStatesSayWhy()
{
    auto panel = makePanel();
    panel->show();
    auto* title = panel->findChild<QLabel*>(QStringLiteral("emptyTitle"));
    QVERIFY(title);
    QTRY_VERIFY(title->isVisible());
    QCOMPARE(title->text(), QStringLiteral("No conversations yet"));
    ingest(body(textItem(QStringLiteral("wamid.e1"), QStringLiteral("14155550123"), m_now, QStringLiteral("Hi")),
                QStringLiteral("Kerry Fisher")));
    QTRY_COMPARE(panel->model()->rowCount(), 1);
    QTRY_VERIFY(!title->isVisible());
    panel->filterModel()->setFilters(ConversationFilterModel::Failed);
    panel->findChild<QToolButton*>(QStringLiteral("filterFailed"))->setChecked(true);
    QTRY_VERIFY(title->isVisible());
    QCOMPARE(title->text(), QStringLiteral("No matching conversations"));
    panel->findChild<QPushButton*>(QStringLiteral("emptyAction"))->click(); // "Clear filters"
    QCOMPARE(panel->filterModel()->rowCount(), 1);
}

void TestConversationList::filteringOutTheOpenConversation()
{
    fill();
    auto panel = makePanel();
    panel->show();
    QSignalSpy activated(panel.get(), &ConversationListPanel::conversationActivated);
    QVERIFY(panel->setCurrentConversationId(idOf(QStringLiteral("33612345678"))));
    auto* field = panel->findChild<QLineEdit*>(QStringLiteral("conversationSearch"));
    QTest::keyClicks(field, QStringLiteral("invoice")); // matches no conversation, only messages
    QCOMPARE(panel->filterModel()->rowCount(), 0);
    QCOMPARE(panel->currentConversationId(), idOf(QStringLiteral("33612345678"))); // still open, nothing else
    QCOMPARE(activated.count(), 1);
    field->clear();
    QCOMPARE(panel->filterModel()->rowCount(), 5);
    // Back in the list, selected again (without opening it again).
    QTRY_COMPARE(panel->view()->currentIndex().data(Roles::IdRole).toString(), idOf(QStringLiteral("33612345678")));
    QCOMPARE(activated.count(), 1);
}

void TestConversationList::screenshots()
{
    const QString dir = screenshotDir();
    if (dir.isEmpty())
        QSKIP("set WABADESK_SCREENSHOTS=<dir> to save screenshots");
    fill();
    QVERIFY(m_store->markConversationRead(idOf(QStringLiteral("447700900123"))));
    const qint64 outbox = m_store->enqueueOutgoing(
        kChannelA, idOf(QStringLiteral("447700900123")),
        QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                    {QStringLiteral("to"), QStringLiteral("447700900123")},
                    {QStringLiteral("type"), QStringLiteral("text")},
                    {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("Here it is")}}}});
    QVERIFY(m_store->markOutgoingSending(outbox));
    QVERIFY(m_store->markOutgoingFailed(outbox, QStringLiteral("131047: 24-hour window closed")));
    ingest(body(textItem(QStringLiteral("wamid.s1"), QStringLiteral("819012345678"), m_now.addSecs(-23 * 3600 - 1800),
                         QStringLiteral("Can I still change the delivery address?")),
                QStringLiteral("Haruto Sato"), kPhoneIdB));
    for (const auto scheme : {ui::theme::Scheme::Light, ui::theme::Scheme::Dark}) {
        ui::theme::apply(*qApp, scheme);
        const QString suffix = scheme == ui::theme::Scheme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
        auto panel = makePanel();
        panel->show();
        QVERIFY(panel->setCurrentConversationId(idOf(QStringLiteral("33612345678"))));
        QApplication::processEvents();
        QVERIFY(panel->grab().save(QDir(dir).filePath(QStringLiteral("list-%1.png").arg(suffix))));
        auto* windowChip = panel->findChild<QToolButton*>(QStringLiteral("filterWindowOpen"));
        windowChip->click();
        QApplication::processEvents();
        QVERIFY(panel->grab().save(QDir(dir).filePath(QStringLiteral("list-window-%1.png").arg(suffix))));
        windowChip->click();

        auto* field = panel->findChild<QLineEdit*>(QStringLiteral("conversationSearch"));
        QTest::keyClicks(field, QStringLiteral("parcel"));
        QTRY_VERIFY(panel->searchPanel()->resultCount() > 0);
        QApplication::processEvents();
        QVERIFY(panel->grab().save(QDir(dir).filePath(QStringLiteral("list-search-%1.png").arg(suffix))));

        QPointer<ui::NewConversationDialog> dialog;
        panel->setDialogHook([&](ui::NewConversationDialog* d) { dialog = d; });
        panel->requestNewConversation();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("newConversationNumber")),
                         QStringLiteral("+49 151 12345678"));
        QApplication::processEvents();
        QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("list-new-%1.png").arg(suffix))));
        dialog->findChild<QLineEdit*>(QStringLiteral("newConversationNumber"))->setText(QStringLiteral("+49 30 1234"));
        QApplication::processEvents();
        QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("list-new-invalid-%1.png").arg(suffix))));
        dialog->reject();
    }
}

QTEST_MAIN(TestConversationList)
#include "tst_conversationlist.moc"
