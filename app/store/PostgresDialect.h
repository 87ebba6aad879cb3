#pragma once

#include <memory>

namespace wabadesk::store {

class SqlDialect;

// The PostgreSQL dialect (PostgresDialect.cpp); SqlDialect::forEngine is the way to it.
std::unique_ptr<SqlDialect> makePostgresDialect();

} // namespace wabadesk::store
