// `fleetscope check` as scripts and the wall screen's watchdog run it: the real binary, the live fleet.
#include "TestFleet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetscope;

class TestCheckCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsEveryBrokerOfTheLiveFleet();
    void unreachableClusterIsCritical();
    void badFleetFileCannotRun();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run check(const QStringList &arguments);
};

TestCheckCommand::Run TestCheckCommand::check(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(FLEETSCOPE_BINARY_DIR "/bin/fleetscope"), QStringList{QStringLiteral("check")} + arguments);
    Run run;
    if (!process.waitForFinished(120'000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestCheckCommand::reportsEveryBrokerOfTheLiveFleet()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const Run run = check({fleet.sourcePath, QStringLiteral("--json")});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + QString::fromUtf8(run.err)));
    const QJsonArray nodes = doc.object().value(QStringLiteral("nodes")).toArray();

    int expected = 0;
    for (const SiteConfig &site : fleet.sites)
        for (const ClusterConfig &cluster : site.clusters)
            expected += int(cluster.metrics.perNode.size());
    QCOMPARE(nodes.size(), expected);

    int worst = 0;
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        const QString where = node.value(QStringLiteral("cluster")).toString() + QLatin1Char('/')
            + QString::number(node.value(QStringLiteral("node")).toInt());
        QCOMPARE(node.value(QStringLiteral("link")).toString(), QStringLiteral("up"));
        QVERIFY2(node.value(QStringLiteral("disk_total_bytes")).toDouble() > 0, qPrintable(where));
        QVERIFY2(node.value(QStringLiteral("disk_used_bytes")).toDouble() > 0, qPrintable(where));
        const double heapUsed = node.value(QStringLiteral("heap_used_bytes")).toDouble();
        QVERIFY2(heapUsed > 0 && heapUsed <= node.value(QStringLiteral("heap_max_bytes")).toDouble(), qPrintable(where));
        QVERIFY2(node.value(QStringLiteral("rtt_us")).toDouble() > 0, qPrintable(where));
        if (node.value(QStringLiteral("role")).toString() == QLatin1String("edge"))
            QVERIFY2(node.value(QStringLiteral("mirror")).toObject().value(QStringLiteral("heartbeat_age_ms")).isDouble(),
                     qPrintable(where));
        const QString severity = node.value(QStringLiteral("severity")).toString();
        worst = std::max(worst, severity == QLatin1String("critical") ? 2 : severity == QLatin1String("warning") ? 1 : 0);
    }
    QCOMPARE(run.exitCode, worst); // the exit code is the worst node's severity

    // The table form names every cluster too.
    const Run table = check({fleet.sourcePath});
    for (const SiteConfig &site : fleet.sites)
        for (const ClusterConfig &cluster : site.clusters)
            QVERIFY(table.out.contains(cluster.name.toUtf8()));
}

void TestCheckCommand::unreachableClusterIsCritical()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nowhere.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("version: 1\npoll_interval: 1s\nsites:\n  - name: lost\n    clusters:\n      - name: lost-edge\n"
               "        role: edge\n        properties:\n          bootstrap.servers: 127.0.0.1:9\n");
    file.close();
    const Run run = check({path, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 2);
    const QJsonObject node = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("nodes")).toArray().first().toObject();
    QCOMPARE(node.value(QStringLiteral("link")).toString(), QStringLiteral("unreachable"));
    QCOMPARE(node.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
    QVERIFY(node.value(QStringLiteral("error")).toString().contains(QStringLiteral("lost-edge")));
}

void TestCheckCommand::badFleetFileCannotRun()
{
    const Run run = check({QStringLiteral("/nonexistent/fleet.yaml")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.startsWith("/nonexistent/fleet.yaml: cannot read the fleet file"), run.err.constData());
    QCOMPARE(check({}).exitCode, 3);
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
