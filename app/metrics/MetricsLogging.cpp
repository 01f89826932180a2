#include "metrics/MetricsLogging.h"

Q_LOGGING_CATEGORY(lcMetrics, "fleetscope.metrics", QtInfoMsg)
