#include "protocol/ByteReader.h"

#include <QtEndian>

#include <limits>

namespace fleetscope {

ByteReader::ByteReader(QByteArray data)
    : m_data(std::move(data))
{
}

bool ByteReader::need(qsizetype count, const char *what)
{
    if (!ok())
        return false;
    if (count <= remaining())
        return true;
    m_truncated = true;
    m_errorOffset = m_position;
    m_error = QStringLiteral("truncated at byte %1: %2 needs %3 bytes, %4 left")
                  .arg(m_position)
                  .arg(QLatin1String(what))
                  .arg(count)
                  .arg(remaining());
    return false;
}

void ByteReader::malformed(const QString &what)
{
    if (!ok())
        return;
    m_errorOffset = m_position;
    m_error = QStringLiteral("malformed at byte %1: %2").arg(m_position).arg(what);
}

template <typename T> T ByteReader::readBigEndian(const char *what)
{
    if (!need(qsizetype(sizeof(T)), what))
        return T {};
    const T value = qFromBigEndian<T>(m_data.constData() + m_position);
    m_position += sizeof(T);
    return value;
}

qint8 ByteReader::readInt8()
{
    return readBigEndian<qint8>("an int8");
}

qint16 ByteReader::readInt16()
{
    return readBigEndian<qint16>("an int16");
}

qint32 ByteReader::readInt32()
{
    return readBigEndian<qint32>("an int32");
}

qint64 ByteReader::readInt64()
{
    return readBigEndian<qint64>("an int64");
}

bool ByteReader::readBool()
{
    return readInt8() != 0; // Kafka reads any non-zero byte as true
}

quint32 ByteReader::readUnsignedVarint()
{
    const qsizetype start = m_position;
    quint32 value = 0;
    for (int i = 0; i < 5; ++i) {
        if (!need(1, "a varint"))
            return 0;
        const quint8 byte = quint8(m_data.at(m_position));
        // The fifth byte may only carry the top 4 bits of 32; more would be a longer number.
        if (i == 4 && byte > 0x0f) {
            m_position = start;
            malformed(QStringLiteral("a varint longer than 32 bits"));
            return 0;
        }
        ++m_position;
        value |= quint32(byte & 0x7f) << (7 * i);
        if ((byte & 0x80) == 0)
            return value;
    }
    return value; // not reached: the fifth byte check above ends the loop
}

qint32 ByteReader::readVarint()
{
    const quint32 zigzag = readUnsignedVarint();
    return qint32((zigzag >> 1) ^ (~(zigzag & 1) + 1));
}

qint64 ByteReader::readVarlong()
{
    const qsizetype start = m_position;
    quint64 zigzag = 0;
    for (int i = 0; i < 10; ++i) {
        if (!need(1, "a varlong"))
            return 0;
        const quint8 byte = quint8(m_data.at(m_position));
        if (i == 9 && byte > 0x01) {
            m_position = start;
            malformed(QStringLiteral("a varlong longer than 64 bits"));
            return 0;
        }
        ++m_position;
        zigzag |= quint64(byte & 0x7f) << (7 * i);
        if ((byte & 0x80) == 0)
            break;
    }
    return qint64((zigzag >> 1) ^ (~(zigzag & 1) + 1));
}

QByteArray ByteReader::take(qsizetype count)
{
    QByteArray out = m_data.mid(m_position, count);
    m_position += count;
    return out;
}

QString ByteReader::takeUtf8(qsizetype count)
{
    const QString out = QString::fromUtf8(m_data.constData() + m_position, count);
    m_position += count;
    return out;
}

void ByteReader::skip(qsizetype count)
{
    if (count < 0) {
        malformed(QStringLiteral("negative skip of %1 bytes").arg(count));
        return;
    }
    if (need(count, "skipped data"))
        m_position += count;
}

std::optional<QString> ByteReader::readNullableString()
{
    const qsizetype start = m_position;
    const qint16 length = readInt16();
    if (!ok())
        return std::nullopt;
    if (length == -1)
        return std::nullopt;
    if (length < 0) {
        m_position = start;
        malformed(QStringLiteral("string length %1").arg(length));
        return std::nullopt;
    }
    if (!need(length, "a string"))
        return std::nullopt;
    return takeUtf8(length);
}

QString ByteReader::readString()
{
    const qsizetype start = m_position;
    std::optional<QString> value = readNullableString();
    if (!value && ok()) {
        m_position = start;
        malformed(QStringLiteral("null in a non-nullable string"));
    }
    return value.value_or(QString());
}

std::optional<QByteArray> ByteReader::readNullableBytes()
{
    const qsizetype start = m_position;
    const qint32 length = readInt32();
    if (!ok() || length == -1)
        return std::nullopt;
    if (length < 0) {
        m_position = start;
        malformed(QStringLiteral("bytes length %1").arg(length));
        return std::nullopt;
    }
    if (!need(length, "a bytes field"))
        return std::nullopt;
    return take(length);
}

QByteArray ByteReader::readBytes()
{
    const qsizetype start = m_position;
    std::optional<QByteArray> value = readNullableBytes();
    if (!value && ok()) {
        m_position = start;
        malformed(QStringLiteral("null in a non-nullable bytes field"));
    }
    return value.value_or(QByteArray());
}

std::optional<QString> ByteReader::readCompactNullableString()
{
    const quint32 lengthPlusOne = readUnsignedVarint();
    if (!ok() || lengthPlusOne == 0)
        return std::nullopt;
    const qsizetype length = qsizetype(lengthPlusOne) - 1;
    if (!need(length, "a compact string"))
        return std::nullopt;
    return takeUtf8(length);
}

QString ByteReader::readCompactString()
{
    const qsizetype start = m_position;
    std::optional<QString> value = readCompactNullableString();
    if (!value && ok()) {
        m_position = start;
        malformed(QStringLiteral("null in a non-nullable compact string"));
    }
    return value.value_or(QString());
}

std::optional<QByteArray> ByteReader::readCompactNullableBytes()
{
    const quint32 lengthPlusOne = readUnsignedVarint();
    if (!ok() || lengthPlusOne == 0)
        return std::nullopt;
    const qsizetype length = qsizetype(lengthPlusOne) - 1;
    if (!need(length, "a compact bytes field"))
        return std::nullopt;
    return take(length);
}

QByteArray ByteReader::readCompactBytes()
{
    const qsizetype start = m_position;
    std::optional<QByteArray> value = readCompactNullableBytes();
    if (!value && ok()) {
        m_position = start;
        malformed(QStringLiteral("null in a non-nullable compact bytes field"));
    }
    return value.value_or(QByteArray());
}

bool ByteReader::checkCount(qint64 count, int minElementBytes, const char *what)
{
    if (count > std::numeric_limits<qint32>::max()) {
        malformed(QStringLiteral("%1 count %2").arg(QLatin1String(what)).arg(count));
        return false;
    }
    const qint64 atLeast = count * qMax(minElementBytes, 1);
    if (atLeast > remaining()) {
        // A count the data cannot hold: truncated or hostile; either way stop before any allocation.
        m_truncated = true;
        m_errorOffset = m_position;
        m_error = QStringLiteral("truncated at byte %1: %2 count %3 needs at least %4 bytes, %5 left")
                      .arg(m_position)
                      .arg(QLatin1String(what))
                      .arg(count)
                      .arg(atLeast)
                      .arg(remaining());
        return false;
    }
    return true;
}

std::optional<qint32> ByteReader::readNullableArrayLength(int minElementBytes)
{
    const qsizetype start = m_position;
    const qint32 count = readInt32();
    if (!ok() || count == -1)
        return std::nullopt;
    if (count < 0) {
        m_position = start;
        malformed(QStringLiteral("array length %1").arg(count));
        return std::nullopt;
    }
    if (!checkCount(count, minElementBytes, "array element"))
        return std::nullopt;
    return count;
}

qint32 ByteReader::readArrayLength(int minElementBytes)
{
    const qsizetype start = m_position;
    const std::optional<qint32> count = readNullableArrayLength(minElementBytes);
    if (!count && ok()) {
        m_position = start;
        malformed(QStringLiteral("null in a non-nullable array"));
    }
    return count.value_or(0);
}

std::optional<qint32> ByteReader::readCompactNullableArrayLength(int minElementBytes)
{
    const quint32 countPlusOne = readUnsignedVarint();
    if (!ok() || countPlusOne == 0)
        return std::nullopt;
    const qint64 count = qint64(countPlusOne) - 1;
    if (!checkCount(count, minElementBytes, "compact array element"))
        return std::nullopt;
    return qint32(count);
}

qint32 ByteReader::readCompactArrayLength(int minElementBytes)
{
    const qsizetype start = m_position;
    const std::optional<qint32> count = readCompactNullableArrayLength(minElementBytes);
    if (!count && ok()) {
        m_position = start;
        malformed(QStringLiteral("null in a non-nullable compact array"));
    }
    return count.value_or(0);
}

int ByteReader::skipTaggedFields()
{
    const quint32 count = readUnsignedVarint();
    // Each field takes at least two bytes (tag and size), so the count is bounded by what remains.
    if (!ok() || !checkCount(count, 2, "tagged field"))
        return 0;
    for (quint32 i = 0; i < count; ++i) {
        readUnsignedVarint(); // the tag: none is known to our decoders
        const quint32 size = readUnsignedVarint();
        if (!ok())
            return 0;
        if (!need(qsizetype(size), "a tagged field"))
            return 0;
        m_position += qsizetype(size);
    }
    return int(count);
}

} // namespace fleetscope
