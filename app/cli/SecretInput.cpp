#include "cli/SecretInput.h"

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace wabadesk::cli {

bool stdinIsTerminal()
{
    return isatty(fileno(stdin));
}

QByteArray readSecretLine(const QString& prompt)
{
    std::string line;
    const bool terminal = stdinIsTerminal();
#ifndef Q_OS_WIN
    termios saved{};
    if (terminal) {
        std::fputs(qPrintable(prompt), stderr);
        std::fflush(stderr);
        tcgetattr(fileno(stdin), &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(stdin), TCSANOW, &silent);
    }
#else
    if (terminal) {
        std::fputs(qPrintable(prompt), stderr);
        std::fflush(stderr);
    }
#endif
    std::getline(std::cin, line);
#ifndef Q_OS_WIN
    if (terminal) {
        tcsetattr(fileno(stdin), TCSANOW, &saved);
        std::fputc('\n', stderr);
    }
#endif
    QByteArray key = QByteArray::fromStdString(line).trimmed();
    std::fill(line.begin(), line.end(), '\0');
    return key;
}

} // namespace wabadesk::cli
