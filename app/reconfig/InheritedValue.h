#pragma once

#include "protocol/Configs.h"

#include <optional>

namespace fleetscope {

// What a key falls back to when it is removed at a resource's own level (the CLI's `key=`, the
// form's "Reset to inherited"): the next source in the key's DescribeConfigs synonyms. Kafka names
// some synonyms in other units (log.retention.hours for retention.ms); their values come back in the
// key's own unit. nullopt when the broker listed no further source (it does not for a topic's
// retention.ms): then only the broker knows, and the value shows after the change is read back.
class InheritedValue final
{
public:
    static std::optional<ConfigSynonym> of(const ConfigEntry &entry, ConfigSource own);
};

} // namespace fleetscope
