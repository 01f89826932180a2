#include "metrics/PrometheusTextParser.h"

#include "format/Formatter.h"

#include <QCoreApplication>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PrometheusTextParser", text);
}

bool isLabelNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool isLabelNameChar(char c)
{
    return isLabelNameStart(c) || (c >= '0' && c <= '9');
}
bool isMetricNameStart(char c)
{
    return isLabelNameStart(c) || c == ':';
}
bool isMetricNameChar(char c)
{
    return isLabelNameChar(c) || c == ':';
}
bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// Quotes a piece of hostile input in a message: short, and with control characters replaced so that
// a crafted line cannot forge log lines or terminal escapes.
QString excerpt(QByteArrayView text)
{
    return Formatter::excerpt(text, 32);
}

std::optional<double> parseValue(QByteArrayView token)
{
    // Go's strconv.ParseFloat, which Prometheus uses, takes these spellings in any case. Only
    // tokens with a letter up front can be one, so plain numbers skip the comparisons.
    const QByteArrayView word = token.startsWith('+') || token.startsWith('-') ? token.sliced(1) : token;
    if (!word.isEmpty() && std::isalpha(static_cast<unsigned char>(word.front()))) {
        const auto is
            = [word](const char *spelling) { return word.compare(spelling, Qt::CaseInsensitive) == 0; };
        if (is("nan") && word.size() == token.size())
            return std::numeric_limits<double>::quiet_NaN();
        if (is("inf") || is("infinity"))
            return token.startsWith('-') ? -std::numeric_limits<double>::infinity()
                                         : std::numeric_limits<double>::infinity();
        return std::nullopt;
    }

    const bool plus = token.startsWith('+');
    const QByteArrayView digits = plus ? token.sliced(1) : token; // from_chars takes '-' but not '+'
    const QByteArrayView unsignedPart = !plus && digits.startsWith('-') ? digits.sliced(1) : digits;
    // Only plain decimals from here: from_chars would also take "nan(...)" or a second sign.
    if (unsignedPart.isEmpty()
        || !(std::isdigit(static_cast<unsigned char>(unsignedPart[0])) || unsignedPart[0] == '.'))
        return std::nullopt;
    double value = 0;
    const auto [end, ec]
        = std::from_chars(digits.data(), digits.data() + digits.size(), value, std::chars_format::general);
    if (ec != std::errc() || end != digits.data() + digits.size())
        return std::nullopt;
    return value;
}

std::optional<qint64> parseTimestamp(QByteArrayView token)
{
    qint64 value = 0;
    const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
    if (ec != std::errc() || end != token.data() + token.size())
        return std::nullopt;
    return value;
}

// Walks one line. Lines are at most maxLineBytes long, so nothing here can allocate more than that.
class Cursor
{
public:
    explicit Cursor(QByteArrayView text)
        : m_text(text)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    void advance() { ++m_pos; }
    QByteArrayView rest() const { return m_text.sliced(m_pos); }
    void skipBlanks()
    {
        while (!atEnd() && isBlank(m_text[m_pos]))
            ++m_pos;
    }
    QByteArrayView takeName(bool (*isStart)(char), bool (*isChar)(char))
    {
        const qsizetype start = m_pos;
        if (!atEnd() && isStart(m_text[m_pos]))
            while (!atEnd() && isChar(m_text[m_pos]))
                ++m_pos;
        return m_text.sliced(start, m_pos - start);
    }
    QByteArrayView takeToken()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && !isBlank(m_text[m_pos]))
            ++m_pos;
        return m_text.sliced(start, m_pos - start);
    }
    // A label value after its opening quote, unescaped; std::nullopt with `error` set when malformed.
    std::optional<QByteArray> takeQuoted(QString *error, QByteArrayView labelName)
    {
        QByteArray value;
        qsizetype runStart = m_pos;
        while (!atEnd()) {
            const char c = m_text[m_pos];
            if (c == '"') {
                value += m_text.sliced(runStart, m_pos - runStart);
                ++m_pos;
                return value;
            }
            if (c != '\\') {
                ++m_pos;
                continue;
            }
            value += m_text.sliced(runStart, m_pos - runStart);
            const char escaped = m_pos + 1 < m_text.size() ? m_text[m_pos + 1] : '\0';
            if (escaped == '\\' || escaped == '"')
                value += escaped;
            else if (escaped == 'n')
                value += '\n';
            else {
                *error = tr("invalid escape '\\%1' in the value of label '%2' (expected \\\\, \\\" or \\n)")
                             .arg(excerpt(m_text.sliced(
                                      m_pos + 1, std::min<qsizetype>(1, m_text.size() - m_pos - 1))),
                                 excerpt(labelName));
                return std::nullopt;
            }
            m_pos += 2;
            runStart = m_pos;
        }
        *error = tr("the value of label '%1' has no closing '\"'").arg(excerpt(labelName));
        return std::nullopt;
    }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

// Reuses the bytes of the previous sample where they are equal: samples of one family share their
// name and label names, and implicit sharing turns that into one allocation instead of thousands.
QByteArray shared(QByteArrayView text, const QByteArray *previous)
{
    return previous && *previous == text ? *previous : text.toByteArray();
}

Status parseLabels(Cursor &cursor, PrometheusSample &sample, const PrometheusSample *previous, int maxLabels)
{
    cursor.advance(); // '{'
    for (;;) {
        cursor.skipBlanks();
        if (cursor.peek() == '}') {
            cursor.advance();
            return Done {};
        }
        const QByteArrayView name = cursor.takeName(isLabelNameStart, isLabelNameChar);
        if (name.isEmpty())
            return Error { cursor.atEnd()
                    ? tr("expected a label name or '}', found the end of the line")
                    : tr("expected a label name or '}', found '%1'").arg(excerpt(cursor.rest())) };
        cursor.skipBlanks();
        if (cursor.peek() != '=')
            return Error { tr("expected '=' after label name '%1'").arg(excerpt(name)) };
        cursor.advance();
        cursor.skipBlanks();
        if (cursor.peek() != '"')
            return Error { tr("expected '\"' to open the value of label '%1'").arg(excerpt(name)) };
        cursor.advance();
        QString error;
        std::optional<QByteArray> value = cursor.takeQuoted(&error, name);
        if (!value)
            return Error { error };
        if (sample.label(name))
            return Error { tr("label '%1' appears twice").arg(excerpt(name)) };
        if (sample.labels.size() >= maxLabels)
            return Error { tr("more than %1 labels").arg(maxLabels) };
        const qsizetype index = sample.labels.size();
        const bool hasPrevious = previous && index < previous->labels.size();
        sample.labels.append(
            { shared(name, hasPrevious ? &previous->labels[index].name : nullptr), *std::move(value) });

        cursor.skipBlanks();
        if (cursor.peek() == ',') {
            cursor.advance(); // a trailing comma before '}' is allowed, as in Prometheus itself
            continue;
        }
        if (cursor.peek() == '}') {
            cursor.advance();
            return Done {};
        }
        return Error { cursor.atEnd()
                ? tr("expected ',' or '}' after the value of label '%1', found the end of the line")
                      .arg(excerpt(name))
                : tr("expected ',' or '}' after the value of label '%1', found '%2'")
                      .arg(excerpt(name), excerpt(cursor.rest())) };
    }
}

// One sample line; std::nullopt when the filter drops it (the rest of the line is then not read).
Result<std::optional<PrometheusSample>> parseSample(
    QByteArrayView line, const PrometheusTextParser::Options &options, const PrometheusSample *previous)
{
    Cursor cursor(line);
    const QByteArrayView name = cursor.takeName(isMetricNameStart, isMetricNameChar);
    if (name.isEmpty())
        return Error { tr("expected a metric name, found '%1'").arg(excerpt(line)) };
    if (options.keep && !options.keep(name))
        return std::optional<PrometheusSample>();

    PrometheusSample sample;
    sample.name = shared(name, previous ? &previous->name : nullptr);
    cursor.skipBlanks();
    if (cursor.peek() == '{') {
        if (const Status labels = parseLabels(cursor, sample, previous, options.maxLabelsPerSample); !labels)
            return labels.error();
        cursor.skipBlanks();
    }
    const QByteArrayView valueToken = cursor.takeToken();
    if (valueToken.isEmpty())
        return Error { tr("expected a sample value after '%1'").arg(excerpt(name)) };
    const std::optional<double> value = parseValue(valueToken);
    if (!value)
        return Error {
            tr("expected a number as the value of '%1', found '%2'").arg(excerpt(name), excerpt(valueToken))
        };
    sample.value = *value;

    cursor.skipBlanks();
    if (!cursor.atEnd()) {
        const QByteArrayView timestampToken = cursor.takeToken();
        sample.timestampMs = parseTimestamp(timestampToken);
        if (!sample.timestampMs)
            return Error { tr(
                "expected a timestamp in integer milliseconds after the value of '%1', found '%2'")
                               .arg(excerpt(name), excerpt(timestampToken)) };
        cursor.skipBlanks();
        if (!cursor.atEnd())
            return Error { tr("unexpected text after the timestamp of '%1': '%2'")
                               .arg(excerpt(name), excerpt(cursor.rest())) };
    }
    return std::optional<PrometheusSample>(std::move(sample));
}

enum class CommentKind
{
    Other,
    EndOfInput
};

// "# HELP name text", "# TYPE name type", "# EOF" or any other comment, which is ignored.
Result<CommentKind> parseComment(QByteArrayView line)
{
    Cursor cursor(line);
    cursor.advance(); // '#'
    cursor.skipBlanks();
    const QByteArrayView keyword = cursor.takeToken();
    const bool isHelp = keyword == "HELP";
    const bool isType = keyword == "TYPE";
    if (keyword == "EOF") {
        cursor.skipBlanks();
        return cursor.atEnd() ? CommentKind::EndOfInput : CommentKind::Other;
    }
    if (!isHelp && !isType)
        return CommentKind::Other;

    cursor.skipBlanks();
    const QByteArrayView afterKeyword = cursor.rest();
    const QByteArrayView name = cursor.takeName(isMetricNameStart, isMetricNameChar);
    if (name.isEmpty() || (!cursor.atEnd() && !isBlank(cursor.peek())))
        return Error { afterKeyword.isEmpty()
                ? tr("expected a metric name after '# %1', found the end of the line")
                      .arg(QLatin1String(keyword))
                : tr("expected a metric name after '# %1', found '%2'")
                      .arg(QLatin1String(keyword), excerpt(afterKeyword)) };
    if (isHelp)
        return CommentKind::Other; // the docstring is free text
    cursor.skipBlanks();
    const QByteArrayView type = cursor.takeToken();
    if (type.isEmpty())
        return Error { tr("expected a metric type after '# TYPE %1'").arg(excerpt(name)) };
    static const QByteArrayView knownTypes[] = { "counter", "gauge", "histogram", "summary", "untyped",
        "unknown", "info", "stateset", "gaugehistogram" };
    if (std::find(std::begin(knownTypes), std::end(knownTypes), type) == std::end(knownTypes))
        return Error { tr(
            "unknown metric type '%1' for '%2' (expected counter, gauge, histogram, summary or untyped)")
                           .arg(excerpt(type), excerpt(name)) };
    cursor.skipBlanks();
    if (!cursor.atEnd())
        return Error { tr("unexpected text after '# TYPE %1 %2': '%3'")
                           .arg(excerpt(name), excerpt(type), excerpt(cursor.rest())) };
    return CommentKind::Other;
}

} // namespace

PrometheusTextParser::PrometheusTextParser(Options options)
    : m_options(std::move(options))
{
}

Result<QList<PrometheusSample>> PrometheusTextParser::parse(QByteArrayView text) const
{
    QList<PrometheusSample> samples;
    qsizetype lineStart = 0;
    qsizetype lineNumber = 0;
    while (lineStart < text.size()) {
        ++lineNumber;
        qsizetype lineEnd = text.indexOf('\n', lineStart);
        const qsizetype next = lineEnd < 0 ? text.size() : lineEnd + 1;
        if (lineEnd < 0)
            lineEnd = text.size();
        QByteArrayView line = text.sliced(lineStart, lineEnd - lineStart);
        lineStart = next;
        if (line.size() > m_options.maxLineBytes)
            return Error {
                tr("line %1 is longer than %2 bytes").arg(lineNumber).arg(m_options.maxLineBytes)
            };
        if (line.endsWith('\r'))
            line.chop(1); // tolerated: some proxies rewrite line ends
        // Leading blanks are allowed before a sample or comment, as in Prometheus' own parser.
        while (!line.isEmpty() && isBlank(line.front()))
            line = line.sliced(1);
        if (line.isEmpty())
            continue;

        if (line.front() == '#') {
            const Result<CommentKind> comment = parseComment(line);
            if (!comment)
                return Error { tr("line %1: %2").arg(lineNumber).arg(comment.errorMessage()) };
            if (*comment == CommentKind::EndOfInput)
                break;
            continue;
        }
        Result<std::optional<PrometheusSample>> sample
            = parseSample(line, m_options, samples.isEmpty() ? nullptr : &samples.constLast());
        if (!sample)
            return Error { tr("line %1: %2").arg(lineNumber).arg(sample.errorMessage()) };
        if (!sample->has_value())
            continue;
        if (samples.size() >= m_options.maxSamples)
            return Error { tr("line %1: more than %2 samples, far more than a metrics endpoint should serve")
                               .arg(lineNumber)
                               .arg(m_options.maxSamples) };
        samples.append(*std::move(sample).value());
    }
    return samples;
}

PrometheusTextParser::NameFilter PrometheusTextParser::keepNames(QList<QByteArray> names)
{
    // A linear scan: the lists are a handful of names, where hashing would cost more than it saves.
    return [names = std::move(names)](QByteArrayView name) {
        return std::any_of(names.cbegin(), names.cend(), [name](const QByteArray &n) { return n == name; });
    };
}

PrometheusTextParser::NameFilter PrometheusTextParser::keepPrefixes(QList<QByteArray> prefixes)
{
    return [prefixes = std::move(prefixes)](QByteArrayView name) {
        return std::any_of(
            prefixes.cbegin(), prefixes.cend(), [name](const QByteArray &p) { return name.startsWith(p); });
    };
}

} // namespace fleetscope
