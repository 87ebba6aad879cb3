#include "TestPostgres.h"

#include "store/StoreConnection.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <memory>
#include <vector>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace wabadesk::test {

namespace {

const QString kSuperuser = QStringLiteral("wabadesk");

QString binDir()
{
    const QString given = qEnvironmentVariable("WABADESK_PG_BINDIR");
    if (!given.isEmpty())
        return given;
    // Debian keeps the server's programs out of PATH, one folder per major version.
    QDir debian(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = debian.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
    for (const QString& v : std::as_const(versions))
        if (QFile::exists(debian.filePath(v + QStringLiteral("/bin/initdb"))))
            return debian.filePath(v + QStringLiteral("/bin"));
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return onPath.isEmpty() ? QString() : QFileInfo(onPath).absolutePath();
}

#ifdef Q_OS_UNIX

struct Account {
    bool drop = false; // we are root: become uid/gid in the child
    uid_t uid = 0;
    gid_t gid = 0;
};

// Starts `program` as the account (argv built before fork: the child only makes system calls), stdout and stderr
// into `logFile`; with `dieWithParent`, the kernel kills it when the test process ends, however it ends.
pid_t spawn(const Account& account, const QString& program, const QStringList& arguments, const QString& logFile,
            bool dieWithParent)
{
    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(program));
    for (const QString& a : arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    const QByteArray log = QFile::encodeName(logFile);
    const pid_t parent = getpid();
    const pid_t pid = fork();
    if (pid != 0)
        return pid;
    // The child.
    if (account.drop && (setgroups(0, nullptr) != 0 || setgid(account.gid) != 0 || setuid(account.uid) != 0))
        _exit(126);
#ifdef Q_OS_LINUX
    // After setuid: a change of credentials clears the parent-death signal.
    if (dieWithParent && (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid() != parent))
        _exit(126);
#else
    Q_UNUSED(dieWithParent);
    Q_UNUSED(parent);
#endif
    const int fd = open(log.constData(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (fd >= 0) {
        dup2(fd, STDOUT_FILENO);
        dup2(fd, STDERR_FILENO);
        close(fd);
    }
    execv(argv[0], argv.data());
    _exit(127);
}

QString tail(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("(no log at %1)").arg(file);
    const QByteArray all = f.readAll();
    return QString::fromLocal8Bit(all.right(1500));
}

// One throwaway cluster per test process (see TestPostgres.h).
class Cluster {
public:
    ~Cluster()
    {
        if (m_postmaster <= 0)
            return;
        // Fast shutdown: disconnect everyone, then stop. A stuck server is killed after 10 s.
        ::kill(m_postmaster, SIGINT);
        const QDeadlineTimer deadline(10000);
        while (waitpid(m_postmaster, nullptr, WNOHANG) == 0) {
            if (deadline.hasExpired()) {
                ::kill(m_postmaster, SIGKILL);
                waitpid(m_postmaster, nullptr, 0);
                break;
            }
            QThread::msleep(10);
        }
    }

    bool start(QString* error)
    {
        const auto failed = [&](const QString& why) {
            if (error)
                *error = QStringLiteral("test PostgreSQL: ") + why;
            return false;
        };
        const QString bin = binDir();
        if (bin.isEmpty())
            return failed(QStringLiteral("initdb not found (Debian: apt-get install postgresql; or set "
                                         "WABADESK_PG_BINDIR)"));
        // A short path: the socket's full name must fit in 107 bytes.
        m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/wabadesk-pg-XXXXXX"));
        if (!m_dir->isValid())
            return failed(QStringLiteral("no temporary directory: %1").arg(m_dir->errorString()));
        Account account;
        if (geteuid() == 0) {
            // initdb and postgres refuse to run as root.
            QByteArray name = qgetenv("WABADESK_TEST_PG_USER");
            const passwd* pw = getpwnam(name.isEmpty() ? "postgres" : name.constData());
            if (!pw && name.isEmpty())
                pw = getpwnam("nobody");
            if (!pw)
                return failed(QStringLiteral("running as root and no user to run the server as"));
            account = {true, pw->pw_uid, pw->pw_gid};
            if (chown(QFile::encodeName(m_dir->path()).constData(), pw->pw_uid, pw->pw_gid) != 0)
                return failed(
                    QStringLiteral("cannot give %1 to %2").arg(m_dir->path(), QString::fromLocal8Bit(pw->pw_name)));
        }
        const QString data = m_dir->filePath(QStringLiteral("data"));
        const QString log = m_dir->filePath(QStringLiteral("log"));
        const pid_t initdb = spawn(account, bin + QStringLiteral("/initdb"),
                                   {QStringLiteral("-D"), data, QStringLiteral("-U"), kSuperuser, QStringLiteral("-A"),
                                    QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                                    QStringLiteral("--no-locale"), QStringLiteral("--no-sync")},
                                   log, false);
        int status = 0;
        if (initdb < 0 || waitpid(initdb, &status, 0) != initdb || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
            return failed(QStringLiteral("initdb failed:\n") + tail(log));
        m_postmaster =
            spawn(account, bin + QStringLiteral("/postgres"),
                  {QStringLiteral("-D"), data, QStringLiteral("-k"), m_dir->path(), QStringLiteral("-c"),
                   QStringLiteral("listen_addresses="), QStringLiteral("-c"), QStringLiteral("fsync=off"),
                   QStringLiteral("-c"), QStringLiteral("synchronous_commit=off"), QStringLiteral("-c"),
                   QStringLiteral("full_page_writes=off"), QStringLiteral("-c"), QStringLiteral("shared_buffers=32MB")},
                  log, true);
        if (m_postmaster < 0)
            return failed(QStringLiteral("cannot start postgres"));
        // Ready when it accepts a connection (what pg_ctl -w waits for too).
        const QDeadlineTimer deadline(30000);
        QString why;
        while (!deadline.hasExpired()) {
            if (waitpid(m_postmaster, &status, WNOHANG) == m_postmaster) {
                m_postmaster = 0;
                return failed(QStringLiteral("postgres exited:\n") + tail(log));
            }
            if (run(QStringLiteral("SELECT 1"), &why))
                return true;
            QThread::msleep(20);
        }
        return failed(QStringLiteral("postgres did not accept connections in 30 s: %1\n%2").arg(why, tail(log)));
    }

    QString uri(const QString& database) const
    {
        return QStringLiteral("postgresql://%1@/%2?host=%3").arg(kSuperuser, database, m_dir->path());
    }

    // One statement on the maintenance database (CREATE DATABASE cannot run in a transaction: autocommit).
    bool run(const QString& sql, QString* error) const
    {
        const QString name = QStringLiteral("wabadesk-test-admin");
        bool ok = false;
        {
            store::StoreLocation admin;
            admin.engine = store::StoreLocation::Engine::PostgreSql;
            admin.connection = uri(QStringLiteral("postgres"));
            admin.dataDir = m_dir->path();
            QSqlDatabase db = store::openRawConnection(admin, name, error);
            if (db.isOpen()) {
                QSqlQuery q(db);
                ok = q.exec(sql);
                if (!ok && error)
                    *error = q.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    pid_t m_postmaster = 0;
};

#endif

} // namespace

bool onPostgres()
{
    return qEnvironmentVariable("WABADESK_TEST_ENGINE").compare(QLatin1String("postgresql"), Qt::CaseInsensitive) == 0;
}

store::StoreLocation newStoreLocation(const QString& dataDir, QString* error)
{
    return onPostgres() ? newPostgresLocation(dataDir, error) : store::StoreLocation::inDataDir(dataDir);
}

store::StoreLocation newPostgresLocation(const QString& dataDir, QString* error)
{
#ifdef Q_OS_UNIX
    static std::unique_ptr<Cluster> cluster;
    static QString startError;
    static int databases = 0;
    if (!cluster && startError.isEmpty()) {
        auto started = std::make_unique<Cluster>();
        if (started->start(&startError))
            cluster = std::move(started);
    }
    if (!cluster) {
        if (error)
            *error = startError;
        return {};
    }
    const QString database = QStringLiteral("store_%1").arg(++databases);
    if (!cluster->run(QStringLiteral("CREATE DATABASE %1").arg(database), error))
        return {};
    store::StoreLocation location;
    location.engine = store::StoreLocation::Engine::PostgreSql;
    location.connection = cluster->uri(database);
    location.dataDir = dataDir;
    return location;
#else
    Q_UNUSED(dataDir);
    if (error)
        *error = QStringLiteral("the test PostgreSQL runs on Unix only");
    return {};
#endif
}

} // namespace wabadesk::test
