#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace fleetscope {

// Reads Kafka protocol primitives from bytes that came off the network, so nothing here trusts them:
// every length and element count is checked against the bytes that remain before anything is
// allocated, and no read goes past the end.
//
// The first failure is sticky: the reader stops, every later read returns a zero value and does
// not move, and ok() stays false. Decoders read a whole message straight through, then check ok()
// once and turn errorText() ("truncated at byte 17: an int64 needs 8 bytes, 3 left") into an Error.
class ByteReader final
{
public:
    explicit ByteReader(QByteArray data);

    qint8 readInt8();
    qint16 readInt16();
    qint32 readInt32();
    qint64 readInt64();
    bool readBool();
    quint32 readUnsignedVarint(); // at most 5 bytes
    qint32 readVarint(); // zig-zag, at most 5 bytes
    qint64 readVarlong(); // zig-zag, at most 10 bytes

    // Classic encodings. A null where the field is not nullable is malformed, as in Kafka.
    QString readString();
    std::optional<QString> readNullableString();
    QByteArray readBytes();
    std::optional<QByteArray> readNullableBytes();
    // Compact encodings (flexible versions): uvarint N+1, 0 = null.
    QString readCompactString();
    std::optional<QString> readCompactNullableString();
    QByteArray readCompactBytes();
    std::optional<QByteArray> readCompactNullableBytes();

    // Element counts of arrays. minElementBytes is the smallest encoding of one element: the count
    // times that must fit in what remains, so a hostile count of a billion is an error here instead
    // of a billion-element reserve() in the caller. Non-nullable forms treat null as malformed and
    // return 0 on any failure; nullable forms return nullopt for null (and on failure: check ok()).
    qint32 readArrayLength(int minElementBytes);
    std::optional<qint32> readNullableArrayLength(int minElementBytes);
    qint32 readCompactArrayLength(int minElementBytes);
    std::optional<qint32> readCompactNullableArrayLength(int minElementBytes);

    // Reads a tagged-field section and skips every field: we know no tags in the messages we decode,
    // and unknown tags must be ignored for newer brokers to stay readable. Returns how many were skipped.
    int skipTaggedFields();
    void skip(qsizetype count);

    bool ok() const { return m_error.isEmpty(); }
    bool atEnd() const { return m_position >= m_data.size(); }
    qsizetype position() const { return m_position; }
    qsizetype remaining() const { return m_data.size() - m_position; }
    // The first failure, naming its byte offset; empty while ok().
    const QString &errorText() const { return m_error; }
    // Where the first failure happened; -1 while ok().
    qsizetype errorOffset() const { return m_errorOffset; }
    bool truncated() const { return m_truncated; }

private:
    bool need(qsizetype count, const char *what);
    void malformed(const QString &what);
    bool checkCount(qint64 count, int minElementBytes, const char *what);
    template <typename T> T readBigEndian(const char *what);
    QByteArray take(qsizetype count);
    QString takeUtf8(qsizetype count);

    QByteArray m_data;
    qsizetype m_position = 0;
    QString m_error;
    qsizetype m_errorOffset = -1;
    bool m_truncated = false;
};

} // namespace fleetscope
