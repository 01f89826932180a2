#include "mirror/MirrorLinkEvaluator.h"

#include <QCoreApplication>
#include <QSet>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MirrorLinkEvaluator", text);
}

// Topics MirrorMaker 2 itself keeps on the edge: not data anybody mirrors.
bool isMirrorable(const QString &topic)
{
    return !topic.startsWith(QLatin1String("__")) && !topic.startsWith(QLatin1String("mm2-"))
        && topic != QLatin1String("heartbeats") && !topic.endsWith(QLatin1String(".heartbeats"))
        && !topic.endsWith(QLatin1String(".checkpoints.internal")) && !topic.endsWith(QLatin1String(".internal"));
}

} // namespace

MirrorLinkStatus MirrorLinkEvaluator::evaluate(const ClusterConfig &edge, const ClusterSnapshot &edgeSnapshot,
                                               const ClusterSnapshot *central, qint64 nowMs)
{
    MirrorLinkStatus status;
    if (!edge.mirror)
        return status;
    status.alias = edge.mirror->alias;
    status.intoCluster = edge.mirror->intoCluster;
    if (!central) {
        status.detail = tr("central cluster \"%1\" not polled yet").arg(status.intoCluster);
        return status;
    }
    if (!central->reachable) {
        status.detail = tr("central cluster \"%1\" is unreachable").arg(status.intoCluster);
        return status;
    }

    const auto sample = central->heartbeats.constFind(status.alias);
    if (sample == central->heartbeats.cend() || !sample->heartbeat) {
        status.state = MirrorLinkState::Down;
        status.detail = sample == central->heartbeats.cend() ? tr("no heartbeats read yet") : sample->error;
    } else {
        status.heartbeatAgeMs = std::max<qint64>(0, nowMs - sample->heartbeat->timestampMs);
        status.state = *status.heartbeatAgeMs > MirrorLinkStatus::degradedAfterMs ? MirrorLinkState::Degraded
                                                                                 : MirrorLinkState::Up;
    }

    if (edgeSnapshot.reachable && !edgeSnapshot.lag.endOffsets.isEmpty()) {
        qint64 lag = 0;
        QSet<QString> topics;
        const QString prefix = status.alias + QLatin1Char('.');
        for (auto it = edgeSnapshot.lag.endOffsets.cbegin(); it != edgeSnapshot.lag.endOffsets.cend(); ++it) {
            if (!isMirrorable(it.key().topic))
                continue;
            const auto mirrored = central->lag.endOffsets.constFind({prefix + it.key().topic, it.key().partition});
            if (mirrored == central->lag.endOffsets.cend())
                continue; // not (yet) mirrored: MirrorMaker 2 creates the topic on its next refresh
            topics.insert(it.key().topic);
            lag += std::max<qint64>(0, it.value() - mirrored.value());
        }
        status.mirroredTopics = int(topics.size());
        if (!topics.isEmpty())
            status.offsetLag = lag;
    }
    return status;
}

} // namespace fleetscope
