#include "reconfig/ReconfigLogging.h"

Q_LOGGING_CATEGORY(lcReconfig, "fleetscope.reconfig", QtInfoMsg)
