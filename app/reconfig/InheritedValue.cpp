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

} // namespace

std::optional<ConfigSynonym> InheritedValue::of(const ConfigEntry &entry, ConfigSource own)
{
    for (const ConfigSynonym &synonym : entry.synonyms) {
        if (synonym.source == own)
            continue;
        ConfigSynonym inherited = synonym;
        const qint64 factor = entry.name.endsWith(u".ms") ? millisecondsPerUnit(synonym.name) : 1;
        bool ok = false;
        const qint64 number = synonym.value ? synonym.value->toLongLong(&ok) : 0;
        if (factor != 1 && ok && number >= 0)
            inherited.value = QString::number(number * factor);
        return inherited;
    }
    return std::nullopt;
}

} // namespace fleetscope
