#pragma once

#include "store/Store.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace wabadesk::test {

// What the store tests share: a store in a fresh temporary data directory, and ingest of one body at a time with
// increasing journal sequence numbers. Use as a second base next to QObject; call openStore() in init() and
// closeStore() in cleanup().
class StoreTestBase {
protected:
    bool openStore(QString* error);
    void closeStore();

    store::IngestOutcome ingest(const QByteArray& body);
    store::IngestOutcome ingest(const char* fixtureName); // tests/data/webhooks/<name>
    StoredMessage message(const QString& wamid) const;
    static QByteArray fixture(const char* name);
    // A POST /messages body with one text (REFERENCE.md §1.3), for outbox items.
    static QJsonObject textPayload(const QString& to, const QString& body);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Store> m_store;
    qint64 m_seq = 0;
};

} // namespace wabadesk::test
