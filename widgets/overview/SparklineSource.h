#pragma once

#include "health/NodeReport.h"

#include <QList>

namespace fleetscope {

class TimeSeriesStore;

// The recent history of one overview row as three small lines, each value in [0, 1] and NaN where
// nothing was measured (a gap stays a gap): lag (scaled to its own peak), disk used of total and
// heap used of max (both on a fixed 0..100 % scale, so a flat line means a flat disk).
struct Sparklines
{
    QList<float> lag;
    QList<float> disk;
    QList<float> heap;

    bool operator==(const Sparklines &) const = default;
};

// Reads those lines from the history store: a handful of range queries per row, reduced by the
// store to `points` buckets. The overview calls it once per row and tick at most, never per paint.
class SparklineSource final
{
public:
    static constexpr qint64 defaultWindowMs = 3'600'000; // the last hour
    static constexpr int defaultPoints = 40;

    explicit SparklineSource(const TimeSeriesStore &store, qint64 windowMs = defaultWindowMs, int points = defaultPoints);

    // row: a broker, or a cluster (nodeId -1) whose brokers are given; disk and heap then show the
    // fullest broker at each point in time, lag the cluster's total.
    Sparklines linesFor(const NodeReport &row, const QList<const NodeReport *> &brokers, qint64 nowMs) const;

private:
    // The series' bucket averages over the window, each divided by `scale`; empty if none stored.
    QList<float> line(const QString &key, double scale, qint64 nowMs) const;
    // Element-wise maximum of lines of the same length (NaN only where all are NaN).
    static QList<float> highest(const QList<QList<float>> &lines);
    static void scaleToPeak(QList<float> &line);

    const TimeSeriesStore &m_store;
    qint64 m_windowMs;
    int m_points;
};

} // namespace fleetscope
