#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace fleetscope {

// Serialises Kafka protocol primitives, big-endian as the wire wants them.
// "Compact" writers are the flexible-version encodings (uvarint N+1, 0 = null); the others are the
// classic ones (int16-length strings, int32-length bytes and arrays, -1 = null).
// The only way to fail is a value that does not fit its length prefix (a string over 32,767 bytes):
// that is recorded once, ok() turns false and the caller must not send data().
class ByteWriter final
{
public:
    // A tagged field as it goes on the wire: tag number and the already-encoded field.
    using TaggedField = std::pair<quint32, QByteArray>;

    void writeInt8(qint8 value);
    void writeInt16(qint16 value);
    void writeInt32(qint32 value);
    void writeInt64(qint64 value);
    void writeBool(bool value);
    void writeUnsignedVarint(quint32 value);
    void writeVarint(qint32 value); // zig-zag
    void writeVarlong(qint64 value); // zig-zag
    void writeRaw(QByteArrayView bytes);

    void writeString(const QString &value);
    void writeNullableString(const std::optional<QString> &value);
    void writeBytes(QByteArrayView value);
    void writeNullableBytes(const std::optional<QByteArray> &value);
    void writeArrayLength(qint32 count);
    void writeNullArray();

    void writeCompactString(const QString &value);
    void writeCompactNullableString(const std::optional<QString> &value);
    void writeCompactBytes(QByteArrayView value);
    void writeCompactNullableBytes(const std::optional<QByteArray> &value);
    void writeCompactArrayLength(qint32 count);
    void writeCompactNullArray();

    // Every flexible struct ends with a tagged-field section; ours carry no tagged fields.
    void writeEmptyTaggedFields();
    // Tags must be strictly ascending, as Kafka's readers require.
    void writeTaggedFields(const QList<TaggedField> &fields);

    const QByteArray &data() const { return m_data; }
    qsizetype size() const { return m_data.size(); }
    bool ok() const { return m_error.isEmpty(); }
    const QString &errorText() const { return m_error; }

private:
    void fail(const QString &what);

    QByteArray m_data;
    QString m_error;
};

} // namespace fleetscope
