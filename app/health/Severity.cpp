#include "health/Severity.h"

#include <QCoreApplication>

namespace fleetscope {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Healthy:
        return QCoreApplication::translate("Severity", "healthy");
    case Severity::Warning:
        return QCoreApplication::translate("Severity", "warning");
    case Severity::Critical:
        return QCoreApplication::translate("Severity", "critical");
    }
    return {};
}

} // namespace fleetscope
