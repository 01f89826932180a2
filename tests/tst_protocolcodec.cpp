// Unit: the primitives of the Kafka protocol codec (ByteWriter, ByteReader): round trips of every
// type with their exact bytes, and hostile input (negative lengths, lying counts, overlong varints),
// which must end in a sticky error naming the byte, never in a crash or a big allocation.
#include "protocol/ByteReader.h"
#include "protocol/ByteWriter.h"

#include <QTest>

#include <limits>

using namespace fleetscope;

class TestProtocolCodec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbers_data();
    void numbers();
    void strings_data();
    void strings();
    void arrayLengths();
    void hugeArrayCounts_data();
    void hugeArrayCounts();
    void taggedFieldsAreSkipped();
    void writerRefusesWhatDoesNotFit();
    void negativeLengthsAreMalformed();
    void overlongVarints();
    void errorsAreSticky();
};

namespace {

constexpr qint64 kInt32Min = std::numeric_limits<qint32>::min();
constexpr qint64 kInt32Max = std::numeric_limits<qint32>::max();
constexpr qint64 kInt64Min = std::numeric_limits<qint64>::min();
constexpr qint64 kInt64Max = std::numeric_limits<qint64>::max();

std::optional<QString> toText(const std::optional<QByteArray> &bytes)
{
    return bytes ? std::optional<QString>(QString::fromUtf8(*bytes)) : std::nullopt;
}

} // namespace

void TestProtocolCodec::numbers_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QByteArray>("hex");
    auto row = [](const char *kind, qint64 value, const char *hex) {
        QTest::addRow("%s %lld", kind, static_cast<long long>(value))
            << QString::fromLatin1(kind) << value << QByteArray(hex);
    };
    row("int8", 0, "00");
    row("int8", -1, "ff");
    row("int8", 127, "7f");
    row("int8", -128, "80");
    row("int16", -32768, "8000");
    row("int16", 258, "0102");
    row("int32", -1, "ffffffff");
    row("int32", kInt32Min, "80000000");
    row("int32", kInt32Max, "7fffffff");
    row("int64", 0x0102030405060708, "0102030405060708");
    row("int64", kInt64Min, "8000000000000000");
    row("int64", kInt64Max, "7fffffffffffffff");
    row("bool", 1, "01");
    row("bool", 0, "00");
    // Unsigned varints at every length boundary.
    row("uvarint", 0, "00");
    row("uvarint", 127, "7f");
    row("uvarint", 128, "8001");
    row("uvarint", 300, "ac02");
    row("uvarint", 16383, "ff7f");
    row("uvarint", 16384, "808001");
    row("uvarint", 2097151, "ffff7f");
    row("uvarint", 2097152, "80808001");
    row("uvarint", 268435455, "ffffff7f");
    row("uvarint", 268435456, "8080808001");
    row("uvarint", 4294967295, "ffffffff0f");
    // Zig-zag: small magnitudes stay short whatever the sign.
    row("varint", 0, "00");
    row("varint", -1, "01");
    row("varint", 1, "02");
    row("varint", -64, "7f");
    row("varint", 63, "7e");
    row("varint", 64, "8001");
    row("varint", kInt32Max, "feffffff0f");
    row("varint", kInt32Min, "ffffffff0f");
    row("varlong", 0, "00");
    row("varlong", -1, "01");
    row("varlong", 1LL << 40, "808080808040");
    row("varlong", kInt64Max, "feffffffffffffffff01");
    row("varlong", kInt64Min, "ffffffffffffffffff01");
}

void TestProtocolCodec::numbers()
{
    QFETCH(QString, kind);
    QFETCH(qint64, value);
    QFETCH(QByteArray, hex);

    ByteWriter writer;
    if (kind == u"int8")
        writer.writeInt8(qint8(value));
    else if (kind == u"int16")
        writer.writeInt16(qint16(value));
    else if (kind == u"int32")
        writer.writeInt32(qint32(value));
    else if (kind == u"int64")
        writer.writeInt64(value);
    else if (kind == u"bool")
        writer.writeBool(value != 0);
    else if (kind == u"uvarint")
        writer.writeUnsignedVarint(quint32(value));
    else if (kind == u"varint")
        writer.writeVarint(qint32(value));
    else
        writer.writeVarlong(value);
    QVERIFY(writer.ok());
    QCOMPARE(writer.data().toHex(), hex);

    ByteReader reader(writer.data());
    qint64 back = 0;
    if (kind == u"int8")
        back = reader.readInt8();
    else if (kind == u"int16")
        back = reader.readInt16();
    else if (kind == u"int32")
        back = reader.readInt32();
    else if (kind == u"int64")
        back = reader.readInt64();
    else if (kind == u"bool")
        back = reader.readBool() ? 1 : 0;
    else if (kind == u"uvarint")
        back = reader.readUnsignedVarint();
    else if (kind == u"varint")
        back = reader.readVarint();
    else
        back = reader.readVarlong();
    QVERIFY2(reader.ok(), qPrintable(reader.errorText()));
    QCOMPARE(back, value);
    QVERIFY(reader.atEnd());
}

void TestProtocolCodec::strings_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("isNull");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("hex");
    const QString long200(200, QLatin1Char('x'));
    QTest::newRow("string empty") << "string" << false << "" << QByteArray("0000");
    QTest::newRow("string abc") << "string" << false << "abc" << QByteArray("0003616263");
    QTest::newRow("string utf8") << "string" << false << QStringLiteral("Grüße ☃") << QByteArray();
    QTest::newRow("nullable string null") << "nullableString" << true << "" << QByteArray("ffff");
    QTest::newRow("nullable string empty") << "nullableString" << false << "" << QByteArray("0000");
    QTest::newRow("compact string empty") << "compactString" << false << "" << QByteArray("01");
    QTest::newRow("compact string abc") << "compactString" << false << "abc" << QByteArray("04616263");
    QTest::newRow("compact string 200")
        << "compactString" << false << long200 << (QByteArray("c901") + QByteArray(200, 'x').toHex());
    QTest::newRow("compact nullable null") << "compactNullableString" << true << "" << QByteArray("00");
    QTest::newRow("compact nullable empty") << "compactNullableString" << false << "" << QByteArray("01");
    QTest::newRow("bytes empty") << "bytes" << false << "" << QByteArray("00000000");
    QTest::newRow("bytes ab") << "bytes" << false << "ab" << QByteArray("000000026162");
    QTest::newRow("nullable bytes null") << "nullableBytes" << true << "" << QByteArray("ffffffff");
    QTest::newRow("compact bytes empty") << "compactBytes" << false << "" << QByteArray("01");
    QTest::newRow("compact nullable bytes null") << "compactNullableBytes" << true << "" << QByteArray("00");
    QTest::newRow("compact nullable bytes ab")
        << "compactNullableBytes" << false << "ab" << QByteArray("036162");
}

void TestProtocolCodec::strings()
{
    QFETCH(QString, kind);
    QFETCH(bool, isNull);
    QFETCH(QString, value);
    QFETCH(QByteArray, hex);
    const std::optional<QString> text = isNull ? std::nullopt : std::optional<QString>(value);
    const std::optional<QByteArray> bytes = isNull ? std::nullopt : std::optional<QByteArray>(value.toUtf8());

    ByteWriter writer;
    if (kind == u"string")
        writer.writeString(value);
    else if (kind == u"nullableString")
        writer.writeNullableString(text);
    else if (kind == u"compactString")
        writer.writeCompactString(value);
    else if (kind == u"compactNullableString")
        writer.writeCompactNullableString(text);
    else if (kind == u"bytes")
        writer.writeBytes(value.toUtf8());
    else if (kind == u"nullableBytes")
        writer.writeNullableBytes(bytes);
    else if (kind == u"compactBytes")
        writer.writeCompactBytes(value.toUtf8());
    else
        writer.writeCompactNullableBytes(bytes);
    QVERIFY(writer.ok());
    if (!hex.isEmpty())
        QCOMPARE(writer.data().toHex(), hex);

    ByteReader reader(writer.data());
    std::optional<QString> back;
    if (kind == u"string")
        back = reader.readString();
    else if (kind == u"nullableString")
        back = reader.readNullableString();
    else if (kind == u"compactString")
        back = reader.readCompactString();
    else if (kind == u"compactNullableString")
        back = reader.readCompactNullableString();
    else if (kind == u"bytes")
        back = QString::fromUtf8(reader.readBytes());
    else if (kind == u"nullableBytes")
        back = toText(reader.readNullableBytes());
    else if (kind == u"compactBytes")
        back = QString::fromUtf8(reader.readCompactBytes());
    else
        back = toText(reader.readCompactNullableBytes());
    QVERIFY2(reader.ok(), qPrintable(reader.errorText()));
    QVERIFY(reader.atEnd());
    QCOMPARE(back.has_value(), !isNull);
    if (back)
        QCOMPARE(*back, value);
}

void TestProtocolCodec::arrayLengths()
{
    ByteWriter writer;
    writer.writeNullArray();
    writer.writeArrayLength(0);
    writer.writeCompactNullArray();
    writer.writeCompactArrayLength(0);
    writer.writeCompactArrayLength(2);
    writer.writeInt16(1);
    writer.writeInt16(2);
    // clang-format off
    QCOMPARE(writer.data().toHex(), QByteArray("ffffffff00000000000103" "00010002"));
    // clang-format on

    ByteReader reader(writer.data());
    QCOMPARE(reader.readNullableArrayLength(1), std::nullopt);
    QCOMPARE(reader.readNullableArrayLength(1), std::optional<qint32>(0));
    QCOMPARE(reader.readCompactNullableArrayLength(1), std::nullopt); // null ...
    QCOMPARE(reader.readCompactNullableArrayLength(1), std::optional<qint32>(0)); // ... is not empty
    QCOMPARE(reader.readCompactArrayLength(2), 2);
    QCOMPARE(reader.readInt16(), qint16(1));
    QCOMPARE(reader.readInt16(), qint16(2));
    QVERIFY(reader.ok() && reader.atEnd());

    ByteReader nullWhereNotNullable(QByteArray::fromHex("00"));
    QCOMPARE(nullWhereNotNullable.readCompactArrayLength(1), 0);
    QVERIFY(!nullWhereNotNullable.ok());
    QVERIFY(nullWhereNotNullable.errorText().contains(u"null in a non-nullable"));
}

void TestProtocolCodec::taggedFieldsAreSkipped()
{
    ByteWriter writer;
    writer.writeInt32(7);
    writer.writeTaggedFields(
        { { 0, QByteArray("abc") }, { 5, QByteArray(8, '\xff') }, { 300, QByteArray(200, 'z') } });
    writer.writeEmptyTaggedFields();
    writer.writeInt32(42);
    QVERIFY(writer.ok());

    ByteReader reader(writer.data());
    QCOMPARE(reader.readInt32(), 7);
    QCOMPARE(reader.skipTaggedFields(), 3);
    QCOMPARE(reader.skipTaggedFields(), 0);
    QCOMPARE(reader.readInt32(), 42);
    QVERIFY(reader.ok() && reader.atEnd());
}

void TestProtocolCodec::writerRefusesWhatDoesNotFit()
{
    ByteWriter writer;
    writer.writeString(QString(40'000, QLatin1Char('a')));
    QVERIFY(!writer.ok());
    QVERIFY(writer.errorText().contains(u"40000"));
    ByteWriter tags;
    tags.writeTaggedFields({ { 3, {} }, { 1, {} } });
    QVERIFY(!tags.ok());
}

void TestProtocolCodec::negativeLengthsAreMalformed()
{
    ByteReader string(QByteArray::fromHex("fffb616263"));
    QCOMPARE(string.readNullableString(), std::nullopt);
    QVERIFY(string.errorText().startsWith(u"malformed at byte 0: string length -5"));
    ByteReader bytes(QByteArray::fromHex("fffffffe00"));
    QVERIFY(bytes.readBytes().isEmpty());
    QVERIFY(bytes.errorText().contains(u"bytes length -2"));
    ByteReader array(QByteArray::fromHex("fffffff9"));
    QCOMPARE(array.readNullableArrayLength(1), std::nullopt);
    QVERIFY(array.errorText().contains(u"array length -7"));
    ByteReader nullString(QByteArray::fromHex("ffff"));
    QVERIFY(nullString.readString().isEmpty());
    QVERIFY(nullString.errorText().contains(u"null in a non-nullable string"));
}

void TestProtocolCodec::overlongVarints()
{
    ByteReader varint(QByteArray::fromHex("ffffffffff01"));
    QCOMPARE(varint.readUnsignedVarint(), 0u);
    QVERIFY(varint.errorText().contains(u"varint longer than 32 bits"));
    ByteReader varlong(QByteArray::fromHex("ffffffffffffffffffff01"));
    QCOMPARE(varlong.readVarlong(), 0);
    QVERIFY(varlong.errorText().contains(u"varlong longer than 64 bits"));
    ByteReader cut(QByteArray::fromHex("ffff"));
    cut.readUnsignedVarint();
    QVERIFY(cut.truncated());
}

void TestProtocolCodec::errorsAreSticky()
{
    ByteReader reader(QByteArray::fromHex("0001020304"));
    QCOMPARE(reader.readInt32(), 0x00010203);
    QCOMPARE(reader.readInt64(), 0);
    QCOMPARE(reader.errorOffset(), 4);
    const QString first = reader.errorText();
    QVERIFY(first.startsWith(u"truncated at byte 4: an int64 needs 8 bytes, 1 left"));
    QCOMPARE(reader.readInt8(), qint8(0)); // one byte is there, but the reader has stopped
    QCOMPARE(reader.position(), 4);
    QCOMPARE(reader.errorText(), first);
}

void TestProtocolCodec::hugeArrayCounts_data()
{
    QTest::addColumn<bool>("compact");
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray tenBytes(10, '\0');
    QTest::newRow("classic 1e9") << false << QByteArray::fromHex("3b9aca00") + tenBytes;
    QTest::newRow("classic int32 max") << false << QByteArray::fromHex("7fffffff") + tenBytes;
    QTest::newRow("compact 1e9") << true << QByteArray::fromHex("8194ebdc03") + tenBytes;
    QTest::newRow("compact uint32 max") << true << QByteArray::fromHex("ffffffff0f") + tenBytes;
}

void TestProtocolCodec::hugeArrayCounts()
{
    QFETCH(bool, compact);
    QFETCH(QByteArray, bytes);
    ByteReader reader(bytes);
    const qint32 count = compact ? reader.readCompactArrayLength(1) : reader.readArrayLength(1);
    QCOMPARE(count, 0); // nothing for a caller to reserve
    QVERIFY(!reader.ok());
    QVERIFY2(reader.errorText().contains(u"truncated at byte")
            || reader.errorText().contains(u"malformed at byte"),
        qPrintable(reader.errorText()));
}

QTEST_GUILESS_MAIN(TestProtocolCodec)
#include "tst_protocolcodec.moc"
