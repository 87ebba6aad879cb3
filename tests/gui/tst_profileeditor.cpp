// The business-profile editor against the sandbox, driven by objectName: every field and the photo edited, saved
// (only changed fields, photo through the resumable upload), reloaded in a fresh editor; over-long and malformed
// values refused inline with Save disabled; the live preview; the unsaved-changes question; the history and its
// CSV; the crop dialog. Screenshots (light and dark) go to $WABADESK_SHOTS when set.
#include "ChannelTestBase.h"
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "channels/ChannelWorkspace.h"
#include "common/Confirmation.h"
#include "profile/CropArea.h"
#include "profile/PhotoCropDialog.h"
#include "profile/ProfileAuditModel.h"
#include "profile/ProfileEditor.h"
#include "profile/ProfileForm.h"
#include "profile/ProfileHistoryDialog.h"
#include "profile/ProfilePhoto.h"
#include "profile/ProfilePreview.h"
#include "store/Store.h"
#include "theme/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace wabadesk;

class TestProfileEditor : public QObject, protected test::ChannelTestBase {
    Q_OBJECT

    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<store::Store> m_store;
    Channel m_channel;

    std::unique_ptr<ui::ProfileEditor> makeEditor()
    {
        auto editor = std::make_unique<ui::ProfileEditor>(
            m_client.get(), m_channel, ui::ProfileEditor::Services{m_service.get(), m_store.get(), nullptr});
        editor->resize(1180, 860);
        editor->show();
        if (!QTest::qWaitFor([&] { return editor->isLoaded(); }, 10000))
            qWarning("the profile did not load");
        return editor;
    }

    template <typename T>
    static T* child(QWidget* parent, const char* name)
    {
        T* w = parent->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        return w;
    }

    static void shot(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("WABADESK_SHOTS");
        if (!dir.isEmpty())
            widget->grab().save(dir + QLatin1Char('/') + name);
    }

    QList<QJsonObject> profilePosts() const
    {
        QList<QJsonObject> posts;
        for (const sandbox::RecordedRequest& r : m_sandbox->recordedRequests())
            if (r.method == QLatin1String("POST") && r.path == QLatin1String("/whatsapp_business_profile"))
                posts.append(QJsonDocument::fromJson(r.body).object());
        return posts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WabaDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_profileeditor"));
        QSettings().clear();
    }

    void init()
    {
        QString error;
        QVERIFY2(startChannelStack(&error), qPrintable(error));
        const auto added = addSandboxChannel(QStringLiteral("Demo shop"), Channel::KeyStorage::SessionOnly, &m_channel);
        QVERIFY2(!added.isError(), qPrintable(added.message));
        sandbox::Sandbox* sb = m_sandbox.get();
        m_client = std::make_unique<api::ApiClient>(m_network.get(), sb->baseUrl(), [sb] { return sb->apiKey(); });
        m_store = store::Store::open(store::StoreLocation::inDataDir(m_dataDir->path()), &error);
        QVERIFY2(m_store, qPrintable(error));
        ui::Confirmation::resetForTests();
    }

    void cleanup()
    {
        m_store.reset();
        m_client.reset();
        stopChannelStack();
    }

    void editEveryFieldSaveAndReload()
    {
        auto editor = makeEditor();
        QVERIFY(editor->isLoaded());
        QWidget* e = editor.get();
        auto* save = child<QPushButton>(e, "profileSave");
        auto* dirty = child<QLabel>(e, "profileDirty");
        QVERIFY(!save->isEnabled());
        QVERIFY(dirty->isHidden());
        // The seed picture is fetched from its URL and shown.
        QTRY_VERIFY_WITH_TIMEOUT(!editor->currentPhoto().isNull(), 10000);

        child<QLineEdit>(e, "profileAbout")->setText(QStringLiteral("Replies within the hour"));
        child<QLineEdit>(e, "profileAddress")->setText(QStringLiteral("Unter den Linden 1, 10117 Berlin"));
        child<QPlainTextEdit>(e, "profileDescription")->setPlainText(QStringLiteral("Bikes, parts and repairs."));
        child<QLineEdit>(e, "profileEmail")->setText(QStringLiteral("hello@bikes.example"));
        child<QLineEdit>(e, "profileWebsite1")->setText(QStringLiteral("https://bikes.example"));
        child<QLineEdit>(e, "profileWebsite2")->setText(QStringLiteral("https://shop.bikes.example/sale"));
        auto* vertical = child<QComboBox>(e, "profileVertical");
        vertical->setCurrentIndex(vertical->findData(QStringLiteral("HOTEL")));
        QCOMPARE(vertical->currentText(), QStringLiteral("Hotel and lodging"));
        QImage photo(900, 700, QImage::Format_RGB32);
        photo.fill(QColor(0xd3, 0x54, 0x00));
        editor->setPendingPhoto(photo.copy(100, 0, 700, 700));
        QVERIFY(editor->hasPendingPhoto());
        QVERIFY(!dirty->isHidden());
        QVERIFY(save->isEnabled());
        QCOMPARE(child<QLabel>(e, "profileAboutCounter")->text(), QStringLiteral("23 / 139"));

        // The preview follows the form.
        auto* preview = editor->preview();
        QCOMPARE(child<QLabel>(preview, "previewAbout")->text(), QStringLiteral("Replies within the hour"));
        QCOMPARE(child<QLabel>(preview, "previewCategory")->text(), QStringLiteral("Hotel and lodging"));
        QVERIFY(child<QLabel>(preview, "previewWebsites")->text().contains(QStringLiteral("shop.bikes.example/sale")));
        QVERIFY(child<QLabel>(preview, "previewEmail")->text().contains(QStringLiteral("hello@bikes.example")));
        shot(e, QStringLiteral("profile-editor-edited.png"));

        m_sandbox->clearRecordedRequests();
        QSignalSpy saved(editor.get(), &ui::ProfileEditor::saved);
        QSignalSpy loaded(editor.get(), &ui::ProfileEditor::loaded);
        save->click();
        QVERIFY(saved.wait(15000));
        QVERIFY(loaded.wait(10000)); // read back after saving
        QVERIFY(!editor->hasUnsavedChanges());
        QVERIFY(dirty->isHidden());
        QVERIFY(child<QLabel>(e, "profileStatus")->text().startsWith(QStringLiteral("Saved at")));

        // One upload, one update with every field and the handle.
        const QList<QJsonObject> posts = profilePosts();
        QCOMPARE(posts.size(), 1);
        QStringList keys = posts.first().keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("about"), QStringLiteral("address"), QStringLiteral("description"),
                                    QStringLiteral("email"), QStringLiteral("messaging_product"),
                                    QStringLiteral("profile_picture_handle"), QStringLiteral("vertical"),
                                    QStringLiteral("websites")}));

        // A new editor reads it all back from the sandbox.
        editor.reset();
        auto fresh = makeEditor();
        QWidget* f = fresh.get();
        QCOMPARE(child<QLineEdit>(f, "profileAbout")->text(), QStringLiteral("Replies within the hour"));
        QCOMPARE(child<QLineEdit>(f, "profileAddress")->text(), QStringLiteral("Unter den Linden 1, 10117 Berlin"));
        QCOMPARE(child<QPlainTextEdit>(f, "profileDescription")->toPlainText(),
                 QStringLiteral("Bikes, parts and repairs."));
        QCOMPARE(child<QLineEdit>(f, "profileEmail")->text(), QStringLiteral("hello@bikes.example"));
        QCOMPARE(child<QLineEdit>(f, "profileWebsite2")->text(), QStringLiteral("https://shop.bikes.example/sale"));
        QCOMPARE(child<QComboBox>(f, "profileVertical")->currentData().toString(), QStringLiteral("HOTEL"));
        // The new picture: 640×640 as uploaded, the orange of the chosen photo.
        QTRY_VERIFY_WITH_TIMEOUT(fresh->currentPhoto().width() == 640, 10000);
        const QColor centre = fresh->currentPhoto().pixelColor(320, 320);
        QVERIFY2(qAbs(centre.red() - 0xd3) < 8 && qAbs(centre.green() - 0x54) < 8, qPrintable(centre.name()));

        // Audit: one row per field (7, photo included), by the window.
        const QList<ProfileAuditEntry> audit = m_store->profileAudit(m_channel.id);
        QCOMPARE(audit.size(), 7);
        for (const auto& row : audit)
            QCOMPARE(row.by, QStringLiteral("desk"));
    }

    void invalidValuesRefusedInline()
    {
        auto editor = makeEditor();
        QWidget* e = editor.get();
        auto* save = child<QPushButton>(e, "profileSave");
        auto* description = child<QPlainTextEdit>(e, "profileDescription");
        auto* email = child<QLineEdit>(e, "profileEmail");
        auto* descriptionError = child<QLabel>(e, "profileDescriptionError");
        auto* emailError = child<QLabel>(e, "profileEmailError");

        // Tried: 513 characters (one over), then a bad email on top.
        description->setPlainText(QString(513, QLatin1Char('d')));
        QVERIFY(!descriptionError->isHidden());
        QCOMPARE(descriptionError->text(), QStringLiteral("Description is 513 characters long; the limit is 512"));
        QCOMPARE(child<QLabel>(e, "profileDescriptionCounter")->text(), QStringLiteral("513 / 512"));
        QVERIFY(!save->isEnabled());
        email->setText(QStringLiteral("support(at)example.com"));
        QVERIFY(!emailError->isHidden());
        QVERIFY(emailError->text().contains(QStringLiteral("is not an email address")));
        QVERIFY(!save->isEnabled());
        shot(e, QStringLiteral("profile-editor-invalid.png"));

        // Save does nothing while invalid, even when called directly.
        m_sandbox->clearRecordedRequests();
        editor->save();
        QTest::qWait(200);
        QVERIFY(profilePosts().isEmpty());

        description->setPlainText(QString(512, QLatin1Char('d')));
        QVERIFY(descriptionError->isHidden());
        QVERIFY(!save->isEnabled()); // the email is still wrong
        email->setText(QStringLiteral("support@example.com"));
        QVERIFY(emailError->isHidden());
        QVERIFY(save->isEnabled());

        // Clearing a field that is set is refused too (360dialog cannot reset a field to empty).
        child<QLineEdit>(e, "profileAddress")->clear();
        QVERIFY(!child<QLabel>(e, "profileAddressError")->isHidden());
        QVERIFY(!save->isEnabled());
        child<QPushButton>(e, "profileRevert")->click();
        QVERIFY(!editor->hasUnsavedChanges());
        QVERIFY(child<QLabel>(e, "profileAddressError")->isHidden());
    }

    void unsavedChangesAskBeforeLeaving()
    {
        ui::MainWindow window(m_service.get());
        window.resize(1200, 800);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.currentWorkspace() && window.currentWorkspace()->isReady(), 10000);
        ui::ChannelWorkspace* workspace = window.currentWorkspace();
        workspace->setCurrentArea(ui::ChannelWorkspace::ProfileTab);
        ui::ProfileEditor* editor = workspace->profileEditor();
        QTRY_VERIFY_WITH_TIMEOUT(editor->isLoaded(), 10000);
        auto* about = child<QLineEdit>(editor, "profileAbout");
        about->setText(QStringLiteral("Unsaved text"));
        QCOMPARE(workspace->tabs()->tabText(ui::ChannelWorkspace::ProfileTab), QStringLiteral("Business profile •"));

        // Keep Editing: the tab stays, the text too.
        ui::Confirmation::setNextAnswer({false, false});
        workspace->tabs()->setCurrentIndex(ui::ChannelWorkspace::TemplatesTab);
        QTRY_VERIFY(ui::Confirmation::lastRequest().has_value());
        QCOMPARE(ui::Confirmation::lastRequest()->objectName, QStringLiteral("profileUnsavedQuestion"));
        QTest::qWait(50);
        QCOMPARE(workspace->currentArea(), int(ui::ChannelWorkspace::ProfileTab));
        QCOMPARE(about->text(), QStringLiteral("Unsaved text"));

        // Closing the window asks too, and does not close on Keep Editing.
        ui::Confirmation::resetForTests();
        ui::Confirmation::setNextAnswer({false, false});
        window.close();
        QTRY_VERIFY(ui::Confirmation::lastRequest().has_value());
        QTest::qWait(50);
        QVERIFY(window.isVisible());

        // Discard Changes: the tab changes and the form is back to the saved text.
        ui::Confirmation::setNextAnswer({true, false});
        workspace->tabs()->setCurrentIndex(ui::ChannelWorkspace::TemplatesTab);
        QTRY_COMPARE(workspace->currentArea(), int(ui::ChannelWorkspace::TemplatesTab));
        QVERIFY(about->text() != QStringLiteral("Unsaved text"));
        QVERIFY(!editor->hasUnsavedChanges());
        QCOMPARE(workspace->tabs()->tabText(ui::ChannelWorkspace::ProfileTab), QStringLiteral("Business profile"));
    }

    void historyFiltersAndExports()
    {
        const QDateTime t = QDateTime::currentDateTimeUtc();
        QVERIFY(
            m_store->appendProfileAudit({{0, t.addSecs(-60), m_channel.id, QStringLiteral("about"),
                                          QStringLiteral("Old"), QStringLiteral("New"), ProfileAuditEntry::byDesk()},
                                         {0, t, m_channel.id, QStringLiteral("email"), QStringLiteral("a@b.de"),
                                          QStringLiteral("c@d.de"), ProfileAuditEntry::byCli()},
                                         {0, t, QStringLiteral("another-channel"), QStringLiteral("about"),
                                          QStringLiteral("x"), QStringLiteral("y"), ProfileAuditEntry::byDesk()}}));
        ui::ProfileHistoryDialog dialog(m_store.get(), nullptr, m_channel);
        dialog.show();
        QTableView* table = dialog.table();
        QCOMPARE(table->model()->rowCount(), 2); // this channel's only
        QCOMPARE(table->model()->index(0, ui::ProfileAuditModel::Field).data().toString(), QStringLiteral("Email"));
        QCOMPARE(table->model()->index(0, ui::ProfileAuditModel::By).data().toString(), QStringLiteral("Command line"));
        auto* field = child<QComboBox>(&dialog, "profileHistoryField");
        field->setCurrentIndex(field->findData(QStringLiteral("about")));
        QCOMPARE(table->model()->rowCount(), 1);
        field->setCurrentIndex(0);
        child<QLineEdit>(&dialog, "profileHistorySearch")->setText(QStringLiteral("c@d"));
        QCOMPARE(table->model()->rowCount(), 1);
        shot(&dialog, QStringLiteral("profile-history.png"));

        const QString path = m_dataDir->filePath(QStringLiteral("history.csv"));
        QString error;
        QVERIFY2(dialog.exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.value(0), QByteArray("when,channel,field,old,new,by\r"));
        QVERIFY(lines.value(1).contains(",Demo shop,email,a@b.de,c@d.de,cli"));
        QCOMPARE(lines.size(), 3); // header, the one row shown, and the final empty piece

        // A new change shows up while the dialog is open.
        QVERIFY(m_store->appendProfileAudit({{0,
                                              t,
                                              m_channel.id,
                                              QStringLiteral("address"),
                                              {},
                                              QStringLiteral("c@d street"),
                                              ProfileAuditEntry::byDesk()}}));
        QTRY_COMPARE(table->model()->rowCount(), 2);
    }

    void cropDialog()
    {
        QImage image(1000, 600, QImage::Format_RGB32);
        image.fill(Qt::blue);
        ui::PhotoCropDialog dialog(image);
        dialog.show();
        ui::CropArea* area = dialog.cropArea();
        QCOMPARE(area->selection(), QRect(200, 0, 600, 600)); // the largest centred square
        area->setSelectionSide(50);                           // tried: smaller than 192
        QCOMPARE(area->selection().width(), 192);
        area->setSelection(QRect(950, 500, 300, 300)); // tried: past the image's corner
        QCOMPARE(area->selection(), QRect(700, 300, 300, 300));
        // Dragging moves the square.
        const QRect before = area->selection();
        QTest::mousePress(area, Qt::LeftButton, {}, area->rect().center());
        QTest::mouseMove(area, area->rect().center() - QPoint(40, 0));
        QTest::mouseRelease(area, Qt::LeftButton, {}, area->rect().center() - QPoint(40, 0));
        QVERIFY(area->selection().x() < before.x());
        QCOMPARE(dialog.croppedImage().size(), QSize(300, 300));

        const ui::ProfilePhoto big = ui::encodeProfilePhoto(QImage(1500, 1500, QImage::Format_ARGB32));
        QCOMPARE(big.image.size(), QSize(640, 640));
        QVERIFY(!big.jpeg.isEmpty() && big.jpeg.size() <= 5 * 1024 * 1024);
        QVERIFY(big.jpeg.startsWith("\xff\xd8")); // JPEG
        QVERIFY(profile::checkPhoto(big.info()).isEmpty());
    }

    void darkTheme()
    {
        auto editor = makeEditor();
        QTRY_VERIFY_WITH_TIMEOUT(!editor->currentPhoto().isNull(), 10000);
        QPalette dark = editor->palette();
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        editor->setPalette(dark);
        // The preview switches to WhatsApp's dark colours.
        auto* name = child<QLabel>(editor->preview(), "previewName");
        QVERIFY(name->palette().color(QPalette::WindowText).lightnessF() > 0.7);
        shot(editor.get(), QStringLiteral("profile-editor-dark.png"));
    }
};

QTEST_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
