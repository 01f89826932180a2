// Unit: the Kafka messages we decode (ApiVersions, DescribeLogDirs): golden bytes written by hand
// from Kafka's message definitions, round trips of every version, and hostile responses: truncated at
// every byte, lying counts. Each must be an Error naming the message and the byte, never a crash.
#include "protocol/ApiVersions.h"
#include "protocol/ByteWriter.h"
#include "protocol/DescribeLogDirs.h"
#include "protocol/KafkaErrorCode.h"

#include <QRandomGenerator>
#include <QTest>

using namespace fleetscope;

class TestProtocolMessages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describeLogDirsRequest_data();
    void describeLogDirsRequest();
    void describeLogDirsRoundTrip_data();
    void describeLogDirsRoundTrip();
    void describeLogDirsGoldenV4();
    void apiVersionsGolden();
    void apiVersionsRequestV3();
    void unknownTagsInMessages();
    void truncatedAtEveryByte_data();
    void truncatedAtEveryByte();
    void hostileCounts_data();
    void hostileCounts();
    void randomCorruptionNeverCrashes();
    void errorTexts();
};

namespace {

DescribeLogDirsResponse sampleResponse()
{
    DescribeLogDirsResponse response;
    response.throttleTimeMs = 7;
    LogDir first;
    first.path = QStringLiteral("/var/lib/kafka/data-1");
    first.totalBytes = 500'000'000'000;
    first.usableBytes = 123'456'789'012;
    first.topics = { { QStringLiteral("orders"), { { 0, 1024, 0, false }, { 2, 4096, 3, false } } },
        { QStringLiteral("télémétrie"), { { 5, 1LL << 40, 0, true } } } };
    LogDir offline;
    offline.path = QStringLiteral("/var/lib/kafka/data-2");
    offline.errorCode = KafkaErrorCode::KafkaStorageError;
    response.logDirs = { first, offline };
    return response;
}

} // namespace

void TestProtocolMessages::describeLogDirsRequest_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QByteArray>("hex");
    QTest::newRow("v0") << 0 << QByteArray("ffffffff");
    QTest::newRow("v1") << 1 << QByteArray("ffffffff");
    QTest::newRow("v2 flexible") << 2 << QByteArray("0000"); // compact null array, empty tags
    QTest::newRow("v3") << 3 << QByteArray("0000");
    QTest::newRow("v4") << 4 << QByteArray("0000");
}

void TestProtocolMessages::describeLogDirsRequest()
{
    QFETCH(int, version);
    QFETCH(QByteArray, hex);
    QCOMPARE(DescribeLogDirs::encodeAllTopicsRequest(qint16(version)).toHex(), hex);
}

void TestProtocolMessages::describeLogDirsRoundTrip_data()
{
    QTest::addColumn<int>("version");
    for (int v = DescribeLogDirs::kMinVersion; v <= DescribeLogDirs::kMaxVersion; ++v)
        QTest::addRow("v%d", v) << v;
}

void TestProtocolMessages::describeLogDirsRoundTrip()
{
    QFETCH(int, version);
    const DescribeLogDirsResponse sent = sampleResponse();
    const Result<DescribeLogDirsResponse> got = DescribeLogDirs::decodeResponse(
        DescribeLogDirs::encodeResponse(sent, qint16(version)), qint16(version));
    QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : got.errorMessage()));
    QCOMPARE(got->throttleTimeMs, 7);
    QCOMPARE(got->logDirs.size(), 2);
    const LogDir &dir = got->logDirs[0];
    QCOMPARE(dir.path, sent.logDirs[0].path);
    QCOMPARE(dir.topics.size(), 2);
    QCOMPARE(dir.topics[1].name, QStringLiteral("télémétrie"));
    QCOMPARE(dir.topics[1].partitions[0].sizeBytes, 1LL << 40);
    QVERIFY(dir.topics[1].partitions[0].isFuture);
    QCOMPARE(dir.topics[0].partitions[1].offsetLag, 3);
    QCOMPARE(dir.partitionBytes(), 1024 + 4096 + (1LL << 40));
    QCOMPARE(dir.totalBytes, version >= 4 ? sent.logDirs[0].totalBytes : std::nullopt);
    QCOMPARE(dir.usableBytes, version >= 4 ? sent.logDirs[0].usableBytes : std::nullopt);
    const LogDir &offline = got->logDirs[1];
    QVERIFY(!offline.isOnline());
    QVERIFY(offline.errorText.startsWith(u"KAFKA_STORAGE_ERROR (56)"));
    QCOMPARE(offline.totalBytes, std::nullopt); // -1 on the wire means unknown
}

void TestProtocolMessages::describeLogDirsGoldenV4()
{
    // Written by hand from DescribeLogDirsResponse.json, independent of our encoder.
    // clang-format off
    const QByteArray body = QByteArray::fromHex("00000000" "0000" "02" // throttle, error, 1 result
                                                "0000" "032f64" "02" // no error, "/d", 1 topic
                                                "0274" "02" // "t", 1 partition
                                                "00000001" "0000000000000400" "0000000000000005" "00" "00"
                                                "00" // topic tags
                                                "0000000000100000" "0000000000080000" "00" // total, usable, tags
                                                "00");
    // clang-format on
    const Result<DescribeLogDirsResponse> got = DescribeLogDirs::decodeResponse(body, 4);
    QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : got.errorMessage()));
    QCOMPARE(got->logDirs.size(), 1);
    QCOMPARE(got->logDirs[0].path, QStringLiteral("/d"));
    QCOMPARE(got->logDirs[0].topics[0].name, QStringLiteral("t"));
    QCOMPARE(got->logDirs[0].topics[0].partitions[0].partition, 1);
    QCOMPARE(got->logDirs[0].topics[0].partitions[0].sizeBytes, 1024);
    QCOMPARE(got->logDirs[0].topics[0].partitions[0].offsetLag, 5);
    QCOMPARE(got->logDirs[0].totalBytes, std::optional<qint64>(0x100000));
    QCOMPARE(got->logDirs[0].usableBytes, std::optional<qint64>(0x80000));
}

void TestProtocolMessages::apiVersionsGolden()
{
    // clang-format off
    const QByteArray v0 = QByteArray::fromHex("0000" "00000002" "0012" "0000" "0004" "0023" "0001" "0004");
    Result<ApiVersionsResponse> got = ApiVersions::decodeResponse(v0, 0);
    QVERIFY(got.ok());
    QCOMPARE(got->apis.size(), 2);
    QCOMPARE(got->apis.value(35).minVersion, qint16(1));

    const QByteArray v3 = QByteArray::fromHex("0000" "02" "0023" "0001" "0004" "00" "00000000" "00");
    got = ApiVersions::decodeResponse(v3, 3);
    QVERIFY(got.ok());
    QCOMPARE(got->apis.value(35).maxVersion, qint16(4));

    // An old broker's refusal of v3 comes in the v0 layout (KIP-511), listing what it does accept.
    const QByteArray refusal = QByteArray::fromHex("0023" "00000001" "0012" "0000" "0002");
    // clang-format on
    got = ApiVersions::decodeResponse(refusal, 3);
    QVERIFY(got.ok());
    QCOMPARE(got->errorCode, KafkaErrorCode::UnsupportedVersion);
    QCOMPARE(got->apis.value(18).maxVersion, qint16(2));
}

void TestProtocolMessages::apiVersionsRequestV3()
{
    const QByteArray expected
        = QByteArray("0b") + QByteArray("fleetscope").toHex() + "06" + QByteArray("0.1.0").toHex() + "00";
    QCOMPARE(ApiVersions::encodeRequest(3, QStringLiteral("fleetscope"), QStringLiteral("0.1.0")).toHex(),
        expected);
    QVERIFY(ApiVersions::encodeRequest(0, QStringLiteral("fleetscope"), QStringLiteral("0.1.0")).isEmpty());
}

void TestProtocolMessages::truncatedAtEveryByte_data()
{
    QTest::addColumn<int>("version");
    for (int v = DescribeLogDirs::kMinVersion; v <= DescribeLogDirs::kMaxVersion; ++v)
        QTest::addRow("DescribeLogDirs v%d", v) << v;
}

void TestProtocolMessages::truncatedAtEveryByte()
{
    QFETCH(int, version);
    const QByteArray whole = DescribeLogDirs::encodeResponse(sampleResponse(), qint16(version));
    QVERIFY(DescribeLogDirs::decodeResponse(whole, qint16(version)).ok());
    for (qsizetype cut = 0; cut < whole.size(); ++cut) {
        const Result<DescribeLogDirsResponse> got
            = DescribeLogDirs::decodeResponse(whole.left(cut), qint16(version));
        QVERIFY2(!got.ok(), qPrintable(QStringLiteral("a prefix of %1 bytes decoded").arg(cut)));
        QVERIFY2(got.errorMessage().contains(
                     QStringLiteral("DescribeLogDirs v%1 response: truncated at byte ").arg(version)),
            qPrintable(got.errorMessage()));
    }
}

void TestProtocolMessages::hostileCounts_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("version");
    QTest::addColumn<QByteArray>("body");
    // clang-format off
    const QByteArray tenBytes(10, '\0');
    // A billion results (or entries) announced, ten bytes behind them.
    QTest::newRow("logdirs v1 1e9 results") << "DescribeLogDirs" << 1
                                            << QByteArray::fromHex("00000000" "3b9aca00") + tenBytes;
    QTest::newRow("logdirs v4 1e9 results") << "DescribeLogDirs" << 4
                                            << QByteArray::fromHex("00000000" "0000" "8194ebdc03") + tenBytes;
    QTest::newRow("logdirs v4 max partitions")
        << "DescribeLogDirs" << 4
        << QByteArray::fromHex("00000000" "0000" "02" "0000" "01" "02" "01" "ffffffff0f") + tenBytes;
    QTest::newRow("logdirs v4 huge tag count") << "DescribeLogDirs" << 4
                                               << QByteArray::fromHex("00000000" "0000" "01" "ffffffff0f") + tenBytes;
    QTest::newRow("logdirs v4 huge tag size") << "DescribeLogDirs" << 4
                                              << QByteArray::fromHex("00000000" "0000" "01" "01" "00" "ffffffff0f") + tenBytes;
    QTest::newRow("logdirs v1 negative results") << "DescribeLogDirs" << 1 << QByteArray::fromHex("00000000" "fffffffb");
    QTest::newRow("apiversions v0 bogus count") << "ApiVersions" << 0 << QByteArray::fromHex("0000" "7fffffff") + tenBytes;
    QTest::newRow("apiversions v3 bogus count") << "ApiVersions" << 3 << QByteArray::fromHex("0000" "ffffffff0f") + tenBytes;
    QTest::newRow("apiversions v0 negative count") << "ApiVersions" << 0 << QByteArray::fromHex("0000" "fffffff0");
    QTest::newRow("apiversions v3 empty") << "ApiVersions" << 3 << QByteArray();
    // clang-format on
}

void TestProtocolMessages::hostileCounts()
{
    QFETCH(QString, message);
    QFETCH(int, version);
    QFETCH(QByteArray, body);
    const QString error = message == u"ApiVersions"
        ? ApiVersions::decodeResponse(body, qint16(version)).error().message
        : DescribeLogDirs::decodeResponse(body, qint16(version)).error().message;
    QVERIFY2(
        error.contains(QStringLiteral("%1 v%2 response: ").arg(message).arg(version)), qPrintable(error));
    QVERIFY2(error.contains(u"truncated at byte") || error.contains(u"malformed at byte"), qPrintable(error));
}

void TestProtocolMessages::randomCorruptionNeverCrashes()
{
    // Flipped bytes anywhere (counts, lengths, varints) must decode or fail cleanly; run under ASan
    // this is a small fuzzer. A fixed seed keeps failures reproducible.
    QRandomGenerator random(20240611);
    for (qint16 version = 0; version <= DescribeLogDirs::kMaxVersion; ++version) {
        const QByteArray valid = DescribeLogDirs::encodeResponse(sampleResponse(), version);
        for (int round = 0; round < 2000; ++round) {
            QByteArray corrupt = valid;
            const int flips = 1 + int(random.bounded(4));
            for (int f = 0; f < flips; ++f)
                corrupt[random.bounded(int(corrupt.size()))] = char(random.bounded(256));
            const Result<DescribeLogDirsResponse> got = DescribeLogDirs::decodeResponse(corrupt, version);
            if (!got.ok())
                QVERIFY(got.errorMessage().contains(u" at byte "));
            (void)ApiVersions::decodeResponse(corrupt, version);
        }
    }
}

void TestProtocolMessages::errorTexts()
{
    QCOMPARE(kafkaErrorName(35), QStringLiteral("UNSUPPORTED_VERSION"));
    QCOMPARE(kafkaErrorName(-1), QStringLiteral("UNKNOWN_SERVER_ERROR"));
    QCOMPARE(kafkaErrorName(31000), QStringLiteral("UNKNOWN_ERROR_CODE"));
    QCOMPARE(kafkaErrorName(56), QStringLiteral("KAFKA_STORAGE_ERROR"));
    QCOMPARE(kafkaErrorName(60), QStringLiteral("REASSIGNMENT_IN_PROGRESS")); // the last of the table
    QCOMPARE(kafkaErrorName(85), QStringLiteral("NO_REASSIGNMENT_IN_PROGRESS"));
    QVERIFY(kafkaErrorText(31).contains(u"CLUSTER_AUTHORIZATION_FAILED (31): "));
}

void TestProtocolMessages::unknownTagsInMessages()
{
    // Unknown tags inside a real message (features of ApiVersions v3, future per-entry tags) are skipped too.
    ByteWriter body;
    body.writeInt16(0);
    body.writeCompactArrayLength(1);
    body.writeInt16(35);
    body.writeInt16(1);
    body.writeInt16(4);
    body.writeTaggedFields({ { 9, QByteArray("future") } });
    body.writeInt32(0);
    body.writeTaggedFields({ { 0, QByteArray(40, '\x01') }, { 1, QByteArray(8, '\x00') } });
    const Result<ApiVersionsResponse> decoded = ApiVersions::decodeResponse(body.data(), 3);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.errorMessage()));
    QCOMPARE(decoded->apis.value(35).maxVersion, qint16(4));
}

QTEST_GUILESS_MAIN(TestProtocolMessages)
#include "tst_protocolmessages.moc"
