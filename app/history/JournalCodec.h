#pragma once

#include <QByteArray>

#include <optional>
#include <span>
#include <vector>

namespace fleetscope {

// One raw sample on its way to disk: database series id, slot time, value.
struct JournalSample
{
    qint64 series = 0;
    qint64 slotMs = 0;
    float value = 0;
};

// The journal row written at every commit: all samples appended during one commit interval, across
// all series. Varint-coded series ids and time deltas, then the float32 bits (~7 B a sample). It only
// lives until the next maintenance folds it into per-series rows, so it favours cheap writes.
class JournalCodec final
{
public:
    static QByteArray encode(std::span<const JournalSample> samples);
    // nullopt when the blob is truncated or malformed.
    static std::optional<std::vector<JournalSample>> decode(const QByteArray &blob);
};

} // namespace fleetscope
