#pragma once

#include "store/StoreLocation.h"

#include <QString>

namespace wabadesk::test {

// The store tests on PostgreSQL (issue #18): no mock, a real server. The engine a store test runs on is chosen by
// the environment (WABADESK_TEST_ENGINE=postgresql: CMake's POSTGRES entries, tst_<name>_pg), so one executable
// serves both engines.
//
// The server is a throwaway cluster of the test process's own: initdb and postgres from WABADESK_PG_BINDIR (else
// Debian's /usr/lib/postgresql/<newest>/bin, else PATH) in a temporary directory, on a Unix socket in that directory
// and no TCP port at all (nothing to collide with a parallel test or a real server), trust authentication, fsync
// off. Started at the first newPostgresLocation(), stopped when the process exits; the postmaster is the test's
// child with a parent-death signal, so a crashed or killed test leaves no server behind. initdb refuses to run as
// root: as root, initdb and the server run as WABADESK_TEST_PG_USER, else the user `postgres`, else `nobody`.
// About 1 s per executable (initdb 0.8 s, start 0.1 s on the 2-core CI machine); each store gets a fresh database.
bool onPostgres();

// A new, empty store location on the engine under test, with `dataDir` for its files: SQLite, the file in it;
// PostgreSQL, a new database. Invalid and `error` set when the server cannot be started.
store::StoreLocation newStoreLocation(const QString& dataDir, QString* error);
store::StoreLocation newPostgresLocation(const QString& dataDir, QString* error);

} // namespace wabadesk::test
