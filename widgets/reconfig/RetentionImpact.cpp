#include "reconfig/RetentionImpact.h"

#include "format/Formatter.h"
#include "reconfig/CommonConfigKeys.h"

#include <QCoreApplication>

#include <algorithm>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RetentionImpact", text);
}

// Kafka's -1 (and anything unreadable) is "no limit".
std::optional<qint64> limitOf(const std::optional<QString> &value)
{
    if (!value)
        return std::nullopt;
    bool ok = false;
    const qint64 number = value->toLongLong(&ok);
    if (!ok || number < 0)
        return std::nullopt;
    return number;
}

bool concerns(const ConfigTarget &target, const BrokerStatus &broker)
{
    const ConfigResource &resource = target.resource;
    if (resource.type == ConfigResourceType::Broker && !resource.isClusterDefault())
        return QString::number(broker.nodeId) == resource.name;
    return true;
}

struct Sizes
{
    qint64 data = 0;
    qint64 usable = 0;
    bool hasDisk = false;
    bool hasUsable = false;
    QList<qint64> partitions;
};

Sizes sizesOf(const ConfigTarget &target, const ClusterSnapshot &snapshot)
{
    Sizes sizes;
    const bool topic = target.resource.type == ConfigResourceType::Topic;
    for (const BrokerStatus &broker : snapshot.brokers) {
        if (!broker.disk || !concerns(target, broker))
            continue;
        sizes.hasDisk = true;
        for (const LogDir &dir : broker.disk->logDirs) {
            if (!dir.isOnline())
                continue;
            if (dir.usableBytes) {
                sizes.usable += *dir.usableBytes;
                sizes.hasUsable = true;
            }
            for (const LogDirTopic &logTopic : dir.topics) {
                if (topic && logTopic.name != target.resource.name)
                    continue;
                for (const LogDirPartition &partition : logTopic.partitions) {
                    sizes.data += partition.sizeBytes;
                    sizes.partitions.append(partition.sizeBytes);
                }
            }
        }
    }
    return sizes;
}

} // namespace

DiskFacts DiskFacts::fromSnapshots(const ConfigTarget &target, const ClusterSnapshot *latest,
                                   const ClusterSnapshot *previous)
{
    DiskFacts facts;
    if (!latest)
        return facts;
    const Sizes now = sizesOf(target, *latest);
    facts.sampledAtMs = latest->sampledAtMs;
    if (!now.hasDisk)
        return facts;
    facts.dataBytes = now.data;
    facts.partitionBytes = now.partitions;
    if (now.hasUsable)
        facts.usableBytes = now.usable;
    if (previous && previous->sampledAtMs < latest->sampledAtMs) {
        const Sizes before = sizesOf(target, *previous);
        if (before.hasDisk) {
            const double seconds = double(latest->sampledAtMs - previous->sampledAtMs) / 1000.0;
            facts.ingressPerSecond = std::max(0.0, double(now.data - before.data) / seconds);
        }
    }
    return facts;
}

RetentionImpact RetentionImpact::assess(const QString &key, const std::optional<QString> &oldValue,
                                        const std::optional<QString> &newValue, const DiskFacts &facts)
{
    RetentionImpact impact;
    const std::optional<qint64> oldLimit = limitOf(oldValue);
    const std::optional<qint64> newLimit = limitOf(newValue);
    // A limit replacing "unlimited", or a smaller limit, lets Kafka delete what is now past it.
    impact.shortens = newLimit && (!oldLimit || *newLimit < *oldLimit);
    impact.basis = facts.ingressPerSecond
        ? tr("Estimated from the log sizes the brokers reported in the last two polls: ingress %1/s "
             "(all replicas), data now %2.")
              .arg(Formatter::bytes(qint64(*facts.ingressPerSecond)),
                   facts.dataBytes ? Formatter::bytes(*facts.dataBytes) : Formatter::none())
        : tr("Ingress is not known yet (it needs two polls with disk sizes).");

    if (CommonConfigKeys::isRetentionTime(key)) {
        if (newLimit && facts.ingressPerSecond && facts.usableBytes) {
            const double needed = *facts.ingressPerSecond * (double(*newLimit) / 1000.0);
            const double room = double(*facts.usableBytes) + double(facts.dataBytes.value_or(0));
            if (needed > room)
                impact.fitWarning = tr("At the current ingress of %1/s, %2 of retention needs about %3, but only "
                                       "%4 is usable (free space plus what the data takes now).")
                                        .arg(Formatter::bytes(qint64(*facts.ingressPerSecond)),
                                             Formatter::duration(*newLimit), Formatter::bytes(qint64(needed)),
                                             Formatter::bytes(qint64(room)));
        } else if (!newLimit && facts.ingressPerSecond && *facts.ingressPerSecond > 0 && facts.usableBytes) {
            impact.fitWarning = tr("Unlimited retention at the current ingress of %1/s fills the %2 still "
                                   "usable in about %3.")
                                    .arg(Formatter::bytes(qint64(*facts.ingressPerSecond)),
                                         Formatter::bytes(*facts.usableBytes),
                                         Formatter::duration(qint64(double(*facts.usableBytes)
                                                                    / *facts.ingressPerSecond * 1000.0)));
        }
        if (impact.shortens && facts.dataBytes) {
            if (facts.ingressPerSecond)
                impact.deletedBytes = std::max<qint64>(
                    0, *facts.dataBytes - qint64(*facts.ingressPerSecond * (double(*newLimit) / 1000.0)));
            else if (oldLimit && *oldLimit > 0)
                impact.deletedBytes = qint64(double(*facts.dataBytes) * (1.0 - double(*newLimit) / double(*oldLimit)));
        }
    } else if (CommonConfigKeys::isRetentionSize(key)) {
        if (impact.shortens && !facts.partitionBytes.isEmpty()) {
            qint64 deleted = 0; // retention.bytes counts per partition replica
            for (qint64 size : facts.partitionBytes)
                deleted += std::max<qint64>(0, size - *newLimit);
            impact.deletedBytes = deleted;
        }
    }
    if (impact.shortens)
        impact.deletionText = impact.deletedBytes
            ? tr("The shorter limit deletes about %1 of existing data (all replicas) at the next cleanup.")
                  .arg(Formatter::bytes(*impact.deletedBytes))
            : tr("The shorter limit may delete existing data; how much is not known (no disk sizes yet).");
    return impact;
}

} // namespace fleetscope
