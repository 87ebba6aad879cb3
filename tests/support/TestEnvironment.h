#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace wabadesk::test {

// tests/data/<name> (WABADESK_TEST_DATA is set by wabadesk_add_test).
QString dataPath(const QString& name);
QByteArray readData(const QString& name);
QJsonObject readJsonObject(const QString& name);

// Directory of the built executables (wabadesk-cli, wabadesk).
QString binPath(const QString& executable);

// Field-by-field comparison of two JSON values; returns an empty string when equal, else the first difference
// as "path: expected X, got Y". Numbers compare as doubles; key order does not matter.
QString jsonDifference(const QJsonValue& expected, const QJsonValue& actual, const QString& path = QStringLiteral("$"));

} // namespace wabadesk::test
