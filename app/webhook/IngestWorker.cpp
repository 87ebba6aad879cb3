#include "webhook/IngestWorker.h"

#include "common/Logging.h"
#include "store/Store.h"
#include "webhook/Journal.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <future>

namespace wabadesk::webhook {

namespace {
// Records per transaction: large enough to amortise the commit, small enough to keep the UI's view fresh.
constexpr int kBatch = 500;
} // namespace

IngestWorker::IngestWorker(Journal* journal, store::StoreLocation location)
    : m_journal(journal)
    , m_location(std::move(location))
{}

IngestWorker::~IngestWorker()
{
    stop();
}

bool IngestWorker::start(QString* error)
{
    if (m_thread.joinable())
        return true;
    m_stop = false;
    std::promise<QString> started;
    auto result = started.get_future();
    m_thread = std::thread([this, &started] { run(&started); });
    const QString problem = result.get();
    if (!problem.isEmpty()) {
        m_thread.join();
        if (error)
            *error = problem;
        return false;
    }
    return true;
}

void IngestWorker::stop()
{
    m_stop = true;
    wake();
    if (m_thread.joinable())
        m_thread.join();
}

void IngestWorker::setChannelRoutes(const QHash<QString, QString>& routes)
{
    std::lock_guard lock(m_mutex);
    m_routes = routes;
    m_routesChanged = true;
}

void IngestWorker::setObserver(std::function<void(const QList<store::IngestOutcome>&)> observer)
{
    std::lock_guard lock(m_mutex);
    m_observer = std::move(observer);
}

void IngestWorker::wake()
{
    m_progress.notify_all();
}

bool IngestWorker::waitUntilIngested(qint64 seq, int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    return m_progress.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return m_ingested.load() >= seq; });
}

void IngestWorker::run(std::promise<QString>* started)
{
    QString error;
    std::unique_ptr<store::Store> store = store::Store::open(m_location, &error);
    if (!store) {
        started->set_value(error.isEmpty() ? QStringLiteral("the store could not be opened") : error);
        return;
    }
    if (m_hub)
        store->setChangeHub(m_hub);
    // Resume after the last record the store already holds (it commits seq and events together).
    qint64 checkpoint = store->lastJournalSeq();
    m_ingested = checkpoint;
    started->set_value(QString());
    QElapsedTimer releaseTimer;
    releaseTimer.start();

    while (!m_stop) {
        std::function<void(const QList<store::IngestOutcome>&)> observer;
        {
            std::lock_guard lock(m_mutex);
            if (m_routesChanged) {
                store->setChannelRoutes(m_routes);
                m_routesChanged = false;
            }
            observer = m_observer;
        }
        const QList<Journal::Entry> entries = m_journal->readAfter(checkpoint, kBatch);
        if (entries.isEmpty()) {
            // Sleep until the journal grows (the listener's append wakes waitForMore) or we are stopped.
            m_journal->waitForMore(checkpoint, 100);
            continue;
        }
        QList<store::JournalRecord> records;
        records.reserve(entries.size());
        for (const Journal::Entry& e : entries)
            records.append(
                {e.seq, QDateTime::fromMSecsSinceEpoch(e.receivedAtMs, Qt::UTC), e.body, QString::fromUtf8(e.peer)});
        const QList<store::IngestOutcome> outcomes = store->ingest(records);
        if (outcomes.size() != records.size()) {
            // The transaction failed (disk full, database locked for too long): keep the records in the journal
            // and try again shortly; nothing was acknowledged to the store, so nothing is lost.
            qCWarning(lcWebhook) << "ingest failed; retrying" << entries.first().seq << "to" << entries.last().seq;
            std::unique_lock lock(m_mutex);
            m_progress.wait_for(lock, std::chrono::milliseconds(500), [this] { return m_stop.load(); });
            continue;
        }
        checkpoint = entries.last().seq;
        {
            std::lock_guard lock(m_mutex);
            m_ingested = checkpoint;
        }
        ++m_batches;
        m_progress.notify_all();
        // The store commits with synchronous=NORMAL: its latest commits survive a crash of the process but not yet
        // a power loss. Journal segments are deleted only after a durable checkpoint, and not on every batch.
        if (releaseTimer.elapsed() > 2000 && store->makeDurable()) {
            m_journal->releaseUpTo(checkpoint);
            releaseTimer.restart();
        }
        if (observer)
            observer(outcomes);
    }
}

} // namespace wabadesk::webhook
