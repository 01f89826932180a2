// The Kafka response decoders: the first byte picks the version, the rest is the response body
// (what follows the response header). Decoders with an encoder are checked for a stable round trip.
#include "FuzzTargets.h"

#include "protocol/ApiVersions.h"
#include "protocol/DescribeConfigs.h"
#include "protocol/DescribeLogDirs.h"
#include "protocol/GroupOffsets.h"
#include "protocol/IncrementalAlterConfigs.h"
#include "protocol/MetadataBrokers.h"
#include "protocol/PartitionReassignments.h"
#include "protocol/SaslMessages.h"

namespace fleetscope::fuzz {

namespace {

QByteArray bytes(QByteArrayView data)
{
    return data.toByteArray();
}

// What was decoded encodes to bytes that decode again, and encode to the same bytes once more.
template <typename Decode, typename Encode>
void requireStableRoundTrip(QByteArrayView data, Decode decode, Encode encode)
{
    const auto first = decode(bytes(data));
    if (!first)
        return;
    const QByteArray encoded = encode(*first);
    const auto second = decode(encoded);
    require(bool(second), "the encoding of a decoded response decodes");
    require(encode(*second) == encoded, "decode(encode(response)) encodes to the same bytes");
}

} // namespace

void apiVersions(QByteArrayView data)
{
    const auto version = qint16(takeChoice(data, 0, ApiVersions::kMaxVersion));
    requireStableRoundTrip(
        data, [&](const QByteArray &body) { return ApiVersions::decodeResponse(body, version); },
        [&](const ApiVersionsResponse &r) { return ApiVersions::encodeResponse(r, version); });
}

void describeLogDirs(QByteArrayView data)
{
    const auto version = qint16(takeChoice(data, DescribeLogDirs::kMinVersion, DescribeLogDirs::kMaxVersion));
    requireStableRoundTrip(
        data, [&](const QByteArray &body) { return DescribeLogDirs::decodeResponse(body, version); },
        [&](const DescribeLogDirsResponse &r) { return DescribeLogDirs::encodeResponse(r, version); });
}

void describeConfigs(QByteArrayView data)
{
    const auto version = qint16(takeChoice(data, DescribeConfigs::kMinVersion, DescribeConfigs::kMaxVersion));
    requireStableRoundTrip(
        data, [&](const QByteArray &body) { return DescribeConfigs::decodeResponse(body, version); },
        [&](const DescribeConfigsResponse &r) { return DescribeConfigs::encodeResponse(r, version); });
}

void incrementalAlterConfigs(QByteArrayView data)
{
    const auto version = qint16(
        takeChoice(data, IncrementalAlterConfigs::kMinVersion, IncrementalAlterConfigs::kMaxVersion));
    requireStableRoundTrip(
        data, [&](const QByteArray &body) { return IncrementalAlterConfigs::decodeResponse(body, version); },
        [&](const IncrementalAlterConfigsResponse &r) {
            return IncrementalAlterConfigs::encodeResponse(r, version);
        });
}

void listGroups(QByteArrayView data)
{
    const auto version = qint16(takeChoice(data, 0, 4));
    const Result<QList<ListedGroup>> groups = GroupOffsetsCodec::decodeListGroupsResponse(bytes(data), version);
    if (groups)
        for (const ListedGroup &group : *groups)
            require(!group.groupId.isNull(), "a listed group has an id");
}

void offsetFetch(QByteArrayView data)
{
    const Result<QList<GroupOffsets>> groups = GroupOffsetsCodec::decodeOffsetFetchResponse(bytes(data));
    if (groups)
        for (const GroupOffsets &group : *groups)
            for (const CommittedOffset &offset : group.offsets)
                require(!offset.topic.isNull(), "a committed offset names its topic");
}

void alterPartitionReassignments(QByteArrayView data)
{
    const auto version = qint16(takeChoice(
        data, PartitionReassignments::kAlterMinVersion, PartitionReassignments::kAlterMaxVersion));
    requireStableRoundTrip(
        data, [&](const QByteArray &body) { return PartitionReassignments::decodeAlterResponse(body, version); },
        [&](const AlterPartitionReassignmentsResponse &r) {
            return PartitionReassignments::encodeAlterResponse(r, version);
        });
}

void listPartitionReassignments(QByteArrayView data)
{
    const auto version = qint16(
        takeChoice(data, PartitionReassignments::kListMinVersion, PartitionReassignments::kListMaxVersion));
    requireStableRoundTrip(
        data, [&](const QByteArray &body) { return PartitionReassignments::decodeListResponse(body, version); },
        [&](const ListPartitionReassignmentsResponse &r) {
            return PartitionReassignments::encodeListResponse(r, version);
        });
}

void metadata(QByteArrayView data)
{
    const auto version = qint16(takeChoice(data, MetadataBrokers::kMinVersion, MetadataBrokers::kMaxVersion));
    requireStableRoundTrip(
        data, [&](const QByteArray &body) { return MetadataBrokers::decodeResponse(body, version); },
        [&](const QList<BrokerRack> &brokers) { return MetadataBrokers::encodeResponse(brokers, version); });
}

void saslHandshake(QByteArrayView data)
{
    const Result<SaslHandshakeResponse> response = SaslMessages::decodeHandshake(bytes(data));
    if (response)
        for (const QString &mechanism : response->enabledMechanisms)
            require(!mechanism.isNull(), "a mechanism has a name");
}

void saslAuthenticate(QByteArrayView data)
{
    const auto version = qint16(
        takeChoice(data, SaslMessages::kAuthenticateMinVersion, SaslMessages::kAuthenticateMaxVersion));
    const Result<SaslAuthenticateResponse> response = SaslMessages::decodeAuthenticate(bytes(data), version);
    if (response)
        require(response->authBytes.size() <= data.size(), "the auth bytes come from the input");
}

} // namespace fleetscope::fuzz
