#include "store/StoreLocation.h"

#include <QDir>

namespace wabadesk::store {

StoreLocation StoreLocation::inDataDir(const QString& dataDir)
{
    StoreLocation location;
    location.engine = Engine::Sqlite;
    location.dataDir = dataDir;
    location.connection = dataDir.isEmpty() ? QString() : QDir(dataDir).filePath(QStringLiteral("wabadesk.sqlite"));
    return location;
}

} // namespace wabadesk::store
