#include "reconfig/InheritedValue.h"

namespace fleetscope {

namespace {

// Milliseconds per unit of a synonym whose name says its unit (log.retention.hours), else 1.
qint64 millisecondsPerUnit(const QString &synonym)
{
    if (synonym.endsWith(u".hours"))
        return 3'600'000;
    if (synonym.endsWith(u".minutes"))
        return 60'000;
    return 1;
}

// The value of a synonym in the key's own unit.
std::optional<QString> inKeysUnit(const QString &key, const QString &synonym, const std::optional<QString> &value)
{
    const qint64 factor = key.endsWith(u".ms") ? millisecondsPerUnit(synonym) : 1;
    bool ok = false;
    const qint64 number = value ? value->toLongLong(&ok) : 0;
    if (factor != 1 && ok && number >= 0)
        return QString::number(number * factor);
    return value;
}

// Kafka's broker synonyms of the topic keys it does not list them for, most specific first.
QStringList brokerSynonymsOf(const QString &topicKey)
{
    if (topicKey == u"retention.ms")
        return {QStringLiteral("log.retention.ms"), QStringLiteral("log.retention.minutes"), QStringLiteral("log.retention.hours")};
    if (topicKey == u"segment.ms")
        return {QStringLiteral("log.roll.ms"), QStringLiteral("log.roll.hours")};
    return {};
}

} // namespace

std::optional<ConfigSynonym> InheritedValue::of(const ConfigEntry &entry, ConfigSource own)
{
    for (const ConfigSynonym &synonym : entry.synonyms) {
        if (synonym.source == own)
            continue;
        ConfigSynonym inherited = synonym;
        inherited.value = inKeysUnit(entry.name, synonym.name, synonym.value);
        return inherited;
    }
    return std::nullopt;
}

bool InheritedValue::hasBrokerSynonyms(const QString &topicKey)
{
    return !brokerSynonymsOf(topicKey).isEmpty();
}

std::optional<ConfigSynonym> InheritedValue::fromBroker(const QString &topicKey, const ResourceConfigs &broker)
{
    for (const QString &name : brokerSynonymsOf(topicKey))
        if (const ConfigEntry *entry = broker.find(name); entry && entry->value)
            return ConfigSynonym{name, inKeysUnit(topicKey, name, entry->value), entry->source};
    return std::nullopt;
}

} // namespace fleetscope
