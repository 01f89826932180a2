#include "protocol/ByteWriter.h"

#include <QtEndian>

#include <limits>

namespace fleetscope {

namespace {

template <typename T> void appendBigEndian(QByteArray &out, T value)
{
    char buffer[sizeof(T)];
    qToBigEndian(value, buffer);
    out.append(buffer, sizeof(T));
}

} // namespace

void ByteWriter::fail(const QString &what)
{
    if (m_error.isEmpty()) // the first failure is the one worth reporting
        m_error = what;
}

void ByteWriter::writeInt8(qint8 value)
{
    m_data.append(char(value));
}

void ByteWriter::writeInt16(qint16 value)
{
    appendBigEndian(m_data, value);
}

void ByteWriter::writeInt32(qint32 value)
{
    appendBigEndian(m_data, value);
}

void ByteWriter::writeInt64(qint64 value)
{
    appendBigEndian(m_data, value);
}

void ByteWriter::writeBool(bool value)
{
    m_data.append(value ? '\1' : '\0');
}

void ByteWriter::writeUnsignedVarint(quint32 value)
{
    while (value >= 0x80) {
        m_data.append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    m_data.append(char(value));
}

void ByteWriter::writeVarint(qint32 value)
{
    // Zig-zag keeps small negative numbers short; the shift is done unsigned to stay well defined.
    const quint32 zigzag = (quint32(value) << 1) ^ quint32(value >> 31);
    writeUnsignedVarint(zigzag);
}

void ByteWriter::writeVarlong(qint64 value)
{
    quint64 zigzag = (quint64(value) << 1) ^ quint64(value >> 63);
    while (zigzag >= 0x80) {
        m_data.append(char((zigzag & 0x7f) | 0x80));
        zigzag >>= 7;
    }
    m_data.append(char(zigzag));
}

void ByteWriter::writeRaw(QByteArrayView bytes)
{
    m_data.append(bytes.data(), bytes.size());
}

void ByteWriter::writeString(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (utf8.size() > std::numeric_limits<qint16>::max()) {
        fail(QStringLiteral("a string of %1 bytes does not fit an int16 length").arg(utf8.size()));
        return;
    }
    writeInt16(qint16(utf8.size()));
    writeRaw(utf8);
}

void ByteWriter::writeNullableString(const std::optional<QString> &value)
{
    if (value)
        writeString(*value);
    else
        writeInt16(-1);
}

void ByteWriter::writeBytes(QByteArrayView value)
{
    if (value.size() > std::numeric_limits<qint32>::max()) {
        fail(QStringLiteral("%1 bytes do not fit an int32 length").arg(value.size()));
        return;
    }
    writeInt32(qint32(value.size()));
    writeRaw(value);
}

void ByteWriter::writeNullableBytes(const std::optional<QByteArray> &value)
{
    if (value)
        writeBytes(*value);
    else
        writeInt32(-1);
}

void ByteWriter::writeArrayLength(qint32 count)
{
    if (count < 0) {
        fail(QStringLiteral("negative array length %1").arg(count));
        return;
    }
    writeInt32(count);
}

void ByteWriter::writeNullArray()
{
    writeInt32(-1);
}

void ByteWriter::writeCompactString(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    // Kafka caps compact strings at int16 range too (it checks on read), so refuse the same here.
    if (utf8.size() > std::numeric_limits<qint16>::max()) {
        fail(QStringLiteral("a string of %1 bytes is longer than Kafka accepts").arg(utf8.size()));
        return;
    }
    writeUnsignedVarint(quint32(utf8.size()) + 1);
    writeRaw(utf8);
}

void ByteWriter::writeCompactNullableString(const std::optional<QString> &value)
{
    if (value)
        writeCompactString(*value);
    else
        writeUnsignedVarint(0);
}

void ByteWriter::writeCompactBytes(QByteArrayView value)
{
    if (value.size() >= std::numeric_limits<qint32>::max()) {
        fail(QStringLiteral("%1 bytes do not fit a compact length").arg(value.size()));
        return;
    }
    writeUnsignedVarint(quint32(value.size()) + 1);
    writeRaw(value);
}

void ByteWriter::writeCompactNullableBytes(const std::optional<QByteArray> &value)
{
    if (value)
        writeCompactBytes(*value);
    else
        writeUnsignedVarint(0);
}

void ByteWriter::writeCompactArrayLength(qint32 count)
{
    if (count < 0 || count == std::numeric_limits<qint32>::max()) {
        fail(QStringLiteral("array length %1 cannot be written").arg(count));
        return;
    }
    writeUnsignedVarint(quint32(count) + 1);
}

void ByteWriter::writeCompactNullArray()
{
    writeUnsignedVarint(0);
}

void ByteWriter::writeEmptyTaggedFields()
{
    writeUnsignedVarint(0);
}

void ByteWriter::writeTaggedFields(const QList<TaggedField> &fields)
{
    for (qsizetype i = 1; i < fields.size(); ++i) {
        if (fields[i].first <= fields[i - 1].first) {
            fail(QStringLiteral("tagged fields must have ascending tags (%1 after %2)")
                     .arg(fields[i].first)
                     .arg(fields[i - 1].first));
            return;
        }
    }
    writeUnsignedVarint(quint32(fields.size()));
    for (const TaggedField &field : fields) {
        writeUnsignedVarint(field.first);
        writeUnsignedVarint(quint32(field.second.size()));
        writeRaw(field.second);
    }
}

} // namespace fleetscope
