#pragma once

#include "store/StoreLocation.h"

#include <QThread>

namespace wabadesk::store {

class ChangeHub;
class RemoteChanges;

// A team desk's RemoteChanges on a thread of its own (connecting to the database, the heartbeat and reconnects never
// wait on the UI thread). Made by the composition root only when the store is PostgreSQL; must die before `hub`.
class RemoteChangesThread {
public:
    RemoteChangesThread(const StoreLocation& location, StoreOpener opener, ChangeHub* hub);
    ~RemoteChangesThread();
    RemoteChangesThread(const RemoteChangesThread&) = delete;
    RemoteChangesThread& operator=(const RemoteChangesThread&) = delete;

    void start();

private:
    QThread m_thread;
    RemoteChanges* m_remote; // lives in m_thread, deleted there when it finishes
};

} // namespace wabadesk::store
