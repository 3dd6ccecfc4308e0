#pragma once

#include <QLoggingCategory>

//! Logging category of the simulator. Never log a token, secret or Authorization header.
Q_DECLARE_LOGGING_CATEGORY(lcDensitySim)
