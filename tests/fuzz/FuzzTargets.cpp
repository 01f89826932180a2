#include "FuzzTargets.h"

#include <array>
#include <cstdio>
#include <cstdlib>

namespace fleetscope::fuzz {

namespace {

constexpr std::array kTargets {
    Target { "apiversions", apiVersions },
    Target { "describelogdirs", describeLogDirs },
    Target { "describeconfigs", describeConfigs },
    Target { "incrementalalterconfigs", incrementalAlterConfigs },
    Target { "listgroups", listGroups },
    Target { "offsetfetch", offsetFetch },
    Target { "alterreassignments", alterPartitionReassignments },
    Target { "listreassignments", listPartitionReassignments },
    Target { "metadata", metadata },
    Target { "saslhandshake", saslHandshake },
    Target { "saslauthenticate", saslAuthenticate },
    Target { "scram", scramServer },
    Target { "brokerchannel", brokerChannel },
    Target { "httpresponse", httpResponse },
    Target { "prometheus", prometheusText },
    Target { "jvmheap", jvmHeap },
    Target { "statistics", statistics },
    Target { "heartbeat", mirrorHeartbeat },
    Target { "fleetfile", fleetFile },
    Target { "humanunits", humanUnits },
    Target { "journal", journal },
    Target { "valuecodec", valueCodec },
};

} // namespace

std::span<const Target> targets()
{
    return kTargets;
}

const Target *findTarget(std::string_view name)
{
    for (const Target &target : kTargets)
        if (name == target.name)
            return &target;
    return nullptr;
}

void require(bool holds, const char *what)
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz property violated: %s\n", what);
    std::abort();
}

int takeChoice(QByteArrayView &data, int low, int high)
{
    if (data.isEmpty() || high <= low)
        return low;
    const int choice = low + int(quint8(data.front())) % (high - low + 1);
    data = data.sliced(1);
    return choice;
}

} // namespace fleetscope::fuzz
