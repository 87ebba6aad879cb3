#include "common/DataDir.h"

#include <QDir>
#include <QStandardPaths>

namespace wabadesk {

QString resolveDataDir(const QString& option)
{
    QString dir = option;
    if (dir.isEmpty())
        dir = qEnvironmentVariable("WABADESK_DATA_DIR");
    if (dir.isEmpty())
        dir = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                  .filePath(QStringLiteral("WabaDesk"));
    dir = QDir(dir).absolutePath();
    QDir().mkpath(dir);
    return dir;
}

} // namespace wabadesk
