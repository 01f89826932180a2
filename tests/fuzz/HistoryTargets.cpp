// The history database's blobs: a corrupt or truncated file must decode to "nothing", never to a
// crash; what decodes must encode back to a blob that decodes to the same values.
#include "FuzzTargets.h"

#include "history/JournalCodec.h"
#include "history/ValueCodec.h"


namespace fleetscope::fuzz {

void journal(QByteArrayView data)
{
    const std::optional<std::vector<JournalSample>> samples = JournalCodec::decode(data.toByteArray());
    if (!samples)
        return;
    const QByteArray encoded = JournalCodec::encode(*samples);
    const std::optional<std::vector<JournalSample>> again = JournalCodec::decode(encoded);
    require(again.has_value(), "an encoded journal decodes");
    require(JournalCodec::encode(*again) == encoded, "a journal's round trip is stable");
}

// Input: one byte for the count of values (0..255), one byte for floats or buckets, then the blob.
void valueCodec(QByteArrayView data)
{
    const auto count = std::size_t(takeChoice(data, 0, 255));
    const bool buckets = takeChoice(data, 0, 1) == 1;
    const QByteArray blob = data.toByteArray();
    if (buckets) {
        const std::optional<std::vector<Bucket>> values = ValueCodec::decodeBuckets(blob, count);
        if (!values)
            return;
        require(values->size() == count, "decodeBuckets returns the count asked for");
        const QByteArray encoded = ValueCodec::encodeBuckets(*values);
        const auto again = ValueCodec::decodeBuckets(encoded, count);
        require(again.has_value(), "encoded buckets decode");
        require(ValueCodec::encodeBuckets(*again) == encoded, "the buckets' round trip is stable");
    } else {
        const std::optional<std::vector<float>> values = ValueCodec::decodeFloats(blob, count);
        if (!values)
            return;
        require(values->size() == count, "decodeFloats returns the count asked for");
        const QByteArray encoded = ValueCodec::encodeFloats(*values);
        const auto again = ValueCodec::decodeFloats(encoded, count);
        require(again.has_value(), "encoded floats decode");
        require(ValueCodec::encodeFloats(*again) == encoded, "the floats' round trip is stable");
    }
}

} // namespace fleetscope::fuzz
