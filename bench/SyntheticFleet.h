#pragma once

#include "collect/ClusterSnapshot.h"
#include "fleet/Fleet.h"

#include <QString>

namespace fleetscope::bench {

// A made-up fleet for the overview and start-up benchmarks: `clusters` edge sites with one cluster of
// `brokers` brokers each, all polled every 10 s, and plausible snapshots for them. Nothing here
// talks to a broker; the numbers move a little with every poll, like a live fleet's.
struct SyntheticFleet
{
    static constexpr qint64 pollMs = 10'000;

    int clusters = 1000;
    int brokers = 3;

    Fleet fleet() const;
    // The fleet file of fleet(), with addresses where nothing listens (127.0.0.1:9).
    QString yaml() const;
    // Poll number `poll` of cluster number `cluster` at time t.
    ClusterSnapshot snapshot(int cluster, qint64 t, int poll) const;

    static QString clusterName(int cluster);
    static QString siteName(int cluster);
    static QString tagOf(int cluster);
};

} // namespace fleetscope::bench
