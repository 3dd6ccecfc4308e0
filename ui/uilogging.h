#pragma once

#include <QLoggingCategory>

//! The UI's logging category ("density.ui"): load timings, restored state. Never a token.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
