// Unit: the brokers-and-racks Metadata codec. Golden request bytes from Kafka's MetadataRequest
// definition, round trips across the classic and flexible versions, and truncated responses.
#include "protocol/MetadataBrokers.h"

#include <QTest>

using namespace fleetscope;

class TestMetadataBrokers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestGolden_data();
    void requestGolden();
    void roundTrip_data();
    void roundTrip();
    void truncatedAtEveryByte();
    void hostileCount();
};

void TestMetadataBrokers::requestGolden_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QByteArray>("hex");
    // Topics: an empty array (not null, which would mean all), AllowAutoTopicCreation false, the
    // authorized-operations flags where the version has them, tags from v9.
    QTest::newRow("v4") << 4 << QByteArray("00000000" "00");
    QTest::newRow("v8") << 8 << QByteArray("00000000" "00" "00" "00");
    QTest::newRow("v9") << 9 << QByteArray("01" "00" "00" "00" "00");
    QTest::newRow("v12") << 12 << QByteArray("01" "00" "00" "00");
}

void TestMetadataBrokers::requestGolden()
{
    QFETCH(int, version);
    QFETCH(QByteArray, hex);
    QCOMPARE(MetadataBrokers::encodeRequest(qint16(version)).toHex(), hex);
}

void TestMetadataBrokers::roundTrip_data()
{
    QTest::addColumn<int>("version");
    for (int v = MetadataBrokers::kMinVersion; v <= MetadataBrokers::kMaxVersion; ++v)
        QTest::addRow("v%d", v) << v;
}

void TestMetadataBrokers::roundTrip()
{
    QFETCH(int, version);
    const QList<BrokerRack> sent = { { 1, QStringLiteral("10.0.0.1"), 9092, QStringLiteral("hall-a") },
        { 2, QStringLiteral("10.0.0.2"), 9092, QString() }, { 3, QStringLiteral("kafka-3"), 19092, QStringLiteral("hall-b") } };
    const Result<QList<BrokerRack>> got
        = MetadataBrokers::decodeResponse(MetadataBrokers::encodeResponse(sent, qint16(version)), qint16(version));
    QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : got.errorMessage()));
    QCOMPARE(got->size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(got->at(i).nodeId, sent[i].nodeId);
        QCOMPARE(got->at(i).host, sent[i].host);
        QCOMPARE(got->at(i).port, sent[i].port);
        QCOMPARE(got->at(i).rack, sent[i].rack);
    }
}

void TestMetadataBrokers::truncatedAtEveryByte()
{
    for (qint16 version : { qint16(4), qint16(12) }) {
        const QList<BrokerRack> sent = { { 1, QStringLiteral("h"), 1, QStringLiteral("r") } };
        const QByteArray whole = MetadataBrokers::encodeResponse(sent, version);
        // The broker list ends before ClusterId; every cut inside it must fail.
        const qsizetype brokersEnd = version >= 9 ? 4 + 1 + 4 + 2 + 4 + 2 + 1 : 4 + 4 + 4 + 3 + 4 + 3;
        for (qsizetype cut = 0; cut < brokersEnd; ++cut) {
            const Result<QList<BrokerRack>> got = MetadataBrokers::decodeResponse(whole.left(cut), version);
            QVERIFY2(!got.ok(), qPrintable(QStringLiteral("v%1 cut at %2 decoded").arg(version).arg(cut)));
            QVERIFY2(got.errorMessage().contains(QStringLiteral("truncated at byte")), qPrintable(got.errorMessage()));
        }
        QVERIFY(MetadataBrokers::decodeResponse(whole.left(brokersEnd), version).ok());
    }
}

void TestMetadataBrokers::hostileCount()
{
    // A billion brokers announced (uvarint 1e9 + 1) with ten bytes behind them.
    const QByteArray body = QByteArray::fromHex("00000000" "8194ebdc03") + QByteArray(10, '\0');
    const Result<QList<BrokerRack>> got = MetadataBrokers::decodeResponse(body, 12);
    QVERIFY(!got.ok());
    QVERIFY2(got.errorMessage().startsWith(QStringLiteral("cannot read the Metadata v12 response")), qPrintable(got.errorMessage()));
}

QTEST_GUILESS_MAIN(TestMetadataBrokers)
#include "tst_metadatabrokers.moc"
