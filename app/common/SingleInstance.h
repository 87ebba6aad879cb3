#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace wabadesk {

// One WabaDesk per user and data directory: the first start listens on a local socket (a Unix domain socket in the
// user's runtime directory, a named pipe on Windows, reachable by the same user only); a later start with the same
// key hands its arguments to the running one, which raises its window, and exits.
//
// After a crash the socket file is left behind on Unix: nobody answers on it, so start() removes it and listens. A
// QLockFile around the check-then-listen keeps two instances started at the same moment from both becoming primary.
class SingleInstance : public QObject {
    Q_OBJECT

public:
    enum class Role {
        Primary,   // listening: this process runs the app
        Secondary, // a running instance took the arguments: exit
        Failed,    // neither (see errorString()): a running instance did not answer, or listening failed
    };

    // The key for a user's data directory; the demo (a throwaway data directory per run) has one key of its own, so
    // a second `wabadesk --demo` raises the running demo and `wabadesk` still opens the real desk next to it.
    // On Unix the key is the socket's path in the runtime directory; a plain name (tests) lives in QDir::tempPath().
    static QString keyFor(const QString& dataDir, bool demo);

    explicit SingleInstance(QString key, QObject* parent = nullptr);
    ~SingleInstance() override;

    // Becomes primary or passes `arguments` to the running instance, waiting at most timeoutMs for it to answer.
    // Runs a local event loop while waiting (so a primary in the same thread, as in the tests, can answer).
    Role start(const QStringList& arguments = {}, int timeoutMs = 3000);

    QString serverName() const { return m_key; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    // Another start asked to be shown; `arguments` are its command-line arguments (without the program name).
    void activationRequested(const QStringList& arguments);

private:
    enum class Delivery { Delivered, NoServer, NoAnswer };
    Delivery deliver(const QStringList& arguments, int timeoutMs);
    bool listen();
    void serve(QLocalSocket* socket);

    QString m_key;
    QString m_error;
    QLocalServer* m_server = nullptr;
};

} // namespace wabadesk
