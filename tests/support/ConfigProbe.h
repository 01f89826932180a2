#pragma once

#include "fleet/Fleet.h"
#include "protocol/Configs.h"

#include <QString>

#include <optional>

namespace fleetscope::test {

// Reads configuration straight from the test fleet's brokers, for tests that check what a change did.
class ConfigProbe final
{
public:
    // "tst-<stem>-<now in ms>": a topic name no earlier run used.
    static QString uniqueTopic(const QString &stem);
    // The key's value on the resource as DescribeConfigs reports it now; a "(…)" text says why there is
    // none (describe failed, no such key), so that a comparison with a real value fails readably.
    static std::optional<QString> value(const Fleet &fleet, const QString &cluster, const ConfigResource &resource,
                                        const QString &key);
    // The value the resource sets itself (topic config, dynamic broker, dynamic default), or nullopt
    // when it inherits the key; "(describe failed)" when the cluster did not answer.
    static std::optional<QString> ownValue(const Fleet &fleet, const QString &cluster, const ConfigResource &resource,
                                           const QString &key);
};

} // namespace fleetscope::test
