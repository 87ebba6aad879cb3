#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace wabadesk::cli {

// Exit codes of wabadesk-cli (issue #2): 0 success, 2 usage error or refused before sending, 3 API error,
// 4 network/TLS/timeout.
enum ExitCode { ExitOk = 0, ExitUsage = 2, ExitApi = 3, ExitNetwork = 4 };

// The parsed command line: the command words ("send text", "media upload") with their positional arguments,
// and the options. parse() checks that every option given belongs to the command.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(WabadeskCli)

public:
    CommandLine();

    // False on a usage error; error() then says what is wrong in one line.
    bool parse(const QStringList& arguments);
    QString error() const { return m_error; }

    QString command() const { return m_command; }         // e.g. "send text"; empty for --help/--version alone
    QStringList arguments() const { return m_arguments; } // positional arguments after the command words
    bool isSet(const QString& option) const { return m_parser.isSet(option); }
    QString value(const QString& option) const { return m_parser.value(option); }
    QStringList values(const QString& option) const { return m_parser.values(option); }

    bool wantsHelp() const { return m_parser.isSet(QStringLiteral("help")); }
    bool wantsVersion() const { return m_parser.isSet(QStringLiteral("version")); }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }

    static QString helpText();
    // The options and positional arguments of one command, for `wabadesk-cli COMMAND --help`.
    static QString commandHelp(const QString& command);

private:
    QCommandLineParser m_parser;
    QString m_command;
    QStringList m_arguments;
    QString m_error;
};

} // namespace wabadesk::cli
