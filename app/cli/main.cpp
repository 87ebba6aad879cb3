#include "Version.h"
#include "cli/Cli.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wabadesk-cli"));
    QCoreApplication::setOrganizationName(QLatin1String(wabadesk::kOrganizationName));
    QCoreApplication::setApplicationVersion(QLatin1String(wabadesk::kVersion));
    wabadesk::cli::Cli cli;
    return cli.run(QCoreApplication::arguments());
}
