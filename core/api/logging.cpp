#include "logging.h"

Q_LOGGING_CATEGORY(lcApi, "density.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "density.auth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLive, "density.live", QtWarningMsg)
