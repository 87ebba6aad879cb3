#pragma once

#include "model/QuickReply.h"

#include <QList>

#include <optional>

class QSqlDatabase;

namespace wabadesk::store {

// The quick_replies table (migration 6). Rules (unique, non-empty shortcut without spaces, text length) are checked
// by quickreplies::QuickReplyLibrary before anything gets here; the table only enforces the unique shortcut
// (case-insensitive) as a last line.
QList<QuickReply> readQuickReplies(QSqlDatabase& db, QString* error);
// Inserts (id 0: at the end of the library, the new id written back) or updates text and shortcut.
bool writeQuickReply(QSqlDatabase& db, QuickReply* reply, QString* error);
bool deleteQuickReply(QSqlDatabase& db, qint64 id, QString* error);
// Positions 0, 1, 2, … in the order of `ids`; replies not named keep their place after them.
bool orderQuickReplies(QSqlDatabase& db, const QList<qint64>& ids, QString* error);

} // namespace wabadesk::store
