#pragma once

#include "health/NodeReport.h"
#include "kiosk/KioskTile.h"

#include <QHash>

namespace fleetscope {

// Turns the judged broker reports into one tile per site: picks the worst of HealthJudge's findings (site unreachable over
// broker down over disk critical ... over the highest disk use of a healthy site) and says it with
// its numbers. Remembers when each cluster last answered and each broker was last up, so that an
// outage can say "last seen 4 min ago".
class KioskTileBuilder final
{
public:
    // Sites in the order of their first report (the fleet file's order).
    QList<KioskTile> build(const QList<NodeReport> &reports, qint64 nowMs);

private:
    struct Finding;
    void remember(const NodeReport &report);
    void clusterFindings(const QList<const NodeReport *> &cluster, qint64 nowMs, QList<Finding> &out) const;
    void brokerFindings(const NodeReport &report, qint64 nowMs, QList<Finding> &out) const;
    KioskTile tileFor(const QString &site, const QList<const NodeReport *> &reports, qint64 nowMs) const;
    QString lastSeen(qint64 atMs, qint64 nowMs) const;

    QHash<QString, qint64> m_lastReachableMs; // by cluster
    QHash<QString, qint64> m_lastUpMs;        // by "cluster/node"
};

} // namespace fleetscope
