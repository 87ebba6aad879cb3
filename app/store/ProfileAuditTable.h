#pragma once

#include "model/ProfileAuditEntry.h"

#include <QList>

class QSqlDatabase;

namespace wabadesk::store {

// The profile_audit table (migration 5): appends rows and reads them, newest first.
bool appendProfileAudit(QSqlDatabase& db, const QList<ProfileAuditEntry>& entries, QString* error);
// channelId "": every channel. limit <= 0: no limit.
QList<ProfileAuditEntry> readProfileAudit(QSqlDatabase& db, const QString& channelId, int limit, QString* error);

} // namespace wabadesk::store
