#pragma once

#include <QByteArray>
#include <QList>

namespace wabadesk::test {

// A raw TCP client for hostile-input tests of the webhook listener (POSIX sockets): it sends exactly the bytes it is
// given, from any loopback address (127.0.0.0/8), and tells apart an answer, a close and a reset. Blocking calls with
// timeouts; one object per connection, used from one thread.
class RawConnection {
public:
    RawConnection() = default;
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;
    RawConnection(RawConnection&& other) noexcept;
    RawConnection& operator=(RawConnection&& other) noexcept;

    // Connects to 127.0.0.1:port, from `localAddress` when given (e.g. "127.0.0.9"). TCP_NODELAY is set.
    bool connectTo(quint16 port, const char* localAddress = nullptr, int timeoutMs = 3000);
    bool isOpen() const { return m_fd >= 0; }
    int fd() const { return m_fd; }

    // Writes everything (false on an error, e.g. a reset, or when the peer stops reading for timeoutMs).
    bool send(const QByteArray& bytes, int timeoutMs = 5000);
    // Writes as much as the socket takes right now; the byte count, or -1 on an error.
    qint64 sendSome(const QByteArray& bytes);

    struct Response {
        int status = 0; // 0: no complete answer (timeout, close or reset first)
        QByteArray head;
        QByteArray body;
        QByteArray header(const QByteArray& name) const; // case-insensitive; empty when absent
    };
    // Reads one HTTP response (status line, headers and a Content-Length body).
    Response readResponse(int timeoutMs = 5000);
    // Waits until the peer closes or resets the connection; bytes that arrive meanwhile are kept for
    // readResponse(). False when it is still open after timeoutMs.
    bool waitClosed(int timeoutMs);
    // True when the peer has closed or reset the connection (a non-blocking look).
    bool isClosedByPeer();

    void close();

private:
    // Reads what is available within timeoutMs into m_buffer; 0 on EOF or reset, -1 on timeout, else bytes read.
    qint64 fill(int timeoutMs);

    int m_fd = -1;
    bool m_eof = false;
    QByteArray m_buffer;
};

// Raises this process's open-file limit to its hard limit (tests with thousands of sockets); the new soft limit.
qint64 raiseOpenFileLimit();

// The resident set size of a process in KiB (/proc/<pid>/status VmRSS; 0 = this process); -1 when unknown.
qint64 residentKiB(qint64 pid = 0);

// The accept backlog of the TCP socket listening on 127.0.0.1:port as `ss -ltn` reports it (its Send-Q column); -1
// when ss is missing or the socket is not found.
int listenBacklog(quint16 port);

} // namespace wabadesk::test
