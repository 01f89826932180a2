// Unit: what people type for a configuration key becomes what Kafka expects, or a clear refusal,
// before anything is sent (human units, "unlimited", booleans, integers, cleanup.policy).
#include "reconfig/ConfigPlanner.h"
#include "reconfig/ConfigValueParser.h"

#include <QTest>

using namespace fleetscope;

class TestConfigValueParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data();
    void normalize();
    void assignments();
    void humanize();
    void sensitiveKeys();
};

void TestConfigValueParser::normalize_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("declared");
    QTest::addColumn<QString>("expected"); // empty: refused
    const int unknown = int(ConfigType::Unknown);
    QTest::newRow("2d") << "retention.ms" << "2d" << unknown << "172800000";
    QTest::newRow("plain ms") << "retention.ms" << "3600000" << unknown << "3600000";
    QTest::newRow("unlimited ms") << "retention.ms" << "unlimited" << unknown << "-1";
    QTest::newRow("-1 ms") << "log.retention.ms" << "-1" << unknown << "-1";
    QTest::newRow("negative ms") << "segment.ms" << "-5" << unknown << "";
    QTest::newRow("not a duration") << "retention.ms" << "soon" << unknown << "";
    QTest::newRow("10 GiB") << "retention.bytes" << "10 GiB" << unknown << "10737418240";
    QTest::newRow("unlimited bytes") << "retention.bytes" << "Unlimited" << unknown << "-1";
    QTest::newRow("segment 512MiB") << "segment.bytes" << "512MiB" << unknown << "536870912";
    QTest::newRow("bytes fraction") << "segment.bytes" << "1.5 B" << unknown << "";
    QTest::newRow("bool") << "unclean.leader.election.enable" << "TRUE" << unknown << "true";
    QTest::newRow("bool bad") << "unclean.leader.election.enable" << "yes" << unknown << "";
    QTest::newRow("bool declared") << "preallocate" << "false" << int(ConfigType::Boolean) << "false";
    QTest::newRow("policy") << "cleanup.policy" << "Compact, delete" << unknown << "compact,delete";
    QTest::newRow("policy bad") << "cleanup.policy" << "shred" << unknown << "";
    QTest::newRow("isr") << "min.insync.replicas" << "2" << unknown << "2";
    QTest::newRow("isr word") << "min.insync.replicas" << "two" << unknown << "";
    QTest::newRow("int too big") << "max.message.bytes" << "3000000000" << int(ConfigType::Int) << "";
    QTest::newRow("int declared") << "message.downconversion" << "12" << int(ConfigType::Int) << "12";
    QTest::newRow("double") << "min.cleanable.dirty.ratio" << "0.25" << int(ConfigType::Double) << "0.25";
    QTest::newRow("double bad") << "min.cleanable.dirty.ratio" << "half" << int(ConfigType::Double) << "";
    QTest::newRow("string") << "compression.type" << "zstd" << unknown << "zstd";
    QTest::newRow("empty") << "compression.type" << " " << unknown << "";
}

void TestConfigValueParser::normalize()
{
    QFETCH(QString, key);
    QFETCH(QString, input);
    QFETCH(int, declared);
    QFETCH(QString, expected);
    const Result<QString> got = ConfigValueParser::normalize(key, input, ConfigType(declared));
    if (expected.isEmpty()) {
        QVERIFY2(!got.ok(), qPrintable(got.ok() ? *got : QString()));
        QVERIFY2(got.errorMessage().startsWith(key + u'='), qPrintable(got.errorMessage()));
    } else {
        QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : got.errorMessage()));
        QCOMPARE(*got, expected);
    }
}

void TestConfigValueParser::assignments()
{
    const auto changes = ConfigPlanner::parseAssignments({QStringLiteral("retention.ms=2d"), QStringLiteral("segment.ms=")});
    QVERIFY(changes.ok());
    QCOMPARE(changes->size(), 2);
    QCOMPARE(changes->at(0).value, std::optional<QString>(QStringLiteral("172800000")));
    QCOMPARE(changes->at(0).input, QStringLiteral("2d"));
    QVERIFY(!changes->at(1).value); // an empty value removes the key
    QVERIFY(!ConfigPlanner::parseAssignments({}).ok());
    QVERIFY(!ConfigPlanner::parseAssignments({QStringLiteral("retention.ms")}).ok());
    QVERIFY(!ConfigPlanner::parseAssignments({QStringLiteral("=5")}).ok());
    QVERIFY(!ConfigPlanner::parseAssignments({QStringLiteral("bad key=5")}).ok());
    const auto twice = ConfigPlanner::parseAssignments({QStringLiteral("retention.ms=1d"), QStringLiteral("retention.ms=2d")});
    QVERIFY(!twice.ok());
    QVERIFY(twice.errorMessage().contains(u"twice"));
}

void TestConfigValueParser::humanize()
{
    QCOMPARE(ConfigValueParser::humanize(QStringLiteral("retention.ms"), QStringLiteral("172800000")), QStringLiteral("2d"));
    QCOMPARE(ConfigValueParser::humanize(QStringLiteral("retention.ms"), QStringLiteral("-1")), QStringLiteral("unlimited"));
    QCOMPARE(ConfigValueParser::humanize(QStringLiteral("retention.bytes"), QStringLiteral("10737418240")),
             QStringLiteral("10 GiB"));
    QCOMPARE(ConfigValueParser::humanize(QStringLiteral("cleanup.policy"), QStringLiteral("delete")), QStringLiteral("delete"));
    QCOMPARE(ConfigValueParser::humanize(QStringLiteral("retention.ms"), std::nullopt), QStringLiteral("(none)"));
}

void TestConfigValueParser::sensitiveKeys()
{
    QVERIFY(ConfigValueParser::isSensitiveKey(QStringLiteral("ssl.key.password")));
    QVERIFY(ConfigValueParser::isSensitiveKey(QStringLiteral("listener.name.sasl.plain.sasl.jaas.config")));
    QVERIFY(ConfigValueParser::isSensitiveKey(QStringLiteral("anything"), ConfigType::Password));
    QVERIFY(!ConfigValueParser::isSensitiveKey(QStringLiteral("retention.ms")));
}

QTEST_GUILESS_MAIN(TestConfigValueParser)
#include "tst_configvalueparser.moc"
