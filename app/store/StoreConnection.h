#pragma once

#include "store/StoreLocation.h"

#include <QSqlDatabase>
#include <QString>

namespace wabadesk::store {

class SqlDialect;

// Adds the Qt SQL connection `connectionName` for `location`, spoken through `dialect`, and opens it: the one place
// where a connection is pointed at the store's database (Store::open and openRawConnection go through it). Open on
// return, else invalid with `error` set; either way the caller removes the name (QSqlDatabase::removeDatabase).
QSqlDatabase openStoreConnection(const StoreLocation& location, const SqlDialect& dialect,
                                 const QString& connectionName, QString* error);

// A plain connection to the store's database, without the store's settings, migrations or writers: for tools and
// tests that look into the database or change it on purpose (a schema of an older version, a trigger that fails).
QSqlDatabase openRawConnection(const StoreLocation& location, const QString& connectionName, QString* error = nullptr);

} // namespace wabadesk::store
