#include "RawHttp.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <utility>

namespace wabadesk::test {

namespace {

int remaining(const QElapsedTimer& timer, int timeoutMs)
{
    return int(std::max<qint64>(0, timeoutMs - timer.elapsed()));
}

} // namespace

RawConnection::~RawConnection()
{
    close();
}

RawConnection::RawConnection(RawConnection&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
    , m_eof(other.m_eof)
    , m_buffer(std::move(other.m_buffer))
{}

RawConnection& RawConnection::operator=(RawConnection&& other) noexcept
{
    if (this != &other) {
        close();
        m_fd = std::exchange(other.m_fd, -1);
        m_eof = other.m_eof;
        m_buffer = std::move(other.m_buffer);
    }
    return *this;
}

bool RawConnection::connectTo(quint16 port, const char* localAddress, int timeoutMs)
{
    close();
    m_eof = false;
    m_buffer.clear();
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (m_fd < 0)
        return false;
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (localAddress) {
        sockaddr_in local{};
        local.sin_family = AF_INET;
        ::inet_pton(AF_INET, localAddress, &local.sin_addr);
        if (::bind(m_fd, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0) {
            close();
            return false;
        }
    }
    sockaddr_in peer{};
    peer.sin_family = AF_INET;
    peer.sin_port = htons(port);
    peer.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(m_fd, reinterpret_cast<sockaddr*>(&peer), sizeof peer) != 0 && errno != EINPROGRESS) {
        close();
        return false;
    }
    pollfd p{m_fd, POLLOUT, 0};
    if (::poll(&p, 1, timeoutMs) != 1) {
        close();
        return false;
    }
    int error = 0;
    socklen_t length = sizeof error;
    ::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length);
    if (error != 0) {
        close();
        return false;
    }
    return true;
}

bool RawConnection::send(const QByteArray& bytes, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::send(m_fd, bytes.constData() + done, size_t(bytes.size() - done), MSG_NOSIGNAL);
        if (n > 0) {
            done += n;
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            return false;
        pollfd p{m_fd, POLLOUT, 0};
        if (::poll(&p, 1, remaining(timer, timeoutMs)) != 1 || (p.revents & (POLLERR | POLLHUP)))
            return false;
    }
    return true;
}

qint64 RawConnection::sendSome(const QByteArray& bytes)
{
    const ssize_t n = ::send(m_fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n >= 0)
        return n;
    return errno == EAGAIN || errno == EWOULDBLOCK ? 0 : -1;
}

qint64 RawConnection::fill(int timeoutMs)
{
    if (m_eof || m_fd < 0)
        return 0;
    pollfd p{m_fd, POLLIN, 0};
    const int ready = ::poll(&p, 1, timeoutMs);
    if (ready == 0)
        return -1;
    char chunk[65536];
    const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
    if (n <= 0) {
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            return -1;
        m_eof = true; // EOF or reset
        return 0;
    }
    m_buffer.append(chunk, n);
    return n;
}

RawConnection::Response RawConnection::readResponse(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    Response r;
    for (;;) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end >= 0) {
            r.head = m_buffer.left(end + 2);
            const qsizetype bodyStart = end + 4;
            const qsizetype length = r.header("Content-Length").toLongLong();
            if (m_buffer.size() - bodyStart >= length) {
                r.body = m_buffer.mid(bodyStart, length);
                m_buffer.remove(0, bodyStart + length);
                const QList<QByteArray> statusLine = r.head.left(r.head.indexOf("\r\n")).split(' ');
                r.status = statusLine.value(1).toInt();
                return r;
            }
        }
        const int left = remaining(timer, timeoutMs);
        if (left == 0 || fill(left) == 0)
            return {};
    }
}

QByteArray RawConnection::Response::header(const QByteArray& name) const
{
    for (const QByteArray& line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

bool RawConnection::waitClosed(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!m_eof) {
        const int left = remaining(timer, timeoutMs);
        if (left == 0)
            return false;
        fill(left);
    }
    return true;
}

bool RawConnection::isClosedByPeer()
{
    while (!m_eof && fill(0) > 0) {
    }
    return m_eof;
}

void RawConnection::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

qint64 raiseOpenFileLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    limit.rlim_cur = limit.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &limit);
    ::getrlimit(RLIMIT_NOFILE, &limit);
    return qint64(limit.rlim_cur);
}

qint64 residentKiB(qint64 pid)
{
    QFile status(pid > 0 ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

int listenBacklog(quint16 port)
{
    QProcess ss;
    ss.start(QStringLiteral("ss"), {QStringLiteral("-ltnH")});
    if (!ss.waitForStarted(3000) || !ss.waitForFinished(5000))
        return -1;
    // State Recv-Q Send-Q Local:Port Peer:Port; for a listening socket Send-Q is its backlog.
    const QRegularExpression row(QStringLiteral("^LISTEN\\s+\\d+\\s+(\\d+)\\s+\\S*:(\\d+)\\s"));
    for (const QByteArray& line : ss.readAllStandardOutput().split('\n')) {
        const auto m = row.match(QString::fromLatin1(line));
        if (m.hasMatch() && m.captured(2).toUInt() == port)
            return m.captured(1).toInt();
    }
    return -1;
}

} // namespace wabadesk::test
