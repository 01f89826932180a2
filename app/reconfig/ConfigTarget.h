#pragma once

#include "core/Result.h"
#include "protocol/Configs.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fleetscope {

struct Fleet;

// One resource of one cluster whose configuration a plan changes.
struct ConfigTarget
{
    QString cluster;
    ConfigResource resource;

    // "edge-a: topic orders", "edge-b: broker 2", "central: cluster-wide default".
    QString text() const;
    friend bool operator==(const ConfigTarget &, const ConfigTarget &) = default;
};

// What the user chose, before it is resolved against the clusters' metadata: the same selection
// serves the CLI (--cluster, --tag, --topic, --topic-regex, --broker, --all-brokers) and the forms.
struct TargetSelection
{
    enum class Scope {
        Topic,          // `name` is a topic
        TopicPattern,   // `name` is a regular expression matched against whole topic names
        Broker,         // `brokerId`
        AllBrokers,     // every broker of the cluster, each with its own per-broker value
        ClusterDefault, // the dynamic cluster-wide default of every broker
    };

    Scope scope = Scope::Topic;
    QString name;
    int brokerId = -1;
    QStringList clusters; // by name
    QStringList tags;     // every cluster carrying any of these tags (site tags count too)

    // Scopes that need the cluster's metadata (its topics or brokers) to become targets.
    bool needsMetadata() const { return scope == Scope::TopicPattern || scope == Scope::AllBrokers; }
    // "topic orders", "topics matching ^logs-", "every broker", for plans and the pending queue.
    QString text() const;
};

// The clusters a selection names, in fleet order, each once. Errors name an unknown cluster or a
// tag no cluster carries.
Result<QStringList> selectClusters(const Fleet &fleet, const TargetSelection &selection);

} // namespace fleetscope
