#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace wabadesk::webhook {

namespace journalfile {
class DirectoryLock;
class File;
} // namespace journalfile

// The webhook journal: an append-only log of raw webhook bodies, written durably before the listener answers 200
// (issue #4; REFERENCE.md §5.5). Records live in segment files `<dir>/<first seq>.wbj`; each record carries a
// CRC-32, so a torn tail (power loss, kill -9 in the middle of a write) is detected and cut off on open.
//
// One writer thread owns the files. Appends are queued (appendAsync) and the writer takes everything queued at once:
// one write and one fdatasync for the whole batch (group commit), then each record's completion runs. A request is
// acknowledged only after its record is on disk, and a burst of N requests costs about one sync instead of N.
// Rotation happens on the writer thread only, so a full segment is rotated exactly once (issue #15, item 5).
//
// Segments are preallocated with written zeros on a background thread (never on the writer's path), so an append
// overwrites blocks the file system already has: fdatasync then flushes data only, with no metadata to commit, which
// keeps its latency low and steady. A zero tail is free space, not damage. When the next segment is not ready in
// time, it starts empty and grows.
//
// A failed write or sync (a full disk) fails the records of that batch (the listener answers 503 and 360dialog
// delivers them again later), marks the journal unwritable and retries by itself: every new batch tries again, and
// while idle a probe write is tried every Options::retryIntervalMs. The first success makes it writable again; both
// changes are reported to the health observer (issue #15, item 4).
//
// Each journal has an identity, a random id in `<dir>/journal.id`: the store's ingest checkpoint is bound to it, so a
// journal that was deleted or restored from a backup is never taken for the one the store has read (item 6).
class Journal {
public:
    struct Entry {
        qint64 seq = 0;
        qint64 receivedAtMs = 0; // UTC milliseconds since the epoch
        QByteArray peer;         // the sender's address, as the listener saw it
        QByteArray body;
    };

    struct Options {
        qint64 segmentBytes = 32LL * 1024 * 1024;    // a new segment starts past this size
        bool preallocate = true;                     // zero-fill segments ahead of use (see above)
        qint64 maxQueuedBytes = 256LL * 1024 * 1024; // more waiting to be written is refused (503), not buffered
        int retryIntervalMs = 1000;                  // how often an unwritable journal tries again while idle
    };

    struct Health {
        bool writable = true;
        QString problem; // why not, e.g. "write failed: No space left on device"
    };

    // seq > 0 once the record is durable; seq < 0 and why when it was not stored.
    using Completion = std::function<void(qint64 seq, const QString& error)>;

    // Opens (creating if needed) the journal in `dir`, recovering from a torn tail. nullptr and a reason on failure,
    // also when another process (or another Journal) has it open: a journal has one writer.
    static std::unique_ptr<Journal> open(const QString& dir, QString* error, Options options);
    static std::unique_ptr<Journal> open(const QString& dir, QString* error) { return open(dir, error, Options{}); }
    // Writes what is queued, then stops the writer.
    ~Journal();
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    // Queues one record; `done` runs on the writer thread once it is durable or could not be written. Never waits for
    // the disk. Thread-safe.
    void appendAsync(const QByteArray& body, const QByteArray& peer, qint64 receivedAtMs, Completion done);
    // Appends one record and returns its sequence number once it is durable; -1 (and a reason) when it was not
    // stored. Thread-safe.
    qint64 append(const QByteArray& body, const QByteArray& peer, qint64 receivedAtMs, QString* error = nullptr);

    // Durable records with seq > after, at most `max` of them, in order. Thread-safe.
    QList<Entry> readAfter(qint64 after, int max) const;
    // Blocks until a record with seq > after is durable or the timeout passes; returns the last durable seq.
    qint64 waitForMore(qint64 after, int timeoutMs) const;
    qint64 lastSeq() const;  // the last durable seq (0 when none)
    qint64 firstSeq() const; // the first seq still held (0 when none)
    // Deletes whole segments whose records all have seq <= upTo (they were ingested into the store).
    void releaseUpTo(qint64 upTo);
    // Whether releaseUpTo(upTo) would delete a segment (so that the store need not be made durable before then).
    bool canRelease(qint64 upTo);

    // Rewrites every record whose body `carries` returns true with a placeholder of the same size (the journal's
    // part of purging a channel's history, issue #15 item 7): each affected segment is written anew and renamed over
    // the old one. The number of records replaced, or -1 and why.
    int purge(const std::function<bool(const QByteArray& body)>& carries, QString* error);

    QString directory() const { return m_dir; }
    QString id() const;
    // True when this open gave an identity to a journal that had records but none (a journal from before identities).
    bool adoptedWithoutIdentity() const { return m_adopted; }
    // Gives the journal a new random identity (a journal restored from a backup must not pass for the one the store
    // has read); false and why on failure.
    bool renewIdentity(QString* error);

    Health health() const;
    // Called on the writer thread when the journal becomes unwritable or writable again; must be quick.
    void setHealthObserver(std::function<void(const Health&)> observer);

    struct Stats {
        qint64 appends = 0;
        qint64 syncs = 0; // fdatasync calls: appends / syncs is the group-commit factor
        qint64 failedAppends = 0;
        qint64 recoveries = 0; // times the journal became writable again
        qint64 recoveredTornBytes = 0;
    };
    Stats stats() const;

private:
    struct Queued {
        QByteArray record; // prepared except its seq (journalformat::UnsealedRecord)
        unsigned long restCrc = 0;
        Completion done;
    };

    Journal(QString dir, Options options);
    bool loadIdentity(QString* error);
    bool writeIdentity(const QString& id, QString* error);
    bool recover(QString* error);
    // Opens the segment starting at firstSeq for writing at `writeOffset`; a new one is the prepared file when there
    // is one, else an empty file that grows (never zero-filled here). Writer thread, m_fileMutex held.
    bool openSegment(qint64 firstSeq, qint64 writeOffset, bool isFirst, QString* error);
    void writerLoop();
    void writeBatch(std::vector<Queued>& batch);
    // Writes and syncs `buffer` at the end of the current segment and completes its records; false on failure.
    bool flush(QByteArray& buffer, std::vector<std::pair<qint64, Completion>>& pending, QString* error);
    bool rotate(QString* error);
    void probe();
    void setHealthy(bool writable, const QString& problem);
    void startPreparing();
    void prepareNextSegment(); // on the preparer thread
    QString preparedPath() const;

    QString m_dir;
    Options m_options;
    std::unique_ptr<journalfile::DirectoryLock> m_lock;
    bool m_adopted = false;

    // The queue between appendAsync() and the writer thread.
    std::mutex m_queueMutex;
    std::condition_variable m_queueChanged;
    std::vector<Queued> m_queue;
    qint64 m_queuedBytes = 0;
    bool m_stopping = false;
    std::thread m_writer;

    // The files: the writer thread, releaseUpTo() and purge() hold it.
    std::mutex m_fileMutex;
    std::unique_ptr<journalfile::File> m_file;
    qint64 m_segmentFirstSeq = 0;
    qint64 m_segmentSize = 0; // bytes of records in the current segment
    qint64 m_nextSeq = 1;
    bool m_rotationFailed = false; // the current segment is full and the next could not be started
    std::thread m_preparer;
    std::atomic<bool> m_preparing{false};
    std::atomic<bool> m_writable{true}; // the writer's view of m_health.writable

    // What readers and observers see.
    mutable std::mutex m_stateMutex;
    mutable std::condition_variable m_durableChanged;
    qint64 m_durableSeq = 0;
    qint64 m_firstSeq = 0;
    QString m_id;
    Health m_health;
    std::function<void(const Health&)> m_healthObserver;
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
