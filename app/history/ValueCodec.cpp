#include "history/ValueCodec.h"

#include <cstring>

namespace fleetscope {

namespace {

// zlib's default level: level 9 takes about three times longer for a few percent.
constexpr int kCompressionLevel = 6;

} // namespace

QByteArray ValueCodec::encodeFloats(std::span<const float> values)
{
    const std::size_t n = values.size();
    QByteArray planes(qsizetype(n * 4), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(planes.data());
    quint32 previous = 0;
    for (std::size_t i = 0; i < n; ++i) {
        quint32 bits;
        std::memcpy(&bits, &values[i], 4);
        const quint32 x = bits ^ previous;
        previous = bits;
        out[i] = uchar(x >> 24);
        out[n + i] = uchar(x >> 16);
        out[2 * n + i] = uchar(x >> 8);
        out[3 * n + i] = uchar(x);
    }
    return qCompress(planes, kCompressionLevel);
}

std::optional<std::vector<float>> ValueCodec::decodeFloats(const QByteArray &blob, std::size_t count)
{
    // qCompress starts with the uncompressed size (big-endian): check it before inflating.
    if (blob.size() < 4)
        return std::nullopt;
    const auto *head = reinterpret_cast<const uchar *>(blob.constData());
    const quint32 declared = quint32(head[0]) << 24 | quint32(head[1]) << 16 | quint32(head[2]) << 8 | head[3];
    if (declared != count * 4)
        return std::nullopt;
    const QByteArray planes = qUncompress(blob);
    if (std::size_t(planes.size()) != count * 4)
        return std::nullopt;
    const auto *in = reinterpret_cast<const uchar *>(planes.constData());
    std::vector<float> values(count);
    quint32 previous = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const quint32 x = quint32(in[i]) << 24 | quint32(in[count + i]) << 16 | quint32(in[2 * count + i]) << 8
                          | quint32(in[3 * count + i]);
        previous ^= x;
        std::memcpy(&values[i], &previous, 4);
    }
    return values;
}

QByteArray ValueCodec::encodeBuckets(std::span<const Bucket> buckets)
{
    const std::size_t n = buckets.size();
    std::vector<float> columns(3 * n);
    for (std::size_t i = 0; i < n; ++i) {
        columns[i] = buckets[i].min;
        columns[n + i] = buckets[i].max;
        columns[2 * n + i] = buckets[i].avg;
    }
    return encodeFloats(columns);
}

std::optional<std::vector<Bucket>> ValueCodec::decodeBuckets(const QByteArray &blob, std::size_t count)
{
    const auto columns = decodeFloats(blob, 3 * count);
    if (!columns)
        return std::nullopt;
    std::vector<Bucket> buckets(count);
    for (std::size_t i = 0; i < count; ++i)
        buckets[i] = Bucket{(*columns)[i], (*columns)[count + i], (*columns)[2 * count + i]};
    return buckets;
}

} // namespace fleetscope
