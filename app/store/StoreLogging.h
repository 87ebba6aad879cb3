#pragma once

#include <QLoggingCategory>

// wabadesk.store (DESIGN.md "Logging"): no message text at info level.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
