// WabaDesk's data is for its user alone (issue #15, item 9): the data directory is 0700 and every file in it 0600 on
// Unix, whoever wrote it (the store and SQLite's -wal/-shm, the webhook journal, channels.ini, archived media), and a
// data directory written before this rule is tightened when it is next used. Tried: a data directory made 0755 with a
// 0644 file in it, then everything that writes there, then a walk over the whole tree.
#include "api/ApiClient.h"
#include "channels/ChannelRepository.h"
#include "common/DataDir.h"
#include "media/MediaCache.h"
#include "sandbox/Sandbox.h"
#include "store/Store.h"
#include "store/StoreLocation.h"
#include "webhook/Journal.h"

#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using namespace wabadesk;

namespace {

constexpr QFile::Permissions kOthers =
    QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

QString octal(QFile::Permissions p)
{
    // Qt's flags to the familiar 0755 form (owner bits are the 0x?00 group of QFile::Permissions).
    const int owner = (p & QFile::ReadOwner ? 4 : 0) | (p & QFile::WriteOwner ? 2 : 0) | (p & QFile::ExeOwner ? 1 : 0);
    const int group = (p & QFile::ReadGroup ? 4 : 0) | (p & QFile::WriteGroup ? 2 : 0) | (p & QFile::ExeGroup ? 1 : 0);
    const int other = (p & QFile::ReadOther ? 4 : 0) | (p & QFile::WriteOther ? 2 : 0) | (p & QFile::ExeOther ? 1 : 0);
    return QStringLiteral("0%1%2%3").arg(owner).arg(group).arg(other);
}

} // namespace

class TestPrivateFiles : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void everythingInTheDataDirectoryIsPrivate()
    {
#ifdef Q_OS_WIN
        QSKIP("Unix file modes");
#endif
        const QString data = m_dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(data));
        const QString old = QDir(data).filePath(QStringLiteral("written-before.txt"));
        {
            QFile f(old);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("an older version's file");
        }
        QVERIFY(QFile::setPermissions(data, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                                QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        QVERIFY(QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));

        QCOMPARE(resolveDataDir(data), QDir(data).absolutePath());

        // The store, with a write so that SQLite has its -wal and -shm files.
        QString error;
        auto store = store::Store::open(store::StoreLocation::inDataDir(data), &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(!store->ensureConversation(QStringLiteral("c1"), QStringLiteral("4915112345678")).isEmpty());
        QVERIFY(QFile::exists(store->location().connection + QStringLiteral("-wal")));
        QVERIFY(QFile::exists(store->location().connection + QStringLiteral("-shm")));

        // The journal, past half a segment so that the next one is prepared too.
        auto journal = webhook::Journal::open(QDir(data).filePath(QStringLiteral("journal")), &error,
                                              webhook::Journal::Options{64 * 1024, true});
        QVERIFY2(journal, qPrintable(error));
        for (int i = 0; i < 40; ++i)
            QVERIFY(journal->append(QByteArray(1000, 'j'), "p", i) > 0);

        // The channels' settings.
        channels::ChannelRepository repository(data);
        Channel channel;
        channel.id = QStringLiteral("c1");
        channel.name = QStringLiteral("Shop");
        channel.baseUrl = QUrl(QStringLiteral("https://waba-v2.360dialog.io"));
        QVERIFY(repository.save(channel));

        // An archived customer document (the media cache, from the sandbox).
        sandbox::SandboxOptions options;
        options.scriptedCustomers = false;
        sandbox::Sandbox sandbox(options);
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        QNetworkAccessManager nam;
        const QByteArray key = sandbox.apiKey();
        api::ApiClient client(&nam, sandbox.baseUrl(), [key] { return key; });
        const QString upload = m_dir.filePath(QStringLiteral("invoice.pdf"));
        {
            QFile f(upload);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("%PDF-1.4\n") + QByteArray(2000, 'x'));
        }
        std::optional<api::Result<QString>> uploaded;
        client.uploadMedia(upload, QStringLiteral("application/pdf"), this,
                           [&](const api::Result<QString>& r) { uploaded = r; });
        QVERIFY(QTest::qWaitFor([&] { return uploaded.has_value(); }, 10000) && uploaded->ok());
        StoredMessage message;
        message.channelId = QStringLiteral("c1");
        message.type = QStringLiteral("document");
        message.mediaId = uploaded->value();
        message.mediaMimeType = QStringLiteral("application/pdf");
        message.filename = QStringLiteral("invoice.pdf");
        media::MediaCache cache(data);
        std::optional<QString> fetched;
        cache.fetch(&client, message, this, [&](const QString& path, const QString&) { fetched = path; });
        QVERIFY(QTest::qWaitFor([&] { return fetched.has_value(); }, 10000));
        QVERIFY(QFile::exists(*fetched));

        // Every directory 0700, every file without group or other bits.
        QStringList exposed;
        int files = 0;
        const auto check = [&](const QString& path, bool isDir) {
            const QFile::Permissions p = QFile::permissions(path);
            if ((p & kOthers) || (isDir && !(p & QFile::ExeOwner)))
                exposed << QStringLiteral("%1 %2").arg(octal(p), QDir(data).relativeFilePath(path));
        };
        check(data, true);
        QDirIterator it(data, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            files += it.fileInfo().isFile();
            check(path, it.fileInfo().isDir());
        }
        qInfo("%d files checked", files);
        QVERIFY(files >= 8); // the old file, database, -wal, -shm, journal segment, lock, channels.ini, the media
        QVERIFY2(exposed.isEmpty(), qPrintable(exposed.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
