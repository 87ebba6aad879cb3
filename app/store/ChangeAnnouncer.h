#pragma once

#include "store/ChangeNotice.h"

#include <QString>

namespace wabadesk::store {

class Store;

// Tells a team's other desks what a Store committed (issue #18, TEAM.md "Live updates"): one NOTIFY on
// kChannel per write, with a ChangeNotice as payload. Only for PostgreSQL; SQLite has one desk.
//
// Sent right after the COMMIT, from the store's own change signals, rather than by pg_notify inside the transaction:
// those signals are the one account of what a write changed (the local ChangeHub gets exactly them), they are
// emitted after the commit only, so nothing is announced that did not commit, and every write path (ingest's own
// transaction, the purge, Store::write) is covered without each collecting its ids before COMMIT. What is lost is
// atomicity the other way: a process dying between COMMIT and NOTIFY leaves a change unannounced, as a listener's
// dropped connection does; desks see it at their next reload or the next change of that conversation. The order of
// two desks' notices may differ from their commit order; harmless, because a notice only says what to re-read.
class ChangeAnnouncer {
public:
    static constexpr const char* kChannel = "wabadesk_changes";

    ChangeAnnouncer(Store* store, QString connectionName);

    void setOrigin(const QString& origin) { m_pending.origin = origin; }

    // While held, changes are collected and sent as one notice at the last release (a write that emits several
    // signals). Null-safe, for stores that announce nothing.
    class Batch {
    public:
        explicit Batch(ChangeAnnouncer* announcer);
        ~Batch();
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;

    private:
        ChangeAnnouncer* m_announcer;
    };

private:
    void changed();
    void flush();

    QString m_connectionName;
    ChangeNotice m_pending;
    int m_held = 0;
};

} // namespace wabadesk::store
