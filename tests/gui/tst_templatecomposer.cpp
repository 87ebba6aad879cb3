// The template composer, library and send form, driven by objectName: inline problems and the live preview, a
// template with an image header submitted to the sandbox and approved by its review, and a send form whose message
// fits the template's definition. Screenshots go to <temp>/templates-*.png (WABADESK_THEME=dark for the dark look).
#include "ChannelTestBase.h"
#include "TestEnvironment.h"
#include "api/ApiClient.h"
#include "api/MessageValidation.h"
#include "templates/TemplateButtonsEditor.h"
#include "templates/TemplateComposer.h"
#include "templates/TemplateDetails.h"
#include "templates/TemplatePreview.h"
#include "templates/TemplateSendDialog.h"
#include "templates/TemplateTableModel.h"
#include "templates/TemplateViewDialog.h"
#include "templates/TemplatesPanel.h"
#include "theme/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace wabadesk;

namespace {
QString shotName(const QString& name)
{
    const bool dark = ui::theme::isDark(QApplication::palette());
    return QDir::temp().filePath(
        QStringLiteral("templates-%1%2.png").arg(name, dark ? QStringLiteral("-dark") : QString()));
}

// Lets queued layout work (rows shown in the next turn, word-wrapped heights) settle before the grab.
bool shoot(QWidget* widget, const QString& name)
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    return widget->grab().save(shotName(name));
}

template <typename T>
T* child(QWidget* w, const QString& name)
{
    T* found = w->findChild<T*>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}
} // namespace

class TestTemplateComposer : public QObject, public test::ChannelTestBase {
    Q_OBJECT
    api::ApiClient* m_client = nullptr;

    // Template submissions the sandbox received so far.
    int templatePosts() const
    {
        int posts = 0;
        for (const sandbox::RecordedRequest& r : m_sandbox->recordedRequests())
            posts += r.method == QLatin1String("POST") && r.path.startsWith(QStringLiteral("/v1/configs/templates"));
        return posts;
    }

    // Submit pressed with an error left: nothing reaches the API and no review is followed.
    bool refusesToSubmit(ui::TemplateComposer& composer, QPushButton* submit)
    {
        const int posts = templatePosts();
        QTest::mouseClick(submit, Qt::LeftButton);
        QCoreApplication::processEvents();
        return templatePosts() == posts && composer.status().isEmpty() &&
               composer.findChild<QLabel*>(QStringLiteral("composerStatus"))->text().contains(QStringLiteral("Not"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        ui::theme::apply(*qApp, ui::theme::schemeFromEnvironment());
        QString error;
        QVERIFY2(startChannelStack(&error), qPrintable(error));
        Channel channel;
        const channels::ChannelError added =
            addSandboxChannel(QStringLiteral("Templates"), Channel::KeyStorage::SessionOnly, &channel);
        QVERIFY2(!added.isError(), qPrintable(added.message));
        m_service->withClient(channel.id, this,
                              [this](const channels::ChannelError&, api::ApiClient* client) { m_client = client; });
        QTRY_VERIFY(m_client != nullptr);
    }

    void cleanupTestCase() { stopChannelStack(); }

    // A new template's form says nothing before anything was typed (issue #14): the empty name and body are problems
    // only once touched, or once Submit is pressed, which then sends nothing and goes to the first problem.
    void problemsWaitUntilTouched()
    {
        ui::TemplateComposer composer(m_client);
        composer.show();
        composer.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&composer));
        auto* name = child<QLineEdit>(&composer, QStringLiteral("templateName"));
        auto* body = child<QPlainTextEdit>(&composer, QStringLiteral("bodyText"));
        auto* submit = child<QPushButton>(&composer, QStringLiteral("submitTemplate"));
        auto* summary = child<QLabel>(&composer, QStringLiteral("problemSummary"));
        QVERIFY(name && body && submit && summary);
        QVERIFY(!composer.problems().isEmpty()); // the checker knows: the name and the body are missing
        QCOMPARE(composer.problemText(QStringLiteral("name")), QString());
        QCOMPARE(composer.problemText(QStringLiteral("body")), QString());
        QCOMPARE(summary->text(), QString());

        // Leaving the name field empty touches it: its problem shows, the body's still not.
        name->setFocus();
        QTRY_VERIFY(name->hasFocus());
        body->setFocus();
        QTRY_VERIFY(body->hasFocus());
        QVERIFY(!composer.problemText(QStringLiteral("name")).isEmpty());
        QCOMPARE(composer.problemText(QStringLiteral("body")), QString());

        // Submit with problems: everything shows, the first problem gets the focus, nothing is posted.
        const int posts = templatePosts();
        QVERIFY(submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(!composer.problemText(QStringLiteral("body")).isEmpty());
        QTRY_VERIFY(name->hasFocus());
        QVERIFY(summary->text().contains(QStringLiteral("problem")));
        QCOMPARE(templatePosts(), posts);
        QCOMPARE(composer.status(), QString());
    }

    // Problems appear beside their field as the user types; Submit with an error left posts nothing.
    void inlineProblemsAndPreview()
    {
        ui::TemplateComposer composer(m_client);
        composer.show();
        auto* name = child<QLineEdit>(&composer, QStringLiteral("templateName"));
        auto* body = child<QPlainTextEdit>(&composer, QStringLiteral("bodyText"));
        auto* submit = child<QPushButton>(&composer, QStringLiteral("submitTemplate"));
        QVERIFY(name && body && submit);

        QTest::keyClicks(name, QStringLiteral("Order Update")); // upper case and a space: refused as typed
        QVERIFY(composer.problemText(QStringLiteral("name")).contains(QStringLiteral("lower-case")));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("order_update"));
        QVERIFY(composer.problemText(QStringLiteral("name")).isEmpty());

        body->setPlainText(QStringLiteral("{{1}}, your *order* is ready"));
        QVERIFY(composer.problemText(QStringLiteral("body")).contains(QStringLiteral("2388299")));
        QVERIFY(composer.problemText(QStringLiteral("body")).contains(QStringLiteral("sample")));
        QVERIFY(refusesToSubmit(composer, submit));

        body->setPlainText(QStringLiteral("Hi "));
        body->moveCursor(QTextCursor::End);
        QTest::mouseClick(child<QWidget>(&composer, QStringLiteral("insertVariable")), Qt::LeftButton);
        body->moveCursor(QTextCursor::End);
        body->insertPlainText(QStringLiteral(", your *order* is ~late~ _ready_."));
        QCOMPARE(body->toPlainText(), QStringLiteral("Hi {{1}}, your *order* is ~late~ _ready_."));
        auto* sample = child<QLineEdit>(&composer, QStringLiteral("bodySample_1"));
        QVERIFY(sample);
        QTest::keyClicks(sample, QStringLiteral("Anna <b>"));
        QVERIFY2(composer.problems().isEmpty(), qPrintable(composer.problems().value(0).line()));
        QVERIFY(submit->isEnabled());

        auto* preview = child<ui::TemplatePreview>(&composer, QStringLiteral("templatePreview"));
        QVERIFY(preview->bodyHtml().contains(QStringLiteral("Hi Anna &lt;b&gt;, your <b>order</b> is <s>late</s> "
                                                            "<i>ready</i>.")));

        // A footer that is too long and a URL button in the middle of the quick replies.
        child<QLineEdit>(&composer, QStringLiteral("footerText"))->setText(QString(61, u'f'));
        QVERIFY(composer.problemText(QStringLiteral("footer")).contains(QStringLiteral("60")));
        auto* buttons = child<ui::TemplateButtonsEditor>(&composer, QStringLiteral("buttonsEditor"));
        buttons->addButton(QStringLiteral("QUICK_REPLY"));
        buttons->addButton(QStringLiteral("URL"));
        buttons->addButton(QStringLiteral("QUICK_REPLY")); // joins the first quick reply
        QCOMPARE(buttons->buttons().at(1).type, QStringLiteral("QUICK_REPLY"));
        QVERIFY(child<QLabel>(&composer, QStringLiteral("button0Problem"))->text().contains(QStringLiteral("label")));
        QVERIFY(refusesToSubmit(composer, submit));
        QTRY_VERIFY(child<QWidget>(&composer, QStringLiteral("buttonRow2"))->isVisible()); // shown in the next turn
        composer.resize(1100, 820);
        QVERIFY(shoot(&composer, QStringLiteral("composer-problems")));
    }

    // The demo: header image (uploaded through the resumable upload), two variables, buttons; submitted to
    // the sandbox, approved by its review.
    void submitWithImageHeaderIsApproved()
    {
        QTemporaryDir dir;
        QImage image(64, 40, QImage::Format_RGB32);
        image.fill(QColor(0x25, 0xd3, 0x66));
        const QString png = dir.filePath(QStringLiteral("sample.png"));
        QVERIFY(image.save(png));

        ui::TemplateComposer composer(m_client);
        composer.setReviewPollInterval(200);
        composer.show();
        templates::TemplateDraft d;
        d.name = QStringLiteral("spring_delivery");
        d.language = QStringLiteral("en_US");
        d.category = QStringLiteral("UTILITY");
        d.headerFormat = QStringLiteral("IMAGE");
        d.bodyText = QStringLiteral("Hi {{1}}, your order *{{2}}* is on its way and arrives ```today```.");
        d.bodySamples = {{QStringLiteral("1"), QStringLiteral("Anna")},
                         {QStringLiteral("2"), QStringLiteral("A-1042")}};
        d.footerText = QStringLiteral("Lucky Shrub, garden deliveries");
        templates::ButtonDraft track;
        track.type = QStringLiteral("URL");
        track.text = QStringLiteral("Track order");
        track.url = QStringLiteral("https://example.com/track/{{1}}");
        track.urlExample = QStringLiteral("https://example.com/track/A-1042");
        templates::ButtonDraft call;
        call.type = QStringLiteral("PHONE_NUMBER");
        call.text = QStringLiteral("Call us");
        call.phoneNumber = QStringLiteral("+15550051310");
        d.buttons = {track, call};
        composer.setDraft(d);
        QVERIFY(composer.problemText(QStringLiteral("header")).contains(QStringLiteral("sample image")));
        auto* submit = child<QPushButton>(&composer, QStringLiteral("submitTemplate"));
        QVERIFY(refusesToSubmit(composer, submit));

        composer.uploadHeaderSample(png);
        QTRY_VERIFY_WITH_TIMEOUT(!composer.draft().headerHandle.isEmpty(), 10000);
        QVERIFY2(composer.problems().isEmpty(), qPrintable(composer.problems().value(0).line()));
        QVERIFY(submit->isEnabled());
        QTRY_VERIFY(child<QWidget>(&composer, QStringLiteral("buttonRow1"))->isVisible());
        composer.resize(1100, 820);
        QVERIFY(shoot(&composer, QStringLiteral("composer")));

        QSignalSpy reviewed(&composer, &ui::TemplateComposer::reviewFinished);
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(reviewed.wait(15000));
        QCOMPARE(reviewed.first().first().toString(), QStringLiteral("APPROVED"));
        QCOMPARE(composer.status(), QStringLiteral("APPROVED"));
        // The sandbox received the header handle as the sample (REFERENCE.md §3.2).
        bool sawHandle = false;
        for (const sandbox::RecordedRequest& r : m_sandbox->recordedRequests())
            sawHandle = sawHandle || (r.method == QLatin1String("POST") &&
                                      r.path.startsWith(QStringLiteral("/v1/configs/templates")) &&
                                      r.body.contains("header_handle"));
        QVERIFY(sawHandle);
    }

    // The library lists the sandbox's templates; filters by status (case-insensitively) and category.
    void libraryFilters()
    {
        ui::TemplatesPanel panel(m_client);
        panel.resize(1000, 520);
        panel.show();
        auto* table = child<QTableView>(&panel, QStringLiteral("templatesTable"));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 10000);
        const int total = table->model()->rowCount();
        auto* status = child<QComboBox>(&panel, QStringLiteral("templatesStatusFilter"));
        const int approved = status->findData(QStringLiteral("APPROVED"));
        QVERIFY(approved > 0);
        status->setCurrentIndex(approved);
        QVERIFY(table->model()->rowCount() > 0);
        QVERIFY(table->model()->rowCount() <= total);
        for (int r = 0; r < table->model()->rowCount(); ++r)
            QCOMPARE(table->model()->index(r, 3).data(Qt::UserRole).toString().toUpper(), QStringLiteral("APPROVED"));
        status->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), total);
        QVERIFY(shoot(&panel, QStringLiteral("library")));
    }

    // Selecting a template shows it (issue #14): the preview with its samples and its components; status and quality
    // are chips in their tone; a double-click opens it on its own instead of starting a copy.
    void libraryShowsTheSelectedTemplate()
    {
        ui::TemplatesPanel panel(m_client);
        panel.resize(1100, 600);
        panel.show();
        auto* table = child<QTableView>(&panel, QStringLiteral("templatesTable"));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 10000);
        QVERIFY(!panel.details()->shownTemplate()); // nothing selected: a hint, no stale template
        const auto rowOf = [table](const QString& name) {
            for (int r = 0; r < table->model()->rowCount(); ++r)
                if (table->model()->index(r, ui::TemplateTableModel::Name).data(Qt::UserRole).toString() == name)
                    return r;
            return -1;
        };
        const int reminder = rowOf(QStringLiteral("appointment_reminder"));
        QVERIFY(reminder >= 0);
        table->selectRow(reminder);
        QCOMPARE(panel.details()->shownTemplate()->name, QStringLiteral("appointment_reminder"));
        // Named variables filled with the template's own samples, as WhatsApp shows the example.
        QVERIFY2(panel.details()->preview()->bodyHtml().contains(QStringLiteral("Hi Anna, this is a reminder")),
                 qPrintable(panel.details()->preview()->bodyHtml()));
        const QString components = panel.details()->componentsText();
        QVERIFY2(components.contains(QStringLiteral("{{first_name}}")) && components.contains(QStringLiteral("12 May")),
                 qPrintable(components));

        // Tones: approved and green read good, rejected reads bad, paused needs a look.
        const auto tone = [table](int row, int column) {
            return ui::ChipTone(table->model()->index(row, column).data(ui::TemplateTableModel::ToneRole).toInt());
        };
        QCOMPARE(tone(reminder, ui::TemplateTableModel::Status), ui::ChipTone::Positive);
        QCOMPARE(tone(reminder, ui::TemplateTableModel::Quality), ui::ChipTone::Positive);
        QCOMPARE(tone(rowOf(QStringLiteral("flash_deal_alert")), ui::TemplateTableModel::Status),
                 ui::ChipTone::Negative);
        QCOMPARE(tone(rowOf(QStringLiteral("winter_clearance")), ui::TemplateTableModel::Status),
                 ui::ChipTone::Warning);
        QCOMPARE(tone(rowOf(QStringLiteral("winter_clearance")), ui::TemplateTableModel::Quality),
                 ui::ChipTone::Negative);
        QVERIFY(shoot(&panel, QStringLiteral("library-details")));

        // Double-click opens the template; no composer (a copy) is started.
        QSignalSpy composers(&panel, &ui::TemplatesPanel::composerOpened);
        const QRect cell = table->visualRect(table->model()->index(reminder, ui::TemplateTableModel::Name));
        // A double-click is a press and release, then a second press as a double-click (QAbstractItemView needs both).
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        ui::TemplateViewDialog* opened = nullptr;
        QTRY_VERIFY((opened = panel.window()->findChild<ui::TemplateViewDialog*>()) != nullptr);
        QCOMPARE(composers.count(), 0);
        QCOMPARE(opened->details()->shownTemplate()->name, QStringLiteral("appointment_reminder"));
        // Its "Duplicate…" is the explicit way to a copy.
        QTest::mouseClick(child<QPushButton>(opened, QStringLiteral("templateViewDuplicate")), Qt::LeftButton);
        QCOMPARE(composers.count(), 1);
        auto* composer = composers.first().first().value<ui::TemplateComposer*>();
        QCOMPARE(composer->draft().name, QStringLiteral("appointment_reminder_copy"));
        composer->close();
    }

    // The send form: values for every variable; the message fits the definition, and nothing is offered before.
    void sendFormProducesValidMessage()
    {
        QJsonObject definition = test::readJsonObject(QStringLiteral("templates/definitions.json"))
                                     .value(QStringLiteral("seasonal_promotion"))
                                     .toObject();
        Template t;
        t.name = definition.value(QStringLiteral("name")).toString();
        t.language = QStringLiteral("en_US");
        t.category = QStringLiteral("MARKETING");
        t.status = QStringLiteral("approved"); // as 360dialog lists it
        t.components = definition.value(QStringLiteral("components")).toArray();
        t.raw = definition;
        Template pending = t;
        pending.name = QStringLiteral("not_yet");
        pending.status = QStringLiteral("PENDING");

        ui::TemplateSendDialog dialog({t, pending});
        dialog.setRecipient(QStringLiteral("4915112345678"));
        dialog.show();
        QCOMPARE(dialog.templateCount(), 1); // the pending one is not offered
        QVERIFY(dialog.selectTemplate(t.name, QStringLiteral("en_US")));
        auto* send = child<QPushButton>(&dialog, QStringLiteral("sendTemplateButton"));
        QVERIFY(!send->isEnabled());
        QVERIFY(!dialog.message());

        QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("headerParam")), QStringLiteral("Spring Sale"));
        QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("bodyParam_1")), QStringLiteral("Sunday"));
        QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("bodyParam_2")), QStringLiteral("SPRING"));
        QVERIFY(!send->isEnabled()); // {{3}} still empty
        QVERIFY(dialog.problem().contains(QStringLiteral("{{3}}")));
        // {{3}} as a currency: needs a code and an amount.
        auto* kind = child<QComboBox>(&dialog, QStringLiteral("bodyType_3"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("currency")));
        QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("bodyParam_3")), QStringLiteral("$5.00"));
        QVERIFY(!send->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("bodyCurrency_3")), QStringLiteral("USD"));
        QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("bodyAmount_3")), QStringLiteral("5"));
        QVERIFY2(send->isEnabled(), qPrintable(dialog.problem()));

        const std::optional<api::OutgoingMessage> message = dialog.message();
        QVERIFY(message);
        QCOMPARE(message->to, QStringLiteral("4915112345678"));
        QVERIFY(api::validateMessage(message->toJson()).isEmpty());
        QString details;
        QCOMPARE(api::checkTemplateParameters(definition, message->content.toObject(), &details), 0);
        const QJsonArray components = message->content.toObject().value(QStringLiteral("components")).toArray();
        QCOMPARE(components.at(1)
                     .toObject()
                     .value(QStringLiteral("parameters"))
                     .toArray()
                     .at(2)
                     .toObject()
                     .value(QStringLiteral("currency"))
                     .toObject()
                     .value(QStringLiteral("amount_1000"))
                     .toInteger(),
                 5000);
        auto* preview = child<ui::TemplatePreview>(&dialog, QStringLiteral("templatePreview"));
        QVERIFY(preview->bodyHtml().contains(QStringLiteral("Shop now through Sunday and use code SPRING")));
        QVERIFY(shoot(&dialog, QStringLiteral("send")));

        // A newline in a text value is refused before sending (132018).
        child<QLineEdit>(&dialog, QStringLiteral("bodyParam_1"))->setText(QStringLiteral("Sun     day"));
        QVERIFY(!send->isEnabled());
        QVERIFY(dialog.problem().contains(QStringLiteral("132018")));
        QVERIFY(!dialog.message());
    }
};

QTEST_MAIN(TestTemplateComposer)
#include "tst_templatecomposer.moc"
