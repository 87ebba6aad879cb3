#include "store/RemoteChangesThread.h"

#include "store/RemoteChanges.h"

namespace wabadesk::store {

RemoteChangesThread::RemoteChangesThread(const StoreLocation& location, StoreOpener opener, ChangeHub* hub)
    : m_remote(new RemoteChanges(location, std::move(opener), hub))
{
    m_thread.setObjectName(QStringLiteral("wabadesk-remote-changes"));
    m_remote->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::started, m_remote, &RemoteChanges::start);
    // Its connection and timers belong to that thread: closed and deleted there.
    QObject::connect(&m_thread, &QThread::finished, m_remote, &QObject::deleteLater);
}

RemoteChangesThread::~RemoteChangesThread()
{
    if (!m_thread.isRunning()) {
        delete m_remote;
        return;
    }
    m_thread.quit();
    m_thread.wait();
}

void RemoteChangesThread::start()
{
    m_thread.start();
}

} // namespace wabadesk::store
