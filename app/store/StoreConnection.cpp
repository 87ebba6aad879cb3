#include "store/StoreConnection.h"

#include "store/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlError>

namespace wabadesk::store {

QSqlDatabase openStoreConnection(const StoreLocation& location, const SqlDialect& dialect,
                                 const QString& connectionName, QString* error)
{
    const auto failed = [error](const QString& why) {
        if (error)
            *error = why;
        return QSqlDatabase();
    };
    if (!location.isValid())
        return failed(QCoreApplication::translate("Store", "no store location given"));
    const QString driver = dialect.driverName();
    if (!QSqlDatabase::isDriverAvailable(driver))
        return failed(QCoreApplication::translate("Store", "the Qt SQL driver %1 is not installed").arg(driver));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, connectionName);
    QString why;
    if (!dialect.setUp(db, location, &why))
        return failed(why);
    if (!db.open())
        return failed(
            QCoreApplication::translate("Store", "cannot open %1: %2").arg(location.describe(), db.lastError().text()));
    return db;
}

QSqlDatabase openRawConnection(const StoreLocation& location, const QString& connectionName, QString* error)
{
    const std::unique_ptr<SqlDialect> dialect = SqlDialect::forEngine(location.engine);
    if (!dialect) {
        if (error)
            *error = QCoreApplication::translate("Store", "this WabaDesk cannot open this kind of database");
        return {};
    }
    return openStoreConnection(location, *dialect, connectionName, error);
}

} // namespace wabadesk::store
