#include "uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "density.ui", QtInfoMsg)
