#pragma once

#include <QLoggingCategory>

// The metrics module's own category, declared here so that core/Logging.h stays owned by core.
// Enable with QT_LOGGING_RULES="fleetscope.metrics.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcMetrics)
