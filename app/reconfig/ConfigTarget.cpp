#include "reconfig/ConfigTarget.h"

#include "fleet/Fleet.h"

#include <QCoreApplication>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConfigTarget", text);
}

} // namespace

QString ConfigTarget::text() const
{
    return QStringLiteral("%1: %2").arg(cluster, configResourceText(resource));
}

QString TargetSelection::text() const
{
    switch (scope) {
    case Scope::Topic:
        return tr("topic %1").arg(name);
    case Scope::TopicPattern:
        return tr("topics matching %1").arg(name);
    case Scope::Broker:
        return tr("broker %1").arg(brokerId);
    case Scope::AllBrokers:
        return tr("every broker");
    case Scope::ClusterDefault:
        return tr("cluster-wide default");
    }
    return {};
}

Result<QStringList> selectClusters(const Fleet &fleet, const TargetSelection &selection)
{
    QStringList names;
    for (const QString &name : selection.clusters)
        if (!fleet.findCluster(name))
            return Error{tr("The fleet file %1 has no cluster named \"%2\".").arg(fleet.sourcePath, name)};
    for (const QString &tag : selection.tags) {
        bool found = false;
        for (const SiteConfig &site : fleet.sites)
            for (const ClusterConfig &cluster : site.clusters)
                found = found || cluster.tags.contains(tag);
        if (!found)
            return Error{tr("No cluster in %1 carries the tag \"%2\".").arg(fleet.sourcePath, tag)};
    }
    for (const SiteConfig &site : fleet.sites) {
        for (const ClusterConfig &cluster : site.clusters) {
            bool chosen = selection.clusters.contains(cluster.name);
            for (const QString &tag : selection.tags)
                chosen = chosen || cluster.tags.contains(tag);
            if (chosen)
                names.append(cluster.name);
        }
    }
    if (names.isEmpty())
        return Error{tr("Choose at least one cluster (by name or by tag).")};
    return names;
}

} // namespace fleetscope
