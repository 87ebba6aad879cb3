#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>

namespace wabadesk::test {

// `wabadesk-cli listen` as the reliability tests run it: a process of its own on a free port, with a secret header
// (X-WabaDesk-Secret, its value from WABADESK_WEBHOOK_SECRET), over a data directory. What it prints is kept.
class ListenProcess {
public:
    static const QByteArray kSecret;

    explicit ListenProcess(QString dataDir);
    ~ListenProcess();

    bool start(); // waits until it listens; false (and why in output()) when it did not
    bool stop();  // SIGTERM, then waits: true when it exited with 0
    void kill();  // SIGKILL

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    qint64 residentKiB() const;
    int openFiles() const; // its file descriptors (/proc/<pid>/fd): sockets, journal, database
    QString output();      // stdout and stderr so far

    // A delivery request (with the secret) of one text message.
    static QByteArray delivery(const QString& wamid, const QByteArray& text = "hello");

private:
    QString m_dataDir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_output;
};

// "p50 1.23 ms, p99 4.56 ms, max 7.89 ms" of a list of milliseconds (sorted in place).
QString latencyFigures(QList<double>& millis);

} // namespace wabadesk::test
