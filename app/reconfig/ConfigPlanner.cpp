#include "reconfig/ConfigPlanner.h"

#include "protocol/ConfigsClient.h"
#include "reconfig/BoundedRunner.h"
#include "reconfig/ClusterConfigGateway.h"
#include "reconfig/ConfigValueParser.h"
#include "reconfig/InheritedValue.h"

#include <QCoreApplication>
#include <QMutex>
#include <QRegularExpression>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConfigPlanner", text);
}

} // namespace

ConfigPlanner::ConfigPlanner(Fleet fleet, Options options)
    : m_fleet(std::move(fleet))
    , m_options(options)
{
}

ConfigPlanner::ConfigPlanner(Fleet fleet)
    : ConfigPlanner(std::move(fleet), Options{})
{
}

bool ConfigPlanner::isReadOnly(const Fleet &fleet, const QString &cluster)
{
    const ClusterConfig *config = fleet.findCluster(cluster);
    return fleet.readOnly || !config || config->readOnly;
}

ConfigSource ConfigPlanner::ownSource(const ConfigResource &resource)
{
    if (resource.type == ConfigResourceType::Topic)
        return ConfigSource::TopicConfig;
    return resource.isClusterDefault() ? ConfigSource::DynamicDefaultBroker : ConfigSource::DynamicBroker;
}

Result<QList<ConfigChange>> ConfigPlanner::parseAssignments(const QStringList &assignments)
{
    if (assignments.isEmpty())
        return Error{tr("Give at least one KEY=VALUE, for example retention.ms=2d.")};
    QList<ConfigChange> changes;
    for (const QString &assignment : assignments) {
        const auto split = ConfigValueParser::splitAssignment(assignment);
        if (!split)
            return split.error();
        const auto &[key, input] = *split;
        for (const ConfigChange &earlier : changes)
            if (earlier.key == key)
                return Error{tr("%1 is given twice; give each key once.").arg(key)};
        ConfigChange change{key, input, std::nullopt};
        if (!input.isEmpty()) {
            const Result<QString> value = ConfigValueParser::normalize(key, input);
            if (!value)
                return value.error();
            change.value = *value;
        }
        changes.append(change);
    }
    return changes;
}

Result<ConfigPlan> ConfigPlanner::plan(const TargetSelection &selection, const QList<ConfigChange> &changes) const
{
    if (changes.isEmpty())
        return Error{tr("Nothing to change: give at least one key and value.")};
    if (selection.scope == TargetSelection::Scope::TopicPattern
        && !QRegularExpression(selection.name).isValid())
        return Error{tr("The topic pattern \"%1\" is not a valid regular expression: %2")
                         .arg(selection.name, QRegularExpression(selection.name).errorString())};
    const Result<QStringList> clusters = selectClusters(m_fleet, selection);
    if (!clusters)
        return clusters.error();
    ConfigPlan plan;
    plan.selection = selection;
    plan.changes = changes;
    QList<ConfigPlan> perCluster(clusters->size());
    for (ConfigPlan &part : perCluster) {
        part.selection = selection;
        part.changes = changes;
    }
    BoundedRunner::run(int(clusters->size()), m_options.concurrency,
                       [&](int i) { planCluster(clusters->at(i), perCluster[i]); });
    for (const ConfigPlan &part : std::as_const(perCluster)) {
        plan.targets.append(part.targets);
        plan.unresolvedClusters.append(part.unresolvedClusters);
    }
    return plan;
}

ConfigPlan ConfigPlanner::planEach(const QList<TargetChanges> &items) const
{
    QStringList clusters;
    for (const TargetChanges &item : items)
        if (!clusters.contains(item.target.cluster))
            clusters.append(item.target.cluster);
    QList<QList<PlannedTarget>> perCluster(clusters.size());
    BoundedRunner::run(int(clusters.size()), m_options.concurrency, [&](int i) {
        const ClusterConfig *config = m_fleet.findCluster(clusters[i]);
        if (!config)
            return;
        ClusterConfigGateway gateway(*config, m_options.timeoutMs);
        for (const TargetChanges &item : items) {
            if (item.target.cluster != clusters[i])
                continue;
            PlannedTarget planned;
            planned.target = item.target;
            readTarget(gateway, planned, item.changes);
            perCluster[i].append(std::move(planned));
        }
    });
    ConfigPlan plan;
    for (const TargetChanges &item : items) {
        const ClusterConfig *config = m_fleet.findCluster(item.target.cluster);
        if (!config) {
            PlannedTarget missing;
            missing.target = item.target;
            missing.state = TargetState::Invalid;
            missing.message = tr("The fleet file has no cluster named \"%1\" any more.").arg(item.target.cluster);
            plan.targets.append(missing);
        }
    }
    for (const QList<PlannedTarget> &part : std::as_const(perCluster))
        plan.targets.append(part);
    return plan;
}

ConfigPlan ConfigPlanner::replanFailed(const ConfigPlan &plan) const
{
    QList<TargetChanges> items;
    for (const PlannedTarget &target : plan.targets) {
        if (!isFailure(target.state))
            continue;
        QList<ConfigChange> changes;
        for (const PlannedKey &key : target.keys) {
            // The typed input when the plan has it, else Kafka's value (which parses to itself).
            ConfigChange change{key.key, key.newValue.value_or(QString()), key.newValue};
            for (const ConfigChange &original : plan.changes)
                if (original.key == key.key)
                    change = original;
            changes.append(change);
        }
        items.append({target.target, changes});
    }
    ConfigPlan retry = planEach(items);
    retry.selection = plan.selection;
    retry.changes = plan.changes;
    return retry;
}

void ConfigPlanner::planCluster(const QString &cluster, ConfigPlan &plan) const
{
    const ClusterConfig *config = m_fleet.findCluster(cluster);
    ClusterConfigGateway gateway(*config, m_options.timeoutMs);
    const TargetSelection &selection = plan.selection;
    QList<ConfigTarget> targets;
    {
        switch (selection.scope) {
        case TargetSelection::Scope::Topic:
            targets.append({cluster, ConfigResource::topic(selection.name)});
            break;
        case TargetSelection::Scope::Broker:
            targets.append({cluster, ConfigResource::broker(selection.brokerId)});
            break;
        case TargetSelection::Scope::ClusterDefault:
            targets.append({cluster, ConfigResource::clusterDefault()});
            break;
        case TargetSelection::Scope::TopicPattern:
        case TargetSelection::Scope::AllBrokers: {
            const Result<ClusterMetadata> metadata = gateway.metadata();
            if (!metadata) {
                plan.unresolvedClusters.append(cluster);
                return;
            }
            if (selection.scope == TargetSelection::Scope::AllBrokers) {
                for (const BrokerAddress &broker : metadata->brokers)
                    targets.append({cluster, ConfigResource::broker(broker.nodeId)});
                std::sort(targets.begin(), targets.end(),
                          [](const ConfigTarget &a, const ConfigTarget &b) { return a.resource.name.toInt() < b.resource.name.toInt(); });
            } else {
                const QRegularExpression pattern(QRegularExpression::anchoredPattern(selection.name));
                QStringList topics;
                for (const TopicMetadata &topic : metadata->topics)
                    if (pattern.match(topic.name).hasMatch() && !topic.name.startsWith(u"__"))
                        topics.append(topic.name);
                topics.sort();
                for (const QString &topic : std::as_const(topics))
                    targets.append({cluster, ConfigResource::topic(topic)});
            }
            break;
        }
        }
    }
    for (const ConfigTarget &target : std::as_const(targets)) {
        PlannedTarget planned;
        planned.target = target;
        readTarget(gateway, planned, plan.changes);
        plan.targets.append(std::move(planned));
    }
}

void ConfigPlanner::readTarget(ClusterConfigGateway &gateway, PlannedTarget &target, const QList<ConfigChange> &changes) const
{
    for (const ConfigChange &change : changes) {
        PlannedKey key;
        key.key = change.key;
        key.newValue = change.value;
        key.sensitive = ConfigValueParser::isSensitiveKey(change.key);
        target.keys.append(key);
    }
    if (isReadOnly(m_fleet, target.target.cluster)) {
        target.state = TargetState::Invalid;
        target.message = tr("The fleet file makes %1 read-only (read_only: true): nothing is sent to it.")
                             .arg(target.target.cluster);
        return;
    }
    const Result<ResourceConfigs> current = gateway.describe(target.target.resource);
    if (!current) {
        target.state = TargetState::Unreachable;
        target.message = current.errorMessage();
        return;
    }
    if (current->errorCode != 0) {
        target.state = TargetState::Invalid;
        target.message = ConfigsClient::refusalText(current->errorCode, current->errorMessage);
        return;
    }
    const ConfigSource own = ownSource(target.target.resource);
    QStringList problems;
    for (PlannedKey &key : target.keys) {
        const ConfigEntry *entry = current->find(key.key);
        if (!entry)
            continue; // unset at the cluster-wide level, or unknown: the broker's dry run decides
        key.oldValue = entry->value;
        key.oldSource = entry->source;
        key.oldSetHere = entry->source == own;
        key.sensitive = key.sensitive || entry->sensitive || entry->type == ConfigType::Password;
        key.readOnly = entry->readOnly;
        key.documentation = entry->documentation.value_or(QString());
        if (!key.newValue && key.oldSetHere)
            if (const std::optional<ConfigSynonym> inherited = InheritedValue::of(*entry, own)) {
                key.inheritedValue = inherited->value;
                key.inheritedSource = inherited->source;
            }
        if (entry->readOnly)
            problems.append(tr("%1 is read-only: Kafka cannot change it while the brokers run (%2)")
                                .arg(key.key, configSourceText(entry->source)));
        // The declared type may be stricter than the key's name told (an int, a boolean).
        if (key.newValue && entry->type != ConfigType::Unknown) {
            QString input = *key.newValue;
            for (const ConfigChange &change : changes)
                if (change.key == key.key && !change.input.isEmpty())
                    input = change.input;
            const Result<QString> typed = ConfigValueParser::normalize(key.key, input, entry->type);
            if (!typed)
                problems.append(typed.errorMessage());
            else
                key.newValue = *typed;
        }
    }
    if (!problems.isEmpty()) {
        target.state = TargetState::Invalid;
        target.message = problems.join(u"; ");
    }
    if (target.target.resource.type == ConfigResourceType::Topic)
        readInheritedFromBroker(gateway, target);
}

void ConfigPlanner::readInheritedFromBroker(ClusterConfigGateway &gateway, PlannedTarget &target) const
{
    std::optional<ResourceConfigs> broker; // read once, and only when a removed key needs it
    for (PlannedKey &key : target.keys) {
        if (key.newValue || !key.oldSetHere || key.inheritedSource != ConfigSource::Unknown
            || !InheritedValue::hasBrokerSynonyms(key.key))
            continue;
        if (!broker) {
            const Result<ClusterMetadata> metadata = gateway.metadata();
            if (!metadata || metadata->brokers.isEmpty())
                return;
            const Result<ResourceConfigs> configs = gateway.describe(ConfigResource::broker(metadata->brokers.first().nodeId));
            if (!configs || configs->errorCode != 0)
                return; // the preview then says "inherited" without the value
            broker = *configs;
        }
        if (const std::optional<ConfigSynonym> inherited = InheritedValue::fromBroker(key.key, *broker)) {
            key.inheritedValue = inherited->value;
            key.inheritedSource = inherited->source;
        }
    }
}

} // namespace fleetscope
