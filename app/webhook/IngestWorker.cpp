#include "webhook/IngestWorker.h"

#include "common/Logging.h"
#include "store/Store.h"
#include "webhook/Journal.h"

#include <QDateTime>
#include <QElapsedTimer>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include <future>
#include <optional>

namespace wabadesk::webhook {

namespace {

// Acknowledgements first, ingest after (issue #15): on a busy machine the listener's I/O and journal threads must not
// wait for a CPU while this one parses and commits; a worker that runs later takes bigger batches, which costs less.
void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    ::setpriority(PRIO_PROCESS, pid_t(::syscall(SYS_gettid)), 10); // Linux: a thread's own nice value
#endif
}

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

std::optional<qint64> IngestWorker::bindJournal(store::Store* store, QString* journalId, QString* error)
{
    const QString id = m_journal->id();
    const std::optional<store::JournalBinding> binding = store->journalBinding(id);
    const qint64 storeLast = store->lastJournalSeq();
    const auto bind = [&](const QString& boundId, qint64 base, qint64 last) -> std::optional<qint64> {
        if (!store->bindJournal(boundId, base, last)) {
            *error = QStringLiteral("the journal could not be bound to the store: %1").arg(store->lastError());
            return std::nullopt;
        }
        *journalId = boundId;
        m_base = base;
        return last;
    };
    if (binding && binding->isCurrent && m_journal->lastSeq() >= binding->lastSeq) {
        *journalId = id;
        m_base = binding->baseSeq;
        return binding->lastSeq;
    }
    if (!binding && m_journal->adoptedWithoutIdentity()) {
        // A journal from before identities: it numbered like the store, which has read it up to storeLast.
        qCInfo(lcWebhook) << "journal" << id << "adopted; the store has read it up to" << storeLast;
        return bind(id, 0, storeLast);
    }
    if (binding) {
        // Known, but not the journal the store read last, or behind the store's checkpoint: restored from a
        // backup. Its numbers may repeat ones the store has, so it becomes a new journal and everything it holds is
        // read again (events already stored are recognised as duplicates).
        qCWarning(lcWebhook) << "journal" << id << "is older than the store's record of it (restored from a backup?);"
                             << "it gets a new identity and its" << m_journal->lastSeq() << "records are read again";
        if (!m_journal->renewIdentity(error))
            return std::nullopt;
    } else {
        qCInfo(lcWebhook) << "journal" << id << "is new to the store; its records go after seq" << storeLast;
    }
    return bind(m_journal->id(), storeLast, 0);
}

void IngestWorker::run(std::promise<QString>* started)
{
    lowerThisThreadsPriority();
    QString error;
    std::unique_ptr<store::Store> store = store::Store::open(m_location, &error);
    if (!store) {
        started->set_value(error.isEmpty() ? QStringLiteral("the store could not be opened") : error);
        return;
    }
    if (m_hub)
        store->setChangeHub(m_hub);
    // Resume after the last record of this journal the store already holds (it commits the checkpoint and the events
    // together).
    QString journalId;
    const std::optional<qint64> resumed = bindJournal(store.get(), &journalId, &error);
    if (!resumed) {
        started->set_value(error);
        return;
    }
    qint64 checkpoint = *resumed;
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
        std::unique_lock batchLock(m_batchMutex);
        const QList<Journal::Entry> entries = m_journal->readAfter(checkpoint, kBatch);
        if (entries.isEmpty()) {
            batchLock.unlock();
            // Sleep until the journal grows (the listener's append wakes waitForMore) or we are stopped.
            m_journal->waitForMore(checkpoint, 100);
            continue;
        }
        QList<store::JournalRecord> records;
        records.reserve(entries.size());
        for (const Journal::Entry& e : entries)
            records.append(
                {e.seq, QDateTime::fromMSecsSinceEpoch(e.receivedAtMs, Qt::UTC), e.body, QString::fromUtf8(e.peer)});
        const QList<store::IngestOutcome> outcomes = store->ingest(records, journalId);
        batchLock.unlock();
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
        // a power loss. Journal segments are deleted only after a durable checkpoint, made only when a whole segment
        // can go (every 32 MB of deliveries): its fsyncs would otherwise compete with the journal's every time.
        if (releaseTimer.elapsed() > 2000) {
            releaseTimer.restart();
            if (m_journal->canRelease(checkpoint) && store->makeDurable())
                m_journal->releaseUpTo(checkpoint);
        }
        if (observer)
            observer(outcomes);
    }
}

} // namespace wabadesk::webhook
