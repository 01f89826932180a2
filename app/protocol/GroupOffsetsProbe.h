#pragma once

#include "core/Result.h"
#include "protocol/GroupOffsets.h"

namespace fleetscope {

class BrokerChannel;

// The groups one broker coordinates, each with its committed offsets (or the error that kept them).
struct CoordinatedGroup
{
    ListedGroup listing;
    GroupOffsets offsets;
};

class GroupOffsetsProbe final
{
public:
    // ListGroups, then one OffsetFetch for all of them, over a channel that is already open.
    static Result<QList<CoordinatedGroup>> fetch(BrokerChannel &channel, int timeoutMs);
};

} // namespace fleetscope
