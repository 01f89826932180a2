# Sources of the protocol module, added to fleetscope_core (owned by this module).
# A small Kafka codec of our own for the APIs librdkafka lacks (ApiVersions, DescribeLogDirs, ...).
target_sources(fleetscope_core PRIVATE
    protocol/ProtocolLogging.h protocol/ProtocolLogging.cpp
    protocol/ApiKey.h protocol/ApiKey.cpp
    protocol/KafkaErrorCode.h protocol/KafkaErrorCode.cpp
    protocol/ByteWriter.h protocol/ByteWriter.cpp
    protocol/ByteReader.h protocol/ByteReader.cpp
    protocol/Transport.h
    protocol/TcpTransport.h protocol/TcpTransport.cpp
    protocol/SecuritySettings.h protocol/SecuritySettings.cpp
    protocol/TlsTransport.h protocol/TlsTransport.cpp
    protocol/ScramClient.h protocol/ScramClient.cpp
    protocol/SaslMessages.h protocol/SaslMessages.cpp
    protocol/SaslAuthenticator.h protocol/SaslAuthenticator.cpp
    protocol/BrokerChannel.h protocol/BrokerChannel.cpp
    protocol/ApiVersions.h protocol/ApiVersions.cpp
    protocol/LogDirs.h
    protocol/DescribeLogDirs.h protocol/DescribeLogDirs.cpp
    protocol/LogDirsProbe.h protocol/LogDirsProbe.cpp
    protocol/GroupOffsets.h protocol/GroupOffsets.cpp
    protocol/GroupOffsetsProbe.h protocol/GroupOffsetsProbe.cpp
    protocol/VersionedWire.h
    protocol/Configs.h protocol/Configs.cpp
    protocol/DescribeConfigs.h protocol/DescribeConfigs.cpp
    protocol/IncrementalAlterConfigs.h protocol/IncrementalAlterConfigs.cpp
    protocol/ConfigsClient.h protocol/ConfigsClient.cpp
    protocol/PartitionReassignments.h protocol/PartitionReassignments.cpp
    protocol/MetadataBrokers.h protocol/MetadataBrokers.cpp
)
