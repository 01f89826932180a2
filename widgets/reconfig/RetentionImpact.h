#pragma once

#include "collect/ClusterSnapshot.h"
#include "reconfig/ConfigTarget.h"

#include <QList>
#include <QString>

#include <optional>

namespace fleetscope {

// What the newest polls say about a target's disk: the form's inputs for "will it fit" and "how much
// will this delete". An estimate, and it says so: ingress is the growth of the target's log size
// between the last two polls (all replicas), so it is unknown after a single poll and reads low while
// old segments are being deleted.
struct DiskFacts
{
    std::optional<qint64> dataBytes;      // the target's log size now, all replicas (topic, or a broker's logs)
    QList<qint64> partitionBytes;         // per replica, for retention.bytes (which counts per partition)
    std::optional<qint64> usableBytes;    // free space Kafka may still use, over the brokers concerned
    std::optional<double> ingressPerSecond; // bytes per second, all replicas
    qint64 sampledAtMs = 0;

    // latest: the cluster's newest snapshot; previous: the one before (may be null).
    static DiskFacts fromSnapshots(const ConfigTarget &target, const ClusterSnapshot *latest,
                                   const ClusterSnapshot *previous);
};

// The consequences of one retention change, in words for the form.
struct RetentionImpact
{
    QString fitWarning;   // non-empty: the retention asked for cannot fit the usable disk at this ingress
    bool shortens = false; // the new limit is below the old one: data may be deleted, needs a confirmation
    std::optional<qint64> deletedBytes; // about how much, when it can be estimated
    QString deletionText; // "Deletes about 1.2 GB …", or why the amount is unknown
    QString basis;        // how the numbers were estimated

    bool isEmpty() const { return fitWarning.isEmpty() && !shortens; }

    // key: a retention key (time or size); values in Kafka's form ("172800000", "-1"), nullopt unknown.
    static RetentionImpact assess(const QString &key, const std::optional<QString> &oldValue,
                                  const std::optional<QString> &newValue, const DiskFacts &facts);
};

} // namespace fleetscope
