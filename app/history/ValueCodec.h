#pragma once

#include "history/Bucket.h"

#include <QByteArray>

#include <optional>
#include <span>
#include <vector>

namespace fleetscope {

// Packs float32 columns for the database: each value XORed with the one before (a slowly moving
// metric leaves mostly zero bits, a gap of NaNs leaves all zeros), the bytes split into four planes
// (sign/exponent bytes together, low mantissa bytes together), then zlib. Far simpler than Gorilla's
// bit packing and within a factor of about two of it; a row decodes in microseconds.
class ValueCodec final
{
public:
    static QByteArray encodeFloats(std::span<const float> values);
    // nullopt when the blob is not `count` values written by encodeFloats (a corrupt row).
    static std::optional<std::vector<float>> decodeFloats(const QByteArray &blob, std::size_t count);

    // Buckets as three columns (mins, maxes, averages): each column moves smoothly on its own.
    static QByteArray encodeBuckets(std::span<const Bucket> buckets);
    static std::optional<std::vector<Bucket>> decodeBuckets(const QByteArray &blob, std::size_t count);
};

} // namespace fleetscope
