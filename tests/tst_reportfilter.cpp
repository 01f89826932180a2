// The overview's filter box: free words and key:value terms, all of which must match a row.
#include "health/ReportFilter.h"

#include <QTest>

using namespace fleetscope;

Q_DECLARE_METATYPE(fleetscope::NodeReport)

class TestReportFilter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void stateWordsTellDownFromUnreachableAndStale();
};

namespace {

NodeReport report(LinkState link = LinkState::Up, bool reachable = true, bool stale = false)
{
    NodeReport r;
    r.site = QStringLiteral("plant-munich");
    r.cluster = QStringLiteral("munich-edge");
    r.nodeId = 12;
    r.link = link;
    r.clusterReachable = reachable;
    r.stale = stale;
    r.sampledAtMs = 1;
    r.brokersUp = reachable && link == LinkState::Up ? 1 : 0;
    r.severity = link == LinkState::Down || !reachable ? Severity::Critical : Severity::Healthy;
    return r;
}

} // namespace

void TestReportFilter::matches_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<NodeReport>("row");
    QTest::addColumn<bool>("expected");

    QTest::newRow("empty") << QString() << report() << true;
    QTest::newRow("word in site") << QStringLiteral("MUNICH") << report() << true;
    QTest::newRow("word nowhere") << QStringLiteral("berlin") << report() << false;
    QTest::newRow("word in tag") << QStringLiteral("fact") << report() << true;
    QTest::newRow("all words") << QStringLiteral("munich berlin") << report() << false;
    QTest::newRow("tag exact") << QStringLiteral("tag:eu") << report() << true;
    QTest::newRow("tag is not a prefix") << QStringLiteral("tag:e") << report() << false;
    QTest::newRow("tag case") << QStringLiteral("TAG:EU") << report() << true;
    QTest::newRow("site") << QStringLiteral("site:plant") << report() << true;
    QTest::newRow("cluster is not site") << QStringLiteral("cluster:plant") << report() << false;
    QTest::newRow("node exact") << QStringLiteral("node:12") << report() << true;
    QTest::newRow("node not partial") << QStringLiteral("node:1") << report() << false;
    QTest::newRow("state up") << QStringLiteral("state:up") << report() << true;
    QTest::newRow("state down") << QStringLiteral("state:down") << report(LinkState::Down) << true;
    QTest::newRow("down is not up") << QStringLiteral("state:up") << report(LinkState::Down) << false;
    QTest::newRow("unreachable is not down") << QStringLiteral("state:down") << report(LinkState::Up, false) << false;
    QTest::newRow("unreachable") << QStringLiteral("state:unreachable") << report(LinkState::Up, false) << true;
    QTest::newRow("stale") << QStringLiteral("state:stale") << report(LinkState::Up, true, true) << true;
    QTest::newRow("severity") << QStringLiteral("severity:critical") << report(LinkState::Down) << true;
    QTest::newRow("health alias") << QStringLiteral("health:healthy") << report() << true;
    QTest::newRow("negated") << QStringLiteral("-state:up") << report() << false;
    QTest::newRow("negated word") << QStringLiteral("-berlin") << report() << true;
    QTest::newRow("unknown key is text") << QStringLiteral("munich-edge:9092") << report() << false;
    QTest::newRow("lone minus is text") << QStringLiteral("-") << report() << true; // "plant-munich"
}

void TestReportFilter::matches()
{
    QFETCH(QString, filter);
    QFETCH(NodeReport, row);
    QFETCH(bool, expected);
    QCOMPARE(ReportFilter(filter).matches(row, {QStringLiteral("eu"), QStringLiteral("factory")}), expected);
}

void TestReportFilter::stateWordsTellDownFromUnreachableAndStale()
{
    QCOMPARE(ReportFilter::stateWords(report()), QStringList{QStringLiteral("up")});
    QCOMPARE(ReportFilter::stateWords(report(LinkState::Down)), QStringList{QStringLiteral("down")});
    QCOMPARE(ReportFilter::stateWords(report(LinkState::Up, false)), QStringList{QStringLiteral("unreachable")});
    QCOMPARE(ReportFilter::stateWords(report(LinkState::Up, true, true)),
             (QStringList{QStringLiteral("up"), QStringLiteral("stale")}));
    NodeReport waiting;
    QCOMPARE(ReportFilter::stateWords(waiting), QStringList{QStringLiteral("waiting")});
}

QTEST_APPLESS_MAIN(TestReportFilter)
#include "tst_reportfilter.moc"
