#pragma once

#include "protocol/ByteReader.h"
#include "protocol/ByteWriter.h"

#include <optional>

namespace fleetscope {

// One message version's encoding on top of ByteReader/ByteWriter: classic (int16 strings, int32
// arrays) or flexible (compact strings and arrays, a tagged-field section after every struct). Codecs
// that span both encodings write each field once instead of an if per field.
class VersionedReader final
{
public:
    VersionedReader(ByteReader &reader, bool flexible) : m_reader(reader), m_flexible(flexible) { }

    QString string() { return m_flexible ? m_reader.readCompactString() : m_reader.readString(); }
    std::optional<QString> nullableString()
    {
        return m_flexible ? m_reader.readCompactNullableString() : m_reader.readNullableString();
    }
    // minClassic / minCompact: smallest encoding of one element in each form (see ByteReader).
    qint32 arrayLength(int minClassic, int minCompact)
    {
        return m_flexible ? m_reader.readCompactArrayLength(minCompact) : m_reader.readArrayLength(minClassic);
    }
    std::optional<qint32> nullableArrayLength(int minClassic, int minCompact)
    {
        return m_flexible ? m_reader.readCompactNullableArrayLength(minCompact)
                          : m_reader.readNullableArrayLength(minClassic);
    }
    void endStruct()
    {
        if (m_flexible)
            m_reader.skipTaggedFields();
    }

private:
    ByteReader &m_reader;
    bool m_flexible;
};

class VersionedWriter final
{
public:
    VersionedWriter(ByteWriter &writer, bool flexible) : m_writer(writer), m_flexible(flexible) { }

    void string(const QString &value)
    {
        m_flexible ? m_writer.writeCompactString(value) : m_writer.writeString(value);
    }
    void nullableString(const std::optional<QString> &value)
    {
        m_flexible ? m_writer.writeCompactNullableString(value) : m_writer.writeNullableString(value);
    }
    void arrayLength(qsizetype count)
    {
        m_flexible ? m_writer.writeCompactArrayLength(qint32(count)) : m_writer.writeArrayLength(qint32(count));
    }
    void nullArray() { m_flexible ? m_writer.writeCompactNullArray() : m_writer.writeNullArray(); }
    void endStruct()
    {
        if (m_flexible)
            m_writer.writeEmptyTaggedFields();
    }

private:
    ByteWriter &m_writer;
    bool m_flexible;
};

} // namespace fleetscope
