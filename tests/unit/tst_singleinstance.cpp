// SingleInstance: a second start hands its arguments to the first and reports Secondary; a socket left by a crashed
// instance is taken over; different data directories and the demo get different keys.
#include "common/SingleInstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using wabadesk::SingleInstance;

class TestSingleInstance : public QObject {
    Q_OBJECT

private:
    // A key of its own per test, so that parallel test runs (and a running WabaDesk) never meet.
    static QString freshKey() { return QStringLiteral("wabadesk-test-") + QUuid::createUuid().toString(QUuid::Id128); }

private Q_SLOTS:
    void secondStartActivatesTheFirst()
    {
        const QString key = freshKey();
        SingleInstance first(key);
        QCOMPARE(first.start({QStringLiteral("--ignored")}), SingleInstance::Role::Primary);
        QSignalSpy activations(&first, &SingleInstance::activationRequested);

        SingleInstance second(key);
        const QStringList arguments{QStringLiteral("--data-dir"), QStringLiteral("/tmp/ä ö"), QString()};
        QCOMPARE(second.start(arguments), SingleInstance::Role::Secondary);
        QVERIFY2(second.errorString().isEmpty(), qPrintable(second.errorString()));
        QCOMPARE(activations.count(), 1);
        QCOMPARE(activations.at(0).at(0).toStringList(), arguments); // non-ASCII and empty arguments survive

        // Again: the primary keeps serving.
        SingleInstance third(key);
        QCOMPARE(third.start(), SingleInstance::Role::Secondary);
        QCOMPARE(activations.count(), 2);
        QCOMPARE(activations.at(1).at(0).toStringList(), QStringList());
    }

    void primaryGoneNextStartIsPrimary()
    {
        const QString key = freshKey();
        {
            SingleInstance first(key);
            QCOMPARE(first.start(), SingleInstance::Role::Primary);
        }
        SingleInstance next(key);
        QCOMPARE(next.start(), SingleInstance::Role::Primary);
    }

    void staleSocketAfterCrashIsTakenOver()
    {
#ifdef Q_OS_UNIX
        // What a crash leaves: a bound Unix socket file that nobody listens on (closed without unlink).
        const QString key = freshKey();
        const QByteArray path = QFile::encodeName(QDir(QDir::tempPath()).filePath(key));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(path.size()) < sizeof address.sun_path);
        std::copy(path.begin(), path.end(), address.sun_path);
        QCOMPARE(::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address), 0);
        ::close(fd);
        QVERIFY(QFile::exists(QString::fromLocal8Bit(path)));

        SingleInstance instance(key);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(instance.start({}, 3000), SingleInstance::Role::Primary);
        QVERIFY2(timer.elapsed() < 2000, "a refused connection is known at once, not after the timeout");
        QSignalSpy activations(&instance, &SingleInstance::activationRequested);
        SingleInstance second(key);
        QCOMPARE(second.start(), SingleInstance::Role::Secondary);
        QCOMPARE(activations.count(), 1);
#else
        QSKIP("Named pipes leave nothing behind after a crash");
#endif
    }

    void silentServerIsReportedNotJoined()
    {
        // Something listens on the name but never answers (a hung instance): the start fails instead of opening a
        // second window on the same data directory, and does not take the socket over.
        const QString key = freshKey();
        QLocalServer hung;
        QVERIFY(hung.listen(key));
        SingleInstance instance(key);
        QCOMPARE(instance.start({}, 300), SingleInstance::Role::Failed);
        QVERIFY(!instance.errorString().isEmpty());
        QVERIFY(hung.isListening());
    }

    void garbageRequestIsIgnored()
    {
        // A client that sends something other than an activation (bad input: a non-JSON line) raises nothing.
        const QString key = freshKey();
        SingleInstance first(key);
        QCOMPARE(first.start(), SingleInstance::Role::Primary);
        QSignalSpy activations(&first, &SingleInstance::activationRequested);
        QLocalSocket client;
        client.connectToServer(key);
        QVERIFY(client.waitForConnected(1000));
        client.write("show me everything\n");
        QTRY_COMPARE(client.state(), QLocalSocket::UnconnectedState);
        QCOMPARE(activations.count(), 0);
    }

    void keysSeparateDataDirectoriesAndTheDemo()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        QCOMPARE(SingleInstance::keyFor(a.path(), false),
                 SingleInstance::keyFor(a.path() + QStringLiteral("/"), false));
        QVERIFY(SingleInstance::keyFor(a.path(), false) != SingleInstance::keyFor(b.path(), false));
        QVERIFY(SingleInstance::keyFor(a.path(), true) != SingleInstance::keyFor(a.path(), false));
        // Every demo run has its own throwaway directory but one key.
        QCOMPARE(SingleInstance::keyFor(a.path(), true), SingleInstance::keyFor(b.path(), true));
        // The name must not reveal the path.
        QVERIFY(!SingleInstance::keyFor(a.path(), false).contains(QDir(a.path()).dirName()));
#ifdef Q_OS_UNIX
        // In the user's private runtime directory, not in the shared /tmp.
        const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        QVERIFY(!runtime.isEmpty());
        QCOMPARE(QFileInfo(SingleInstance::keyFor(a.path(), false)).absolutePath(), QDir(runtime).absolutePath());
#endif
    }

    void runtimeDirectoryKeyWorks()
    {
        // The real key (a path) end to end: primary, then a second start that hands over.
        QTemporaryDir dir;
        SingleInstance first(SingleInstance::keyFor(dir.path(), false));
        QCOMPARE(first.start(), SingleInstance::Role::Primary);
        QSignalSpy activations(&first, &SingleInstance::activationRequested);
        SingleInstance second(SingleInstance::keyFor(dir.path(), false));
        QCOMPARE(second.start({QStringLiteral("x")}), SingleInstance::Role::Secondary);
        QCOMPARE(activations.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
