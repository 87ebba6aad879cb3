// The composer with a fake SendTarget that records what would be queued, over a real store (drafts, templates,
// quoted messages) fed from the webhook fixtures. Time is the test's clock: text.json's customer wrote at
// 2023-10-11 16:53:43 UTC (timestamp 1697043223), so "now" an hour later is inside the 24-hour window.
#include "StoreTestBase.h"
#include "api/MessageValidation.h"
#include "common/EmojiPicker.h"
#include "conversations/AttachmentBar.h"
#include "conversations/Composer.h"
#include "conversations/ComposerTextEdit.h"
#include "conversations/ContactCardDialog.h"
#include "conversations/InteractiveBuilderDialog.h"
#include "conversations/LocationDialog.h"
#include "conversations/MediaKindQuestion.h"
#include "conversations/ReplyBar.h"
#include "conversations/SendTarget.h"
#include "conversations/TemplatePickerDialog.h"
#include "conversations/WindowBanner.h"
#include "media/MediaCache.h"
#include "store/ChangeHub.h"
#include "theme/Theme.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <memory>

using namespace wabadesk;
using ui::Composer;

namespace {

const QDateTime kInboundAt = QDateTime::fromSecsSinceEpoch(1697043223, Qt::UTC);
const QString kWamid = QStringLiteral("wamid.xyzxyz");

// Records every call; refuses with `refusal` when set (nothing "queued").
class FakeSendTarget : public ui::SendTarget {
public:
    struct Call {
        QString kind; // text, media, message
        QString conversationId;
        QString text;
        QString replyTo;
        bool previewUrl = false;
        api::MediaKind mediaKind = api::MediaKind::Document;
        QString filePath;
        api::OutgoingMessage message;
    };
    QList<Call> calls;
    QString refusal;

    ui::SendOutcome outcome()
    {
        if (!refusal.isEmpty())
            return {0, refusal};
        return {qint64(calls.size()), {}};
    }
    ui::SendOutcome sendText(const QString& conversationId, const QString& text, const QString& replyTo,
                             bool previewUrl) override
    {
        Call c;
        c.kind = QStringLiteral("text");
        c.conversationId = conversationId;
        c.text = text;
        c.replyTo = replyTo;
        c.previewUrl = previewUrl;
        if (refusal.isEmpty())
            calls.append(c);
        return outcome();
    }
    ui::SendOutcome sendMedia(const QString& conversationId, api::MediaKind kind, const QString& filePath,
                              const QString& caption, const QString& replyTo) override
    {
        Call c;
        c.kind = QStringLiteral("media");
        c.conversationId = conversationId;
        c.text = caption;
        c.replyTo = replyTo;
        c.mediaKind = kind;
        c.filePath = filePath;
        if (refusal.isEmpty())
            calls.append(c);
        return outcome();
    }
    ui::SendOutcome sendMessage(const QString& conversationId, const api::OutgoingMessage& message) override
    {
        Call c;
        c.kind = QStringLiteral("message");
        c.conversationId = conversationId;
        c.message = message;
        c.replyTo = message.replyToMessageId;
        if (refusal.isEmpty())
            calls.append(c);
        return outcome();
    }
};

} // namespace

class TestComposer : public QObject, protected test::StoreTestBase {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void enterSendsAndClears();
    void shiftEnterBreaksLineAndCtrlEnterMode();
    void counterLimitsTextAndCaption();
    void draftKeptAcrossSwitchesAndNewComposer();
    void draftSavedAfterPause();
    void closedWindowDisablesTextAndOffersTemplate();
    void windowCountsDownAndCloses();
    void inboundMessageReopensWindow();
    void replyBarSendsReplyId();
    void droppedFileAsksPhotoOrDocument();
    void unsupportedFileRefused();
    void pastedImageGoesToCache();
    void refusedSendKeepsEverything();
    void linkPreviewToggle();
    void reactionQueued();
    void emojiPickerInsertsAtTheCursor();
    void builderProducesValidPayloads();
    void builderThroughComposerMenu();
    void locationAndContactDialogs();
    void templatePickerFillsParameters();
    void screenshots();

private:
    Conversation conversation(const QDateTime& lastInboundAt = kInboundAt) const;
    Conversation otherConversation() const;
    std::unique_ptr<Composer> makeComposer();
    void typeAndPress(const QString& text, Qt::Key key = Qt::Key_Return, Qt::KeyboardModifiers mods = {});
    ui::ComposerTextEdit* edit() const
    {
        return m_composer->findChild<ui::ComposerTextEdit*>(QStringLiteral("composerText"));
    }
    QPushButton* sendButton() const { return m_composer->findChild<QPushButton*>(QStringLiteral("composerSend")); }
    QString writeFile(const QString& name, const QByteArray& content);
    QString writeImage(const QString& name, const QSize& size);

    store::ChangeHub m_hub;
    FakeSendTarget m_target;
    QDateTime m_now;
    QString m_conversationId; // text.json's customer
    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<Composer> m_composer;
};

void TestComposer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WabaDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_composer"));
    QSettings().clear();
}

void TestComposer::init()
{
    QString error;
    QVERIFY2(openStore(&error), qPrintable(error));
    m_store->setChangeHub(&m_hub);
    QVERIFY(ingest("text.json").result == store::IngestOutcome::Result::Stored);
    const QList<Conversation> all = m_store->conversations(QString());
    QVERIFY(!all.isEmpty());
    m_conversationId = all.first().id;
    m_target = FakeSendTarget();
    m_now = kInboundAt.addSecs(3600);
    m_files = std::make_unique<QTemporaryDir>();
    ui::MediaKindQuestion::resetForTests();
    m_composer = makeComposer();
    m_composer->setConversation(conversation());
}

void TestComposer::cleanup()
{
    m_composer.reset();
    closeStore();
}

Conversation TestComposer::conversation(const QDateTime& lastInboundAt) const
{
    Conversation c = m_store->conversation(m_conversationId).value_or(Conversation());
    c.lastInboundAt = lastInboundAt;
    return c;
}

Conversation TestComposer::otherConversation() const
{
    const QString id = m_store->ensureConversation(conversation().channelId, QStringLiteral("4915112345678"));
    Conversation c = m_store->conversation(id).value_or(Conversation());
    c.lastInboundAt = kInboundAt;
    return c;
}

std::unique_ptr<Composer> TestComposer::makeComposer()
{
    auto composer = std::make_unique<Composer>(m_store.get(), &m_hub);
    composer->setSendTarget(&m_target);
    composer->setClock([this] { return m_now; });
    composer->setBuiltInTemplatePicker(true);
    composer->setPastedImagesDir(media::MediaCache(m_dir->path()).pastedImagesDir());
    composer->resize(640, 200);
    composer->show();
    return composer;
}

void TestComposer::typeAndPress(const QString& text, Qt::Key key, Qt::KeyboardModifiers mods)
{
    edit()->setFocus();
    QTest::keyClicks(edit(), text);
    QTest::keyClick(edit(), key, mods);
}

QString TestComposer::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_files->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return path;
}

QString TestComposer::writeImage(const QString& name, const QSize& size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0x2f, 0x7d, 0x5b));
    const QString path = m_files->filePath(name);
    return image.save(path) ? path : QString();
}

void TestComposer::enterSendsAndClears()
{
    // Bad input: Enter on an empty field and on spaces only queues nothing.
    QTest::keyClick(edit(), Qt::Key_Return);
    typeAndPress(QStringLiteral("   "));
    QCOMPARE(m_target.calls.size(), 0);

    m_composer->setText(QString());
    QSignalSpy queued(m_composer.get(), &Composer::messageQueued);
    typeAndPress(QStringLiteral("Hello there"));
    QCOMPARE(m_target.calls.size(), 1);
    QCOMPARE(m_target.calls[0].kind, QStringLiteral("text"));
    QCOMPARE(m_target.calls[0].text, QStringLiteral("Hello there"));
    QCOMPARE(m_target.calls[0].conversationId, m_conversationId);
    QVERIFY(m_target.calls[0].replyTo.isEmpty());
    QCOMPARE(queued.size(), 1);
    QVERIFY(edit()->toPlainText().isEmpty());
    // The keypad's Enter sends too.
    typeAndPress(QStringLiteral("again"), Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(m_target.calls.size(), 2);
}

void TestComposer::shiftEnterBreaksLineAndCtrlEnterMode()
{
    edit()->setFocus();
    QTest::keyClicks(edit(), QStringLiteral("first"));
    QTest::keyClick(edit(), Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(edit(), QStringLiteral("second"));
    QCOMPARE(m_target.calls.size(), 0);
    // A real newline, not QPlainTextEdit's U+2028 line separator.
    QCOMPARE(edit()->toPlainText(), QStringLiteral("first\nsecond"));
    QTest::keyClick(edit(), Qt::Key_Return);
    QCOMPARE(m_target.calls.size(), 1);
    QCOMPARE(m_target.calls[0].text, QStringLiteral("first\nsecond"));

    // Configured the other way: Enter breaks the line, Ctrl+Enter sends; remembered for the next composer.
    m_composer->setEnterSends(false);
    typeAndPress(QStringLiteral("a"));
    QTest::keyClicks(edit(), QStringLiteral("b"));
    QCOMPARE(edit()->toPlainText(), QStringLiteral("a\nb"));
    QCOMPARE(m_target.calls.size(), 1);
    QTest::keyClick(edit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_target.calls.size(), 2);
    QCOMPARE(m_target.calls[1].text, QStringLiteral("a\nb"));
    auto second = makeComposer();
    QVERIFY(!second->enterSends());
    m_composer->setEnterSends(true);
}

void TestComposer::counterLimitsTextAndCaption()
{
    auto* counter = m_composer->findChild<QLabel*>(QStringLiteral("composerCounter"));
    QVERIFY(counter);
    m_composer->setText(QString(4096, QLatin1Char('x')));
    QVERIFY(sendButton()->isEnabled());
    QVERIFY(!counter->property("overLimit").toBool());
    QVERIFY(counter->text().contains(QStringLiteral("4,096 / 4,096")));

    // Bad input: one character over the limit.
    m_composer->setText(QString(4097, QLatin1Char('x')));
    QVERIFY(!sendButton()->isEnabled());
    QVERIFY(counter->property("overLimit").toBool());
    QCOMPARE(counter->palette().color(QPalette::WindowText), ui::theme::negativeText(counter->palette()));
    QTest::keyClick(edit(), Qt::Key_Return);
    QVERIFY(!m_composer->send());
    QCOMPARE(m_target.calls.size(), 0);

    // With a photo the text is its caption: 1,024 at most.
    ui::MediaKindQuestion::setNextAnswer(api::MediaKind::Image);
    m_composer->addFiles({writeImage(QStringLiteral("photo.png"), QSize(64, 48))});
    QTRY_COMPARE(m_composer->attachments().size(), 1);
    m_composer->setText(QString(1025, QLatin1Char('y')));
    QVERIFY(!sendButton()->isEnabled());
    QVERIFY(counter->text().contains(QStringLiteral("1,024")));
    m_composer->setText(QString(1024, QLatin1Char('y')));
    QVERIFY(sendButton()->isEnabled());
    QVERIFY(m_composer->send());
    QCOMPARE(m_target.calls.size(), 1);
    QCOMPARE(m_target.calls[0].kind, QStringLiteral("media"));
    QCOMPARE(m_target.calls[0].text.size(), 1024);
}

void TestComposer::draftKeptAcrossSwitchesAndNewComposer()
{
    typeAndPress(QStringLiteral("half-written answer"), Qt::Key_Space);
    m_composer->setReplyTo(kWamid);
    const Conversation other = otherConversation();
    m_composer->setConversation(other);
    QVERIFY(edit()->toPlainText().isEmpty());
    QVERIFY(m_composer->replyToWamid().isEmpty());
    m_composer->setText(QStringLiteral("for the other one"));

    m_composer->setConversation(conversation());
    QCOMPARE(edit()->toPlainText(), QStringLiteral("half-written answer "));
    QCOMPARE(m_composer->replyToWamid(), kWamid);

    // A new composer (after a restart) reads both drafts from the store.
    m_composer.reset();
    m_composer = makeComposer();
    m_composer->setConversation(other);
    QCOMPARE(edit()->toPlainText(), QStringLiteral("for the other one"));
    m_composer->setConversation(conversation());
    QCOMPARE(edit()->toPlainText(), QStringLiteral("half-written answer "));
    QCOMPARE(m_composer->replyToWamid(), kWamid);
    QVERIFY(m_composer->findChild<ui::ReplyBar*>()->isVisible());

    // Sending deletes the draft.
    QVERIFY(m_composer->send());
    QVERIFY(!m_store->draft(m_conversationId).has_value());
}

void TestComposer::draftSavedAfterPause()
{
    edit()->setFocus();
    QTest::keyClicks(edit(), QStringLiteral("typing"));
    // Not written at every key stroke…
    QVERIFY(!m_store->draft(m_conversationId).has_value());
    // …but soon after the typing stops.
    QTRY_VERIFY_WITH_TIMEOUT(m_store->draft(m_conversationId).has_value(), 3000);
    QCOMPARE(m_store->draft(m_conversationId)->text, QStringLiteral("typing"));
    // Clearing the text deletes it.
    edit()->clear();
    QTRY_VERIFY_WITH_TIMEOUT(!m_store->draft(m_conversationId).has_value(), 3000);
}

void TestComposer::closedWindowDisablesTextAndOffersTemplate()
{
    m_composer->setText(QStringLiteral("kept while closed"));
    m_composer->setConversation(conversation()); // same conversation: nothing lost
    m_now = kInboundAt.addSecs(25 * 3600);
    m_composer->setClock([this] { return m_now; });
    QVERIFY(!m_composer->isWindowOpen());
    QVERIFY(!edit()->isEnabled());
    QVERIFY(!sendButton()->isEnabled());
    QCOMPARE(edit()->toPlainText(), QStringLiteral("kept while closed"));
    auto* banner = m_composer->findChild<ui::WindowBanner*>();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->stateText().contains(QStringLiteral("24-hour window closed 1 h ago")),
             qPrintable(banner->stateText()));
    // Bad input: sending anyway, by key or call, queues nothing.
    QTest::keyClick(edit(), Qt::Key_Return);
    QVERIFY(!m_composer->send());
    QVERIFY(!m_composer->react(kWamid, QStringLiteral("👍")));
    QCOMPARE(m_target.calls.size(), 0);
    auto* location = m_composer->findChild<QAction*>(QStringLiteral("composerLocation"));
    QVERIFY(location && !location->isEnabled());
    QVERIFY(m_composer->findChild<QAction*>(QStringLiteral("composerTemplate"))->isEnabled());

    m_composer->setBuiltInTemplatePicker(false);
    QSignalSpy requested(m_composer.get(), &Composer::templateRequested);
    auto* sendTemplate = banner->findChild<QPushButton*>(QStringLiteral("composerSendTemplate"));
    QVERIFY(sendTemplate && sendTemplate->isVisible());
    sendTemplate->click();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested[0][0].toString(), m_conversationId);

    // A 131047 closes the window at once even within 24 h of the last message.
    m_now = kInboundAt.addSecs(3600);
    Conversation closedByApi = conversation();
    closedByApi.windowClosedAt = kInboundAt.addSecs(1800);
    m_composer->setConversation(closedByApi);
    QVERIFY(!m_composer->isWindowOpen());
    QVERIFY(banner->stateText().contains(QStringLiteral("131047")));

    // A customer who never wrote: template only.
    m_composer->setConversation(conversation(QDateTime()));
    QVERIFY(!m_composer->isWindowOpen());
    QVERIFY(banner->stateText().contains(QStringLiteral("not written")));
}

void TestComposer::windowCountsDownAndCloses()
{
    auto* banner = m_composer->findChild<ui::WindowBanner*>();
    QCOMPARE(banner->stateText(), QStringLiteral("Window open — 23 h 0 min left"));
    QVERIFY(!banner->isVisible()); // the conversation header's chip says so; the banner does not repeat it
    m_now = kInboundAt.addSecs(24 * 3600 - 42 * 60);
    banner->refresh();
    QVERIFY2(banner->stateText().startsWith(QStringLiteral("Window closes in 42 min")),
             qPrintable(banner->stateText()));
    QVERIFY(banner->isVisible());
    QVERIFY(edit()->isEnabled());

    // Running out while shown: the timer notices by itself and the text field goes off.
    QSignalSpy changed(banner, &ui::WindowBanner::openChanged);
    m_now = QDateTime::currentDateTimeUtc();
    Conversation soon = conversation(m_now.addSecs(-24 * 3600 + 1));
    m_composer->setClock([] { return QDateTime::currentDateTimeUtc(); });
    m_composer->setConversation(soon);
    QVERIFY(m_composer->isWindowOpen());
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.last().at(0).toBool(), false);
    QVERIFY(!edit()->isEnabled());
    QCOMPARE(ui::WindowBanner::formatRemaining(59), QStringLiteral("under a minute"));
    QCOMPARE(ui::WindowBanner::formatRemaining(3 * 3600 + 12 * 60 + 5), QStringLiteral("3 h 12 min"));
}

void TestComposer::inboundMessageReopensWindow()
{
    m_now = kInboundAt.addSecs(30 * 3600);
    m_composer->setConversation(m_store->conversation(m_conversationId).value());
    QVERIFY(!m_composer->isWindowOpen());
    // The customer writes again (same fixture, new id and timestamp): the hub tells the composer.
    QByteArray body = fixture("text.json");
    body.replace("wamid.xyzxyz", "wamid.later");
    body.replace("1697043223", QByteArray::number(kInboundAt.addSecs(29 * 3600).toSecsSinceEpoch()));
    QVERIFY(ingest(body).result == store::IngestOutcome::Result::Stored);
    QTRY_VERIFY(m_composer->isWindowOpen());
    QVERIFY(edit()->isEnabled());
}

void TestComposer::replyBarSendsReplyId()
{
    m_composer->setReplyTo(kWamid);
    auto* bar = m_composer->findChild<ui::ReplyBar*>();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->quoteText(), QStringLiteral("Body Text"));
    QVERIFY(m_composer->findChild<QLabel*>(QStringLiteral("composerReplyAuthor"))
                ->text()
                .contains(QStringLiteral("Test Name")));

    // Esc cancels the reply.
    edit()->setFocus();
    QTest::keyClick(edit(), Qt::Key_Escape);
    QVERIFY(m_composer->replyToWamid().isEmpty());
    QVERIFY(!bar->isVisible());

    // A quote with WhatsApp's formatting shows without its markers, as WhatsApp's reply banner does.
    QByteArray formatted = fixture("text.json");
    formatted.replace("wamid.xyzxyz", "wamid.formatted").replace("Body Text", "*Urgent:* size _M_ not ~L~");
    QCOMPARE(ingest(formatted).result, store::IngestOutcome::Result::Stored);
    m_composer->setReplyTo(QStringLiteral("wamid.formatted"));
    QCOMPARE(bar->quoteText(), QStringLiteral("Urgent: size M not L"));
    m_composer->cancelReply();

    m_composer->setReplyTo(kWamid);
    typeAndPress(QStringLiteral("Answering that"));
    QCOMPARE(m_target.calls.size(), 1);
    QCOMPARE(m_target.calls[0].replyTo, kWamid);
    QVERIFY(m_composer->replyToWamid().isEmpty());
    QVERIFY(!bar->isVisible());
    // The next message is not a reply any more.
    typeAndPress(QStringLiteral("And more"));
    QVERIFY(m_target.calls[1].replyTo.isEmpty());
}

void TestComposer::droppedFileAsksPhotoOrDocument()
{
    const QString photo = writeImage(QStringLiteral("holiday.jpg"), QSize(120, 80));
    QVERIFY(!photo.isEmpty());
    ui::MediaKindQuestion::setNextAnswer(api::MediaKind::Document);
    auto* mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(photo)});
    // Dropped onto the text field, as a file manager does.
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(edit()->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(edit()->viewport(), &drop);
    QTRY_COMPARE(m_composer->attachments().size(), 1);
    const auto request = ui::MediaKindQuestion::lastRequest();
    QVERIFY(request.has_value());
    QCOMPARE(request->choices, (QList<api::MediaKind>{api::MediaKind::Image, api::MediaKind::Document}));
    QCOMPARE(m_composer->attachments()[0].kind, api::MediaKind::Document);
    QVERIFY(edit()->toPlainText().isEmpty()); // the file's URL is not pasted as text
    delete mime;

    // A PDF fits only as a document: no question.
    ui::MediaKindQuestion::resetForTests();
    const QString pdf = writeFile(QStringLiteral("invoice.pdf"), "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n");
    m_composer->addFiles({pdf});
    QCOMPARE(m_composer->attachments().size(), 2);
    QVERIFY(!ui::MediaKindQuestion::lastRequest().has_value());

    m_composer->setReplyTo(kWamid);
    m_composer->setText(QStringLiteral("Your photo and invoice"));
    QVERIFY(m_composer->send());
    QCOMPARE(m_target.calls.size(), 2);
    QCOMPARE(m_target.calls[0].filePath, photo);
    QCOMPARE(m_target.calls[0].mediaKind, api::MediaKind::Document);
    QCOMPARE(m_target.calls[0].text, QStringLiteral("Your photo and invoice")); // caption on the first
    QCOMPARE(m_target.calls[0].replyTo, kWamid);
    QCOMPARE(m_target.calls[1].filePath, pdf);
    QVERIFY(m_target.calls[1].text.isEmpty());
    QVERIFY(m_target.calls[1].replyTo.isEmpty());
    QVERIFY(m_composer->attachments().isEmpty());

    // Cancelling the question adds nothing.
    ui::MediaKindQuestion::setNextAnswer(std::nullopt);
    m_composer->addFiles({photo});
    QTest::qWait(20);
    QVERIFY(m_composer->attachments().isEmpty());
}

void TestComposer::unsupportedFileRefused()
{
    // Bad input: a Windows program renamed to look harmless, and an empty file.
    const QString exe = writeFile(QStringLiteral("setup.exe"), QByteArray("MZ\x90\x00\x03", 5) + QByteArray(200, 'A'));
    m_composer->addFiles({exe});
    QCOMPARE(m_composer->attachments().size(), 0);
    QVERIFY(m_composer->errorText().contains(QStringLiteral("setup.exe")));
    const QString empty = writeFile(QStringLiteral("empty.pdf"), QByteArray());
    m_composer->addFiles({empty});
    QCOMPARE(m_composer->attachments().size(), 0);
    QCOMPARE(m_target.calls.size(), 0);
}

void TestComposer::pastedImageGoesToCache()
{
    QImage screenshot(200, 100, QImage::Format_RGB32);
    screenshot.fill(Qt::white);
    ui::MediaKindQuestion::setNextAnswer(api::MediaKind::Image);
    auto* mime = new QMimeData;
    mime->setImageData(screenshot);
    edit()->setFocus();
    QGuiApplication::clipboard()->setMimeData(mime);
    edit()->paste();
    QTRY_COMPARE(m_composer->attachments().size(), 1);
    const QString path = m_composer->attachments()[0].filePath;
    QVERIFY2(path.startsWith(m_dir->path() + QStringLiteral("/cache/composer/")), qPrintable(path));
    QVERIFY(QImage(path).size() == screenshot.size());
    QCOMPARE(m_composer->attachments()[0].kind, api::MediaKind::Image);
}

void TestComposer::refusedSendKeepsEverything()
{
    m_target.refusal = QStringLiteral("The outbox is not available.");
    m_composer->setReplyTo(kWamid);
    typeAndPress(QStringLiteral("Important answer"));
    QCOMPARE(m_target.calls.size(), 0);
    QCOMPARE(edit()->toPlainText(), QStringLiteral("Important answer"));
    QCOMPARE(m_composer->replyToWamid(), kWamid);
    QVERIFY(m_composer->errorText().contains(QStringLiteral("not available")));
    // Typing clears the message; sending again works once the target accepts.
    m_target.refusal.clear();
    QTest::keyClick(edit(), Qt::Key_Return);
    QCOMPARE(m_target.calls.size(), 1);
    QVERIFY(m_composer->errorText().isEmpty());
}

void TestComposer::linkPreviewToggle()
{
    auto* preview = m_composer->findChild<QCheckBox*>(QStringLiteral("composerLinkPreview"));
    m_composer->setText(QStringLiteral("no link here"));
    QVERIFY(!preview->isVisible());
    m_composer->setText(QStringLiteral("see https://example.com/track"));
    QVERIFY(preview->isVisible());
    preview->setChecked(false);
    QVERIFY(m_composer->send());
    QVERIFY(!m_target.calls.last().previewUrl);
    m_composer->setText(QStringLiteral("see https://example.com/track"));
    preview->setChecked(true);
    QVERIFY(m_composer->send());
    QVERIFY(m_target.calls.last().previewUrl);
}

void TestComposer::reactionQueued()
{
    QVERIFY(m_composer->react(kWamid, QStringLiteral("👍")));
    QCOMPARE(m_target.calls.size(), 1);
    const QJsonObject json = m_target.calls[0].message.toJson();
    QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("reaction"));
    QCOMPARE(json.value(QStringLiteral("reaction")).toObject().value(QStringLiteral("message_id")).toString(), kWamid);
    QVERIFY(api::validateMessage(json).isEmpty());
}

void TestComposer::emojiPickerInsertsAtTheCursor()
{
    // The button opens the grid; searching "thumbs up" and Enter inserts 👍 where the cursor is (not at the end),
    // and the pick comes first under Recent next time. Tried: a search that finds nothing (Enter inserts nothing).
    m_composer->show();
    edit()->setPlainText(QStringLiteral("Thanks !"));
    QTextCursor cursor = edit()->textCursor();
    cursor.setPosition(7);
    edit()->setTextCursor(cursor);
    auto* button = m_composer->findChild<QToolButton*>(QStringLiteral("composerEmoji"));
    QVERIFY(button && button->isEnabled());
    button->click();
    ui::EmojiPicker* picker = m_composer->emojiPicker();
    QVERIFY(picker);
    QTRY_VERIFY(picker->isVisible());
    QVERIFY(picker->shownEmoji().size() > 50); // a category (no recent ones yet)
    auto* search = picker->findChild<QLineEdit*>(QStringLiteral("emojiSearch"));
    QVERIFY(search);
    search->setText(QStringLiteral("zzzz-no-such-emoji"));
    QVERIFY(picker->shownEmoji().isEmpty());
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(edit()->toPlainText(), QStringLiteral("Thanks !"));
    search->setText(QStringLiteral("thumbs up"));
    QCOMPARE(picker->shownEmoji().value(0), QStringLiteral("👍"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(!picker->isVisible());
    QCOMPARE(edit()->toPlainText(), QStringLiteral("Thanks 👍!"));
    QCOMPARE(ui::EmojiPicker::recent().value(0), QStringLiteral("👍"));
    m_composer->openEmojiPicker();
    QTRY_VERIFY(picker->isVisible());
    QCOMPARE(picker->shownEmoji().value(0), QStringLiteral("👍")); // Recent first
    picker->hide();
}

void TestComposer::builderProducesValidPayloads()
{
    ui::InteractiveBuilderDialog dialog(QStringLiteral("972987654321"));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    auto* body = dialog.findChild<QPlainTextEdit*>(QStringLiteral("interactiveBody"));
    auto* b1 = dialog.findChild<QLineEdit*>(QStringLiteral("interactiveButton1"));
    auto* b2 = dialog.findChild<QLineEdit*>(QStringLiteral("interactiveButton2"));
    QVERIFY(body && b1 && b2);
    QVERIFY(!ok->isEnabled()); // empty
    body->setPlainText(QStringLiteral("Shall we deliver tomorrow?"));
    b1->setText(QStringLiteral("Yes, please"));
    b2->setText(QStringLiteral("Another day"));
    QVERIFY(ok->isEnabled());
    QJsonObject json = dialog.message().toJson();
    QVERIFY2(api::validateMessage(json).isEmpty(), qPrintable(api::validateMessage(json).join(QLatin1Char('\n'))));
    const QJsonArray buttons = json.value(QStringLiteral("interactive"))
                                   .toObject()
                                   .value(QStringLiteral("action"))
                                   .toObject()
                                   .value(QStringLiteral("buttons"))
                                   .toArray();
    QCOMPARE(buttons.size(), 2);
    QCOMPARE(buttons[0].toObject().value(QStringLiteral("reply")).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("yes_please"));
    // Bad input: the same title twice, and a title over 20 characters.
    b2->setText(QStringLiteral("Yes, please"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.problems().isEmpty());
    b2->setText(QStringLiteral("A title far too long for WhatsApp"));
    QVERIFY(!ok->isEnabled());
    b2->clear();
    QVERIFY(ok->isEnabled());

    // A list: rows grouped by section, ids unique even for equal titles in different sections.
    dialog.setKind(ui::InteractiveBuilderDialog::Kind::List);
    QVERIFY(!ok->isEnabled()); // no list button, no rows
    dialog.findChild<QLineEdit*>(QStringLiteral("interactiveListButton"))->setText(QStringLiteral("Choose a time"));
    auto* rows = dialog.findChild<QTableWidget*>(QStringLiteral("interactiveListRows"));
    rows->setItem(0, 0, new QTableWidgetItem(QStringLiteral("Morning")));
    rows->setItem(0, 1, new QTableWidgetItem(QStringLiteral("8–10")));
    rows->setItem(1, 0, new QTableWidgetItem(QStringLiteral("Evening")));
    rows->setItem(1, 1, new QTableWidgetItem(QStringLiteral("18–20")));
    rows->setItem(1, 2, new QTableWidgetItem(QStringLiteral("Costs extra")));
    QVERIFY2(ok->isEnabled(), qPrintable(dialog.problems().join(QLatin1Char('\n'))));
    json = dialog.message().toJson();
    QVERIFY(api::validateMessage(json).isEmpty());
    const QJsonArray sections = json.value(QStringLiteral("interactive"))
                                    .toObject()
                                    .value(QStringLiteral("action"))
                                    .toObject()
                                    .value(QStringLiteral("sections"))
                                    .toArray();
    QCOMPARE(sections.size(), 2);
    QCOMPARE(sections[1].toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Evening"));
    // Bad input: more than 10 rows cannot be added.
    auto* addRow = dialog.findChild<QPushButton*>(QStringLiteral("interactiveAddRow"));
    for (int i = 0; i < 12; ++i)
        addRow->click();
    QCOMPARE(rows->rowCount(), 10);
    // Bad input: two sections, one without a name.
    rows->item(1, 0)->setText(QString());
    QVERIFY(!ok->isEnabled());
    QCOMPARE(ui::InteractiveBuilderDialog::idForTitle(QStringLiteral("  Ja, gern! ")), QStringLiteral("ja_gern"));
}

void TestComposer::builderThroughComposerMenu()
{
    m_composer->setReplyTo(kWamid);
    m_composer->findChild<QAction*>(QStringLiteral("composerButtons"))->trigger();
    auto* dialog = m_composer->findChild<ui::InteractiveBuilderDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("interactiveBody"))->setPlainText(QStringLiteral("Rate us"));
    dialog->findChild<QLineEdit*>(QStringLiteral("interactiveButton1"))->setText(QStringLiteral("Good"));
    dialog->accept();
    QCOMPARE(m_target.calls.size(), 1);
    QCOMPARE(m_target.calls[0].message.type, QStringLiteral("interactive"));
    QCOMPARE(m_target.calls[0].message.to, QStringLiteral("972987654321"));
    QCOMPARE(m_target.calls[0].replyTo, kWamid); // the reply applies to whatever is sent next
    QVERIFY(m_composer->replyToWamid().isEmpty());
}

void TestComposer::locationAndContactDialogs()
{
    using Dialog = ui::LocationDialog;
    const auto parsed = [](const char* text) {
        return Dialog::parseCoordinates(QString::fromUtf8(text));
    };
    QVERIFY(parsed("52.5200, 13.4050"));
    QCOMPARE(parsed("52.5200, 13.4050")->longitude, 13.405);
    QCOMPARE(parsed("https://www.openstreetmap.org/?mlat=52.52&mlon=13.405#map=17/52.52/13.405")->latitude, 52.52);
    QCOMPARE(parsed("https://www.google.com/maps/@-33.8688,151.2093,15z")->longitude, 151.2093);
    QCOMPARE(parsed("geo:48.8584,2.2945")->latitude, 48.8584);
    // Bad input: out of range, words, a comma as the decimal separator.
    QVERIFY(!parsed("91, 10"));
    QVERIFY(!parsed("Berlin"));
    QVERIFY(!parsed("52,52 13,40"));

    m_composer->findChild<QAction*>(QStringLiteral("composerLocation"))->trigger();
    auto* location = m_composer->findChild<ui::LocationDialog*>();
    QVERIFY(location);
    auto* ok = location->findChild<QPushButton*>(QStringLiteral("locationSend"));
    QVERIFY(!ok->isEnabled());
    location->findChild<QLineEdit*>(QStringLiteral("locationCoordinates"))->setText(QStringLiteral("52.52, 13.405"));
    location->findChild<QLineEdit*>(QStringLiteral("locationName"))->setText(QStringLiteral("Main Store"));
    QVERIFY(ok->isEnabled());
    location->accept();
    QCOMPARE(m_target.calls.size(), 1);
    const QJsonObject loc = m_target.calls[0].message.toJson().value(QStringLiteral("location")).toObject();
    QCOMPARE(loc.value(QStringLiteral("latitude")).toDouble(), 52.52);
    QCOMPARE(loc.value(QStringLiteral("name")).toString(), QStringLiteral("Main Store"));

    m_composer->findChild<QAction*>(QStringLiteral("composerContact"))->trigger();
    auto* contact = m_composer->findChild<ui::ContactCardDialog*>();
    QVERIFY(contact);
    auto* send = contact->findChild<QPushButton*>(QStringLiteral("contactSend"));
    QVERIFY(!send->isEnabled()); // no name
    contact->findChild<QLineEdit*>(QStringLiteral("contactFirstName"))->setText(QStringLiteral("Anna"));
    contact->findChild<QLineEdit*>(QStringLiteral("contactLastName"))->setText(QStringLiteral("Schmidt"));
    contact->findChild<QLineEdit*>(QStringLiteral("contactPhone"))->setText(QStringLiteral("+49 30 1234567"));
    QVERIFY(send->isEnabled());
    // Bad input: a website without a scheme.
    contact->findChild<QLineEdit*>(QStringLiteral("contactUrl"))->setText(QStringLiteral("example.com"));
    QVERIFY(!send->isEnabled());
    contact->findChild<QLineEdit*>(QStringLiteral("contactUrl"))->clear();
    contact->accept();
    QCOMPARE(m_target.calls.size(), 2);
    const QJsonObject message = m_target.calls[1].message.toJson();
    QVERIFY(api::validateMessage(message).isEmpty());
    const QJsonObject card = message.value(QStringLiteral("contacts")).toArray().at(0).toObject();
    QCOMPARE(card.value(QStringLiteral("name")).toObject().value(QStringLiteral("formatted_name")).toString(),
             QStringLiteral("Anna Schmidt"));
    QCOMPARE(card.value(QStringLiteral("phones")).toArray().at(0).toObject().value(QStringLiteral("phone")).toString(),
             QStringLiteral("+49 30 1234567"));
}

void TestComposer::templatePickerFillsParameters()
{
    const QString channel = conversation().channelId;
    Template shipped;
    shipped.name = QStringLiteral("order_shipped");
    shipped.language = QStringLiteral("en_US");
    shipped.category = QStringLiteral("UTILITY");
    shipped.status = QStringLiteral("APPROVED");
    shipped.components = QJsonArray{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                    {QStringLiteral("text"), QStringLiteral("Hello {{1}}, your order {{2}} is on its way.")}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("FOOTER")},
                    {QStringLiteral("text"), QStringLiteral("Shop")}}};
    Template pending = shipped;
    pending.name = QStringLiteral("spring_sale");
    pending.status = QStringLiteral("PENDING");
    QVERIFY(m_store->saveTemplates(channel, {shipped, pending}));

    m_now = kInboundAt.addSecs(48 * 3600);
    m_composer->setConversation(conversation());
    QVERIFY(!m_composer->isWindowOpen());
    m_composer->findChild<QPushButton*>(QStringLiteral("composerSendTemplate"))->click();
    auto* picker = m_composer->findChild<ui::TemplatePickerDialog*>();
    QVERIFY(picker);
    QCOMPARE(picker->templateCount(), 1); // the pending one is not offered
    QVERIFY(picker->selectTemplate(QStringLiteral("order_shipped")));
    auto* send = picker->findChild<QPushButton*>(QStringLiteral("templateSend"));
    QVERIFY(!send->isEnabled());
    QVERIFY(picker->setParameter(0, QStringLiteral("Anna")));
    QVERIFY(!send->isEnabled()); // {{2}} still empty
    // Bad input: a newline in a parameter (the API answers 132018).
    QVERIFY(picker->setParameter(1, QStringLiteral("A-1\nB")));
    QVERIFY(!send->isEnabled());
    QVERIFY(picker->setParameter(1, QStringLiteral("A-1042")));
    QVERIFY2(send->isEnabled(), qPrintable(picker->problems().join(QLatin1Char('\n'))));
    QVERIFY(picker->previewText().contains(QStringLiteral("Hello Anna, your order A-1042 is on its way.")));
    picker->accept();
    QCOMPARE(m_target.calls.size(), 1);
    const QJsonObject json = m_target.calls[0].message.toJson();
    QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("template"));
    QVERIFY(api::validateMessage(json).isEmpty());
    const QJsonArray params = json.value(QStringLiteral("template"))
                                  .toObject()
                                  .value(QStringLiteral("components"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("parameters"))
                                  .toArray();
    QCOMPARE(params.size(), 2);
    QCOMPARE(params[1].toObject().value(QStringLiteral("text")).toString(), QStringLiteral("A-1042"));
}

void TestComposer::screenshots()
{
    // Only when asked: WABADESK_SCREENSHOT_DIR=/tmp ctest -R tst_composer
    const QString dir = qEnvironmentVariable("WABADESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set WABADESK_SCREENSHOT_DIR to save screenshots");
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    for (const auto scheme : {ui::theme::Scheme::Light, ui::theme::Scheme::Dark}) {
        ui::theme::apply(*app, scheme);
        const QString suffix = scheme == ui::theme::Scheme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
        m_composer = makeComposer();
        m_composer->resize(720, 10);
        m_composer->setConversation(conversation());
        m_composer->setReplyTo(kWamid);
        ui::MediaKindQuestion::setNextAnswer(api::MediaKind::Image);
        m_composer->addFiles({writeImage(QStringLiteral("shot.png"), QSize(300, 200))});
        QTRY_COMPARE(m_composer->attachments().size(), 1);
        m_composer->setText(QStringLiteral("Here is the photo of your parcel — see https://example.com/track/1042"));
        m_composer->resize(720, m_composer->heightForWidth(720) > 0 ? m_composer->heightForWidth(720)
                                                                    : m_composer->sizeHint().height());
        QTest::qWait(50);
        QVERIFY(m_composer->grab().save(dir + QStringLiteral("/composer-%1.png").arg(suffix)));

        m_now = kInboundAt.addSecs(30 * 3600);
        m_composer = makeComposer();
        m_composer->resize(720, 10);
        m_composer->setConversation(conversation());
        m_composer->resize(720, m_composer->heightForWidth(720) > 0 ? m_composer->heightForWidth(720)
                                                                    : m_composer->sizeHint().height());
        QTest::qWait(50);
        QVERIFY(m_composer->grab().save(dir + QStringLiteral("/composer-closed-%1.png").arg(suffix)));
        m_now = kInboundAt.addSecs(3600);

        ui::InteractiveBuilderDialog builder(QStringLiteral("972987654321"));
        builder.findChild<QPlainTextEdit*>(QStringLiteral("interactiveBody"))
            ->setPlainText(QStringLiteral("Shall we deliver tomorrow?"));
        builder.findChild<QLineEdit*>(QStringLiteral("interactiveButton1"))->setText(QStringLiteral("Yes, please"));
        builder.findChild<QLineEdit*>(QStringLiteral("interactiveButton2"))->setText(QStringLiteral("Yes, please"));
        builder.show();
        QTest::qWait(50);
        QVERIFY(builder.grab().save(dir + QStringLiteral("/composer-builder-%1.png").arg(suffix)));

        Template offer;
        offer.name = QStringLiteral("order_shipped");
        offer.language = QStringLiteral("en_US");
        offer.category = QStringLiteral("UTILITY");
        offer.status = QStringLiteral("APPROVED");
        offer.components = QJsonArray{
            QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                        {QStringLiteral("text"), QStringLiteral("Hello {{1}}, your order {{2}} is on its way.")}},
            QJsonObject{{QStringLiteral("type"), QStringLiteral("FOOTER")},
                        {QStringLiteral("text"), QStringLiteral("Reply STOP to opt out")}}};
        Template welcome = offer;
        welcome.name = QStringLiteral("welcome_back");
        welcome.category = QStringLiteral("MARKETING");
        welcome.components = QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                                                    {QStringLiteral("text"), QStringLiteral("Welcome back!")}}};
        QVERIFY(m_store->saveTemplates(conversation().channelId, {offer, welcome}));
        ui::TemplatePickerDialog picker(m_store.get(), conversation().channelId, QStringLiteral("972987654321"));
        QVERIFY(picker.selectTemplate(QStringLiteral("order_shipped")));
        picker.setParameter(0, QStringLiteral("Anna"));
        picker.show();
        QTest::qWait(50);
        QVERIFY(picker.grab().save(dir + QStringLiteral("/composer-template-%1.png").arg(suffix)));

        ui::LocationDialog location(QStringLiteral("972987654321"));
        location.findChild<QLineEdit*>(QStringLiteral("locationCoordinates"))
            ->setText(QStringLiteral("https://www.openstreetmap.org/?mlat=52.52&mlon=13.405"));
        location.findChild<QLineEdit*>(QStringLiteral("locationName"))->setText(QStringLiteral("Main Store"));
        location.show();
        QTest::qWait(50);
        QVERIFY(location.grab().save(dir + QStringLiteral("/composer-location-%1.png").arg(suffix)));
    }
}

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
