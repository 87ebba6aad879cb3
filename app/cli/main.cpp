#include "Version.h"
#include "cli/Cli.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wabadesk-cli"));
    QCoreApplication::setOrganizationName(QLatin1String(wabadesk::kOrganizationName));
    QCoreApplication::setApplicationVersion(QLatin1String(wabadesk::kVersion));
    // The CLI's output is its result; diagnostics at info level only when asked for (QT_LOGGING_RULES).
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("wabadesk.*.info=false"));
    // English on every locale (see cli/Output.h), with proper plural forms ("1 template", "2 templates").
    wabadesk::Translations translations;
    translations.install(QStringLiteral("en"));
    wabadesk::cli::Cli cli;
    return cli.run(QCoreApplication::arguments());
}
