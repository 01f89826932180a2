#pragma once

#include <QLoggingCategory>

// The protocol module's own category, kept here so that core/Logging stays untouched by this module.
// Enable with QT_LOGGING_RULES="fleetscope.protocol.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcProtocol)
