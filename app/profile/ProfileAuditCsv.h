#pragma once

#include "model/ProfileAuditEntry.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace wabadesk::profile {

// The audit log as CSV (RFC 4180, UTF-8, CRLF): when (ISO 8601 UTC), channel (its name when known, else its id),
// field, old value, new value, by. Cells that a spreadsheet would run as a formula (=, +, -, @ first) get a leading
// apostrophe (OWASP "CSV injection").
QByteArray auditCsv(const QList<ProfileAuditEntry>& entries, const QHash<QString, QString>& channelNames = {});

} // namespace wabadesk::profile
