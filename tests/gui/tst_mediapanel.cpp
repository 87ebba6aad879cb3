// The media library panel (issue #7) against the sandbox: a PDF and an image dropped on it are uploaded with
// progress, appear as rows with their expiry, one is deleted (gone from the store and from the sandbox), "Send in
// conversation…" hands the composer the uploaded id, and a refused file shows its reason. Screenshots (light and dark)
// go to <temp>/media-panel-*.png.
#include "api/ApiClient.h"
#include "common/Confirmation.h"
#include "media/MediaCache.h"
#include "media/MediaLibraryModel.h"
#include "media/MediaPanel.h"
#include "media/MediaPreviewDialog.h"
#include "media/UploadQueue.h"
#include "sandbox/Sandbox.h"
#include "store/ChangeHub.h"
#include "store/Store.h"
#include "theme/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace wabadesk;
using ui::MediaLibraryModel;
using ui::MediaPanel;

class TestMediaPanel : public QObject {
    Q_OBJECT
    QNetworkAccessManager m_nam;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    store::ChangeHub m_hub;
    std::unique_ptr<media::MediaCache> m_cache;

    ui::DeskServices desk()
    {
        ui::DeskServices d;
        d.store = m_store.get();
        d.hub = &m_hub;
        d.media = m_cache.get();
        return d;
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write a test file");
        f.write(bytes);
        return f.fileName();
    }

    static void drop(QWidget* target, const QStringList& paths)
    {
        QMimeData data;
        QList<QUrl> urls;
        for (const QString& p : paths)
            urls.append(QUrl::fromLocalFile(p));
        data.setUrls(urls);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropEvent(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropEvent);
    }

    QString column(MediaPanel& panel, int row, int col) { return panel.model()->index(row, col).data().toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sandbox::SandboxOptions options;
        options.scriptedCustomers = false;
        m_sandbox = std::make_unique<sandbox::Sandbox>(options);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        const QByteArray key = m_sandbox->apiKey();
        m_client = std::make_unique<api::ApiClient>(&m_nam, m_sandbox->baseUrl(), [key] { return key; });
        m_store = store::Store::open(store::StoreLocation::inDataDir(m_dir.filePath(QStringLiteral("data"))), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_store->setChangeHub(&m_hub);
        m_cache = std::make_unique<media::MediaCache>(m_dir.filePath(QStringLiteral("data")));
    }

    void dropUploadShowDelete()
    {
        MediaPanel panel(m_client.get(), desk(), QStringLiteral("c1"));
        panel.resize(1180, 560);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.findChild<QWidget*>(QStringLiteral("mediaEmpty"))->isVisible());

        // A PDF and a real PNG image, dropped at once; the sandbox answers slowly so that progress is seen.
        QImage image(640, 400, QImage::Format_RGB32);
        image.fill(QColor(0x25, 0xd3, 0x66));
        const QString png = m_dir.filePath(QStringLiteral("storefront.png"));
        QVERIFY(image.save(png));
        const QString pdf = write(QStringLiteral("price list.pdf"), QByteArray("%PDF-1.4\n") + QByteArray(200000, 'p'));
        sandbox::FaultPlan slow;
        slow.latencyMs = 300;
        m_sandbox->setFaults(slow);
        m_sandbox->clearRecordedRequests();
        bool sawUploading = false;
        connect(panel.uploads(), &media::UploadQueue::changed, this, [&](int id) {
            const auto item = panel.uploads()->item(id);
            sawUploading = sawUploading || (item && item->state == media::UploadQueue::State::Uploading);
        });
        drop(&panel, {pdf, png});
        QCOMPARE(panel.uploads()->items().size(), 2);
        auto* uploads = panel.findChild<QWidget*>(QStringLiteral("mediaUploads"));
        QVERIFY(uploads->isVisible());
        QCOMPARE(uploads->findChildren<QProgressBar*>(QStringLiteral("mediaUploadProgress")).size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(panel.uploads()->unfinished() == 0, 15000);
        m_sandbox->setFaults({});
        QVERIFY(sawUploading);
        for (const auto& item : panel.uploads()->items())
            QCOMPARE(int(item.state), int(media::UploadQueue::State::Done));

        QTRY_COMPARE(panel.model()->rowCount(), 2);
        QVERIFY(panel.table()->isVisible());
        QStringList names{column(panel, 0, MediaLibraryModel::NameColumn),
                          column(panel, 1, MediaLibraryModel::NameColumn)};
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("price list.pdf"), QStringLiteral("storefront.png")}));
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(column(panel, row, MediaLibraryModel::ExpiryColumn), QStringLiteral("expires in 29 d"));
            QCOMPARE(column(panel, row, MediaLibraryModel::SourceColumn), QStringLiteral("Uploaded"));
            QVERIFY(column(panel, row, MediaLibraryModel::StateColumn).startsWith(QStringLiteral("Valid")));
            QCOMPARE(column(panel, row, MediaLibraryModel::ShaColumn).size(), 12);
        }
        QTest::qWait(200); // thumbnails decoded off the UI thread
        panel.grab().save(QDir::temp().filePath(QStringLiteral("media-panel-light.png")));

        // "Send in conversation…": the composer gets the uploaded id.
        const QString conversation = m_store->ensureConversation(QStringLiteral("c1"), QStringLiteral("4915112345678"));
        QVERIFY(!conversation.isEmpty());
        panel.setConversationChooser(
            [&](QWidget*, const QList<Conversation>& list) { return list.isEmpty() ? QString() : list.first().id; });
        const int pdfRow = panel.model()->rowOf(panel.uploads()->items().first().mediaId);
        panel.table()->setCurrentIndex(panel.model()->index(pdfRow, 0));
        QSignalSpy send(&panel, &MediaPanel::sendRequested);
        panel.sendCurrentInConversation();
        QTRY_COMPARE(send.size(), 1);
        QCOMPARE(send.first().at(0).toString(), conversation);
        const auto attachment = send.first().at(1).value<ui::Attachment>();
        QCOMPARE(attachment.mediaId, panel.uploads()->items().first().mediaId);
        QCOMPARE(int(attachment.kind), int(api::MediaKind::Document));
        QCOMPARE(attachment.fileName, QStringLiteral("price list.pdf"));

        // Delete the PDF, confirmed: gone from the library, the store and the sandbox; the image stays.
        const QString deletedId = panel.uploads()->items().first().mediaId;
        const QString copy = m_store->mediaItem(QStringLiteral("c1"), deletedId)->localPath;
        QVERIFY(QFile::exists(copy));
        ui::Confirmation::setNextAnswer({true, false});
        panel.findChild<QPushButton*>(QStringLiteral("mediaDelete"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 1, 10000);
        QVERIFY(ui::Confirmation::lastRequest()->text.contains(QStringLiteral("price list.pdf")));
        QCOMPARE(column(panel, 0, MediaLibraryModel::NameColumn), QStringLiteral("storefront.png"));
        QVERIFY(!m_store->mediaItem(QStringLiteral("c1"), deletedId));
        QVERIFY(!QFile::exists(copy));
        std::optional<api::Result<MediaInfo>> info;
        m_client->mediaInfo(deletedId, this, [&](const api::Result<MediaInfo>& r) { info = r; });
        QVERIFY(QTest::qWaitFor([&] { return info.has_value(); }, 10000));
        QVERIFY(!info->ok());

        // A .exe renamed .jpg is refused with its reason, nothing uploaded.
        m_sandbox->clearRecordedRequests();
        QByteArray exe("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xFF\xFF", 16);
        exe.append(QByteArray(4096, '\x01'));
        drop(&panel, {write(QStringLiteral("cat.jpg"), exe)});
        QTRY_VERIFY(panel.uploads()->unfinished() == 0);
        bool shown = false;
        for (QLabel* status : uploads->findChildren<QLabel*>(QStringLiteral("mediaUploadStatus")))
            shown = shown || status->text().contains(QStringLiteral("is a Windows program"));
        QVERIFY(shown);
        for (const sandbox::RecordedRequest& r : m_sandbox->recordedRequests())
            QVERIFY(!(r.method == QLatin1String("POST") && r.path.endsWith(QLatin1String("/media"))));
        QCOMPARE(panel.model()->rowCount(), 1);

        // Filters: kind and search.
        auto* kind = panel.findChild<QComboBox*>(QStringLiteral("mediaKindFilter"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("document")));
        QCOMPARE(panel.model()->rowCount(), 0);
        kind->setCurrentIndex(0);
        QCOMPARE(panel.model()->rowCount(), 1);

        // Narrow (the tab on a 1024×700 screen): the SHA-256 column gives way so that the name keeps room; wide again,
        // it is back.
        const auto nameWidth = [&] {
            return panel.table()->columnWidth(MediaLibraryModel::NameColumn);
        };
        QVERIFY(!panel.table()->isColumnHidden(MediaLibraryModel::ShaColumn));
        panel.resize(780, 560);
        QTRY_VERIFY(panel.table()->isColumnHidden(MediaLibraryModel::ShaColumn));
        QVERIFY2(nameWidth() >= panel.table()->fontMetrics().averageCharWidth() * 16,
                 qPrintable(QString::number(nameWidth())));
        panel.resize(1180, 560);
        QTRY_VERIFY(!panel.table()->isColumnHidden(MediaLibraryModel::ShaColumn));

        panel.grab().save(QDir::temp().filePath(QStringLiteral("media-panel-light-after.png")));
        ui::theme::apply(*qApp, ui::theme::Scheme::Dark);
        QTest::qWait(50);
        panel.grab().save(QDir::temp().filePath(QStringLiteral("media-panel-dark.png")));
        ui::theme::apply(*qApp, ui::theme::Scheme::Light);
    }

    void expiryTexts()
    {
        const QDateTime now(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
        MediaItem m;
        m.expiresAt = now.addDays(30);
        QCOMPARE(MediaLibraryModel::expiryText(m, now), QStringLiteral("expires in 30 d"));
        m.expiresAt = now.addSecs(5 * 3600 + 100);
        QCOMPARE(MediaLibraryModel::expiryText(m, now), QStringLiteral("expires in 5 h"));
        m.expiresAt = now.addSecs(-1);
        QCOMPARE(MediaLibraryModel::expiryText(m, now), QStringLiteral("expired"));
        m.state = MediaItem::State::Deleted;
        QCOMPARE(MediaLibraryModel::expiryText(m, now), QStringLiteral("deleted"));
    }

    // Issue #14: the preview shows the whole picture at first (fitted to the window, never enlarged), follows the
    // window while fitted, zooms by hand (which leaves fit mode) and goes back with Fit. Tried: a photo larger than
    // the screen, and one smaller than the window.
    void previewFitsTheWindow()
    {
        QImage big(4000, 3000, QImage::Format_RGB32);
        big.fill(QColor(0x25, 0xd3, 0x66));
        MediaItem item;
        item.mediaId = QStringLiteral("preview-1");
        item.kind = QStringLiteral("image");
        item.mimeType = QStringLiteral("image/png");
        item.localPath = m_dir.filePath(QStringLiteral("big.png"));
        QVERIFY(big.save(item.localPath));
        ui::MediaPreviewDialog dialog(item);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* scroll = dialog.findChild<QScrollArea*>(QStringLiteral("mediaPreviewScroll"));
        auto* picture = dialog.findChild<QLabel*>(QStringLiteral("mediaPreviewImage"));
        QVERIFY(scroll && picture);
        const auto fits = [&] {
            const QSize view = scroll->viewport()->size();
            return picture->width() <= view.width() && picture->height() <= view.height() &&
                   (picture->width() >= view.width() - 20 || picture->height() >= view.height() - 20);
        };
        QVERIFY(dialog.fitsToWindow());
        QTRY_VERIFY2(fits(), qPrintable(QStringLiteral("%1×%2 in %3×%4")
                                            .arg(picture->width())
                                            .arg(picture->height())
                                            .arg(scroll->viewport()->width())
                                            .arg(scroll->viewport()->height())));
        QVERIFY(dialog.width() <= dialog.screen()->availableGeometry().width());
        // Larger window: the picture grows with it.
        const int before = picture->width();
        dialog.resize(dialog.size() + QSize(200, 150));
        QTRY_VERIFY(picture->width() > before);
        QTRY_VERIFY(fits());
        // By hand: 100 % leaves fit mode and stays when the window changes; Fit comes back.
        dialog.findChild<QPushButton*>(QStringLiteral("mediaPreviewActualSize"))->click();
        QCOMPARE(dialog.zoomPercent(), 100);
        QVERIFY(!dialog.fitsToWindow());
        QCOMPARE(picture->width(), 4000);
        dialog.resize(dialog.size() - QSize(100, 100));
        QCoreApplication::processEvents();
        QCOMPARE(dialog.zoomPercent(), 100);
        dialog.findChild<QPushButton*>(QStringLiteral("mediaPreviewFit"))->click();
        QVERIFY(dialog.fitsToWindow());
        QTRY_VERIFY(fits());

        // A small picture is not blown up: 100 %.
        QImage small(120, 80, QImage::Format_RGB32);
        small.fill(Qt::white);
        item.localPath = m_dir.filePath(QStringLiteral("small.png"));
        QVERIFY(small.save(item.localPath));
        ui::MediaPreviewDialog smallDialog(item);
        smallDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&smallDialog));
        QTRY_COMPARE(smallDialog.zoomPercent(), 100);
    }
};

QTEST_MAIN(TestMediaPanel)
#include "tst_mediapanel.moc"
