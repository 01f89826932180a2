#pragma once

#include <QLoggingCategory>

// One logging category per module; enable with QT_LOGGING_RULES="fleetscope.kafka.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcFleet)
Q_DECLARE_LOGGING_CATEGORY(lcKafka)
Q_DECLARE_LOGGING_CATEGORY(lcCollect)
Q_DECLARE_LOGGING_CATEGORY(lcGui)
