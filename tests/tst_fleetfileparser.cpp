#include "fleet/FleetFileParser.h"

#include <QDir>
#include <QTest>

#include <utility>

using namespace fleetscope;
using namespace Qt::StringLiterals;

namespace {

QString dataPath(const QString &fileName)
{
    return QStringLiteral(FLEETSCOPE_TEST_DATA_DIR "/fleets/") + fileName;
}

// Each malformed file under tests/data/fleets and the error it must give, after "<path>".
QList<std::pair<QString, QString>> malformedFiles()
{
    return {
        { u"empty.yaml"_s, u": expected a map with version and sites, got an empty file"_s },
        { u"comments-only.yaml"_s, u": expected a map with version and sites, got an empty file"_s },
        { u"bad-yaml-syntax.yaml"_s,
            u":5: YAML syntax error at column 13: end of sequence flow not found"_s },
        { u"not-a-map.yaml"_s, u":1: expected a map with version and sites, got a list"_s },
        { u"two-documents.yaml"_s, u":10: expected one YAML document, got 2"_s },
        { u"version-missing.yaml"_s, u":2: version: missing, expected 1"_s },
        { u"version-2.yaml"_s, u":1: version: expected 1, got \"2\""_s },
        { u"missing-bootstrap.yaml"_s,
            u":7: sites[0].clusters[0].properties.bootstrap.servers: "
            u"missing, expected the brokers to connect to, such as \"host1:9092,host2:9092\""_s },
        { u"duplicate-site.yaml"_s,
            u":8: sites[1].name: duplicate site name \"plant-munich\", already used on line 3"_s },
        { u"duplicate-cluster.yaml"_s,
            u":10: sites[1].clusters[0].name: duplicate cluster name \"edge\", already used on line 5"_s },
        { u"duplicate-key.yaml"_s,
            u":9: sites[0].clusters[0].properties.bootstrap.servers: "
            u"duplicate key, already set on line 8"_s },
        { u"duplicate-node-id.yaml"_s, u":12: sites[0].clusters[0].metrics.nodes.01: duplicate node id 1"_s },
        { u"sites-not-a-list.yaml"_s, u":2: sites: expected a list of sites, got a map"_s },
        { u"sites-empty.yaml"_s, u":2: sites: expected at least one site, got an empty list"_s },
        { u"site-not-a-map.yaml"_s, u":3: sites[0]: expected a map with name and clusters, got \"lab\""_s },
        { u"clusters-empty.yaml"_s,
            u":4: sites[0].clusters: expected at least one cluster, got an empty list"_s },
        { u"tags-not-a-list.yaml"_s, u":4: sites[0].tags: expected a list of tags, got \"eu\""_s },
        { u"properties-not-a-map.yaml"_s,
            u":7: sites[0].clusters[0].properties: expected a map of librdkafka properties, got a list"_s },
        { u"property-not-scalar.yaml"_s,
            u":8: sites[0].clusters[0].properties.bootstrap.servers: "
            u"expected a scalar (text, number or boolean), got a list"_s },
        { u"mirror-not-a-map.yaml"_s,
            u":11: sites[0].clusters[1].mirror: expected a map with into and alias, got \"central\""_s },
        { u"read-only-not-boolean.yaml"_s,
            u":7: sites[0].clusters[0].read_only: expected true or false, got \"yes\""_s },
        { u"bad-duration.yaml"_s,
            u":2: poll_interval: expected a positive duration such as 10s, 500ms or 2m, got \"fast\""_s },
        { u"zero-duration.yaml"_s,
            u":7: sites[0].clusters[0].poll_interval: "
            u"expected a positive duration such as 10s, 500ms or 2m, got \"0s\""_s },
        { u"unknown-role.yaml"_s,
            u":12: sites[0].clusters[1].role: expected \"edge\" or \"central\", got \"egde\""_s },
        { u"missing-role.yaml"_s,
            u":5: sites[0].clusters[0].role: missing, expected \"edge\" or \"central\""_s },
        { u"unknown-key-fleet.yaml"_s,
            u":2: poll-interval: unknown key, expected one of version, read_only, poll_interval, thresholds, sites"_s },
        { u"unknown-key-site.yaml"_s,
            u":4: sites[0].locaton: unknown key, expected one of name, location, tags, clusters"_s },
        { u"unknown-key-cluster.yaml"_s,
            u":7: sites[0].clusters[0].bootstrap_servers: unknown key, "
            u"expected one of name, role, mirror, poll_interval, read_only, tags, properties, metrics, thresholds"_s },
        { u"unknown-key-mirror.yaml"_s,
            u":13: sites[0].clusters[1].mirror.topics: unknown key, expected one of into, alias"_s },
        { u"unknown-key-metrics.yaml"_s,
            u":10: sites[0].clusters[0].metrics.urls: unknown key, expected one of url, nodes"_s },
        { u"secret-property.yaml"_s,
            u":12: sites[0].clusters[0].properties.sasl.password: secrets do not belong in the fleet file; "
            u"Fleetscope asks for them and keeps them in the system keychain"_s },
        { u"mirror-into-unknown.yaml"_s,
            u":8: sites[0].clusters[0].mirror.into: "
            u"expected the name of a central cluster, got \"centrl\" (no cluster has that name)"_s },
        { u"mirror-into-edge.yaml"_s,
            u":14: sites[1].clusters[0].mirror.into: "
            u"expected the name of a central cluster, got \"munich-edge\" (an edge cluster)"_s },
        { u"mirror-on-central.yaml"_s,
            u":7: sites[0].clusters[0].mirror: "
            u"only edge clusters mirror into a central cluster, this one is central"_s },
        { u"bad-node-id.yaml"_s,
            u":12: sites[0].clusters[0].metrics.nodes.broker-2: "
            u"expected a node id (an integer of 0 or more), got \"broker-2\""_s },
        { u"negative-node-id.yaml"_s,
            u":11: sites[0].clusters[0].metrics.nodes.-1: "
            u"expected a node id (an integer of 0 or more), got \"-1\""_s },
        { u"bad-metrics-url.yaml"_s,
            u":10: sites[0].clusters[0].metrics.url: "
            u"expected an http:// or https:// URL, got \"ftp://{host}:7071/metrics\""_s },
        { u"bad-node-url.yaml"_s,
            u":11: sites[0].clusters[0].metrics.nodes.1: "
            u"expected an http:// or https:// URL, got \"127.0.0.1:17071\""_s },
    };
}

} // namespace

class TestFleetFileParser : public QObject
{
    Q_OBJECT

private slots:
    void completeFile();
    void minimalFile();
    void sampleFleet();
    void malformedFile_data();
    void malformedFile();
    void everyMalformedFileIsChecked();
    void unreadableFile_data();
    void unreadableFile();
    void text();
    void textError();
};

void TestFleetFileParser::completeFile()
{
    const QString path = dataPath(u"complete.yaml"_s);
    const Result<Fleet> parsed = parseFleetFile(path);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.errorMessage()));
    const Fleet &fleet = *parsed;
    QCOMPARE(fleet.sourcePath, path);
    QCOMPARE(fleet.readOnly, true);
    QCOMPARE(fleet.sites.size(), 2);

    const SiteConfig &dc = fleet.sites[0];
    QCOMPARE(dc.name, u"central-dc"_s);
    QCOMPARE(dc.location, u"Frankfurt, DE"_s);
    QCOMPARE(dc.tags, QStringList({ u"eu"_s, u"datacenter"_s }));
    QCOMPARE(dc.clusters.size(), 1);

    const ClusterConfig &central = dc.clusters[0];
    QCOMPARE(central.name, u"central"_s);
    QCOMPARE(central.role, ClusterRole::Central);
    QVERIFY(!central.mirror);
    QCOMPARE(central.pollInterval.count(), 60000);
    QCOMPARE(central.readOnly, false); // overrides the fleet's read_only: true
    QCOMPARE(central.tags, QStringList({ u"eu"_s, u"datacenter"_s, u"core"_s }));
    const QMap<QString, QString> centralProperties {
        { u"bootstrap.servers"_s, u"kafka-1.dc.example:9093,kafka-2.dc.example:9093"_s },
        { u"security.protocol"_s, u"SASL_SSL"_s },
        { u"sasl.mechanism"_s, u"SCRAM-SHA-512"_s },
        { u"sasl.username"_s, u"fleetscope"_s },
        { u"ssl.ca.location"_s, u"/etc/fleetscope/ca.pem"_s },
        { u"socket.timeout.ms"_s, u"30000"_s },
        { u"enable.ssl.certificate.verification"_s, u"true"_s },
    };
    QCOMPARE(central.properties, centralProperties);
    QCOMPARE(central.bootstrapServers(), u"kafka-1.dc.example:9093,kafka-2.dc.example:9093"_s);
    QCOMPARE(central.metrics.urlTemplate, u"https://{host}:7071/metrics"_s);
    const QMap<int, QString> perNode { { 1, u"http://127.0.0.1:17071/metrics"_s },
        { 2, u"http://127.0.0.1:17072/metrics"_s } };
    QCOMPARE(central.metrics.perNode, perNode);
    QCOMPARE(central.metrics.urlFor(1, u"kafka-1.dc.example"_s), u"http://127.0.0.1:17071/metrics"_s);
    QCOMPARE(central.metrics.urlFor(2, u"kafka-2.dc.example"_s), u"http://127.0.0.1:17072/metrics"_s);
    QCOMPARE(
        central.metrics.urlFor(3, u"kafka-3.dc.example"_s), u"https://kafka-3.dc.example:7071/metrics"_s);

    const SiteConfig &munich = fleet.sites[1];
    QCOMPARE(munich.name, u"plant-munich"_s);
    QCOMPARE(munich.location, u"Munich, DE"_s);
    QCOMPARE(munich.tags, QStringList({ u"eu"_s, u"factory"_s }));
    QCOMPARE(munich.clusters.size(), 2);

    const ClusterConfig &edge = munich.clusters[0];
    QCOMPARE(edge.name, u"munich-edge"_s);
    QCOMPARE(edge.role, ClusterRole::Edge);
    QVERIFY(edge.mirror);
    QCOMPARE(edge.mirror->intoCluster, u"central"_s);
    QCOMPARE(edge.mirror->alias, u"munich"_s);
    QCOMPARE(edge.pollInterval.count(), 500);
    QCOMPARE(edge.readOnly, true); // the fleet's
    QCOMPARE(edge.tags, QStringList({ u"eu"_s, u"factory"_s, u"line-1"_s }));
    QCOMPARE(edge.properties, (QMap<QString, QString> { { u"bootstrap.servers"_s, u"10.1.2.3:9092"_s } }));
    QCOMPARE(edge.metrics.urlTemplate, u"http://{host}:7071/metrics"_s);
    QVERIFY(edge.metrics.perNode.isEmpty());
    QCOMPARE(edge.metrics.urlFor(7, u"10.1.2.3"_s), u"http://10.1.2.3:7071/metrics"_s);

    const ClusterConfig &edge2 = munich.clusters[1];
    QCOMPARE(edge2.name, u"munich-edge-2"_s);
    QCOMPARE(edge2.role, ClusterRole::Edge);
    QVERIFY(edge2.mirror);
    QCOMPARE(edge2.mirror->intoCluster, u"central"_s);
    QCOMPARE(edge2.mirror->alias, u"munich-edge-2"_s); // defaults to the cluster name
    QCOMPARE(edge2.pollInterval.count(), 5000); // plain seconds
    QCOMPARE(edge2.readOnly, false);
    QCOMPARE(edge2.tags, munich.tags);
    QCOMPARE(edge2.bootstrapServers(), u"10.1.2.4:9092"_s);
    QCOMPARE(edge2.metrics.urlFor(1, u"10.1.2.4"_s), QString());

    QCOMPARE(fleet.findCluster(u"munich-edge-2"_s), &edge2);
}

void TestFleetFileParser::minimalFile()
{
    const QString path = dataPath(u"minimal.yaml"_s);
    const Result<Fleet> parsed = parseFleetFile(path);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.errorMessage()));
    const Fleet &fleet = *parsed;
    QCOMPARE(fleet.sourcePath, path);
    QCOMPARE(fleet.readOnly, false);
    QCOMPARE(fleet.sites.size(), 1);

    const SiteConfig &site = fleet.sites[0];
    QCOMPARE(site.name, u"lab"_s);
    QCOMPARE(site.location, QString());
    QVERIFY(site.tags.isEmpty());
    QCOMPARE(site.clusters.size(), 1);

    const ClusterConfig &cluster = site.clusters[0];
    QCOMPARE(cluster.name, u"lab-kafka"_s);
    QCOMPARE(cluster.role, ClusterRole::Central);
    QVERIFY(!cluster.mirror);
    QCOMPARE(cluster.pollInterval.count(), 10000);
    QCOMPARE(cluster.readOnly, false);
    QVERIFY(cluster.tags.isEmpty());
    QCOMPARE(
        cluster.properties, (QMap<QString, QString> { { u"bootstrap.servers"_s, u"localhost:9092"_s } }));
    QVERIFY(cluster.metrics.urlTemplate.isEmpty());
    QVERIFY(cluster.metrics.perNode.isEmpty());
    QCOMPARE(cluster.metrics.urlFor(1, u"localhost"_s), QString());
}

void TestFleetFileParser::sampleFleet()
{
    const QString path = QStringLiteral(FLEETSCOPE_SOURCE_DIR "/resources/fleets/sample-fleet.yaml");
    const Result<Fleet> parsed = parseFleetFile(path);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.errorMessage()));

    // One central cluster; three edge sites, each mirroring into it; one edge on SASL_SSL.
    QList<const ClusterConfig *> central;
    QList<const ClusterConfig *> edges;
    for (const SiteConfig &site : parsed->sites) {
        for (const ClusterConfig &cluster : site.clusters) {
            (cluster.role == ClusterRole::Central ? central : edges).append(&cluster);
            QVERIFY(!cluster.bootstrapServers().isEmpty());
        }
    }
    QCOMPARE(central.size(), 1);
    QCOMPARE(edges.size(), 3);
    QCOMPARE(parsed->sites.size(), 4);
    int saslSsl = 0;
    for (const ClusterConfig *edge : std::as_const(edges)) {
        QVERIFY(edge->mirror);
        QCOMPARE(edge->mirror->intoCluster, central.front()->name);
        QVERIFY(!edge->tags.isEmpty());
        if (edge->properties.value(u"security.protocol"_s) == u"SASL_SSL")
            ++saslSsl;
    }
    QCOMPARE(saslSsl, 1);
    for (const SiteConfig &site : parsed->sites)
        QVERIFY2(!site.location.isEmpty(), qPrintable(site.name));
}

void TestFleetFileParser::malformedFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("message");

    for (const auto &[fileName, message] : malformedFiles())
        QTest::newRow(qPrintable(fileName)) << fileName << dataPath(fileName) + message;
}

void TestFleetFileParser::malformedFile()
{
    QFETCH(QString, fileName);
    QFETCH(QString, message);

    const Result<Fleet> parsed = parseFleetFile(dataPath(fileName));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errorMessage(), message);
}

void TestFleetFileParser::everyMalformedFileIsChecked()
{
    // A malformed file nobody checks would pass for a test that does not exist.
    QStringList checked { u"complete.yaml"_s, u"minimal.yaml"_s };
    for (const auto &[fileName, message] : malformedFiles())
        checked.append(fileName);
    const QStringList present = QDir(dataPath(QString())).entryList({ u"*.yaml"_s }, QDir::Files);
    for (const QString &fileName : present)
        QVERIFY2(checked.contains(fileName), qPrintable(fileName));
    QCOMPARE(present.size(), checked.size());
}

void TestFleetFileParser::unreadableFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    const QString missing = dataPath(u"does-not-exist.yaml"_s);
    QTest::newRow("missing") << missing
                             << missing + u": cannot read the fleet file: No such file or directory"_s;
    const QString relative = u"no/such/fleet.yaml"_s;
    QTest::newRow("relative path as given")
        << relative << relative + u": cannot read the fleet file: No such file or directory"_s;
    const QString directory = dataPath(QString());
    QTest::newRow("directory") << directory
                               << directory + u": cannot read the fleet file: file to open is a directory"_s;
}

void TestFleetFileParser::unreadableFile()
{
    QFETCH(QString, path);
    QFETCH(QString, message);

    const Result<Fleet> parsed = parseFleetFile(path);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errorMessage(), message);
}

void TestFleetFileParser::text()
{
    const Result<Fleet> parsed = parseFleetText(u"version: 1\n"
                                                u"poll_interval: 2m\n"
                                                u"sites: [{name: lab, clusters: [{name: k, role: central,\n"
                                                u"  properties: {bootstrap.servers: 'localhost:9092'}}]}]\n",
        u"inline fleet"_s);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.errorMessage()));
    QCOMPARE(parsed->sourcePath, u"inline fleet"_s);
    const ClusterConfig *cluster = parsed->findCluster(u"k"_s);
    QVERIFY(cluster);
    QCOMPARE(cluster->pollInterval.count(), 120000); // the fleet's default
    QCOMPARE(cluster->bootstrapServers(), u"localhost:9092"_s);
}

void TestFleetFileParser::textError()
{
    const Result<Fleet> version = parseFleetText(u"version: 2\n", u"inline fleet"_s);
    QVERIFY(!version.ok());
    QCOMPARE(version.errorMessage(), u"inline fleet:1: version: expected 1, got \"2\""_s);

    const Result<Fleet> syntax = parseFleetText(u"version: 1\nsites: [\n", u"inline fleet"_s);
    QVERIFY(!syntax.ok());
    QVERIFY2(syntax.errorMessage().startsWith(u"inline fleet:"), qPrintable(syntax.errorMessage()));
    QVERIFY2(syntax.errorMessage().contains(u"YAML syntax error"), qPrintable(syntax.errorMessage()));

    const Result<Fleet> empty = parseFleetText(u"", u"inline fleet"_s);
    QVERIFY(!empty.ok());
    QCOMPARE(
        empty.errorMessage(), u"inline fleet: expected a map with version and sites, got an empty file"_s);
}

QTEST_GUILESS_MAIN(TestFleetFileParser)

#include "tst_fleetfileparser.moc"
