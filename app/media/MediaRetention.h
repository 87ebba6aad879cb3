#pragma once

#include <QDateTime>

namespace wabadesk::store {
class Store;
}

namespace wabadesk::media {

// Retention of the inbound media archive (issue #7 §3, Preferences "Keep received media for … days"): files archived
// before now − `days` are deleted and the library forgets them (the messages stay, the media can be fetched again
// while its id lives). Only files under `archiveRoot` are deleted: a path outside it is forgotten, never removed.
// Returns how many files were removed; 0 days keeps everything.
int pruneMediaArchive(store::Store* store, const QString& archiveRoot, int days,
                      const QDateTime& now = QDateTime::currentDateTimeUtc());

} // namespace wabadesk::media
