#include "protocol/ProtocolLogging.h"

Q_LOGGING_CATEGORY(lcProtocol, "fleetscope.protocol", QtInfoMsg)
