#pragma once

#include <QCoreApplication>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace fleetscope {

// The one place that turns numbers into text for people. Views never format numbers by hand.
// Approximate and short (for tables and plots); exact round-trippable form values live in HumanUnits.
class Formatter final
{
    Q_DECLARE_TR_FUNCTIONS(Formatter)

public:
    // 0 B, 999 B, 1.0 KiB, 12.3 MiB, 1.50 GiB (three significant digits, IEC units).
    static QString bytes(qint64 bytes);
    // 850 ms, 12 s, 4 min 5 s, 3 h 20 min, 2 d 4 h: the two largest units.
    static QString duration(qint64 milliseconds);
    // A round-trip time given in microseconds: 0.25 ms, 12 ms, 1.2 s.
    static QString latencyUs(qint64 microseconds);
    // "just now", "12 s ago", "4 min ago".
    static QString age(qint64 milliseconds);
    // 0, 999, 12.3 k, 4.56 M, 7.89 G (offsets, message counts).
    static QString count(qint64 value);
    // A piece of hostile input quoted in a message: at most maxBytes, control characters replaced,
    // so that crafted bytes cannot forge log lines or terminal escapes.
    static QString excerpt(QByteArrayView text, qsizetype maxBytes);
    // 0 %, 7.5 %, 85 %, 100 %: one decimal below 10.
    static QString percent(double fraction);
    // An em dash: the value is unknown or not applicable.
    static QString none() { return QStringLiteral("—"); }
};

} // namespace fleetscope
