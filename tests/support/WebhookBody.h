#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace wabadesk::test {

// A webhook body (REFERENCE.md §5): the envelope around one change's `value` of `field`, as 360dialog posts it. For
// tests that build their bodies instead of reading fixtures.
QByteArray webhookBody(const QJsonObject& value, const QString& field = QStringLiteral("messages"));

} // namespace wabadesk::test
