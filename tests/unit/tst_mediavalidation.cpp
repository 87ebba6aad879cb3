// media::checkUpload (issue #7 §2): the one check before any upload, shared by the upload queue and the CLI. The type
// comes from the content; every WhatsApp kind is tried with a good file, an oversize file and content that lies about
// its name. Also the library's expiry arithmetic and filters (MediaItem, MediaFilter).
#include "media/MediaValidation.h"
#include "model/MediaItem.h"

#include <QtTest>

using namespace wabadesk;
using api::MediaKind;

namespace {

QByteArray pad(QByteArray head, int size = 4096)
{
    head.append(QByteArray(std::max<qsizetype>(0, size - head.size()), '\x01'));
    return head;
}

QByteArray jpeg()
{
    return pad(QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 20));
}
QByteArray png()
{
    return pad(
        QByteArray("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00", 33));
}
QByteArray mp4()
{
    return pad(QByteArray("\x00\x00\x00\x18"
                          "ftypmp42\x00\x00\x00\x00mp42isom",
                          24));
}
QByteArray threeGp()
{
    return pad(QByteArray("\x00\x00\x00\x14"
                          "ftyp3gp4\x00\x00\x00\x00"
                          "3gp4",
                          20));
}
QByteArray exe()
{
    QByteArray b = pad(QByteArray("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xFF\xFF", 16), 512);
    return b;
}
QByteArray pdf()
{
    return pad("%PDF-1.4\n1 0 obj << >> endobj\n");
}
QByteArray mp3()
{
    return pad(QByteArray("ID3\x03\x00\x00\x00\x00\x00\x0A", 10));
}
QByteArray amr()
{
    return pad("#!AMR\n");
}
QByteArray oggWith(const QByteArray& codecHead)
{
    QByteArray b("OggS\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x13",
                 28);
    b.append(codecHead);
    return pad(b);
}
// A 512×512 (or other) WebP with a VP8X header; `animated` sets the animation flag.
QByteArray webp(int w, int h, bool animated)
{
    QByteArray b("RIFF\x00\x00\x00\x00WEBPVP8X\x0A\x00\x00\x00", 20);
    b.append(char(animated ? 0x02 : 0x00));
    b.append(QByteArray(3, '\0'));
    const auto put24 = [&b](int v) {
        b.append(char(v & 0xFF));
        b.append(char((v >> 8) & 0xFF));
        b.append(char((v >> 16) & 0xFF));
    };
    put24(w - 1);
    put24(h - 1);
    return pad(b, 256);
}

constexpr int MB = 1000 * 1000;

} // namespace

class TestMediaValidation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyKind_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("bytes");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("refusal"); // "" when accepted

        const auto k = [](MediaKind kind) {
            return int(kind);
        };
        QTest::newRow("jpeg ok") << "photo.jpg" << jpeg() << 2 * MB << "image/jpeg" << k(MediaKind::Image) << "";
        QTest::newRow("jpeg 6 MB") << "photo.jpg" << jpeg() << 6 * MB << "image/jpeg" << k(MediaKind::Image)
                                   << "accepts images up to 5 MB";
        QTest::newRow("png ok") << "shot.png" << png() << 1 * MB << "image/png" << k(MediaKind::Image) << "";
        QTest::newRow("png named jpg goes as png")
            << "shot.jpg" << png() << 1 * MB << "image/png" << k(MediaKind::Image) << "";
        QTest::newRow("mp4 ok") << "clip.mp4" << mp4() << 10 * MB << "video/mp4" << k(MediaKind::Video) << "";
        QTest::newRow("mp4 20 MB") << "clip.mp4" << mp4() << 20 * MB << "video/mp4" << k(MediaKind::Video)
                                   << "“clip.mp4” is 20.0 MB; WhatsApp accepts videos up to 16 MB.";
        QTest::newRow("3gp ok") << "clip.3gp" << threeGp() << 1 * MB << "video/3gpp" << k(MediaKind::Video) << "";
        QTest::newRow("mp3 ok") << "song.mp3" << mp3() << 3 * MB << "audio/mpeg" << k(MediaKind::Audio) << "";
        QTest::newRow("mp3 17 MB") << "song.mp3" << mp3() << 17 * MB << "audio/mpeg" << k(MediaKind::Audio)
                                   << "accepts audio files up to 16 MB";
        QTest::newRow("amr ok") << "memo.amr" << amr() << 1 * MB << "audio/amr" << k(MediaKind::Audio) << "";
        QTest::newRow("ogg opus ok") << "voice.ogg" << oggWith("OpusHead\x01\x01") << 100000 << "audio/ogg"
                                     << k(MediaKind::Audio) << "";
        QTest::newRow("ogg vorbis refused") << "music.ogg" << oggWith("\x01vorbis\x00\x00\x00\x00") << 100000
                                            << "audio/x-vorbis+ogg" << -1 << "only with the Opus codec";
        QTest::newRow("pdf ok") << "invoice.pdf" << pdf() << 50 * MB << "application/pdf" << k(MediaKind::Document)
                                << "";
        QTest::newRow("pdf 101 MB") << "invoice.pdf" << pdf() << 101 * MB << "application/pdf" << k(MediaKind::Document)
                                    << "accepts documents up to 100 MB";
        QTest::newRow("text ok") << "notes.txt" << pad("hello, this is plain text\n", 200).replace('\x01', 'a') << 200
                                 << "text/plain" << k(MediaKind::Document) << "";
        QTest::newRow("sticker ok") << "s.webp" << webp(512, 512, false) << 80000 << "image/webp"
                                    << k(MediaKind::Sticker) << "";
        QTest::newRow("static sticker 150 KB") << "s.webp" << webp(512, 512, false) << 150000 << "image/webp"
                                               << k(MediaKind::Sticker) << "accepts stickers up to 100 kB";
        QTest::newRow("animated sticker 400 KB ok")
            << "a.webp" << webp(512, 512, true) << 400000 << "image/webp" << k(MediaKind::Sticker) << "";
        QTest::newRow("animated sticker 600 KB") << "a.webp" << webp(512, 512, true) << 600000 << "image/webp"
                                                 << k(MediaKind::Sticker) << "animated stickers up to 500 kB";
        QTest::newRow("sticker 300x200") << "s.webp" << webp(300, 200, false) << 20000 << "image/webp"
                                         << k(MediaKind::Sticker) << "300×200 pixels";
        QTest::newRow("exe renamed jpg")
            << "cat.jpg" << exe() << 200000 << "application/x-ms-dos-executable" << -1
            << "“cat.jpg” is a Windows program (application/x-ms-dos-executable), not a JPEG image.";
        QTest::newRow("exe renamed pdf") << "invoice.pdf" << exe() << 200000 << "application/x-ms-dos-executable" << -1
                                         << "not a PDF document";
        QTest::newRow("pdf renamed mp4") << "clip.mp4" << pdf() << 1000 << "application/pdf" << k(MediaKind::Document)
                                         << "";
        QTest::newRow("random bytes named jpg") << "x.jpg" << QByteArray("\x13\x37\xC0\xDE\x42").repeated(800) << 4000
                                                << "" << -1 << "not recognisable as a JPEG image";
        QTest::newRow("empty") << "e.pdf" << QByteArray() << 0 << "" << -1 << "“e.pdf” is empty.";
    }

    void everyKind()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, head);
        QFETCH(int, bytes);
        QFETCH(QString, mime);
        QFETCH(int, kind);
        QFETCH(QString, refusal);
        const media::UploadVerdict v = media::checkUpload(name, head, bytes);
        if (refusal.isEmpty())
            QVERIFY2(v.ok(), qPrintable(v.reason));
        else
            QVERIFY2(v.reason.contains(refusal), qPrintable(v.reason));
        if (!mime.isEmpty())
            QCOMPARE(v.mimeType, mime);
        if (kind >= 0)
            QCOMPARE(int(v.kind.value_or(MediaKind(-1))), kind);
    }

    void chosenKind()
    {
        // A JPEG may go as a document, up to 100 MB, but not as a sticker or video.
        QVERIFY(media::checkUpload(QStringLiteral("scan.jpg"), jpeg(), 20 * MB, MediaKind::Document).ok());
        const media::UploadVerdict sticker =
            media::checkUpload(QStringLiteral("p.jpg"), jpeg(), 1000, MediaKind::Sticker);
        QVERIFY(sticker.reason.contains(QStringLiteral("cannot be sent as sticker")));
        QVERIFY(sticker.reason.contains(QStringLiteral("Stickers must be WebP images.")));
        // The claimed type (the CLI's --mime) is what the content must live up to.
        const media::UploadVerdict claimed =
            media::checkUpload(QStringLiteral("blob"), exe(), 1000, std::nullopt, QStringLiteral("video/mp4"));
        QVERIFY2(claimed.reason.contains(QStringLiteral("not an MP4 video")), qPrintable(claimed.reason));
    }

    void fileOnDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cat.jpg"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(exe());
        f.close();
        const media::UploadVerdict v = media::checkUploadFile(path);
        QVERIFY(!v.ok());
        QVERIFY(v.reason.contains(QStringLiteral("Windows program")));
        QVERIFY(media::checkUploadFile(dir.filePath(QStringLiteral("missing.pdf")))
                    .reason.contains(QStringLiteral("does not exist")));
    }

    void expiry()
    {
        const QDateTime t0(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
        QCOMPARE(MediaItem::expiryFor(MediaItem::Origin::Uploaded, t0), t0.addDays(30));
        QCOMPARE(MediaItem::expiryFor(MediaItem::Origin::Received, t0), t0.addDays(7));
        MediaItem m;
        m.createdAt = t0;
        m.expiresAt = t0.addDays(30);
        QVERIFY(m.isUsable(t0.addDays(29)));
        QVERIFY(!m.isUsable(t0.addDays(30)));
        QVERIFY(!m.isUsable(t0.addDays(30).addSecs(-60), std::chrono::hours(1))); // a send must not race the expiry
        m.state = MediaItem::State::Deleted;
        QVERIFY(!m.isUsable(t0));
    }

    void filters()
    {
        const QDateTime now(QDate(2025, 3, 10), QTime(9, 0), Qt::UTC);
        MediaItem soon;
        soon.kind = QStringLiteral("image");
        soon.fileName = QStringLiteral("Invoice-March.png");
        soon.expiresAt = now.addSecs(3600 * 20);
        MediaItem later = soon;
        later.kind = QStringLiteral("document");
        later.expiresAt = now.addDays(10);
        later.localPath = QStringLiteral("/tmp/x");
        MediaItem gone = soon;
        gone.expiresAt = now.addSecs(-1);
        MediaFilter f;
        f.state = MediaFilter::State::ExpiringToday;
        QVERIFY(f.matches(soon, now) && !f.matches(later, now) && !f.matches(gone, now));
        f.state = MediaFilter::State::Expired;
        QVERIFY(!f.matches(soon, now) && f.matches(gone, now));
        f.state = MediaFilter::State::ArchivedLocally;
        QVERIFY(f.matches(later, now) && !f.matches(soon, now));
        f.state = MediaFilter::State::Any;
        f.kind = QStringLiteral("document");
        QVERIFY(f.matches(later, now) && !f.matches(soon, now));
        f.kind.clear();
        f.search = QStringLiteral("invoice-mar");
        QVERIFY(f.matches(soon, now));
        f.search = QStringLiteral("receipt");
        QVERIFY(!f.matches(soon, now));
    }
};

QTEST_GUILESS_MAIN(TestMediaValidation)
#include "tst_mediavalidation.moc"
