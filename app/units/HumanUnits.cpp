#include "units/HumanUnits.h"

#include <QtNumeric>

#include <iterator>
#include <numeric>

namespace fleetscope {

namespace {

struct Unit
{
    QStringView name;
    qint64 factor;
};

// Largest first: parsing requires this order ("1h30m", never "30m1h"), formatting relies on it.
constexpr Unit durationUnits[] = {
    { u"w", 7 * 24 * 3600 * 1000LL },
    { u"d", 24 * 3600 * 1000LL },
    { u"h", 3600 * 1000LL },
    { u"m", 60 * 1000LL },
    { u"s", 1000LL },
    { u"ms", 1LL },
};

// Largest first, so that the first unit dividing a value exactly is the best one to show it in.
constexpr Unit byteUnits[] = {
    { u"EiB", 1LL << 60 },
    { u"EB", 1000000000000000000LL },
    { u"PiB", 1LL << 50 },
    { u"PB", 1000000000000000LL },
    { u"TiB", 1LL << 40 },
    { u"TB", 1000000000000LL },
    { u"GiB", 1LL << 30 },
    { u"GB", 1000000000LL },
    { u"MiB", 1LL << 20 },
    { u"MB", 1000000LL },
    { u"KiB", 1LL << 10 },
    { u"KB", 1000LL },
    { u"B", 1LL },
};

enum class Scan
{
    Ok,
    Malformed,
    TooLarge,
    NotWhole
};

// Digits and letters are ASCII only: QChar::isDigit() would also take, say, Arabic-Indic digits.
bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Removes the longest prefix of rest whose characters satisfy accept, and returns it.
template <typename Predicate> QStringView take(QStringView &rest, Predicate accept)
{
    qsizetype n = 0;
    while (n < rest.size() && accept(rest[n]))
        ++n;
    const QStringView taken = rest.first(n);
    rest = rest.sliced(n);
    return taken;
}

void skipSpaces(QStringView &rest)
{
    take(rest, [](QChar c) { return c.isSpace(); });
}

std::optional<qint64> toInt64(QStringView digits)
{
    qint64 value = 0;
    for (const QChar c : digits) {
        if (qMulOverflow(value, qint64(10), &value)
            || qAddOverflow(value, qint64(c.unicode() - u'0'), &value))
            return std::nullopt;
    }
    return value;
}

template <std::size_t N>
std::optional<qint64> findUnit(const Unit (&units)[N], QStringView name, qsizetype *index = nullptr)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name.compare(units[i].name, Qt::CaseInsensitive) == 0) {
            if (index)
                *index = qsizetype(i);
            return units[i].factor;
        }
    }
    return std::nullopt;
}

bool isUnlimited(QStringView trimmed)
{
    return trimmed == u"-1" || trimmed.compare(u"unlimited", Qt::CaseInsensitive) == 0;
}

// "<number><unit>" terms, units strictly descending, or one plain number counted in plainUnit.
// Keeps reading after an overflow so that malformed text is reported as malformed.
Scan scanDuration(QStringView rest, qint64 plainUnit, qint64 *total)
{
    *total = 0;
    bool tooLarge = false;
    bool anyTerm = false;
    qsizetype previousUnit = -1;
    for (skipSpaces(rest); !rest.isEmpty(); skipSpaces(rest)) {
        const QStringView number = take(rest, isAsciiDigit);
        skipSpaces(rest);
        const QStringView unitName = take(rest, isAsciiLetter);
        if (number.isEmpty())
            return Scan::Malformed;
        std::optional<qint64> factor = plainUnit;
        if (unitName.isEmpty()) {
            if (anyTerm || !rest.trimmed().isEmpty())
                return Scan::Malformed;
            previousUnit = std::size(durationUnits);
        } else {
            qsizetype unit = -1;
            factor = findUnit(durationUnits, unitName, &unit);
            if (!factor || unit <= previousUnit)
                return Scan::Malformed;
            previousUnit = unit;
        }
        anyTerm = true;
        const std::optional<qint64> count = toInt64(number);
        qint64 term = 0;
        if (!count || qMulOverflow(*count, *factor, &term) || qAddOverflow(*total, term, total))
            tooLarge = true;
    }
    if (!anyTerm)
        return Scan::Malformed;
    return tooLarge ? Scan::TooLarge : Scan::Ok;
}

// "<digits>[.<digits>] [unit]", computed exactly: whole * factor + fraction * factor / 10^k,
// where the second term must come out whole.
Scan scanBytes(QStringView rest, qint64 *total)
{
    const QStringView whole = take(rest, isAsciiDigit);
    QStringView fraction;
    if (whole.isEmpty())
        return Scan::Malformed;
    if (rest.startsWith(u'.')) {
        rest = rest.sliced(1);
        fraction = take(rest, isAsciiDigit);
        if (fraction.isEmpty())
            return Scan::Malformed;
    }
    skipSpaces(rest);
    const QStringView unitName = take(rest, isAsciiLetter);
    const std::optional<qint64> factor = unitName.isEmpty() ? 1 : findUnit(byteUnits, unitName);
    if (!factor || !rest.isEmpty())
        return Scan::Malformed;

    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    // No unit has more than 18 factors of ten, so a longer fraction can never give whole bytes
    // (save for contrived IEC cases nobody writes); refusing it keeps 10^k within 64 bits.
    if (fraction.size() > 18)
        return Scan::NotWhole;
    qint64 scale = 1;
    for (qsizetype i = 0; i < fraction.size(); ++i)
        scale *= 10;
    const qint64 reducedScale = scale / std::gcd(*factor, scale);
    const qint64 fractionDigits = toInt64(fraction).value_or(0);
    if (fractionDigits % reducedScale != 0)
        return Scan::NotWhole;
    // (fractionDigits / reducedScale) * (factor / gcd) < factor: cannot overflow.
    const qint64 fractionBytes = fractionDigits / reducedScale * (*factor / (scale / reducedScale));

    const std::optional<qint64> count = toInt64(whole);
    qint64 wholeBytes = 0;
    if (!count || qMulOverflow(*count, *factor, &wholeBytes)
        || qAddOverflow(wholeBytes, fractionBytes, total))
        return Scan::TooLarge;
    return Scan::Ok;
}

QString quoted(QStringView text)
{
    return u'"' + text.toString() + u'"';
}

Result<std::optional<std::chrono::milliseconds>> parseDurationImpl(
    QStringView text, std::chrono::milliseconds plainUnit, bool allowUnlimited)
{
    Q_ASSERT(plainUnit.count() > 0);
    const QStringView trimmed = text.trimmed();
    if (allowUnlimited && isUnlimited(trimmed))
        return std::optional<std::chrono::milliseconds>();
    const bool negative = trimmed.startsWith(u'-');
    qint64 total = 0;
    const Scan scan = scanDuration(negative ? trimmed.sliced(1) : trimmed, plainUnit.count(), &total);
    const QString unlimitedHint = allowUnlimited ? QStringLiteral(", or \"unlimited\"") : QString();
    if (scan == Scan::Malformed)
        return Error { QStringLiteral("expected a duration such as 7d, 12h or 30m%1, got %2")
                           .arg(unlimitedHint, quoted(text)) };
    if (negative)
        return Error { QStringLiteral("expected a duration of zero or more%1, got %2")
                           .arg(allowUnlimited ? QStringLiteral(", or -1 for unlimited") : QString(),
                               quoted(text)) };
    if (scan == Scan::TooLarge)
        return Error { QStringLiteral("duration %1 is too large").arg(quoted(text)) };
    return std::optional(std::chrono::milliseconds(total));
}

Result<std::optional<qint64>> parseBytesImpl(QStringView text, bool allowUnlimited)
{
    const QStringView trimmed = text.trimmed();
    if (allowUnlimited && isUnlimited(trimmed))
        return std::optional<qint64>();
    const bool negative = trimmed.startsWith(u'-');
    qint64 total = 0;
    const Scan scan = scanBytes(negative ? trimmed.sliced(1) : trimmed, &total);
    const QString unlimitedHint = allowUnlimited ? QStringLiteral(", or \"unlimited\"") : QString();
    if (scan == Scan::Malformed)
        return Error { QStringLiteral("expected a size such as 1024, 512 MiB or 1.5 GB%1, got %2")
                           .arg(unlimitedHint, quoted(text)) };
    if (negative)
        return Error { QStringLiteral("expected a size of zero or more%1, got %2")
                           .arg(allowUnlimited ? QStringLiteral(", or -1 for unlimited") : QString(),
                               quoted(text)) };
    if (scan == Scan::TooLarge)
        return Error { QStringLiteral("size %1 is too large").arg(quoted(text)) };
    if (scan == Scan::NotWhole)
        return Error { QStringLiteral("size %1 is not a whole number of bytes").arg(quoted(text)) };
    return std::optional(total);
}

} // namespace

Result<std::chrono::milliseconds> parseDuration(QStringView text, std::chrono::milliseconds plainUnit)
{
    Result<std::optional<std::chrono::milliseconds>> parsed = parseDurationImpl(text, plainUnit, false);
    if (!parsed)
        return parsed.error();
    return **parsed;
}

Result<std::optional<std::chrono::milliseconds>> parseDurationLimit(
    QStringView text, std::chrono::milliseconds plainUnit)
{
    return parseDurationImpl(text, plainUnit, true);
}

Result<qint64> parseBytes(QStringView text)
{
    Result<std::optional<qint64>> parsed = parseBytesImpl(text, false);
    if (!parsed)
        return parsed.error();
    return **parsed;
}

Result<std::optional<qint64>> parseByteLimit(QStringView text)
{
    return parseBytesImpl(text, true);
}

QString formatDuration(std::chrono::milliseconds duration)
{
    qint64 rest = duration.count();
    if (rest < 0 || rest % 1000 != 0)
        return QString::number(rest).append(u"ms");
    if (rest == 0)
        return QStringLiteral("0s");
    const Unit &week = durationUnits[0];
    if (rest % week.factor == 0)
        return QString::number(rest / week.factor).append(week.name);
    QString text;
    for (const Unit &unit : durationUnits) {
        if (&unit == &week || rest < unit.factor)
            continue;
        text += QString::number(rest / unit.factor).append(unit.name);
        rest %= unit.factor;
    }
    return text;
}

QString formatDurationLimit(std::optional<std::chrono::milliseconds> limit)
{
    return limit ? formatDuration(*limit) : QStringLiteral("unlimited");
}

QString formatBytes(qint64 bytes)
{
    if (bytes > 0) {
        for (const Unit &unit : byteUnits) {
            if (bytes % unit.factor == 0)
                return QString::number(bytes / unit.factor).append(u' ').append(unit.name);
        }
    }
    return QString::number(bytes).append(u" B");
}

QString formatByteLimit(std::optional<qint64> limit)
{
    return limit ? formatBytes(*limit) : QStringLiteral("unlimited");
}

} // namespace fleetscope
