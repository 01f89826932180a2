#pragma once

#include "history/SeriesRange.h"

#include <QList>

namespace fleetscope {

// The link state over time as runs of up, down and unknown, for the coloured band behind the
// round-trip line. A bucket is down when any sample in it was down (its min), up when all were up,
// and unknown when it holds no sample: not measured never reads as up.
class StateBand final
{
public:
    enum State
    {
        Up,
        Down,
        Unknown,
        StateCount
    };

    struct Run
    {
        State state = Unknown;
        qint64 fromMs = 0;
        qint64 toMs = 0;
    };

    // Runs covering [fromMs, toMs) in order; upAtLeast: the smallest value that counts as up.
    static QList<Run> runs(const SeriesRange &state, qint64 fromMs, qint64 toMs, double upAtLeast = 0.5);
};

} // namespace fleetscope
