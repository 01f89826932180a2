#pragma once

#include "history/SeriesRange.h"

#include <QList>
#include <QString>

#include <optional>

namespace fleetscope {

// A series with the name it is shown under (a consumer group).
struct NamedRange
{
    QString name;
    SeriesRange range;
};

// The consumer groups a lag panel shows: the topN with the largest current lag, each as it is, and
// the rest folded into one "others" series. In messages the others are summed (so the lines add up
// to the cluster's total); lag in seconds does not add up, so there the others show their worst.
class LagRanking final
{
public:
    enum class Fold
    {
        Sum,
        Worst,
    };

    struct Result
    {
        QList<NamedRange> top;         // largest current value first
        std::optional<SeriesRange> others; // empty when nothing is left over
    };

    static Result rank(QList<NamedRange> series, int topN, Fold fold);

    // The newest bucket's average that is not a gap; NaN when the range holds none.
    static double newest(const SeriesRange &range);
    // Start of the newest bucket that is not a gap.
    static std::optional<qint64> newestTime(const SeriesRange &range);

private:
    static SeriesRange fold(const QList<NamedRange> &rest, Fold fold);
};

} // namespace fleetscope
