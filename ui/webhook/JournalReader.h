#pragma once

#include "model/JournalEntry.h"
#include "store/StoreLocation.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>

namespace wabadesk::ui {

class JournalReaderWorker;

// Reads the store's webhook journal (Store::journalEntries) on a thread of its own with its own connection: the
// rows carry whole bodies (up to 1 MiB each), so a read can take longer than the UI thread may wait (DESIGN.md,
// performance habits). The connection is opened through `openStore` on the reader's thread at the first read.
// Requests that pile up while one runs are served once, with the newest limit.
class JournalReader : public QObject {
    Q_OBJECT
public:
    explicit JournalReader(store::StoreOpener openStore, QObject* parent = nullptr);
    ~JournalReader() override; // waits for a read in progress

    void load(int limit);
    bool isLoading() const { return m_requested > m_delivered; }

Q_SIGNALS:
    // On the reader's owner's thread. `error` is empty on success.
    void loaded(const QList<wabadesk::JournalEntry>& entries, const QString& error);

private:
    QThread m_thread;
    JournalReaderWorker* m_worker;
    quint64 m_requested = 0;
    quint64 m_delivered = 0;
};

} // namespace wabadesk::ui
