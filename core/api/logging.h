#pragma once

#include <QLoggingCategory>

//! Logging categories. Never log a token, a secret or an Authorization header.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcLive)
