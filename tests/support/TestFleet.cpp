#include "TestFleet.h"

#include "fleet/FleetFileParser.h"
#include "reconfig/ClusterConfigGateway.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

namespace fleetscope::test {

std::optional<Fleet> TestFleet::load(QString *error)
{
    const QString path = qEnvironmentVariable("FLEETSCOPE_TEST_FLEET");
    if (path.isEmpty()) {
        *error = QStringLiteral("FLEETSCOPE_TEST_FLEET is not set. Run the tests with tools/test, or start the "
                                "fleet with `tools/fleet up --profile test` and export "
                                "FLEETSCOPE_TEST_FLEET=$(tools/fleet file).");
        return std::nullopt;
    }
    Result<Fleet> fleet = parseFleetFile(path);
    if (!fleet) {
        *error = fleet.errorMessage();
        return std::nullopt;
    }
    return std::move(fleet).value();
}

QString TestFleet::runFleetTool(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(FLEETSCOPE_SOURCE_DIR "/tools/fleet"), arguments);
    if (!process.waitForFinished(240'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("tools/fleet %1 failed: %2")
            .arg(arguments.join(QLatin1Char(' ')), QString::fromUtf8(process.readAll()));
    return {};
}

QString TestFleet::stopNode(const QString &node)
{
    return runFleetTool({QStringLiteral("stop"), node});
}

QString TestFleet::startNode(const QString &node)
{
    return runFleetTool({QStringLiteral("start"), node});
}

bool TestFleet::waitFor(const std::function<bool()> &predicate, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!predicate()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    }
    return true;
}

QString TestFleet::writeReadOnlyCopy(const Fleet &fleet, const QString &path, const QString &cluster)
{
    QFile source(fleet.sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1").arg(fleet.sourcePath);
    QByteArray yaml = source.readAll();
    if (cluster.isEmpty()) {
        yaml.replace("version: 1\n", "version: 1\nread_only: true\n");
    } else {
        const QByteArray entry = "      - name: " + cluster.toUtf8() + "\n";
        yaml.replace(entry, entry + "        read_only: true\n");
    }
    QFile copy(path);
    if (!copy.open(QIODevice::WriteOnly) || copy.write(yaml) != yaml.size())
        return QStringLiteral("cannot write %1").arg(path);
    return {};
}

QMap<int, QList<int>> TestFleet::replicas(const ClusterConfig &cluster, const QString &topic)
{
    ClusterConfigGateway gateway(cluster, 10'000);
    const Result<ClusterMetadata> metadata = gateway.metadata();
    QMap<int, QList<int>> replicas;
    if (!metadata)
        return replicas;
    for (const TopicMetadata &t : metadata->topics) {
        if (t.name != topic)
            continue;
        for (const PartitionMetadata &p : t.partitions)
            replicas.insert(p.id, p.replicas);
    }
    return replicas;
}

} // namespace fleetscope::test
