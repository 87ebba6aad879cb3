#pragma once

#include <QLoggingCategory>

// wabadesk.outbox (DESIGN.md "Logging"): outbox ids, codes and states only; never message text or file paths at
// info level.
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)
