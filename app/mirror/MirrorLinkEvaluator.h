#pragma once

#include "collect/ClusterSnapshot.h"
#include "fleet/Fleet.h"
#include "mirror/MirrorHeartbeat.h"

namespace fleetscope {

// Judges an edge cluster's MirrorMaker 2 link into central from the newest snapshots of both:
// the age of the newest heartbeat on central, and how far central's mirrored topics trail the
// edge's end offsets. Pure: everything it needs comes in as arguments.
class MirrorLinkEvaluator final
{
public:
    static MirrorLinkStatus evaluate(const ClusterConfig &edge, const ClusterSnapshot &edgeSnapshot,
                                     const ClusterSnapshot *centralSnapshot, qint64 nowMs);
};

} // namespace fleetscope
