#include "SecretSearch.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace wabadesk::test {

QList<QByteArray> secretEncodings(const QByteArray& secret)
{
    QByteArray utf16le;
    QByteArray utf16be;
    for (const QChar c : QString::fromLatin1(secret)) {
        const char low = static_cast<char>(c.unicode() & 0xff);
        const char high = static_cast<char>(c.unicode() >> 8);
        utf16le.append(low).append(high);
        utf16be.append(high).append(low);
    }
    return {secret, secret.toBase64(), secret.toHex(), utf16le, utf16be};
}

SecretSearchResult searchFilesForSecrets(const QStringList& roots, const QList<QByteArray>& secrets)
{
    QList<QByteArray> needles;
    for (const QByteArray& s : secrets)
        needles << secretEncodings(s);
    SecretSearchResult result;
    for (const QString& root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QStringLiteral("/keyrings/")))
                continue;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            result.searched << QFileInfo(path).canonicalFilePath();
            const QByteArray content = f.readAll();
            for (const QByteArray& needle : std::as_const(needles))
                if (result.hit.isEmpty() && content.contains(needle))
                    result.hit = path;
        }
    }
    return result;
}

} // namespace wabadesk::test
