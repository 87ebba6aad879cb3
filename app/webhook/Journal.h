#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <thread>

namespace wabadesk::webhook {

// The webhook journal: an append-only log of raw webhook bodies, written durably before the listener answers 200
// (issue #4; REFERENCE.md §5.5). Records live in segment files `<dir>/<first seq>.wbj`; each record carries a
// CRC-32, so a torn tail (power loss, kill -9 in the middle of a write) is detected and cut off on open.
//
// Durability uses group commit: concurrent appends write their record, then one of them calls fdatasync for all
// records written so far while the others wait for it. A request is acknowledged only after its record is on disk,
// and a burst of N requests costs about one sync instead of N.
//
// Segments are preallocated with written zeros (the next one on a background thread), so an append overwrites
// blocks the file system already has: fdatasync then flushes data only, with no metadata (file size, extents) to
// commit, which keeps its latency low and steady. A zero tail is free space, not damage.
class Journal {
public:
    struct Entry {
        qint64 seq = 0;
        qint64 receivedAtMs = 0; // UTC milliseconds since the epoch
        QByteArray peer;         // the sender's address, as the listener saw it
        QByteArray body;
    };

    struct Options {
        qint64 segmentBytes = 32LL * 1024 * 1024; // a new segment starts past this size
        bool preallocate = true;                  // zero-fill segments ahead of use (see above)
    };

    // Opens (creating if needed) the journal in `dir`, recovering from a torn tail. nullptr and a reason on failure,
    // also when another process (or another Journal) has it open: a journal has one writer.
    static std::unique_ptr<Journal> open(const QString& dir, QString* error, Options options);
    static std::unique_ptr<Journal> open(const QString& dir, QString* error) { return open(dir, error, Options{}); }
    ~Journal();
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    // Appends one record and returns its sequence number once it is durable; -1 (and a reason) on an I/O error.
    // Thread-safe; called from the listener's worker threads.
    qint64 append(const QByteArray& body, const QByteArray& peer, qint64 receivedAtMs, QString* error = nullptr);

    // Durable records with seq > after, at most `max` of them, in order. Thread-safe.
    QList<Entry> readAfter(qint64 after, int max) const;

    // Blocks until a record with seq > after is durable or the timeout passes; returns the last durable seq.
    qint64 waitForMore(qint64 after, int timeoutMs) const;

    qint64 lastSeq() const;
    // Deletes whole segments whose records all have seq <= upTo (they were ingested into the store).
    void releaseUpTo(qint64 upTo);

    QString directory() const { return m_dir; }

    struct Stats {
        qint64 appends = 0;
        qint64 syncs = 0; // fdatasync calls: appends / syncs is the group-commit factor
        qint64 recoveredTornBytes = 0;
    };
    Stats stats() const;

private:
    Journal(QString dir, Options options);
    bool recover(QString* error);
    // Opens the segment starting at firstSeq for writing at `writeOffset`; a new one is taken from the prepared file
    // when there is one, else zero-filled now.
    bool openSegment(qint64 firstSeq, qint64 writeOffset, QString* error);
    void prepareNextSegment(); // on the preparer thread
    QString preparedPath() const;

    QString m_dir;
    Options m_options;
    std::thread m_preparer;
    std::atomic<bool> m_preparing{false};

    mutable std::mutex m_mutex;
    mutable std::condition_variable m_durableChanged;
    int m_fd = -1;
    int m_lockFd = -1; // an exclusive lock on <dir>/lock: one writer per journal (the app or `wabadesk-cli listen`)
    qint64 m_segmentFirstSeq = 0;
    qint64 m_segmentSize = 0;
    qint64 m_nextSeq = 1;
    qint64 m_writtenSeq = 0; // last seq written to the file (maybe not synced)
    qint64 m_durableSeq = 0; // last seq known to be on disk
    bool m_syncing = false;
    bool m_failed = false;
    Stats m_stats;

    // Where the last readAfter() stopped, so that the ingest loop reads on from there instead of from the start
    // of the segment.
    struct ReadCursor {
        qint64 segmentFirstSeq = 0;
        qint64 offset = 0;
        qint64 lastSeq = -1;
    };
    mutable std::mutex m_cursorMutex;
    mutable ReadCursor m_cursor;
};

} // namespace wabadesk::webhook
