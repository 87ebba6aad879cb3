// The journal's platform file layer (common/DurableFile.h): positional writes that survive a reopen, truncation, the
// lock between processes, folders with non-ASCII names (the ANSI code page cannot spell "張" on a Western Windows),
// errors that say what failed. Runs on Linux here and on Windows and macOS in the installers workflow.
#include "common/DurableFile.h"
#include "webhook/Journal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace wabadesk;

namespace {

// Set in a child process: try to take the lock on this file, exit 0 if it was taken, 3 if it was busy.
constexpr char kProbeVariable[] = "WABADESK_DURABLEFILE_LOCK_PROBE";

std::filesystem::path nativePath(const QString& path)
{
    return std::filesystem::path(path.toStdU16String());
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

// A folder name no single-byte ANSI code page can spell, with a space and a German umlaut.
QString unicodeFolderName()
{
    return QStringLiteral("M\u00fcller \u5f35 journal");
}

} // namespace

class TestDurableFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writesAtOffsetsAndReopens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("segment"));
        std::string error;
        int fd = durable::openForWriting(nativePath(path), durable::Create::Truncate, &error);
        QVERIFY2(fd >= 0, error.c_str());
        QVERIFY(durable::writeAt(fd, "hello", 5, 0, &error));
        QVERIFY(durable::writeAt(fd, "world", 5, 10, &error)); // past the end: the gap reads as zeros
        QVERIFY2(durable::syncData(fd, &error), error.c_str());
        durable::close(fd);
        QCOMPARE(contents(path), QByteArray("hello\0\0\0\0\0world", 15));

        fd = durable::openForWriting(nativePath(path), durable::Create::IfMissing, &error); // keeps the content
        QVERIFY2(fd >= 0, error.c_str());
        QVERIFY(durable::writeAt(fd, "+", 1, 5, &error));
        durable::close(fd);
        QCOMPARE(contents(path), QByteArray("hello+\0\0\0\0world", 15));

        fd = durable::openForWriting(nativePath(path), durable::Create::Truncate, &error);
        QVERIFY2(fd >= 0, error.c_str());
        durable::close(fd);
        QCOMPARE(contents(path), QByteArray());
        QVERIFY2(durable::syncDirectory(nativePath(dir.path()), &error), error.c_str());
    }

    void lockIsExclusiveUntilUnlocked()
    {
        QTemporaryDir dir;
        const auto lockPath = nativePath(dir.filePath(QStringLiteral("lock")));
        std::string error;
        const int first = durable::lockExclusive(lockPath, &error);
        QVERIFY2(first >= 0, error.c_str());
        // A second descriptor of the same process is refused too (flock and LockFileEx lock per open file, not per
        // process), as a second Journal::open in one process must be.
        QCOMPARE(durable::lockExclusive(lockPath, &error), -1);
        QVERIFY(!error.empty());
        durable::unlock(first);
        const int again = durable::lockExclusive(lockPath, &error);
        QVERIFY2(again >= 0, error.c_str());
        durable::unlock(again);
    }

    void lockHoldsAgainstAnotherProcess()
    {
        // The case the lock exists for: the app and `wabadesk-cli listen` on one data directory. The other process
        // is this test run again, told by an environment variable to try the lock and say what happened.
        QTemporaryDir dir;
        const QString lockPath = QDir(dir.path()).filePath(unicodeFolderName() + QStringLiteral(".lock"));
        auto probe = [&lockPath] {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QString::fromLatin1(kProbeVariable), lockPath);
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), {});
            if (!child.waitForFinished(30000))
                return -1;
            return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -2;
        };
        std::string error;
        const int held = durable::lockExclusive(nativePath(lockPath), &error);
        QVERIFY2(held >= 0, error.c_str());
        QCOMPARE(probe(), 3); // busy
        durable::unlock(held);
        QCOMPARE(probe(), 0); // free once released
    }

    void journalInAFolderWithAUnicodeName()
    {
        QTemporaryDir parent;
        const QString dir = QDir(parent.path()).filePath(unicodeFolderName());
        QString error;
        {
            auto journal = webhook::Journal::open(dir, &error, webhook::Journal::Options{64 * 1024, true});
            QVERIFY2(journal, qPrintable(error));
            QCOMPARE(journal->append("{\"entry\":[]}", "127.0.0.1:1", 1700000000000, &error), 1);
            QVERIFY(!webhook::Journal::open(dir, &error)); // one writer
        }
        auto reopened = webhook::Journal::open(dir, &error);
        QVERIFY2(reopened, qPrintable(error));
        const auto entries = reopened->readAfter(0, 10);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().body, QByteArray("{\"entry\":[]}"));
        QVERIFY(QDir(dir).exists(QStringLiteral("lock")));
    }

    void failuresSayWhat()
    {
        // Bad input: a file in a folder that does not exist, and a lock file there.
        QTemporaryDir dir;
        const auto missing = nativePath(QDir(dir.path()).filePath(QStringLiteral("no such folder/segment")));
        std::string error;
        QCOMPARE(durable::openForWriting(missing, durable::Create::IfMissing, &error), -1);
        QVERIFY2(error.rfind("open: ", 0) == 0 && error.size() > 6, error.c_str());
        error.clear();
        QCOMPARE(durable::lockExclusive(missing, &error), -1);
        QVERIFY2(error.rfind("open lock file: ", 0) == 0, error.c_str());
    }
};

int main(int argc, char** argv)
{
    if (const QString probe = qEnvironmentVariable(kProbeVariable); !probe.isEmpty()) {
        const int fd = durable::lockExclusive(nativePath(probe));
        if (fd < 0)
            return 3;
        durable::unlock(fd);
        return 0;
    }
    QCoreApplication app(argc, argv);
    TestDurableFile test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_durablefile.moc"
