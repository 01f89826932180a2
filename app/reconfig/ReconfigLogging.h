#pragma once

#include <QLoggingCategory>

// The reconfig module's own category. Enable with QT_LOGGING_RULES="fleetscope.reconfig.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcReconfig)
