#pragma once

#include <QString>

namespace fleetscope {

// Ordered: a worse state compares greater. The check command's exit code is the worst one's value
// (0 healthy, 1 warning, 2 critical or unreachable).
enum class Severity { Healthy = 0, Warning = 1, Critical = 2 };

QString severityName(Severity severity);

inline Severity worst(Severity a, Severity b)
{
    return a > b ? a : b;
}

} // namespace fleetscope
