// Durations of voice notes and videos read from their containers (media/MediaDuration.h), on the demo's real clips
// and on damaged and foreign files.
#include "media/MediaDuration.h"
#include "sandbox/SeedData.h"

#include <QBuffer>
#include <QtEndian>
#include <QtTest>

using wabadesk::media::mediaDurationMs;

namespace {

std::optional<qint64> durationOf(const QByteArray& bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return mediaDurationMs(buffer);
}

} // namespace

class TestMediaDuration : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void realClips()
    {
        // gst-discoverer-1.0 says 0:00:05.3 for the voice note and 0:00:02.5 for the clip.
        const std::optional<qint64> voice = durationOf(wabadesk::sandbox::demoVoiceNote());
        QVERIFY(voice);
        QVERIFY2(*voice > 5000 && *voice < 5600, qPrintable(QString::number(*voice)));
        const std::optional<qint64> video = durationOf(wabadesk::sandbox::demoVideo());
        QVERIFY(video);
        QVERIFY2(*video >= 2400 && *video <= 2600, qPrintable(QString::number(*video)));
    }

    void damagedAndForeignFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        // What was tried: nothing, text, a PNG, Ogg and MP4 cut after their first bytes, an Ogg page that claims
        // Opus but has no header, an MP4 whose moov box claims more bytes than the file has, garbage after "OggS".
        const QByteArray ogg = wabadesk::sandbox::demoVoiceNote();
        const QByteArray mp4 = wabadesk::sandbox::demoVideo();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("just some text, not media at all");
        QTest::newRow("png") << wabadesk::sandbox::demoPng();
        QTest::newRow("ogg cut") << ogg.left(20);
        QTest::newRow("mp4 cut") << mp4.left(40);
        QTest::newRow("ogg garbage") << QByteArray("OggS") + QByteArray(2048, '\x01');
        QByteArray lying = mp4.left(8);
        lying += QByteArray::fromHex("7fffffff") + "moov" + QByteArray(16, '\0');
        QTest::newRow("mp4 box too big") << lying;
    }
    void damagedAndForeignFiles()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!durationOf(bytes).has_value());
    }

    void unreadablePath() { QVERIFY(!mediaDurationMs(QStringLiteral("/nonexistent/voice.ogg")).has_value()); }
};

QTEST_GUILESS_MAIN(TestMediaDuration)
#include "tst_mediaduration.moc"
