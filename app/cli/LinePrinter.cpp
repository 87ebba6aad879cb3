#include "cli/LinePrinter.h"

namespace wabadesk::cli {

LinePrinter::LinePrinter(std::FILE* stream, size_t capacity)
    : m_stream(stream)
    , m_capacity(capacity)
    , m_thread([this] { run(); })
{}

LinePrinter::~LinePrinter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void LinePrinter::print(QByteArray line)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_lines.size() >= m_capacity) {
            ++m_dropped;
            return;
        }
        m_lines.push_back(std::move(line));
    }
    m_changed.notify_one();
}

void LinePrinter::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return !m_lines.empty() || m_dropped > 0 || m_stopping; });
        if (m_lines.empty() && m_dropped == 0 && m_stopping)
            return;
        std::deque<QByteArray> lines;
        lines.swap(m_lines);
        const qint64 dropped = m_dropped;
        m_dropped = 0;
        lock.unlock();
        if (dropped > 0)
            std::fprintf(m_stream, "[%lld lines not printed: the output was not read fast enough]\n",
                         static_cast<long long>(dropped));
        for (const QByteArray& line : lines) {
            std::fwrite(line.constData(), 1, size_t(line.size()), m_stream);
            std::fputc('\n', m_stream);
        }
        std::fflush(m_stream);
        lock.lock();
    }
}

} // namespace wabadesk::cli
