#pragma once

#include "core/Result.h"
#include "lag/ConsumerLag.h"
#include "mirror/MirrorHeartbeat.h"

#include <QMap>

#include <memory>

namespace fleetscope {

class KafkaConnection;

// Reads the newest record of a "<alias>.heartbeats" topic on a central cluster: one fetch from the
// end offset minus one of each partition, never a scan. Runs on a poll's worker thread.
class HeartbeatReader final
{
public:
    HeartbeatReader(QString clusterName, QMap<QString, QString> properties);
    ~HeartbeatReader();
    Q_DISABLE_COPY_MOVE(HeartbeatReader)

    static QString topicFor(const QString &alias) { return alias + QStringLiteral(".heartbeats"); }

    // endOffsets: the central cluster's end offsets from the same poll.
    Result<MirrorHeartbeat> newest(const QString &alias, const QHash<TopicPartition, qint64> &endOffsets,
                                   int timeoutMs);

private:
    QString m_clusterName;
    QMap<QString, QString> m_properties;
    std::unique_ptr<KafkaConnection> m_consumer;
};

} // namespace fleetscope
