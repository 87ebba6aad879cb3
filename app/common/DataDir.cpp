#include "common/DataDir.h"

#include "common/PrivateFiles.h"

#include <QDir>
#include <QFileInfo>
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
    // Private (issue #15): 0700. A directory an older version left open is tightened once, with what is in it.
    const bool existed = QFileInfo::exists(dir);
    const QFile::Permissions others =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (existed && (QFile::permissions(dir) & others)) {
        makePrivateTree(dir);
    } else {
        makePrivateDirectory(dir);
    }
    return dir;
}

} // namespace wabadesk
