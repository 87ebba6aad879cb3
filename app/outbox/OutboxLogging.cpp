#include "outbox/OutboxLogging.h"

Q_LOGGING_CATEGORY(lcOutbox, "wabadesk.outbox", QtInfoMsg)
