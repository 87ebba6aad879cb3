#include "common/Redact.h"

namespace wabadesk {

QString redactedSecret(const QByteArray& secret)
{
    if (secret.size() <= 8)
        return QStringLiteral("****");
    return QStringLiteral("****") + QString::fromUtf8(secret.right(4));
}

} // namespace wabadesk
