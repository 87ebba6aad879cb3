// The media manager end to end (issue #7, "Done when") through the real main window over a real store, outbox,
// listener and media archiver, against the sandbox: a customer's image arrives by webhook, is archived (a file on
// disk) and shown in the Media tab as kept locally; the agent drops a PDF and a PNG on the Media tab, sees their
// progress and their 30-day expiry, sends each with "Send in Conversation…" (the picker dialog driven like an agent)
// and the composer sends it by its media id (no second upload); the conversation shows both; one is deleted
// (confirmed) from 360dialog and locally and is gone from the library, the store, the disk and the sandbox.
// Screenshot: <temp>/media-desk.png.
#include "DeskWindowFixture.h"
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "channels/ChannelWorkspace.h"
#include "common/Confirmation.h"
#include "conversations/Composer.h"
#include "conversations/ConversationListModel.h"
#include "conversations/ConversationListPanel.h"
#include "conversations/ConversationView.h"
#include "conversations/ConversationsArea.h"
#include "conversations/MessageListModel.h"
#include "media/MediaArchiver.h"
#include "media/MediaCache.h"
#include "media/MediaLibraryModel.h"
#include "media/MediaPanel.h"
#include "media/UploadQueue.h"
#include "store/ChangeHub.h"
#include "store/Store.h"
#include "webhook/ListenerService.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace wabadesk;
using ui::MediaLibraryModel;

namespace {
const QString kAnna = QStringLiteral("4915112345678");
const QString kOliver = QStringLiteral("447700900123");
const QByteArray kSecretHeader = QByteArrayLiteral("X-Desk-Test-Secret");
const QByteArray kSecret = QByteArrayLiteral("media-desk-secret-0123456789abcdef");

bool isMediaUpload(const sandbox::RecordedRequest& r)
{
    return r.method == QLatin1String("POST") && r.path.endsWith(QLatin1String("/media"));
}
} // namespace

class TestMediaDesk : public QObject, protected test::DeskWindowFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(QStringLiteral("tst_mediadesk")); }
    void init();
    void cleanup();

    void receiveUploadSendAndDelete();

private:
    ui::ChannelWorkspace* workspace() const { return m_window->currentWorkspace(); }
    ui::MediaPanel* panel() const { return workspace()->media(); }
    QString cell(const QString& mediaId, int column) const;
    void drop(const QStringList& paths);
    // Clicks "Send in Conversation…" for `mediaId` and picks the conversation of `name` in the dialog that opens.
    bool sendFromLibrary(const QString& mediaId, const QString& name);
    QJsonObject sentMessageWith(const QString& mediaId) const;
    int rowInViewWith(const QString& mediaId) const;
    std::optional<api::Result<MediaInfo>> infoFromSandbox(const QString& mediaId);

    std::unique_ptr<webhook::ListenerService> m_listener;
    std::unique_ptr<media::MediaArchiver> m_archiver;
    std::unique_ptr<api::ApiClient> m_client; // the test's own view of the sandbox (GET /{id}, the customer's file)
};

void TestMediaDesk::init()
{
    QString error;
    const auto startListener = [this, &error] {
        m_listener = std::make_unique<webhook::ListenerService>(m_service.get(),
                                                                store::StoreLocation::inDataDir(m_dataDir->path()));
        m_listener->setPersistSettings(false);
        m_listener->setChangeHub(m_hub.get());
        m_listener->setExtraCredentials({{kSecretHeader, kSecret, QString()}});
        webhook::ListenerSettings settings;
        settings.port = 0;
        if (!m_listener->applySettings(settings, &error) || m_listener->loadCredentialsNow() != 1)
            return;
        m_sandbox->setWebhook(m_listener->url(), {{QString::fromLatin1(kSecretHeader), QString::fromLatin1(kSecret)}});
        // As app/gui/main.cpp: what customers send is archived as it arrives.
        m_archiver = std::make_unique<media::MediaArchiver>(m_store.get(), m_media.get(), m_service->clientProvider());
        m_archiver->setChangeHub(m_hub.get());
    };
    QVERIFY2(startDesk(&error, startListener), qPrintable(error));
    QVERIFY(m_listener && m_listener->isRunning());
    const QByteArray key = m_sandbox->apiKey();
    m_client = std::make_unique<api::ApiClient>(m_network.get(), m_sandbox->baseUrl(), [key] { return key; });
    m_window->resize(1280, 760);
    ui::Confirmation::resetForTests();
}

void TestMediaDesk::cleanup()
{
    m_window.reset();
    m_archiver.reset();
    m_client.reset();
    m_listener.reset(); // before the hub its ingest worker reports to
    stopDesk();
}

QString TestMediaDesk::cell(const QString& mediaId, int column) const
{
    const int row = panel()->model()->rowOf(mediaId);
    return row < 0 ? QString() : panel()->model()->index(row, column).data().toString();
}

void TestMediaDesk::drop(const QStringList& paths)
{
    QMimeData data;
    QList<QUrl> urls;
    for (const QString& p : paths)
        urls.append(QUrl::fromLocalFile(p));
    data.setUrls(urls);
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(QPointF(20, 20), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel(), &dropEvent);
    QVERIFY(dropEvent.isAccepted());
}

bool TestMediaDesk::sendFromLibrary(const QString& mediaId, const QString& name)
{
    workspace()->setCurrentArea(ui::ChannelWorkspace::MediaTab);
    panel()->selectMedia(mediaId);
    if (!panel()->currentItem() || panel()->currentItem()->mediaId != mediaId)
        return false;
    auto* send = panel()->findChild<QPushButton*>(QStringLiteral("mediaSend"));
    if (!send->isEnabled())
        return false;
    // The picker runs modally: answered from a timer like an agent would, by choosing the row with the name.
    bool picked = false;
    QTimer::singleShot(0, this, [&] {
        QDialog* dialog = nullptr;
        (void)QTest::qWaitFor([&] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (w->objectName() == QLatin1String("mediaConversationChooser") && w->isVisible())
                    dialog = qobject_cast<QDialog*>(w);
            return dialog != nullptr;
        });
        if (!dialog)
            return;
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("mediaConversationList"));
        const QList<QListWidgetItem*> found =
            list ? list->findItems(name, Qt::MatchExactly) : QList<QListWidgetItem*>();
        if (found.size() != 1) {
            dialog->reject();
            return;
        }
        list->setCurrentItem(found.first());
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        picked = true;
    });
    send->click();
    return picked;
}

QJsonObject TestMediaDesk::sentMessageWith(const QString& mediaId) const
{
    for (const sandbox::RecordedRequest& r : m_sandbox->recordedRequests()) {
        if (r.method != QLatin1String("POST") || !r.path.endsWith(QLatin1String("/messages")))
            continue;
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        const QString type = body.value(QLatin1String("type")).toString();
        if (body.value(type).toObject().value(QLatin1String("id")).toString() == mediaId)
            return body;
    }
    return {};
}

int TestMediaDesk::rowInViewWith(const QString& mediaId) const
{
    const ui::MessageListModel* model = desk()->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        if (index.data(ui::MessageListModel::IsOutgoingRole).toBool() &&
            index.data(ui::MessageListModel::MessageRole).value<StoredMessage>().mediaId == mediaId)
            return row;
    }
    return -1;
}

std::optional<api::Result<MediaInfo>> TestMediaDesk::infoFromSandbox(const QString& mediaId)
{
    std::optional<api::Result<MediaInfo>> info;
    m_client->mediaInfo(mediaId, this, [&](const api::Result<MediaInfo>& r) { info = r; });
    (void)QTest::qWaitFor([&] { return info.has_value(); }, 10000);
    return info;
}

void TestMediaDesk::receiveUploadSendAndDelete()
{
    // Oliver writes first, so that the picker has two conversations to choose from (a wrong pick would show).
    QVERIFY(
        !m_sandbox
             ->injectInbound(kOliver, QStringLiteral("Oliver Brown"),
                             {{QStringLiteral("type"), QStringLiteral("text")},
                              {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("Hi")}}}})
             .isEmpty());

    // 1. Anna sends a photo: her file is in the sandbox (as WhatsApp would hold it), the webhook carries its id and
    //    base64 SHA-256; the archiver downloads it as soon as the webhook is stored.
    QImage photo(480, 320, QImage::Format_RGB32);
    photo.fill(QColor(0xe9, 0x1e, 0x63));
    const QString customerFile = m_dataDir->filePath(QStringLiteral("anna-original.png"));
    QVERIFY(photo.save(customerFile));
    QFile customer(customerFile);
    QVERIFY(customer.open(QIODevice::ReadOnly));
    const QByteArray photoBytes = customer.readAll();
    std::optional<api::Result<QString>> put;
    m_client->uploadMedia(customerFile, QStringLiteral("image/png"), this,
                          [&](const api::Result<QString>& r) { put = r; });
    QVERIFY(QTest::qWaitFor([&] { return put.has_value(); }, 10000));
    QVERIFY(put->ok());
    const QString receivedId = put->value();
    QSignalSpy archived(m_archiver.get(), &media::MediaArchiver::archived);
    const QString photoWamid = m_sandbox->injectInbound(
        kAnna, QStringLiteral("Anna Schmidt"),
        {{QStringLiteral("type"), QStringLiteral("image")},
         {QStringLiteral("image"),
          QJsonObject{
              {QStringLiteral("id"), receivedId},
              {QStringLiteral("mime_type"), QStringLiteral("image/png")},
              {QStringLiteral("sha256"),
               QString::fromLatin1(QCryptographicHash::hash(photoBytes, QCryptographicHash::Sha256).toBase64())},
              {QStringLiteral("caption"), QStringLiteral("Der Riss im Display")}}}});
    QVERIFY(!photoWamid.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(archived.size(), 1, 15000);
    QCOMPARE(archived.first().at(0).toString(), photoWamid);
    const QString keptPhoto = archived.first().at(1).toString();
    QVERIFY(keptPhoto.startsWith(m_media->root()));
    QFile kept(keptPhoto);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), photoBytes); // the customer's bytes, checked against the webhook's SHA-256

    // Shown in the Media tab: received from Anna, kept locally, with the 7-day expiry of webhook ids.
    workspace()->setCurrentArea(ui::ChannelWorkspace::MediaTab);
    QCOMPARE(workspace()->tabs()->currentWidget(), static_cast<QWidget*>(panel()));
    QTRY_VERIFY_WITH_TIMEOUT(cell(receivedId, MediaLibraryModel::StateColumn).endsWith(QStringLiteral("kept locally")),
                             5000);
    QCOMPARE(cell(receivedId, MediaLibraryModel::SourceColumn), QStringLiteral("Received from Anna Schmidt"));
    QVERIFY(cell(receivedId, MediaLibraryModel::ExpiryColumn).startsWith(QStringLiteral("expires in ")));
    // The webhook's base64 SHA-256 is shown in hex, like the uploads' (the same content looks the same).
    QCOMPARE(cell(receivedId, MediaLibraryModel::ShaColumn),
             QString::fromLatin1(QCryptographicHash::hash(photoBytes, QCryptographicHash::Sha256).toHex().left(12)));
    const QString annaConversation = m_channel.id + QLatin1Char('/') + kAnna;
    QCOMPARE(m_store->mediaItem(m_channel.id, receivedId)->conversationId, annaConversation);

    // 2. The agent drops a PDF and a PNG on the Media tab; the sandbox answers slowly, so progress is seen.
    QImage storefront(800, 500, QImage::Format_RGB32);
    storefront.fill(QColor(0x25, 0xd3, 0x66));
    const QString png = m_dataDir->filePath(QStringLiteral("storefront.png"));
    QVERIFY(storefront.save(png));
    QFile pdfFile(m_dataDir->filePath(QStringLiteral("price list.pdf")));
    QVERIFY(pdfFile.open(QIODevice::WriteOnly));
    pdfFile.write(QByteArray("%PDF-1.4\n") + QByteArray(300000, 'p'));
    pdfFile.close();
    const QString pdf = pdfFile.fileName();
    sandbox::FaultPlan slow;
    slow.latencyMs = 300;
    m_sandbox->setFaults(slow);
    m_sandbox->clearRecordedRequests();
    media::UploadQueue* queue = panel()->uploads();
    bool sawProgress = false;
    connect(queue, &media::UploadQueue::changed, this, [&](int id) {
        const auto item = queue->item(id);
        sawProgress = sawProgress || (item && item->state == media::UploadQueue::State::Uploading);
    });
    drop({pdf, png});
    QCOMPARE(queue->items().size(), 2);
    QCOMPARE(panel()->findChildren<QProgressBar*>(QStringLiteral("mediaUploadProgress")).size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(queue->unfinished() == 0, 20000);
    m_sandbox->setFaults({});
    QVERIFY(sawProgress);
    QString pdfId;
    QString pngId;
    for (const media::UploadQueue::Item& item : queue->items()) {
        QCOMPARE(int(item.state), int(media::UploadQueue::State::Done));
        (item.fileName.endsWith(QLatin1String(".pdf")) ? pdfId : pngId) = item.mediaId;
    }
    QVERIFY(!pdfId.isEmpty() && !pngId.isEmpty() && pdfId != pngId);
    int uploads = 0;
    for (const sandbox::RecordedRequest& r : m_sandbox->recordedRequests())
        uploads += isMediaUpload(r) ? 1 : 0;
    QCOMPARE(uploads, 2);

    // In the library with the 30-day expiry of uploaded ids (just under 30 days left: "29 d").
    QTRY_VERIFY(panel()->model()->rowOf(pdfId) >= 0 && panel()->model()->rowOf(pngId) >= 0);
    for (const QString& id : {pdfId, pngId}) {
        QCOMPARE(cell(id, MediaLibraryModel::ExpiryColumn), QStringLiteral("expires in 29 d"));
        QCOMPARE(cell(id, MediaLibraryModel::SourceColumn), QStringLiteral("Uploaded"));
        QVERIFY(cell(id, MediaLibraryModel::StateColumn).startsWith(QStringLiteral("Valid")));
    }
    QCOMPARE(cell(pdfId, MediaLibraryModel::NameColumn), QStringLiteral("price list.pdf"));
    QCOMPARE(panel()->model()->rowCount(), 3);
    QTest::qWait(300); // thumbnails are decoded off the UI thread
    QVERIFY(m_window->grab().save(QDir::temp().filePath(QStringLiteral("media-desk.png"))));

    // 3. "Send in Conversation…" for each: the picker's choice gets the composer, which sends by the uploaded id.
    m_sandbox->clearRecordedRequests();
    ui::Composer* composer = desk()->composer();
    QVERIFY(sendFromLibrary(pdfId, QStringLiteral("Anna Schmidt")));
    QTRY_COMPARE(workspace()->currentArea(), int(ui::ChannelWorkspace::DeskTab));
    QCOMPARE(desk()->currentConversationId(), annaConversation);
    QTRY_COMPARE(composer->attachments().size(), 1);
    QCOMPARE(composer->attachments().first().mediaId, pdfId);
    QVERIFY2(composer->send(), qPrintable(composer->errorText()));
    QVERIFY(sendFromLibrary(pngId, QStringLiteral("Anna Schmidt")));
    QTRY_COMPARE(composer->attachments().size(), 1);
    QCOMPARE(composer->attachments().first().mediaId, pngId);
    composer->setText(QStringLiteral("Unser Laden"));
    QVERIFY2(composer->send(), qPrintable(composer->errorText()));

    QTRY_VERIFY_WITH_TIMEOUT(!sentMessageWith(pdfId).isEmpty() && !sentMessageWith(pngId).isEmpty(), 15000);
    const QJsonObject document = sentMessageWith(pdfId);
    QCOMPARE(document.value(QLatin1String("type")).toString(), QStringLiteral("document"));
    QCOMPARE(document.value(QLatin1String("to")).toString(), kAnna);
    QCOMPARE(document.value(QLatin1String("document")).toObject().value(QLatin1String("filename")).toString(),
             QStringLiteral("price list.pdf"));
    const QJsonObject image = sentMessageWith(pngId);
    QCOMPARE(image.value(QLatin1String("type")).toString(), QStringLiteral("image"));
    QCOMPARE(image.value(QLatin1String("to")).toString(), kAnna);
    QCOMPARE(image.value(QLatin1String("image")).toObject().value(QLatin1String("caption")).toString(),
             QStringLiteral("Unser Laden"));
    for (const sandbox::RecordedRequest& r : m_sandbox->recordedRequests())
        QVERIFY2(!isMediaUpload(r), "sent by the library's id, not uploaded again");
    // The conversation shows both as sent messages with these ids; Oliver got nothing.
    QTRY_VERIFY_WITH_TIMEOUT(rowInViewWith(pdfId) >= 0 && rowInViewWith(pngId) >= 0, 10000);
    for (const sandbox::RecordedRequest& r : m_sandbox->recordedRequests())
        QVERIFY(!(r.path.endsWith(QLatin1String("/messages")) &&
                  QJsonDocument::fromJson(r.body).object().value(QLatin1String("to")).toString() == kOliver));

    // 4. Delete the PDF (confirmed, the local copy not kept): from 360dialog and locally.
    workspace()->setCurrentArea(ui::ChannelWorkspace::MediaTab);
    panel()->selectMedia(pdfId);
    const QString pdfCopy = m_store->mediaItem(m_channel.id, pdfId)->localPath;
    QVERIFY(QFile::exists(pdfCopy));
    QVERIFY(pdfCopy.startsWith(m_media->root())); // a copy in the data directory, not the agent's own file
    QVERIFY(infoFromSandbox(pdfId)->ok());
    ui::Confirmation::setNextAnswer({true, false});
    panel()->findChild<QPushButton*>(QStringLiteral("mediaDelete"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(panel()->model()->rowOf(pdfId) < 0, 10000);
    QVERIFY(ui::Confirmation::lastRequest()->text.contains(QStringLiteral("price list.pdf")));
    QVERIFY(!m_store->mediaItem(m_channel.id, pdfId));
    QVERIFY(!QFile::exists(pdfCopy));
    QVERIFY(QFile::exists(pdf)); // the agent's own file is theirs
    const std::optional<api::Result<MediaInfo>> gone = infoFromSandbox(pdfId);
    QVERIFY(gone && !gone->ok());
    // Graph's answer for an id that no longer exists: HTTP 400 with code 100 ("Object with ID … does not exist"),
    // not a 404 (REFERENCE.md §7; the sandbox answers as the API does).
    QCOMPARE(int(gone->error().kind), int(api::ApiError::Kind::Api));
    QCOMPARE(gone->error().code, 100);
    QCOMPARE(gone->error().httpStatus, 400);
    bool deleteSent = false;
    for (const sandbox::RecordedRequest& r : m_sandbox->recordedRequests())
        deleteSent = deleteSent || (r.method == QLatin1String("DELETE") && r.path.endsWith(pdfId));
    QVERIFY(deleteSent);
    // The others stay: the PNG and the customer's archived photo.
    QVERIFY(panel()->model()->rowOf(pngId) >= 0);
    QVERIFY(panel()->model()->rowOf(receivedId) >= 0);
    QVERIFY(QFile::exists(keptPhoto));
    QCOMPARE(panel()->model()->rowCount(), 2);
}

QTEST_MAIN(TestMediaDesk)
#include "tst_mediadesk.moc"
