#include "media/MediaRetention.h"

#include "common/Logging.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace wabadesk::media {

int pruneMediaArchive(store::Store* store, const QString& archiveRoot, int days, const QDateTime& now)
{
    if (days <= 0 || !store)
        return 0;
    const QString root = QDir(archiveRoot).canonicalPath();
    int removed = 0;
    for (const MediaItem& m : store->archivedMediaBefore(now.addDays(-days))) {
        const QFileInfo file(m.localPath);
        const QString path = file.canonicalFilePath();
        if (!path.isEmpty() && !root.isEmpty() && path.startsWith(root + QLatin1Char('/')) && QFile::remove(path)) {
            ++removed;
            QDir().rmdir(file.absolutePath()); // <media id>/ folder, when empty
        }
        store->forgetLocalMedia(m.channelId, m.mediaId);
    }
    if (removed > 0)
        qCInfo(lcApi) << "media archive retention:" << removed << "files older than" << days << "days removed";
    return removed;
}

} // namespace wabadesk::media
