#pragma once

#include <QByteArray>

#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>
#include <thread>

namespace wabadesk::cli {

// Prints lines on a thread of its own, so that a slow reader of standard output (a pipe nobody drains, a terminal
// being scrolled) never holds up the thread that produced them: `listen` logs every request from the listener's I/O
// thread, which must go on answering deliveries whatever happens to its output. At most `capacity` lines wait; beyond
// that they are counted and the count is printed in their place.
class LinePrinter {
public:
    explicit LinePrinter(std::FILE* stream, size_t capacity = 10000);
    ~LinePrinter(); // prints what waits, then stops
    LinePrinter(const LinePrinter&) = delete;
    LinePrinter& operator=(const LinePrinter&) = delete;

    void print(QByteArray line); // without the line end; thread-safe, never blocks on the stream

private:
    void run();

    std::FILE* m_stream;
    size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_lines;
    qint64 m_dropped = 0;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace wabadesk::cli
