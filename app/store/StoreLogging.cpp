#include "store/StoreLogging.h"

Q_LOGGING_CATEGORY(lcStore, "wabadesk.store", QtInfoMsg)
