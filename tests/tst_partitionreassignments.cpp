// Unit: the codec of AlterPartitionReassignments (45) and ListPartitionReassignments (46). Golden
// bytes written by hand from Kafka's message definitions (both flexible from v0; Alter v1 adds
// AllowReplicationFactorChange after TimeoutMs), round trips, and hostile responses: truncated at
// every byte, lying counts, random corruption. Each must be an Error, never a crash.
#include "protocol/PartitionReassignments.h"

#include <QRandomGenerator>
#include <QTest>

using namespace fleetscope;

class TestPartitionReassignments final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alterRequestGolden_data();
    void alterRequestGolden();
    void listRequestGolden_data();
    void listRequestGolden();
    void alterResponseGolden();
    void listResponseGolden();
    void alterRoundTrip_data();
    void alterRoundTrip();
    void listRoundTrip();
    void truncatedAtEveryByte_data();
    void truncatedAtEveryByte();
    void hostileCounts_data();
    void hostileCounts();
    void randomCorruptionNeverCrashes();
};

namespace {

AlterPartitionReassignmentsResponse sampleAlterResponse()
{
    AlterPartitionReassignmentsResponse response;
    response.throttleTimeMs = 3;
    response.partitions = {
        { QStringLiteral("orders"), 0, 0, {} },
        { QStringLiteral("orders"), 1, 39, QStringLiteral("Replica 7 is not registered.") },
        { QStringLiteral("télémétrie"), 4, 0, {} },
    };
    return response;
}

ListPartitionReassignmentsResponse sampleListResponse()
{
    ListPartitionReassignmentsResponse response;
    response.throttleTimeMs = 1;
    response.ongoing = {
        { QStringLiteral("orders"), 2, { 1, 2, 3 }, { 2, 3 }, {} },
        { QStringLiteral("orders"), 5, { 3, 1 }, {}, { 1 } },
        { QStringLiteral("metrics"), 0, { 2 }, {}, {} },
    };
    return response;
}

bool sameResults(const QList<ReassignmentPartitionResult> &a, const QList<ReassignmentPartitionResult> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto &x, const auto &y) {
        return x.topic == y.topic && x.partition == y.partition && x.errorCode == y.errorCode
            && x.errorMessage == y.errorMessage;
    });
}

bool sameOngoing(const QList<OngoingReassignment> &a, const QList<OngoingReassignment> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto &x, const auto &y) {
        return x.topic == y.topic && x.partition == y.partition && x.replicas == y.replicas
            && x.addingReplicas == y.addingReplicas && x.removingReplicas == y.removingReplicas;
    });
}

// The decoder's message, or a note that it decoded (which the caller's check then rejects).
template<typename T>
QString errorOf(const Result<T> &result)
{
    return result.ok() ? QStringLiteral("(decoded without error)") : result.errorMessage();
}

} // namespace

void TestPartitionReassignments::alterRequestGolden_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QByteArray>("hex");
    // TimeoutMs 30000; [v1: AllowReplicationFactorChange true]; one topic "t" with partition 0 ->
    // [1, 2, 3] and partition 1 cancelled (null replicas); every struct ends with empty tags.
    const QByteArray topics = "02" "0274" "03"
                              "00000000" "04" "00000001" "00000002" "00000003" "00"
                              "00000001" "00" "00"
                              "00"
                              "00";
    QTest::newRow("v0") << 0 << QByteArray("00007530" + topics);
    QTest::newRow("v1") << 1 << QByteArray("00007530" "01" + topics);
}

void TestPartitionReassignments::alterRequestGolden()
{
    QFETCH(int, version);
    QFETCH(QByteArray, hex);
    const QList<TopicReassignment> topics
        = { { QStringLiteral("t"), { { 0, QList<qint32> { 1, 2, 3 } }, { 1, std::nullopt } } } };
    const Result<QByteArray> body = PartitionReassignments::encodeAlterRequest(topics, 30000, qint16(version));
    QVERIFY2(body.ok(), qPrintable(body.ok() ? QString() : body.errorMessage()));
    QCOMPARE(body->toHex(), hex);
}

void TestPartitionReassignments::listRequestGolden_data()
{
    QTest::addColumn<bool>("all");
    QTest::addColumn<QByteArray>("hex");
    QTest::newRow("every topic") << true << QByteArray("00002710" "00" "00");
    QTest::newRow("topic t, partitions 0 and 2")
        << false << QByteArray("00002710" "02" "0274" "03" "00000000" "00000002" "00" "00");
}

void TestPartitionReassignments::listRequestGolden()
{
    QFETCH(bool, all);
    QFETCH(QByteArray, hex);
    const std::optional<QList<TopicPartitions>> topics = all
        ? std::nullopt
        : std::optional<QList<TopicPartitions>>({ { QStringLiteral("t"), { 0, 2 } } });
    const Result<QByteArray> body = PartitionReassignments::encodeListRequest(topics, 10000, 0);
    QVERIFY(body.ok());
    QCOMPARE(body->toHex(), hex);
}

void TestPartitionReassignments::alterResponseGolden()
{
    // v1: throttle 0, AllowReplicationFactorChange true, no top-level error, one topic "t" whose
    // partition 3 failed with INVALID_REPLICA_ASSIGNMENT (39) "bad", and one unknown tag (tag 5,
    // 2 bytes) on the partition that must be skipped.
    const QByteArray body = QByteArray::fromHex("00000000" "01" "0000" "00"
                                                "02" "0274" "02"
                                                "00000003" "0027" "04626164" "01" "05" "02" "abcd"
                                                "00"
                                                "00");
    const Result<AlterPartitionReassignmentsResponse> got = PartitionReassignments::decodeAlterResponse(body, 1);
    QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : got.errorMessage()));
    QCOMPARE(got->errorCode, qint16(0));
    QVERIFY(got->errorMessage.isEmpty());
    QVERIFY(got->allowReplicationFactorChange);
    QCOMPARE(got->partitions.size(), qsizetype(1));
    QCOMPARE(got->partitions[0].topic, QStringLiteral("t"));
    QCOMPARE(got->partitions[0].partition, 3);
    QCOMPARE(got->partitions[0].errorCode, qint16(39));
    QCOMPARE(got->partitions[0].errorMessage, QStringLiteral("bad"));
}

void TestPartitionReassignments::listResponseGolden()
{
    // Throttle 0, no error, topic "t" partition 1: replicas [1, 2], adding [2], removing [].
    const QByteArray body = QByteArray::fromHex("00000000" "0000" "00"
                                                "02" "0274" "02"
                                                "00000001" "03" "00000001" "00000002" "02" "00000002" "01" "00"
                                                "00"
                                                "00");
    const Result<ListPartitionReassignmentsResponse> got = PartitionReassignments::decodeListResponse(body, 0);
    QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : got.errorMessage()));
    QCOMPARE(got->ongoing.size(), qsizetype(1));
    QCOMPARE(got->ongoing[0].topic, QStringLiteral("t"));
    QCOMPARE(got->ongoing[0].partition, 1);
    QCOMPARE(got->ongoing[0].replicas, (QList<qint32> { 1, 2 }));
    QCOMPARE(got->ongoing[0].addingReplicas, (QList<qint32> { 2 }));
    QVERIFY(got->ongoing[0].removingReplicas.isEmpty());
}

void TestPartitionReassignments::alterRoundTrip_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("v0") << 0;
    QTest::newRow("v1") << 1;
}

void TestPartitionReassignments::alterRoundTrip()
{
    QFETCH(int, version);
    AlterPartitionReassignmentsResponse sent = sampleAlterResponse();
    sent.errorCode = 41;
    sent.errorMessage = QStringLiteral("top-level trouble");
    sent.allowReplicationFactorChange = version < 1; // only v1 carries it; v0 decodes as true
    const Result<AlterPartitionReassignmentsResponse> got = PartitionReassignments::decodeAlterResponse(
        PartitionReassignments::encodeAlterResponse(sent, qint16(version)), qint16(version));
    QVERIFY(got.ok());
    QCOMPARE(got->throttleTimeMs, 3);
    QCOMPARE(got->errorCode, qint16(41));
    QCOMPARE(got->errorMessage, sent.errorMessage);
    QCOMPARE(got->allowReplicationFactorChange, sent.allowReplicationFactorChange);
    QVERIFY(sameResults(got->partitions, sent.partitions));
}

void TestPartitionReassignments::listRoundTrip()
{
    const ListPartitionReassignmentsResponse sent = sampleListResponse();
    const Result<ListPartitionReassignmentsResponse> got = PartitionReassignments::decodeListResponse(
        PartitionReassignments::encodeListResponse(sent, 0), 0);
    QVERIFY(got.ok());
    QCOMPARE(got->throttleTimeMs, 1);
    QVERIFY(sameOngoing(got->ongoing, sent.ongoing));
}

void TestPartitionReassignments::truncatedAtEveryByte_data()
{
    QTest::addColumn<bool>("alter");
    QTest::addColumn<int>("version");
    QTest::newRow("alter v0") << true << 0;
    QTest::newRow("alter v1") << true << 1;
    QTest::newRow("list v0") << false << 0;
}

void TestPartitionReassignments::truncatedAtEveryByte()
{
    QFETCH(bool, alter);
    QFETCH(int, version);
    const QByteArray whole = alter
        ? PartitionReassignments::encodeAlterResponse(sampleAlterResponse(), qint16(version))
        : PartitionReassignments::encodeListResponse(sampleListResponse(), qint16(version));
    const QString name = alter ? QStringLiteral("AlterPartitionReassignments") : QStringLiteral("ListPartitionReassignments");
    for (qsizetype cut = 0; cut < whole.size(); ++cut) {
        const QString error = alter
            ? errorOf(PartitionReassignments::decodeAlterResponse(whole.left(cut), qint16(version)))
            : errorOf(PartitionReassignments::decodeListResponse(whole.left(cut), qint16(version)));
        QVERIFY2(error.contains(QStringLiteral("cannot read the %1 response: truncated at byte ").arg(name)),
            qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(error)));
    }
}

void TestPartitionReassignments::hostileCounts_data()
{
    QTest::addColumn<bool>("alter");
    QTest::addColumn<QByteArray>("body");
    const QByteArray tenBytes(10, '\0');
    // clang-format off
    // A billion topics announced (uvarint 1e9 + 1), ten bytes behind them.
    QTest::newRow("alter 1e9 topics") << true << QByteArray::fromHex("00000000" "0000" "00" "8194ebdc03") + tenBytes;
    QTest::newRow("list 1e9 topics") << false << QByteArray::fromHex("00000000" "0000" "00" "8194ebdc03") + tenBytes;
    // One topic, then the largest count a 5-byte uvarint holds for its partitions.
    QTest::newRow("alter max partitions")
        << true << QByteArray::fromHex("00000000" "0000" "00" "02" "0274" "ffffffff0f") + tenBytes;
    QTest::newRow("list max replicas")
        << false << QByteArray::fromHex("00000000" "0000" "00" "02" "0274" "02" "00000001" "ffffffff0f") + tenBytes;
    // An error message claiming 1 GB.
    QTest::newRow("alter huge error message") << true << QByteArray::fromHex("00000000" "0000" "8194ebdc03") + tenBytes;
    // A tag section claiming a billion tags.
    QTest::newRow("list huge tag count")
        << false << QByteArray::fromHex("00000000" "0000" "00" "01" "8194ebdc03") + tenBytes;
    // A varint that never ends.
    QTest::newRow("list endless varint") << false << QByteArray::fromHex("00000000" "0000" "00" "ffffffffffffff");
    // clang-format on
}

void TestPartitionReassignments::hostileCounts()
{
    QFETCH(bool, alter);
    QFETCH(QByteArray, body);
    const QString error = alter ? errorOf(PartitionReassignments::decodeAlterResponse(body, 0))
                                : errorOf(PartitionReassignments::decodeListResponse(body, 0));
    QVERIFY2(error.startsWith(QStringLiteral("cannot read the ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("at byte ")), qPrintable(error));
}

void TestPartitionReassignments::randomCorruptionNeverCrashes()
{
    // Flip random bytes of valid responses: every decode either succeeds or returns an Error.
    QRandomGenerator random(4242);
    const QByteArray alter = PartitionReassignments::encodeAlterResponse(sampleAlterResponse(), 1);
    const QByteArray list = PartitionReassignments::encodeListResponse(sampleListResponse(), 0);
    int errors = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray a = alter;
        QByteArray l = list;
        for (int flips = 0; flips < 3; ++flips) {
            a[random.bounded(int(a.size()))] = char(random.bounded(256));
            l[random.bounded(int(l.size()))] = char(random.bounded(256));
        }
        errors += PartitionReassignments::decodeAlterResponse(a, 1).ok() ? 0 : 1;
        errors += PartitionReassignments::decodeListResponse(l, 0).ok() ? 0 : 1;
    }
    QVERIFY(errors > 0); // the corruption did reach the decoders' checks
}

QTEST_GUILESS_MAIN(TestPartitionReassignments)
#include "tst_partitionreassignments.moc"
