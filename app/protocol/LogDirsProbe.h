#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "kafka/ClusterMetadata.h"
#include "protocol/BrokerChannel.h"
#include "protocol/LogDirs.h"

namespace fleetscope {

// Asks one broker for its log directories: connect, negotiate, DescribeLogDirs for all topics at the
// highest version both sides know, close. Blocking; meant for a worker thread. DescribeLogDirs has to
// go to every broker (each answers only for its own disks), which a collector does in parallel:
// probe() is const and each call makes its own channel, so one probe may serve several threads.
class LogDirsProbe final
{
public:
    explicit LogDirsProbe(const Clock &clock, BrokerChannel::Options options = {});

    // A fresh connection for this one request; timeoutMs covers connecting, negotiating and asking.
    Result<BrokerLogDirs> probe(const BrokerAddress &broker, int timeoutMs) const;
    // Over a channel that is already open (e.g. one kept per broker between polls).
    Result<BrokerLogDirs> probe(BrokerChannel &channel, int nodeId, int timeoutMs) const;

private:
    const Clock &m_clock;
    BrokerChannel::Options m_options;
};

} // namespace fleetscope
