#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace wabadesk::store {

class Store;

// Where the store is and how to reach it, as one value: built once by a composition root (app/gui/main.cpp, the
// CLI, a test's fixture) and handed to whatever opens a connection. Nothing outside app/store knows the engine or
// the database file (issue #17); a team's PostgreSQL (../shared/TEAM.md) is another location, not other code.
struct StoreLocation {
    enum class Engine {
        Sqlite,     // one desk: a file in the data directory
        PostgreSql, // a team (issue #18)
    };

    Engine engine = Engine::Sqlite;
    // SQLite: the database file. PostgreSQL: a libpq connection URI (store/PostgresAddress.h), never with a password
    // (the keychain has it).
    QString connection;
    // Files kept beside the data, per machine: the webhook journal, the media archive, caches, channels.ini.
    QString dataDir;

    // The one desk's store: <dataDir>/wabadesk.sqlite.
    static StoreLocation inDataDir(const QString& dataDir);

    bool isValid() const { return !connection.isEmpty() && !dataDir.isEmpty(); }
    // For messages and logs: the file, or the URI (which carries no secret).
    QString describe() const { return connection; }
    bool operator==(const StoreLocation&) const = default;
};

// Opens one more connection to the same store, for a thread of its own (a connection belongs to the thread that
// opened it: search, history pages, the webhook journal's reader). Made by the composition root
// (Store::openerFor), so that workers never learn where or what the store is; nullptr and `error` when it fails.
using StoreOpener = std::function<std::unique_ptr<Store>(QString* error)>;

} // namespace wabadesk::store
