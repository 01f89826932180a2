#include "cli/CheckCommand.h"

#include "alerts/AlertDatabase.h"
#include "alerts/AlertStore.h"
#include "cli/CommandFleet.h"
#include "format/Formatter.h"
#include "session/FleetSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>

namespace fleetscope {

namespace {

// Long enough for every request of a poll to time out once, and for a second round (link statistics).
constexpr qint64 pollDeadlineMs = 120'000;

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

int CheckCommand::run(const QStringList &arguments, const Clock &clock, QTextStream &out, QTextStream &err,
                      const FleetSession::SourceFactory &source)
{
    const bool json = arguments.contains(QStringLiteral("--json"));
    QStringList files = arguments;
    files.removeAll(QStringLiteral("--json"));
    if (files.size() != 1 || files.first().startsWith(QLatin1Char('-'))) {
        err << tr("usage: fleetscope check FLEET.yaml [--json]") << '\n';
        return cannotRun;
    }
    // Passwords come from FLEETSCOPE_PASSWORD_<CLUSTER> only: a check run by cron must never wait
    // at a prompt. A cluster without one is still checked and reports the authentication error.
    const Result<Fleet> fleet = CommandFleet::load(files.first(), err);
    if (!fleet) {
        err << fleet.errorMessage() << '\n';
        return cannotRun;
    }
    // The same limits as the window's: the fleet file's, with what its thresholds dialog saved on top.
    FleetSession session(clock);
    if (source)
        session.setSourceFactory(source);
    const QString fleetKey = QFileInfo(fleet->sourcePath).absoluteFilePath();
    if (const Result<QJsonObject> saved = AlertDatabase::readThresholds(AlertStore::defaultPath(), fleetKey); saved)
        session.setDialogThresholds(ThresholdOverrideSet::fromJson(*saved));
    else
        err << tr("warning: %1; the fleet file's thresholds apply").arg(saved.errorMessage()) << '\n';
    session.open(*fleet);
    session.pollOnce(pollDeadlineMs);
    const qint64 now = clock.nowMs();
    const QList<NodeReport> reports = session.reports();
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
