#include "history/JournalCodec.h"

#include <cstring>

namespace fleetscope {

namespace {

void putVarint(QByteArray &out, quint64 v)
{
    while (v >= 0x80) {
        out.append(char(uchar(v) | 0x80));
        v >>= 7;
    }
    out.append(char(uchar(v)));
}

quint64 zigzag(qint64 v)
{
    return (quint64(v) << 1) ^ quint64(v >> 63);
}

// Deltas wrap around instead of overflowing (undefined behaviour): a corrupt blob decodes to some
// values rather than trapping (fuzz_journal found it), and encode() round-trips every qint64.
qint64 wrappingDelta(qint64 value, qint64 previous)
{
    return qint64(quint64(value) - quint64(previous));
}

qint64 wrappingSum(qint64 value, qint64 delta)
{
    return qint64(quint64(value) + quint64(delta));
}

qint64 unzigzag(quint64 v)
{
    return qint64(v >> 1) ^ -qint64(v & 1);
}

class Reader
{
public:
    explicit Reader(const QByteArray &blob)
        : m_p(reinterpret_cast<const uchar *>(blob.constData())), m_end(m_p + blob.size())
    {
    }
    bool varint(quint64 &v)
    {
        v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p == m_end)
                return false;
            const uchar b = *m_p++;
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return true;
        }
        return false;
    }
    bool float32(float &f)
    {
        if (m_end - m_p < 4)
            return false;
        const quint32 bits = quint32(m_p[0]) | quint32(m_p[1]) << 8 | quint32(m_p[2]) << 16 | quint32(m_p[3]) << 24;
        std::memcpy(&f, &bits, 4);
        m_p += 4;
        return true;
    }
    bool atEnd() const { return m_p == m_end; }

private:
    const uchar *m_p;
    const uchar *m_end;
};

} // namespace

QByteArray JournalCodec::encode(std::span<const JournalSample> samples)
{
    QByteArray out;
    out.reserve(qsizetype(samples.size() * 8 + 8));
    putVarint(out, samples.size());
    qint64 series = 0;
    qint64 time = 0;
    for (const JournalSample &s : samples) {
        putVarint(out, zigzag(wrappingDelta(s.series, series)));
        putVarint(out, zigzag(wrappingDelta(s.slotMs, time)));
        series = s.series;
        time = s.slotMs;
        quint32 bits;
        std::memcpy(&bits, &s.value, 4);
        const char le[4] = {char(bits), char(bits >> 8), char(bits >> 16), char(bits >> 24)};
        out.append(le, 4);
    }
    return out;
}

std::optional<std::vector<JournalSample>> JournalCodec::decode(const QByteArray &blob)
{
    Reader in(blob);
    quint64 count = 0;
    // Every sample takes at least 6 bytes: a hostile count cannot make us allocate much.
    if (!in.varint(count) || count > quint64(blob.size()) / 6 + 1)
        return std::nullopt;
    std::vector<JournalSample> samples;
    samples.reserve(std::size_t(count));
    qint64 series = 0;
    qint64 time = 0;
    for (quint64 i = 0; i < count; ++i) {
        quint64 ds = 0;
        quint64 dt = 0;
        float value = 0;
        if (!in.varint(ds) || !in.varint(dt) || !in.float32(value))
            return std::nullopt;
        series = wrappingSum(series, unzigzag(ds));
        time = wrappingSum(time, unzigzag(dt));
        samples.push_back(JournalSample{series, time, value});
    }
    if (!in.atEnd())
        return std::nullopt;
    return samples;
}

} // namespace fleetscope
