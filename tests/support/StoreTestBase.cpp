#include "StoreTestBase.h"

#include "TestEnvironment.h"
#include "TestPostgres.h"

#include "store/StoreConnection.h"

#include <QDebug>
#include <QSqlError>
#include <QSqlQuery>

namespace wabadesk::test {

bool StoreTestBase::openStore(QString* error)
{
    m_dir = std::make_unique<QTemporaryDir>();
    const store::StoreLocation location = newStoreLocation(m_dir->path(), error);
    return location.isValid() && openStore(location, error);
}

bool StoreTestBase::openStore(const store::StoreLocation& location, QString* error)
{
    m_location = location;
    m_store = store::Store::open(location, error);
    m_seq = 0;
    return m_store != nullptr;
}

void StoreTestBase::closeStore()
{
    m_store.reset();
    m_dir.reset();
    m_location = {};
}

bool StoreTestBase::refuseInserts(const QString& table, const QString& condition, const QString& message,
                                  QString* error)
{
    const QString name = QStringLiteral("refuse-inserts");
    const QString trigger = QStringLiteral("refuse_") + table;
    QStringList sql;
    if (onPostgres()) {
        sql << QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF %2 THEN"
                              " RAISE EXCEPTION '%3'; END IF; RETURN NEW; END $$")
                   .arg(trigger, condition, message)
            << QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 FOR EACH ROW EXECUTE FUNCTION %1()")
                   .arg(trigger, table);
    } else {
        sql << QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 WHEN %3 BEGIN SELECT RAISE(ABORT, '%4'); END")
                   .arg(trigger, table, condition, message);
    }
    bool ok = true;
    {
        QSqlDatabase db = store::openRawConnection(m_location, name, error);
        ok = db.isOpen();
        QSqlQuery q(db);
        for (const QString& statement : std::as_const(sql)) {
            if (ok && !q.exec(statement)) {
                ok = false;
                if (error)
                    *error = q.lastError().text();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

store::IngestOutcome StoreTestBase::ingest(const QByteArray& body)
{
    const QList<store::IngestOutcome> out = m_store->ingest({{++m_seq, QDateTime::currentDateTimeUtc(), body, {}}});
    if (out.size() != 1)
        qWarning() << "ingest failed:" << m_store->lastError();
    return out.value(0);
}

store::IngestOutcome StoreTestBase::ingest(const char* fixtureName)
{
    return ingest(fixture(fixtureName));
}

StoredMessage StoreTestBase::message(const QString& wamid) const
{
    return m_store->message(wamid).value_or(StoredMessage());
}

QByteArray StoreTestBase::fixture(const char* name)
{
    return readData(QStringLiteral("webhooks/") + QLatin1String(name));
}

QJsonObject StoreTestBase::textPayload(const QString& to, const QString& body)
{
    return {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("to"), to},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), body}}}};
}

} // namespace wabadesk::test
