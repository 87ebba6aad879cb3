#include "webhook/JournalReader.h"

#include "store/Store.h"

#include <memory>

namespace wabadesk::ui {

// Lives on the reader's thread; opens the store there on first use (a connection belongs to its thread).
class JournalReaderWorker : public QObject {
    Q_OBJECT
public:
    explicit JournalReaderWorker(store::StoreOpener openStore)
        : m_openStore(std::move(openStore))
    {}

    void read(quint64 request, int limit)
    {
        // Only the newest request is served; older ones queued behind it are skipped.
        if (request < m_newest.load())
            return;
        QString error;
        if (!m_store)
            m_store = m_openStore ? m_openStore(&error) : nullptr;
        if (!m_store && error.isEmpty())
            error = tr("There is no message store to read the journal from.");
        if (!m_store) {
            Q_EMIT done(request, {}, error);
            return;
        }
        Q_EMIT done(request, m_store->journalEntries(limit), QString());
    }

    void close() { m_store.reset(); }

    std::atomic<quint64> m_newest{0};

Q_SIGNALS:
    void done(quint64 request, const QList<wabadesk::JournalEntry>& entries, const QString& error);

private:
    store::StoreOpener m_openStore;
    std::unique_ptr<store::Store> m_store;
};

JournalReader::JournalReader(store::StoreOpener openStore, QObject* parent)
    : QObject(parent)
    , m_worker(new JournalReaderWorker(std::move(openStore)))
{
    m_thread.setObjectName(QStringLiteral("journalReader"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &JournalReaderWorker::done, this,
            [this](quint64 request, const QList<JournalEntry>& entries, const QString& error) {
                if (request < m_requested)
                    return; // a newer read is on its way
                m_delivered = request;
                Q_EMIT loaded(entries, error);
            });
    m_thread.start();
}

JournalReader::~JournalReader()
{
    QMetaObject::invokeMethod(m_worker, &JournalReaderWorker::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void JournalReader::load(int limit)
{
    const quint64 request = ++m_requested;
    m_worker->m_newest = request;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request, limit] { worker->read(request, limit); });
}

} // namespace wabadesk::ui

#include "JournalReader.moc"
