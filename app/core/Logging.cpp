#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcFleet, "fleetscope.fleet", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKafka, "fleetscope.kafka", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCollect, "fleetscope.collect", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "fleetscope.gui", QtInfoMsg)
