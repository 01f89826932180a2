#pragma once

#include "core/Clock.h"
#include "health/NodeReport.h"
#include "overview/SparklineSource.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

namespace fleetscope {

class TimeSeriesStore;

// The overview: one row per broker of the fleet, or one per cluster (ClusterSummary), with its state,
// the four numbers and the age of its data. Each cell offers the formatted text (DisplayRole), the
// number behind it (RawValueRole, for sorting) and, for the disk and heap columns, the used fraction
// a bar delegate draws (FractionRole); lag, disk and heap cells carry their last hour (SparklineRole).
class OverviewTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SiteColumn, ClusterColumn, NodeColumn, StateColumn, RttColumn, LagColumn, LagSecondsColumn,
        DiskColumn, HeapColumn, MirrorColumn, UnderReplicatedColumn, AgeColumn, ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the number behind the text; sorts numerically
        SeverityRole,                    // int(Severity) of the row
        FractionRole,                    // disk and heap columns: used / total in [0, 1]
        StaleRole,                       // the row's data is old or its cluster unreachable: draw it grey
        SparklineRole,                   // lag, disk and heap columns: QList<float> in [0, 1], NaN = gap
    };
    enum class Mode { Brokers, Clusters };

    OverviewTableModel(const Clock &clock, QObject *parent = nullptr);
    ~OverviewTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // One row per broker or per cluster; switching rebuilds the rows from the last reports.
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    // The tags the filter box matches, per cluster: set once per fleet.
    void setClusterTags(QHash<QString, QStringList> tagsByCluster) { m_tags = std::move(tagsByCluster); }
    QStringList tags(const QString &cluster) const { return m_tags.value(cluster); }
    // Replaces the rows with a new set of per-broker reports (NodeReportBuilder); only rows whose
    // content changed emit dataChanged, for the columns that changed, one range per run of
    // neighbouring rows with the same changed columns. A row whose state or severity stays is not
    // re-sorted by the default (severity) sort, as its State column is not part of the range.
    void setReports(const QList<NodeReport> &brokerReports);
    // Ages move with time: refreshes the age column and the "last seen" of stale and absent rows.
    void refreshAges();

    // Where sparklines come from; null (the default) draws none.
    void setHistory(const TimeSeriesStore *store);
    // Once per tick: reads the sparklines of at most rowsPerTick rows (new rows first, then, round
    // robin, rows whose data moved on at least minRefreshMs ago, or whose lines are maxAgeMs old) and
    // emits dataChanged for those rows' lag..heap cells with SparklineRole only. The bound keeps a
    // tick cheap on a big fleet; a line covers an hour in 90 s steps, so a new sample moves it little.
    static constexpr int sparklineRowsPerTick = 100;
    static constexpr qint64 sparklineMinRefreshMs = 30'000;
    static constexpr qint64 sparklineMaxAgeMs = 120'000;
    void refreshSparklines();

    const NodeReport &report(int row) const { return m_rows.at(row).report; }
    // The row of a broker, or in cluster mode the row of its cluster (any nodeId); -1 if none.
    int rowOf(const QString &cluster, int nodeId) const;

private:
    struct Row
    {
        NodeReport report;
        Sparklines lines;
        qint64 linesForMs = -1; // the lastSeenMs the lines were read for
        qint64 linesAtMs = 0;   // when they were read
    };

    void applyRows(const QList<NodeReport> &reports);
    bool applyInPlace(const QList<NodeReport> &reports); // false if rows come, go or move
    void emitRowRanges(const QList<int> &rows, int firstColumn, int lastColumn, const QList<int> &roles);
    QString stateText(const NodeReport &r) const;
    QVariant display(const NodeReport &r, int column) const;
    QVariant raw(const NodeReport &r, int column) const;
    QVariant foreground(const NodeReport &r, int column) const;
    // The first and last column whose cells differ between two reports of one row; first > last if none.
    static std::pair<int, int> changedColumns(const NodeReport &a, const NodeReport &b);
    bool sparklineDue(const Row &row, qint64 nowMs) const;
    static QString keyOf(const NodeReport &r);

    const Clock &m_clock;
    Mode m_mode = Mode::Brokers;
    QList<NodeReport> m_brokerReports; // the last per-broker reports, for mode switches and sparklines
    QList<Row> m_rows;
    QHash<QString, int> m_rowByKey; // "cluster/node" (node -1 for a cluster row) -> row
    QHash<QString, QStringList> m_tags;
    std::unique_ptr<SparklineSource> m_sparklines;
    int m_sparklineCursor = 0; // where the round robin of refreshSparklines() goes on
};

} // namespace fleetscope
