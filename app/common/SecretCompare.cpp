#include "common/SecretCompare.h"

#include <QCryptographicHash>

namespace wabadesk {

bool secretsEqual(const QByteArray& presented, const QByteArray& expected)
{
    const QByteArray a = QCryptographicHash::hash(presented, QCryptographicHash::Sha256);
    const QByteArray b = QCryptographicHash::hash(expected, QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0 && !expected.isEmpty();
}

} // namespace wabadesk
