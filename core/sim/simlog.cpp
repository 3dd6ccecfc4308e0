#include "simlog.h"

Q_LOGGING_CATEGORY(lcDensitySim, "density.sim", QtInfoMsg)
