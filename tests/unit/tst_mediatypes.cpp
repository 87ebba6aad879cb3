// REFERENCE.md §2.7: supported media types and size limits, checked before any upload.
#include "api/MediaTypes.h"

#include <QtTest>

using namespace wabadesk::api;

class TestMediaTypes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void kinds()
    {
        QCOMPARE(mediaKindForMime(QStringLiteral("image/jpeg")), MediaKind::Image);
        QCOMPARE(mediaKindForMime(QStringLiteral("audio/ogg; codecs=opus")), MediaKind::Audio);
        QCOMPARE(mediaKindForMime(QStringLiteral("application/pdf")), MediaKind::Document);
        QCOMPARE(mediaKindForMime(QStringLiteral("video/mp4")), MediaKind::Video);
        QCOMPARE(mediaKindForMime(QStringLiteral("image/webp"), true), MediaKind::Sticker);
        QVERIFY(!mediaKindForMime(QStringLiteral("image/webp")));
        QVERIFY(!mediaKindForMime(QStringLiteral("image/gif")));
        QVERIFY(!mediaKindForMime(QStringLiteral("application/x-msdownload")));
    }

    void photosAndVideosAsDocuments()
    {
        // A 20 MB photo is too big as a photo, but may go as a document (full quality, up to 100 MB).
        QVERIFY(!checkMediaUpload(QStringLiteral("image/jpeg"), 20'000'000, MediaKind::Image).isEmpty());
        QCOMPARE(checkMediaUpload(QStringLiteral("image/jpeg"), 20'000'000, MediaKind::Document), QString());
        QCOMPARE(checkMediaUpload(QStringLiteral("video/mp4"), 50'000'000, MediaKind::Document), QString());
        QVERIFY(!checkMediaUpload(QStringLiteral("video/mp4"), 100'000'001, MediaKind::Document).isEmpty());
        // Without a kind, the type still means photo/video with their own limits.
        QCOMPARE(mediaKindForMime(QStringLiteral("image/png")), MediaKind::Image);
        QVERIFY(!checkMediaUpload(QStringLiteral("image/jpeg"), 20'000'000, std::nullopt).isEmpty());
        // Not every file becomes a document: programs stay refused.
        QVERIFY(!checkMediaUpload(QStringLiteral("application/x-msdownload"), 1000, MediaKind::Document).isEmpty());
    }

    void limits_data()
    {
        QTest::addColumn<QString>("mime");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("problem");
        QTest::newRow("jpeg 5 MB") << QStringLiteral("image/jpeg") << qint64(5'000'000) << QString();
        QTest::newRow("jpeg 5 MB + 1") << QStringLiteral("image/jpeg") << qint64(5'000'001)
                                       << QStringLiteral("at most 5 MB");
        QTest::newRow("mp4 16 MB + 1") << QStringLiteral("video/mp4") << qint64(16'000'001)
                                       << QStringLiteral("at most 16 MB");
        QTest::newRow("pdf 100 MB") << QStringLiteral("application/pdf") << qint64(100'000'000) << QString();
        QTest::newRow("pdf 100 MB + 1") << QStringLiteral("application/pdf") << qint64(100'000'001)
                                        << QStringLiteral("at most 100 MB");
        QTest::newRow("sticker 500 KB + 1")
            << QStringLiteral("image/webp") << qint64(500'001) << QStringLiteral("at most 500 kB");
        QTest::newRow("voice note") << QStringLiteral("audio/ogg; codecs=opus") << qint64(20'000) << QString();
        QTest::newRow("exe") << QStringLiteral("application/x-msdownload") << qint64(10)
                             << QStringLiteral("not a media type");
        QTest::newRow("empty") << QStringLiteral("image/png") << qint64(0) << QStringLiteral("empty");
    }

    void limits()
    {
        QFETCH(QString, mime);
        QFETCH(qint64, size);
        QFETCH(QString, problem);
        const QString reason = checkMediaUpload(mime, size);
        if (problem.isEmpty())
            QVERIFY2(reason.isEmpty(), qPrintable(reason));
        else
            QVERIFY2(reason.contains(problem, Qt::CaseInsensitive), qPrintable(reason));
    }

    void kindMismatch()
    {
        const QString reason = checkMediaUpload(QStringLiteral("application/pdf"), 10, MediaKind::Image);
        QVERIFY2(reason.contains(QStringLiteral("cannot be sent as image")), qPrintable(reason));
        QVERIFY(reason.contains(QStringLiteral("jpeg")));
    }
};

QTEST_GUILESS_MAIN(TestMediaTypes)
#include "tst_mediatypes.moc"
