#pragma once

#include <QByteArray>
#include <QString>

namespace wabadesk {

// "****1234": the last four characters of a secret, for logs and messages (never the secret itself).
// Secrets of 8 characters or fewer are shown as "****" alone.
QString redactedSecret(const QByteArray& secret);

} // namespace wabadesk
