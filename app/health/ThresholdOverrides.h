#pragma once

#include "health/HealthThresholds.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace fleetscope {

// How a limit is written and shown: a share of a whole, a duration, a count or seconds.
enum class ThresholdKind { Fraction, DurationMs, Count, Seconds };

// One limit of HealthThresholds by name: its JSON id (also the dialog's object name), the key the
// fleet file uses, and how to read and write it as a number in its stored unit.
struct ThresholdField
{
    const char *id;      // "diskWarning"
    const char *fileKey; // "disk_warning"
    ThresholdKind kind;
    double (*get)(const HealthThresholds &);
    void (*set)(HealthThresholds &, double);

    static const QList<ThresholdField> &all();
    static const ThresholdField *byId(QStringView id);
    static const ThresholdField *byFileKey(QStringView key);
};

// Some of the limits, set by one source (the fleet file or the thresholds dialog); the others are
// inherited from the layer below. Values are in HealthThresholds' own units, keyed by field id.
struct ThresholdOverrides
{
    QMap<QString, double> values;

    bool isEmpty() const { return values.isEmpty(); }
    bool contains(const QString &id) const { return values.contains(id); }
    void applyTo(HealthThresholds &thresholds) const;
    bool operator==(const ThresholdOverrides &) const = default;

    QJsonObject toJson() const;
    static ThresholdOverrides fromJson(const QJsonObject &json);
};

// A layer for a whole fleet: what applies to every cluster and what applies to some of them.
struct ThresholdOverrideSet
{
    ThresholdOverrides fleet;
    QHash<QString, ThresholdOverrides> clusters;

    bool isEmpty() const;
    bool operator==(const ThresholdOverrideSet &) const = default;

    // {"version": 2, "fleet": {...}, "clusters": {"edge-b": {...}}}. Version 1 (no version key) stored
    // complete sets; read back, only its values that differ from the built-in defaults count as set.
    QJsonObject toJson() const;
    static ThresholdOverrideSet fromJson(const QJsonObject &json);
};

} // namespace fleetscope
