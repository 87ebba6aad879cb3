#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcApi, "wabadesk.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "wabadesk.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "wabadesk.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "wabadesk.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChannels, "wabadesk.channels", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWebhook, "wabadesk.webhook", QtInfoMsg)
Q_LOGGING_CATEGORY(lcI18n, "wabadesk.i18n", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPartner, "wabadesk.partner", QtInfoMsg)
