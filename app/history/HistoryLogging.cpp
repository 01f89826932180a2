#include "history/HistoryLogging.h"

Q_LOGGING_CATEGORY(lcHistory, "fleetscope.history", QtInfoMsg)
