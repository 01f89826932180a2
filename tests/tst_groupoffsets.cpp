#include "protocol/ByteWriter.h"
#include "protocol/GroupOffsets.h"

#include <QTest>

using namespace fleetscope;

class TestGroupOffsets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesListGroups();
    void decodesOffsetFetch();
    void encodesOffsetFetchForEveryTopic();
    void truncatedResponsesAreErrors();
    void lyingCountsAreErrors();
};

namespace {

QByteArray listGroupsV4()
{
    ByteWriter w;
    w.writeInt32(0);
    w.writeInt16(0);
    w.writeCompactArrayLength(2);
    for (const char *id : {"billing", "analytics"}) {
        w.writeCompactString(QString::fromLatin1(id));
        w.writeCompactString(QStringLiteral("consumer"));
        w.writeCompactString(QStringLiteral("Stable"));
        w.writeEmptyTaggedFields();
    }
    w.writeEmptyTaggedFields();
    return w.data();
}

QByteArray offsetFetchV8()
{
    ByteWriter w;
    w.writeInt32(0);
    w.writeCompactArrayLength(2);
    w.writeCompactString(QStringLiteral("billing"));
    w.writeCompactArrayLength(1);
    w.writeCompactString(QStringLiteral("orders"));
    w.writeCompactArrayLength(2);
    for (auto [partition, offset] : {std::pair{0, 42LL}, std::pair{1, -1LL}}) {
        w.writeInt32(partition);
        w.writeInt64(offset);
        w.writeInt32(-1);
        w.writeCompactNullableString(std::nullopt);
        w.writeInt16(0);
        w.writeEmptyTaggedFields();
    }
    w.writeEmptyTaggedFields();
    w.writeInt16(0);
    w.writeEmptyTaggedFields();
    w.writeCompactString(QStringLiteral("analytics"));
    w.writeCompactArrayLength(0);
    w.writeInt16(16); // NOT_COORDINATOR
    w.writeEmptyTaggedFields();
    w.writeEmptyTaggedFields();
    return w.data();
}

} // namespace

void TestGroupOffsets::decodesListGroups()
{
    const auto groups = GroupOffsetsCodec::decodeListGroupsResponse(listGroupsV4(), 4);
    QVERIFY2(groups.ok(), qPrintable(groups.ok() ? QString() : groups.errorMessage()));
    QCOMPARE(groups->size(), 2);
    QCOMPARE(groups->at(1).groupId, QStringLiteral("analytics"));
    QCOMPARE(groups->at(1).state, QStringLiteral("Stable"));
    QCOMPARE(groups->at(0).protocolType, QStringLiteral("consumer"));
}

void TestGroupOffsets::decodesOffsetFetch()
{
    const auto groups = GroupOffsetsCodec::decodeOffsetFetchResponse(offsetFetchV8());
    QVERIFY2(groups.ok(), qPrintable(groups.ok() ? QString() : groups.errorMessage()));
    QCOMPARE(groups->size(), 2);
    QCOMPARE(groups->at(0).offsets.size(), 2);
    QCOMPARE(groups->at(0).offsets[0].topic, QStringLiteral("orders"));
    QCOMPARE(groups->at(0).offsets[0].offset, 42);
    QCOMPARE(groups->at(0).offsets[1].offset, -1);
    QCOMPARE(groups->at(1).errorCode, qint16(16));
}

void TestGroupOffsets::encodesOffsetFetchForEveryTopic()
{
    const QByteArray body = GroupOffsetsCodec::encodeOffsetFetchRequest({QStringLiteral("g")});
    // [1 group] "g" topics=null tags, require_stable=false, tags
    QCOMPARE(body, QByteArray::fromHex("0202670000" "00" "00"));
}

void TestGroupOffsets::truncatedResponsesAreErrors()
{
    const QByteArray list = listGroupsV4();
    for (qsizetype n = 0; n < list.size(); ++n)
        QVERIFY2(!GroupOffsetsCodec::decodeListGroupsResponse(list.left(n), 4).ok(), qPrintable(QString::number(n)));
    const QByteArray fetch = offsetFetchV8();
    for (qsizetype n = 0; n < fetch.size(); ++n)
        QVERIFY2(!GroupOffsetsCodec::decodeOffsetFetchResponse(fetch.left(n)).ok(), qPrintable(QString::number(n)));
}

void TestGroupOffsets::lyingCountsAreErrors()
{
    ByteWriter w;
    w.writeInt32(0);
    w.writeUnsignedVarint(1'000'000'000); // a billion groups in a few bytes
    w.writeInt32(0);
    const auto groups = GroupOffsetsCodec::decodeOffsetFetchResponse(w.data());
    QVERIFY(!groups.ok());
    QVERIFY(groups.errorMessage().startsWith(QStringLiteral("cannot read the OffsetFetch response")));
}

QTEST_GUILESS_MAIN(TestGroupOffsets)
#include "tst_groupoffsets.moc"
