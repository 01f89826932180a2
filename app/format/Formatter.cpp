#include "format/Formatter.h"

#include <QLocale>

#include <array>
#include <cmath>

namespace fleetscope {

namespace {

// Three significant digits: 1.23, 12.3, 123.
QString threeDigits(double value)
{
    const int decimals = value < 10 ? 2 : value < 100 ? 1 : 0;
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

QString Formatter::bytes(qint64 bytes)
{
    static const std::array<const char *, 6> units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    if (bytes < 0)
        return QStringLiteral("−") + Formatter::bytes(-bytes);
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    double value = double(bytes);
    std::size_t unit = 0;
    while (value >= 1000 && unit + 1 < units.size()) { // 1000 so that 1023 KiB shows as 1.00 MiB
        value /= 1024;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(threeDigits(value), QLatin1String(units[unit]));
}

QString Formatter::duration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("−") + duration(-ms);
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    const qint64 min = s / 60;
    if (min < 60)
        return s % 60 ? tr("%1 min %2 s").arg(min).arg(s % 60) : tr("%1 min").arg(min);
    const qint64 h = min / 60;
    if (h < 24)
        return min % 60 ? tr("%1 h %2 min").arg(h).arg(min % 60) : tr("%1 h").arg(h);
    const qint64 d = h / 24;
    return h % 24 ? tr("%1 d %2 h").arg(d).arg(h % 24) : tr("%1 d").arg(d);
}

QString Formatter::latencyUs(qint64 us)
{
    if (us < 0)
        return none();
    if (us < 1'000'000)
        return tr("%1 ms").arg(threeDigits(us / 1000.0));
    return tr("%1 s").arg(threeDigits(us / 1'000'000.0));
}

QString Formatter::age(qint64 ms)
{
    if (ms < 1000)
        return tr("just now");
    //: %1 is a duration such as "4 min"
    return tr("%1 ago").arg(duration(ms - ms % 1000));
}

QString Formatter::count(qint64 value)
{
    if (value < 0)
        return QStringLiteral("−") + count(-value);
    if (value < 1000)
        return QString::number(value);
    static const std::array<const char *, 4> suffixes = {"k", "M", "G", "T"};
    double scaled = double(value);
    std::size_t i = 0;
    scaled /= 1000;
    while (scaled >= 999.5 && i + 1 < suffixes.size()) {
        scaled /= 1000;
        ++i;
    }
    return QStringLiteral("%1 %2").arg(threeDigits(scaled), QLatin1String(suffixes[i]));
}

QString Formatter::percent(double fraction)
{
    if (!std::isfinite(fraction))
        return none();
    const double pct = fraction * 100;
    const int decimals = (pct > 0 && pct < 10) ? 1 : 0;
    return QStringLiteral("%1 %").arg(QLocale().toString(pct, 'f', decimals));
}

QString Formatter::excerpt(QByteArrayView text, qsizetype maxBytes)
{
    QString out = QString::fromUtf8(text.first(std::min(maxBytes, text.size())));
    for (QChar &c : out)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::ReplacementCharacter)
            c = QLatin1Char('?');
    if (text.size() > maxBytes)
        out += QStringLiteral("...");
    return out;
}

} // namespace fleetscope
