#include "cli/CheckCommand.h"

#include "collect/ClusterPoller.h"
#include "fleet/FleetFileParser.h"
#include "security/ClusterCredentials.h"
#include "format/Formatter.h"
#include "mirror/MirrorLinkEvaluator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <memory>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CheckCommand", text);
}

QString mirrorText(const std::optional<MirrorLinkStatus> &mirror)
{
    if (!mirror)
        return Formatter::none();
    if (!mirror->heartbeatAgeMs)
        return mirror->state == MirrorLinkState::Down ? tr("down") : tr("unknown");
    return Formatter::duration(*mirror->heartbeatAgeMs);
}

// JSON carries fixed words, never translated ones: scripts read it.
QString severityId(Severity severity)
{
    static const char *const ids[] = {"healthy", "warning", "critical"};
    return QString::fromLatin1(ids[int(severity)]);
}

QString linkId(const NodeReport &r)
{
    if (!r.clusterReachable)
        return QStringLiteral("unreachable");
    static const char *const ids[] = {"unknown", "connecting", "up", "down"};
    return QString::fromLatin1(ids[int(r.link)]);
}

QString optionalText(const std::optional<double> &fraction)
{
    return fraction ? Formatter::percent(*fraction) : Formatter::none();
}

} // namespace

QHash<QString, ClusterSnapshot> CheckCommand::collectOnce(const Fleet &fleet, const Clock &clock)
{
    const QHash<QString, QStringList> mirroredInto = fleet.mirroredAliasesByCentral();
    QList<const ClusterConfig *> configs;
    for (const SiteConfig &site : fleet.sites)
        for (const ClusterConfig &cluster : site.clusters)
            configs.append(&cluster);
    QList<std::shared_ptr<ClusterPoller>> pollers;
    for (const ClusterConfig *config : configs)
        pollers.append(std::make_shared<ClusterPoller>(*config, clock, mirroredInto.value(config->name)));

    QThreadPool pool;
    pool.setMaxThreadCount(8);
    auto round = [&] {
        return QtConcurrent::blockingMapped(&pool, pollers, [](const std::shared_ptr<ClusterPoller> &poller) {
            return poller->poll();
        });
    };
    QList<ClusterSnapshot> snapshots = round();
    const bool linksMissing = std::any_of(snapshots.cbegin(), snapshots.cend(), [](const ClusterSnapshot &s) {
        return s.reachable && std::any_of(s.brokers.cbegin(), s.brokers.cend(),
                                          [](const BrokerStatus &b) { return !b.link; });
    });
    if (linksMissing) {
        qint64 wait = 0;
        for (const ClusterConfig *config : configs)
            wait = std::max<qint64>(wait, std::clamp<qint64>(config->pollInterval.count() / 2, 500, 5000));
        QThread::msleep(quint64(wait));
        snapshots = round();
    }

    QHash<QString, ClusterSnapshot> byName;
    for (const ClusterSnapshot &snapshot : std::as_const(snapshots))
        byName.insert(snapshot.cluster, snapshot);
    for (const ClusterConfig *config : configs) {
        if (!config->mirror)
            continue;
        const auto central = byName.constFind(config->mirror->intoCluster);
        byName[config->name].mirror = MirrorLinkEvaluator::evaluate(
            *config, byName[config->name], central == byName.cend() ? nullptr : &*central, clock.nowMs());
    }
    return byName;
}

int CheckCommand::run(const QStringList &arguments, const Clock &clock, QTextStream &out, QTextStream &err)
{
    const bool json = arguments.contains(QStringLiteral("--json"));
    QStringList files = arguments;
    files.removeAll(QStringLiteral("--json"));
    if (files.size() != 1 || files.first().startsWith(QLatin1Char('-'))) {
        err << tr("usage: fleetscope check FLEET.yaml [--json]") << '\n';
        return cannotRun;
    }
    const Result<Fleet> fleet = parseFleetFile(files.first());
    if (!fleet) {
        err << fleet.errorMessage() << '\n';
        return cannotRun;
    }
    // Passwords come from FLEETSCOPE_PASSWORD_<CLUSTER> only: a check run by cron must never wait
    // at a prompt. A cluster without one is still checked and reports the authentication error.
    const QList<CredentialNeed> needs = ClusterCredentials::needs(*fleet);
    const ClusterCredentials credentials = ClusterCredentials::fromEnvironment(needs);
    for (const CredentialNeed &need : needs) {
        if (!credentials.has(need))
            err << need.missingFromEnvironment() << '\n';
    }
    const QHash<QString, ClusterSnapshot> snapshots = collectOnce(credentials.applyTo(*fleet), clock);
    const qint64 now = clock.nowMs();
    const QList<NodeReport> reports = NodeReportBuilder::build(*fleet, snapshots, now);
    if (json)
        printJson(reports, now, out);
    else
        printTable(reports, now, out);
    Severity overall = Severity::Healthy;
    for (const NodeReport &report : reports)
        overall = worst(overall, report.severity);
    return int(overall);
}

void CheckCommand::printTable(const QList<NodeReport> &reports, qint64 nowMs, QTextStream &out)
{
    const QStringList header{tr("SITE"),  tr("CLUSTER"), tr("NODE"), tr("STATE"), tr("RTT"),
                             tr("LAG"),   tr("LAG S"),   tr("DISK"), tr("HEAP"),  tr("MIRROR HB"),
                             tr("URP"),   tr("AGE"),     tr("HEALTH")};
    QList<QStringList> rows{header};
    for (const NodeReport &r : reports) {
        rows.append({r.site, r.cluster, r.nodeId >= 0 ? QString::number(r.nodeId) : Formatter::none(),
                     r.clusterReachable ? linkStateName(r.link) : tr("unreachable"),
                     r.rttUs ? Formatter::latencyUs(*r.rttUs) : Formatter::none(), Formatter::count(r.lagMessages),
                     r.lagSeconds ? QStringLiteral("~%1").arg(Formatter::duration(qint64(*r.lagSeconds * 1000)))
                                  : Formatter::none(),
                     optionalText(r.diskUsedFraction()), optionalText(r.heapUsedFraction()), mirrorText(r.mirror),
                     QString::number(r.underReplicatedPartitions),
                     r.sampledAtMs ? Formatter::age(nowMs - r.sampledAtMs) : tr("never"),
                     severityName(r.severity) + (r.reasons.isEmpty() ? QString() : QStringLiteral(": ") + r.reasons.join(QStringLiteral("; ")))});
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList &row : rows)
        for (int c = 0; c < row.size() - 1; ++c)
            widths[c] = std::max(widths[c], int(row[c].size()));
    for (const QStringList &row : rows) {
        QString line;
        for (int c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row[c].leftJustified(widths[c] + 2) : row[c];
        out << line << '\n';
    }
    for (const NodeReport &r : reports)
        if (!r.clusterError.isEmpty() && r.nodeId < 0)
            out << '\n' << r.cluster << ": " << r.clusterError << '\n';
}

void CheckCommand::printJson(const QList<NodeReport> &reports, qint64 nowMs, QTextStream &out)
{
    QJsonArray nodes;
    auto optional = [](const auto &value) { return value ? QJsonValue(double(*value)) : QJsonValue(); };
    for (const NodeReport &r : reports) {
        QJsonObject node{
            {QStringLiteral("site"), r.site},
            {QStringLiteral("cluster"), r.cluster},
            {QStringLiteral("role"), r.role == ClusterRole::Central ? QStringLiteral("central") : QStringLiteral("edge")},
            {QStringLiteral("node"), r.nodeId >= 0 ? QJsonValue(r.nodeId) : QJsonValue()},
            {QStringLiteral("reachable"), r.clusterReachable},
            {QStringLiteral("link"), linkId(r)},
            {QStringLiteral("rtt_us"), optional(r.rttUs)},
            {QStringLiteral("lag_messages"), double(r.lagMessages)},
            {QStringLiteral("lag_seconds_estimate"), optional(r.lagSeconds)},
            {QStringLiteral("disk_used_bytes"), optional(r.diskUsedBytes)},
            {QStringLiteral("disk_total_bytes"), optional(r.diskTotalBytes)},
            {QStringLiteral("heap_used_bytes"), optional(r.heapUsedBytes)},
            {QStringLiteral("heap_max_bytes"), optional(r.heapMaxBytes)},
            {QStringLiteral("under_replicated_partitions"), r.underReplicatedPartitions},
            {QStringLiteral("offline_partitions"), r.offlinePartitions},
            {QStringLiteral("sampled_at_ms"), double(r.sampledAtMs)},
            {QStringLiteral("age_ms"), r.sampledAtMs ? QJsonValue(double(nowMs - r.sampledAtMs)) : QJsonValue()},
            {QStringLiteral("severity"), severityId(r.severity)},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(r.reasons)},
        };
        if (!r.clusterError.isEmpty())
            node.insert(QStringLiteral("error"), r.clusterError);
        if (r.mirror)
            node.insert(QStringLiteral("mirror"),
                        QJsonObject{{QStringLiteral("into"), r.mirror->intoCluster},
                                    {QStringLiteral("alias"), r.mirror->alias},
                                    {QStringLiteral("heartbeat_age_ms"), optional(r.mirror->heartbeatAgeMs)},
                                    {QStringLiteral("offset_lag"), optional(r.mirror->offsetLag)},
                                    {QStringLiteral("detail"), r.mirror->detail}});
        nodes.append(node);
    }
    out << QJsonDocument(QJsonObject{{QStringLiteral("nodes"), nodes}}).toJson(QJsonDocument::Indented);
}

} // namespace fleetscope
