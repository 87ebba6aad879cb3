#pragma once

#include <QByteArray>

namespace wabadesk {

// Compares a presented secret (API key, webhook secret header) with the expected one in constant time: both are
// hashed to SHA-256 first, so neither the position of the first difference nor the length leaks through timing.
bool secretsEqual(const QByteArray& presented, const QByteArray& expected);

} // namespace wabadesk
