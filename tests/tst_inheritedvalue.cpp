// What a removed key falls back to: the next DescribeConfigs synonym after the resource's own level,
// with hours and minutes synonyms turned into the key's milliseconds.
#include "reconfig/InheritedValue.h"

#include <QTest>

using namespace fleetscope;
using namespace Qt::StringLiterals;

class TestInheritedValue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextSource_data();
    void nextSource();
    void nothingAfterTheOwnLevel();
    void topicRetentionFromTheBroker();
};

void TestInheritedValue::nextSource_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("synonym");
    QTest::addColumn<QString>("synonymValue");
    QTest::addColumn<QString>("expected");
    QTest::newRow("same unit") << u"segment.bytes"_s << u"log.segment.bytes"_s << u"67108864"_s << u"67108864"_s;
    QTest::newRow("hours to ms") << u"log.retention.ms"_s << u"log.retention.hours"_s << u"24"_s << u"86400000"_s;
    QTest::newRow("minutes to ms") << u"log.retention.ms"_s << u"log.retention.minutes"_s << u"90"_s << u"5400000"_s;
    QTest::newRow("unlimited stays") << u"log.retention.ms"_s << u"log.retention.hours"_s << u"-1"_s << u"-1"_s;
    QTest::newRow("not a number") << u"cleanup.policy"_s << u"log.cleanup.policy"_s << u"delete"_s << u"delete"_s;
}

void TestInheritedValue::nextSource()
{
    QFETCH(QString, key);
    QFETCH(QString, synonym);
    QFETCH(QString, synonymValue);
    QFETCH(QString, expected);
    ConfigEntry entry;
    entry.name = key;
    entry.value = u"1"_s;
    entry.source = ConfigSource::DynamicBroker;
    entry.synonyms = {{key, u"1"_s, ConfigSource::DynamicBroker},
                      {synonym, synonymValue, ConfigSource::StaticBroker},
                      {synonym, u"168"_s, ConfigSource::Default}};
    const std::optional<ConfigSynonym> inherited = InheritedValue::of(entry, ConfigSource::DynamicBroker);
    QVERIFY(inherited);
    QCOMPARE(inherited->source, ConfigSource::StaticBroker);
    QCOMPARE(inherited->value, std::optional<QString>(expected));
}

void TestInheritedValue::nothingAfterTheOwnLevel()
{
    // A topic's retention.ms set on the topic: Kafka lists no broker synonym after it.
    ConfigEntry entry;
    entry.name = u"retention.ms"_s;
    entry.value = u"3600000"_s;
    entry.source = ConfigSource::TopicConfig;
    entry.synonyms = {{u"retention.ms"_s, u"3600000"_s, ConfigSource::TopicConfig}};
    QCOMPARE(InheritedValue::of(entry, ConfigSource::TopicConfig).has_value(), false);
}

void TestInheritedValue::topicRetentionFromTheBroker()
{
    ResourceConfigs broker;
    broker.resource = ConfigResource::broker(1);
    broker.entries = {{u"log.retention.ms"_s, std::nullopt},
                      {u"log.retention.minutes"_s, std::nullopt},
                      {u"log.retention.hours"_s, u"24"_s, false, ConfigSource::StaticBroker},
                      {u"log.roll.hours"_s, u"168"_s, false, ConfigSource::Default}};
    const std::optional<ConfigSynonym> retention = InheritedValue::fromBroker(u"retention.ms"_s, broker);
    QVERIFY(retention);
    QCOMPARE(retention->name, u"log.retention.hours"_s);
    QCOMPARE(retention->value, std::optional<QString>(u"86400000"_s));
    QCOMPARE(retention->source, ConfigSource::StaticBroker);
    QCOMPARE(InheritedValue::fromBroker(u"segment.ms"_s, broker)->value, std::optional<QString>(u"604800000"_s));
    // A value set in milliseconds wins over hours, as in Kafka.
    broker.entries[0].value = u"5000"_s;
    broker.entries[0].source = ConfigSource::DynamicDefaultBroker;
    QCOMPARE(InheritedValue::fromBroker(u"retention.ms"_s, broker)->value, std::optional<QString>(u"5000"_s));
    QVERIFY(!InheritedValue::fromBroker(u"segment.bytes"_s, broker)); // listed in the topic's own synonyms
}

QTEST_MAIN(TestInheritedValue)
#include "tst_inheritedvalue.moc"
