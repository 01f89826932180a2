#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace fleetscope {

// Value types of DescribeConfigs (32) and IncrementalAlterConfigs (44). Numbers are the wire's.

enum class ConfigResourceType : qint8 {
    Unknown = 0,
    Topic = 2,
    Broker = 4, // name = node id, or "" for the cluster-wide default of every broker
    BrokerLogger = 8,
};

struct ConfigResource
{
    ConfigResourceType type = ConfigResourceType::Unknown;
    QString name;

    static ConfigResource topic(const QString &name) { return {ConfigResourceType::Topic, name}; }
    static ConfigResource broker(int nodeId) { return {ConfigResourceType::Broker, QString::number(nodeId)}; }
    static ConfigResource clusterDefault() { return {ConfigResourceType::Broker, QString()}; }
    bool isClusterDefault() const { return type == ConfigResourceType::Broker && name.isEmpty(); }
    friend bool operator==(const ConfigResource &, const ConfigResource &) = default;
};

// Where a value comes from (DescribeConfigsResponse.ConfigSource).
enum class ConfigSource : qint8 {
    Unknown = 0,
    TopicConfig = 1,          // set on the topic
    DynamicBroker = 2,        // dynamic, this broker only
    DynamicDefaultBroker = 3, // dynamic, cluster-wide default
    StaticBroker = 4,         // server.properties
    Default = 5,              // Kafka's built-in default
    DynamicBrokerLogger = 6,
    ClientMetrics = 7,
    Group = 8,
};

// The declared type of a key (DescribeConfigs v3+).
enum class ConfigType : qint8 {
    Unknown = 0,
    Boolean = 1,
    String = 2,
    Int = 3,
    Short = 4,
    Long = 5,
    Double = 6,
    List = 7,
    Class = 8,
    Password = 9,
};

struct ConfigSynonym
{
    QString name;
    std::optional<QString> value;
    ConfigSource source = ConfigSource::Unknown;
};

struct ConfigEntry
{
    QString name;
    std::optional<QString> value; // null for sensitive keys, and for keys without a value
    bool readOnly = false;
    ConfigSource source = ConfigSource::Unknown;
    bool sensitive = false;
    // The values this key would have from each source, most specific first (the first is the value
    // in effect). Only when asked for with includeSynonyms.
    QList<ConfigSynonym> synonyms;
    ConfigType type = ConfigType::Unknown;
    std::optional<QString> documentation;
};

struct ResourceConfigs
{
    qint16 errorCode = 0;
    std::optional<QString> errorMessage;
    ConfigResource resource;
    QList<ConfigEntry> entries;

    const ConfigEntry *find(const QString &key) const
    {
        for (const ConfigEntry &entry : entries)
            if (entry.name == key)
                return &entry;
        return nullptr;
    }
};

struct DescribeConfigsRequest
{
    struct Item
    {
        ConfigResource resource;
        std::optional<QStringList> keys; // null: every key
    };
    QList<Item> resources;
    bool includeSynonyms = true;
    bool includeDocumentation = false;
};

struct DescribeConfigsResponse
{
    qint32 throttleTimeMs = 0;
    QList<ResourceConfigs> results;
};

enum class AlterConfigOp : qint8 { Set = 0, Delete = 1, Append = 2, Subtract = 3 };

struct AlterableConfig
{
    QString name;
    AlterConfigOp op = AlterConfigOp::Set;
    std::optional<QString> value; // null for Delete
    friend bool operator==(const AlterableConfig &, const AlterableConfig &) = default;
};

struct AlterConfigsResource
{
    ConfigResource resource;
    QList<AlterableConfig> configs;
};

struct IncrementalAlterConfigsRequest
{
    QList<AlterConfigsResource> resources;
    bool validateOnly = false;
};

struct AlterConfigsResult
{
    qint16 errorCode = 0;
    std::optional<QString> errorMessage; // the broker's own words, e.g. "Invalid value -1 for configuration segment.bytes: ..."
    ConfigResource resource;
};

struct IncrementalAlterConfigsResponse
{
    qint32 throttleTimeMs = 0;
    QList<AlterConfigsResult> results;
};

// "dynamic per broker", for people.
QString configSourceText(ConfigSource source);
// "LONG" style names, lower-case words for people: "long", "boolean", ...
QString configTypeText(ConfigType type);
// "topic orders", "broker 2", "cluster-wide default".
QString configResourceText(const ConfigResource &resource);

} // namespace fleetscope
