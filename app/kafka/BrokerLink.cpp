#include "kafka/BrokerLink.h"

#include <QCoreApplication>

namespace fleetscope {

QString linkStateName(LinkState state)
{
    switch (state) {
    case LinkState::Unknown:
        return QCoreApplication::translate("LinkState", "unknown");
    case LinkState::Connecting:
        return QCoreApplication::translate("LinkState", "connecting");
    case LinkState::Up:
        return QCoreApplication::translate("LinkState", "up");
    case LinkState::Down:
        return QCoreApplication::translate("LinkState", "down");
    }
    return {};
}

} // namespace fleetscope
