#pragma once

#include "store/Store.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace wabadesk::test {

// What the store tests share: a fresh store with a temporary data directory, on the engine under test (SQLite, or
// PostgreSQL in the tst_<name>_pg entries: TestPostgres.h), and ingest of one body at a time with increasing journal
// sequence numbers. Use as a second base next to QObject; call openStore() in init() and closeStore() in cleanup().
class StoreTestBase {
protected:
    bool openStore(QString* error);
    // The store at `location` (m_location), e.g. one opened before and closed, with the data directory m_dir.
    bool openStore(const store::StoreLocation& location, QString* error);
    void closeStore();
    // Makes the database refuse inserts into `table` where `condition` (SQL over NEW) holds, with `message`: a
    // trigger, written for the engine under test.
    bool refuseInserts(const QString& table, const QString& condition, const QString& message, QString* error);

    store::IngestOutcome ingest(const QByteArray& body);
    store::IngestOutcome ingest(const char* fixtureName); // tests/data/webhooks/<name>
    StoredMessage message(const QString& wamid) const;
    static QByteArray fixture(const char* name);
    // A POST /messages body with one text (REFERENCE.md §1.3), for outbox items.
    static QJsonObject textPayload(const QString& to, const QString& body);

    std::unique_ptr<QTemporaryDir> m_dir;
    store::StoreLocation m_location;
    std::unique_ptr<store::Store> m_store;
    qint64 m_seq = 0;
};

} // namespace wabadesk::test
