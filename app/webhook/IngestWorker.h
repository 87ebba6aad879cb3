#pragma once

#include "store/StoreLocation.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace wabadesk::store {
class ChangeHub;
class Store;
struct IngestOutcome;
} // namespace wabadesk::store

namespace wabadesk::webhook {

class Journal;

// Moves webhook bodies from the journal into the store, after the listener has answered (issue #4: "parsing and all
// other work happen after the answer"). Runs on its own thread with its own database connection. The store records
// each journal sequence number in the same transaction as the events it carried, so after a crash the worker resumes
// exactly after the last ingested record: nothing is lost, nothing is applied twice.
class IngestWorker {
public:
    IngestWorker(Journal* journal, store::StoreLocation location);
    ~IngestWorker();
    IngestWorker(const IngestWorker&) = delete;
    IngestWorker& operator=(const IngestWorker&) = delete;

    // Opens the store on the worker thread and starts ingesting. False (and the reason) if the store cannot open.
    bool start(QString* error);
    void stop();

    void setChannelRoutes(const QHash<QString, QString>& routes); // phone_number_id -> channel id
    // The worker's store re-emits its change signals on `hub` (the UI's live feed). Set it before start().
    void setChangeHub(store::ChangeHub* hub) { m_hub = hub; }
    // Called on the worker thread after each batch; keep it quick.
    void setObserver(std::function<void(const QList<store::IngestOutcome>&)> observer);
    // Wakes the worker at once (the listener calls it after a durable append) instead of at its next poll.
    void wake();
    // Holds the worker between two batches for as long as the lock lives (a history purge must not race a batch).
    std::unique_lock<std::mutex> hold() { return std::unique_lock(m_batchMutex); }
    // Blocks until everything in the journal up to `seq` is in the store, or the timeout passes.
    bool waitUntilIngested(qint64 seq, int timeoutMs);

    qint64 ingestedSeq() const { return m_ingested.load(); }
    // The store's number (webhook_journal.seq, the inspector's) of the journal's record `journalSeq`.
    qint64 storeSeqOf(qint64 journalSeq) const { return m_base.load() + journalSeq; }
    qint64 journalSeqOf(qint64 storeSeq) const { return storeSeq - m_base.load(); }
    qint64 batches() const { return m_batches.load(); }

private:
    void run(std::promise<QString>* started);
    // Binds the journal's identity to the store (issue #15 item 6); the journal number to resume after, or nullopt.
    std::optional<qint64> bindJournal(store::Store* store, QString* journalId, QString* error);

    Journal* m_journal;
    store::StoreLocation m_location;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_ingested{0};
    std::atomic<qint64> m_batches{0};
    std::atomic<qint64> m_base{0}; // the journal binding's base_seq
    std::mutex m_mutex;
    std::mutex m_batchMutex; // held while a batch is read and ingested
    std::condition_variable m_progress;
    store::ChangeHub* m_hub = nullptr;
    QHash<QString, QString> m_routes;
    bool m_routesChanged = false;
    std::function<void(const QList<store::IngestOutcome>&)> m_observer;
};

} // namespace wabadesk::webhook
