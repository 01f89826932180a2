#include "kafka/StatisticsParser.h"

#include <QTest>

using namespace fleetscope;

class TestStatisticsParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesBrokersAndSkipsBootstrapEntries();
    void emptyRttWindowIsUnknown();
    void rejectsMalformedJson_data();
    void rejectsMalformedJson();
};

namespace {

// Shaped like librdkafka 2.0.2's statistics (STATISTICS.md), cut down to the fields we read and a few others.
const char *const sample = R"({
  "name": "fleetscope#producer-1", "type": "producer", "ts": 5016483227792, "time": 1700000123,
  "brokers": {
    "127.0.0.1:19292/bootstrap": { "name": "127.0.0.1:19292/bootstrap", "nodeid": -1,
      "nodename": "127.0.0.1:19292", "state": "UP", "stateage": 9057234,
      "rtt": { "min": 0, "max": 0, "avg": 0, "p99": 0, "cnt": 0 } },
    "127.0.0.1:19292/1": { "name": "127.0.0.1:19292/1", "nodeid": 1, "nodename": "127.0.0.1:19292",
      "state": "UP", "stateage": 12000000, "connects": 1, "disconnects": 0, "req_timeouts": 0,
      "rtt": { "min": 80, "max": 900, "avg": 250, "p50": 200, "p99": 870, "cnt": 12 } },
    "127.0.0.1:19392/2": { "name": "127.0.0.1:19392/2", "nodeid": 2, "nodename": "127.0.0.1:19392",
      "state": "TRY_CONNECT", "stateage": 1500000, "connects": 3, "disconnects": 2, "req_timeouts": 4,
      "rtt": { "min": 0, "max": 0, "avg": 0, "p99": 0, "cnt": 0 } }
  }
})";

} // namespace

void TestStatisticsParser::parsesBrokersAndSkipsBootstrapEntries()
{
    const Result<ClientStatistics> stats = StatisticsParser::parse(sample);
    QVERIFY2(stats.ok(), qPrintable(stats.ok() ? QString() : stats.errorMessage()));
    QCOMPARE(stats->wallTimeMs, 1700000123000LL);
    QCOMPARE(stats->brokers.size(), 2);

    BrokerLink one = stats->brokers[0].nodeId == 1 ? stats->brokers[0] : stats->brokers[1];
    QCOMPARE(one.nodeId, 1);
    QCOMPARE(one.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(one.port, 19292);
    QCOMPARE(one.rawState, QStringLiteral("UP"));
    QVERIFY(one.isUp());
    QCOMPARE(one.stateAgeMs, 12000LL);
    QCOMPARE(one.rttAvgUs, std::optional<qint64>(250));
    QCOMPARE(one.rttP99Us, std::optional<qint64>(870));
    QCOMPARE(one.connects, 1);

    BrokerLink two = stats->brokers[0].nodeId == 2 ? stats->brokers[0] : stats->brokers[1];
    QCOMPARE(two.rawState, QStringLiteral("TRY_CONNECT"));
    QVERIFY(!two.isUp());
    QCOMPARE(two.disconnects, 2);
    QCOMPARE(two.requestTimeouts, 4);
}

void TestStatisticsParser::emptyRttWindowIsUnknown()
{
    const Result<ClientStatistics> stats = StatisticsParser::parse(sample);
    QVERIFY(stats.ok());
    for (const BrokerLink &link : stats->brokers)
        if (link.nodeId == 2) {
            QVERIFY(!link.rttAvgUs.has_value()); // "cnt": 0 means no sample, not a 0 µs round trip
            QVERIFY(!link.rttP99Us.has_value());
        }
}

void TestStatisticsParser::rejectsMalformedJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray(sample).left(200);
    QTest::newRow("array") << QByteArray("[1,2,3]");
    QTest::newRow("garbage") << QByteArray("\x01\x02not json");
}

void TestStatisticsParser::rejectsMalformedJson()
{
    QFETCH(QByteArray, json);
    const Result<ClientStatistics> stats = StatisticsParser::parse(json);
    QVERIFY(!stats.ok());
    QVERIFY(stats.errorMessage().startsWith(QStringLiteral("librdkafka statistics are not valid JSON")));
}

QTEST_GUILESS_MAIN(TestStatisticsParser)
#include "tst_statisticsparser.moc"
