#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <chrono>
#include <optional>

// Durations and sizes as people write them in the fleet file, in forms and on the command line
// ("retention.ms=2d"). Exact in both directions: parse(format(x)) == x for every x >= 0, so a form
// can show a value and write back the very same number. The dashboard's approximate "1.4 GB" is
// a different job and lives elsewhere.
namespace fleetscope {

// Kafka's value for "no limit" (retention.ms=-1, retention.bytes=-1). The *Limit functions below
// represent it as std::nullopt so that it cannot be mistaken for a real duration or size; this
// constant is for turning such a limit into the config value Kafka expects.
inline constexpr qint64 kafkaUnlimited = -1;

// "500ms", "10s", "2m", "12h", "7d", "1w" and combinations from the largest unit down ("1h30m",
// "1d 12h"). Units are case-insensitive; spaces between numbers and units are optional. A plain
// integer counts in plainUnit: milliseconds by default, as in Kafka's *.ms settings; the fleet file
// passes seconds. Negative values, overflow and "unlimited" are errors.
Result<std::chrono::milliseconds> parseDuration(
    QStringView text, std::chrono::milliseconds plainUnit = std::chrono::milliseconds { 1 });

// Like parseDuration, but "unlimited" (any case) and "-1" give std::nullopt.
Result<std::optional<std::chrono::milliseconds>> parseDurationLimit(
    QStringView text, std::chrono::milliseconds plainUnit = std::chrono::milliseconds { 1 });

// "1024", "512MiB", "10 GiB", "1.5 GB", "100 B". SI units (KB = kB, MB, GB, TB, PB, EB) count in
// powers of 1000, IEC units (KiB, MiB, GiB, TiB, PiB, EiB) in powers of 1024; units are
// case-insensitive and "b" always means bytes, never bits. A fraction is fine as long as the
// result is a whole number of bytes. Negative values, overflow and "unlimited" are errors.
Result<qint64> parseBytes(QStringView text);

// Like parseBytes, but "unlimited" (any case) and "-1" give std::nullopt.
Result<std::optional<qint64>> parseByteLimit(QStringView text);

// The shortest exact form: each unit below the next ("1h30m", not "90m"), weeks only for whole
// weeks ("10d", not "1w3d"), and a value with a sub-second part entirely in milliseconds
// ("1500ms", not "1s500ms"). Zero is "0s". Negative durations have no human form and come out
// as "<n>ms", which parseDuration refuses.
QString formatDuration(std::chrono::milliseconds duration);

// formatDuration, with std::nullopt as "unlimited".
QString formatDurationLimit(std::optional<std::chrono::milliseconds> limit);

// The largest unit, IEC or SI, that divides the value exactly ("10 GiB", "1 GB", "1536 MiB");
// anything else in plain bytes ("1048588 B", "0 B"). Negative sizes come out as "<n> B", which
// parseBytes refuses.
QString formatBytes(qint64 bytes);

// formatBytes, with std::nullopt as "unlimited".
QString formatByteLimit(std::optional<qint64> limit);

} // namespace fleetscope
