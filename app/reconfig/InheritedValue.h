#pragma once

#include "protocol/Configs.h"

#include <optional>

namespace fleetscope {

// What a key falls back to when it is removed at a resource's own level (the CLI's `key=`, the
// form's "Reset to inherited"): the next source in the key's DescribeConfigs synonyms. Kafka names
// some synonyms in other units (log.retention.hours for retention.ms); their values come back in the
// key's own unit. nullopt when the broker listed no further source.
class InheritedValue final
{
public:
    static std::optional<ConfigSynonym> of(const ConfigEntry &entry, ConfigSource own);
    // For the topic keys whose broker synonyms Kafka leaves out of a topic's DescribeConfigs
    // (retention.ms, segment.ms): the broker's own value of the first synonym that has one, from
    // `broker` (a DescribeConfigs of a broker). nullopt for other keys or when none has a value.
    static std::optional<ConfigSynonym> fromBroker(const QString &topicKey, const ResourceConfigs &broker);
    // Whether fromBroker() knows the key.
    static bool hasBrokerSynonyms(const QString &topicKey);
};

} // namespace fleetscope
