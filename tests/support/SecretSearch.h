#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace wabadesk::test {

// The ways a secret could end up in a file: as is, base64 (e.g. in JSON), hex, UTF-16 (QDataStream, QSettings).
QList<QByteArray> secretEncodings(const QByteArray& secret);

struct SecretSearchResult {
    QStringList searched; // canonical paths of the files read
    QString hit;          // the first file holding a secret in any encoding; empty when none does
};

// Reads every file under `roots` (hidden ones too) and looks for every encoding of every secret. The keychain's own
// encrypted store (a path containing "/keyrings/") is skipped: that is where keys belong.
SecretSearchResult searchFilesForSecrets(const QStringList& roots, const QList<QByteArray>& secrets);

} // namespace wabadesk::test
