#include "common/Redact.h"

namespace wabadesk {

QString redactedSecret(const QByteArray& secret)
{
    if (secret.size() <= 8)
        return QStringLiteral("****");
    return QStringLiteral("****") + QString::fromUtf8(secret.right(4));
}

QString redact(const QString& text, const QByteArray& secret)
{
    if (secret.isEmpty())
        return text;
    QString out = text;
    out.replace(QString::fromUtf8(secret), redactedSecret(secret));
    return out;
}

} // namespace wabadesk
