#pragma once

#include <QByteArray>
#include <QString>

namespace wabadesk::cli {

// One line from standard input, trimmed: an API key. On a terminal the prompt goes to stderr and the typing is not
// echoed; from a pipe it is read as is. The temporary copy is overwritten before it is freed.
QByteArray readSecretLine(const QString& prompt);
bool stdinIsTerminal();

} // namespace wabadesk::cli
