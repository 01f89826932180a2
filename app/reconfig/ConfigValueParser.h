#pragma once

#include "core/Result.h"
#include "protocol/Configs.h"

#include <QString>

#include <optional>

namespace fleetscope {

// Turns what a person types for a key into the string Kafka expects, before anything is sent:
// durations for *.ms keys ("2d" -> "172800000"), sizes for *.bytes keys ("10 GiB"), "unlimited" -> -1
// where Kafka has a no-limit value, booleans, integers, cleanup.policy. The key's declared type (from
// DescribeConfigs, when known) decides for keys this class has no rule for. Range checks that only
// the broker knows (segment.bytes at least 14) are left to the broker's validate-only dry run.
class ConfigValueParser final
{
public:
    // "KEY=VALUE" -> key and input; an empty value means remove the key at this level.
    static Result<std::pair<QString, QString>> splitAssignment(const QString &assignment);

    static Result<QString> normalize(const QString &key, const QString &input, ConfigType declared = ConfigType::Unknown);

    // The unit a key's value is in, for forms: durations for *.ms, sizes for *.bytes, none otherwise.
    enum class Unit { None, Duration, Bytes };
    static Unit unitOf(const QString &key);
    // Kafka's value for people: "172800000" for a *.ms key -> "2d", "-1" -> "unlimited".
    static QString humanize(const QString &key, const std::optional<QString> &value);
    // Keys whose values are secrets: never shown, logged or audited.
    static bool isSensitiveKey(const QString &key, ConfigType declared = ConfigType::Unknown);
};

} // namespace fleetscope
