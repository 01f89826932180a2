#include "mirror/MirrorHeartbeat.h"

#include <QCoreApplication>
#include <QtEndian>

namespace fleetscope {

namespace {

std::optional<QString> readShortString(const QByteArray &bytes, qsizetype &pos)
{
    if (bytes.size() - pos < 2)
        return std::nullopt;
    const qint16 length = qFromBigEndian<qint16>(bytes.constData() + pos);
    pos += 2;
    if (length < 0 || bytes.size() - pos < length)
        return std::nullopt;
    const QString text = QString::fromUtf8(bytes.constData() + pos, length);
    pos += length;
    return text;
}

} // namespace

Result<MirrorHeartbeat> MirrorHeartbeat::decode(const QByteArray &key, const QByteArray &value)
{
    auto error = [](const char *what) {
        return Error{QCoreApplication::translate("MirrorHeartbeat", "Not a MirrorMaker 2 heartbeat: %1")
                         .arg(QCoreApplication::translate("MirrorHeartbeat", what))};
    };
    MirrorHeartbeat heartbeat;
    qsizetype pos = 0;
    const std::optional<QString> source = readShortString(key, pos);
    const std::optional<QString> target = source ? readShortString(key, pos) : std::nullopt;
    if (!source || !target || pos != key.size())
        return error("the key is not two length-prefixed aliases");
    if (value.size() != 10)
        return error("the value is not 10 bytes long");
    if (qFromBigEndian<qint16>(value.constData()) != 0)
        return error("unknown heartbeat version");
    heartbeat.sourceAlias = *source;
    heartbeat.targetAlias = *target;
    heartbeat.timestampMs = qFromBigEndian<qint64>(value.constData() + 2);
    return heartbeat;
}

} // namespace fleetscope
