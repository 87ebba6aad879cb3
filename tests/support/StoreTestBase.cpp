#include "StoreTestBase.h"

#include "TestEnvironment.h"
#include "TestPostgres.h"

#include <QDebug>

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
