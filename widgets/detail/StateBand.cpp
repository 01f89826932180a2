#include "detail/StateBand.h"

#include <cmath>

namespace fleetscope {

QList<StateBand::Run> StateBand::runs(const SeriesRange &state, qint64 fromMs, qint64 toMs, double upAtLeast)
{
    QList<Run> out;
    auto add = [&](State s, qint64 from, qint64 to) {
        from = std::max(from, fromMs);
        to = std::min(to, toMs);
        if (to <= from)
            return;
        if (!out.isEmpty() && out.last().state == s && out.last().toMs >= from)
            out.last().toMs = to;
        else
            out.append(Run{s, from, to});
    };
    qint64 covered = fromMs;
    for (std::size_t i = 0; i < state.size(); ++i) {
        const qint64 start = state.t[i];
        const qint64 end = start + state.bucketMs;
        add(Unknown, covered, start);
        const State s = std::isnan(state.avg[i]) ? Unknown : state.min[i] >= upAtLeast ? Up : Down;
        add(s, start, end);
        covered = std::max(covered, end);
    }
    add(Unknown, covered, toMs);
    return out;
}

} // namespace fleetscope
