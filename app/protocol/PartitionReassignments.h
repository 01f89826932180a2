#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace fleetscope {

// AlterPartitionReassignments (key 45, v0-1) and ListPartitionReassignments (key 46, v0), KIP-455.
// Both are flexible from v0. No librdkafka version has them. Any broker accepts them and forwards
// them to the active controller (KRaft), so they need no controller lookup.
// v1 of Alter (Kafka 4.0, KIP-860) adds AllowReplicationFactorChange, which we always set: changing
// the replication factor is what we use reassignments for.

// One partition's new replica list; empty `replicas` (nullopt) cancels the partition's pending
// reassignment. The first replica is the preferred leader.
struct PartitionReassignment
{
    qint32 partition = 0;
    std::optional<QList<qint32>> replicas;
};

struct TopicReassignment
{
    QString topic;
    QList<PartitionReassignment> partitions;
};

struct ReassignmentPartitionResult
{
    QString topic;
    qint32 partition = 0;
    qint16 errorCode = 0;
    QString errorMessage; // the broker's own words; empty when it sent none
};

struct AlterPartitionReassignmentsResponse
{
    qint32 throttleTimeMs = 0;
    bool allowReplicationFactorChange = true; // v1+; what the broker applied
    qint16 errorCode = 0;
    QString errorMessage;
    QList<ReassignmentPartitionResult> partitions;
};

// A reassignment the controller is still working on. `replicas` is the union of the old and the
// new assignment while it runs; adding and removing say which of them are on their way in or out.
struct OngoingReassignment
{
    QString topic;
    qint32 partition = 0;
    QList<qint32> replicas;
    QList<qint32> addingReplicas;
    QList<qint32> removingReplicas;
};

struct ListPartitionReassignmentsResponse
{
    qint32 throttleTimeMs = 0;
    qint16 errorCode = 0;
    QString errorMessage;
    QList<OngoingReassignment> ongoing;
};

// Which partitions of which topic a ListPartitionReassignments asks about.
struct TopicPartitions
{
    QString topic;
    QList<qint32> partitions;
};

class PartitionReassignments final
{
public:
    static constexpr qint16 kAlterMinVersion = 0;
    static constexpr qint16 kAlterMaxVersion = 1;
    static constexpr qint16 kListMinVersion = 0;
    static constexpr qint16 kListMaxVersion = 0;

    // Fails only for names longer than the wire allows (Kafka's own limit is 249 characters).
    static Result<QByteArray> encodeAlterRequest(
        const QList<TopicReassignment> &topics, qint32 timeoutMs, qint16 version);
    static Result<AlterPartitionReassignmentsResponse> decodeAlterResponse(
        const QByteArray &body, qint16 version);

    // nullopt: every ongoing reassignment of the cluster.
    static Result<QByteArray> encodeListRequest(
        const std::optional<QList<TopicPartitions>> &topics, qint32 timeoutMs, qint16 version);
    static Result<ListPartitionReassignmentsResponse> decodeListResponse(
        const QByteArray &body, qint16 version);

    // The broker's side, for codec tests.
    static QByteArray encodeAlterResponse(const AlterPartitionReassignmentsResponse &response, qint16 version);
    static QByteArray encodeListResponse(const ListPartitionReassignmentsResponse &response, qint16 version);
};

} // namespace fleetscope
