#include "security/SecretScanner.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace fleetscope {

namespace {

constexpr qint64 kChunkBytes = 4 << 20;
// A base64 fragment shorter than this says little: a secret of 6 bytes still gives 8.
constexpr qsizetype kShortestBase64 = 7;

QByteArray utf16(const QByteArray &secret, QSysInfo::Endian endian)
{
    const QString text = QString::fromUtf8(secret);
    QByteArray out;
    out.reserve(text.size() * 2);
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xff);
        out.append(endian == QSysInfo::LittleEndian ? low : high);
        out.append(endian == QSysInfo::LittleEndian ? high : low);
    }
    return out;
}

// The base64 characters that depend on the secret's bytes only, when it starts `skew` bytes into
// a 3-byte group of a longer encoded text: the same secret encodes three ways.
QByteArray base64Core(const QByteArray &secret, int skew, QByteArray::Base64Options options)
{
    const QByteArray encoded = (QByteArray(skew, '\0') + secret).toBase64(options);
    const qsizetype first = (8 * skew + 5) / 6;
    const qsizetype end = 8 * (skew + secret.size()) / 6;
    return encoded.mid(first, end - first);
}

// A JSON string's text for the secret: quote, backslash and control characters escaped (\n, \t, ...
// where JSON has a short form), and as some writers do, "/" escaped and everything beyond ASCII as
// \uXXXX.
QByteArray jsonEscaped(const QByteArray &secret, bool escapeSlash, bool asciiOnly)
{
    QByteArray out;
    const QString text = QString::fromUtf8(secret);
    for (const char32_t u : text.toUcs4()) {
        if (u == U'"' || u == U'\\' || (escapeSlash && u == U'/')) {
            out.append('\\').append(char(u));
        } else if (const char *shortEscape = u == U'\n' ? "\\n"
                       : u == U'\t'                      ? "\\t"
                       : u == U'\r'                      ? "\\r"
                       : u == U'\b'                      ? "\\b"
                       : u == U'\f'                      ? "\\f"
                                                         : nullptr) {
            out.append(shortEscape);
        } else if (u < 0x20 || (asciiOnly && u > 0x7e)) {
            for (const QChar unit : QString::fromUcs4(&u, 1)) // a surrogate pair beyond the BMP
                out.append(QStringLiteral("\\u%1").arg(uint(unit.unicode()), 4, 16, QLatin1Char('0')).toLatin1());
        } else {
            out.append(QString::fromUcs4(&u, 1).toUtf8());
        }
    }
    return out;
}

// Percent-encoders differ in which marks they leave alone ("+" and "~" in a URL's user info, "/" in
// a path) and in the case of their hex digits, so any byte other than a letter or digit may be
// written as itself or as %HH, and a space also as "+". Empty when encoding cannot change it.
QString percentEncodedPattern(const QByteArray &secret)
{
    QString pattern;
    bool changes = false;
    for (const char c : secret) {
        const uchar b = uchar(c);
        const bool alnum = (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
        if (alnum) {
            pattern += QLatin1Char(c);
            continue;
        }
        changes = true;
        const QString hex = QString::number(b, 16).rightJustified(2, u'0');
        QString escaped = QStringLiteral("%");
        for (const QChar digit : hex)
            escaped += digit.isDigit() ? QString(digit) : QStringLiteral("[%1%2]").arg(digit, digit.toUpper());
        pattern += QStringLiteral("(?:%1|%2%3)")
                       .arg(QRegularExpression::escape(QString(QChar(b))), escaped,
                           b == ' ' ? QStringLiteral("|\\+") : QString());
    }
    return changes ? pattern : QString();
}

} // namespace

QList<SecretScanner::Form> SecretScanner::formsOf(const QByteArray &secret)
{
    QList<Form> forms;
    const auto add = [&forms](const QString &name, const QByteArray &bytes) {
        if (bytes.isEmpty())
            return;
        for (const Form &form : std::as_const(forms))
            if (form.bytes == bytes)
                return;
        forms.append({ name, bytes });
    };
    add(QStringLiteral("plain"), secret);
    add(QStringLiteral("UTF-16LE"), utf16(secret, QSysInfo::LittleEndian));
    add(QStringLiteral("UTF-16BE"), utf16(secret, QSysInfo::BigEndian));
    for (const auto &[name, options] : { std::pair { QStringLiteral("base64"), QByteArray::Base64Encoding },
             std::pair { QStringLiteral("base64url"), QByteArray::Base64UrlEncoding } }) {
        for (int skew = 0; skew < 3; ++skew) {
            const QByteArray core = base64Core(secret, skew, options);
            if (core.size() >= kShortestBase64)
                add(name, core);
        }
    }
    add(QStringLiteral("JSON-escaped"), jsonEscaped(secret, false, false));
    add(QStringLiteral("JSON-escaped"), jsonEscaped(secret, true, false));
    add(QStringLiteral("JSON-escaped"), jsonEscaped(secret, false, true));
    add(QStringLiteral("JSON-escaped"), jsonEscaped(secret, true, true));
    add(QStringLiteral("hex"), secret.toHex());
    add(QStringLiteral("hex"), secret.toHex().toUpper());
    return forms;
}

SecretScanner::SecretScanner(const QList<Secret> &secrets)
{
    for (const Secret &secret : secrets) {
        if (!isSearchable(secret.value))
            continue;
        for (const Form &form : formsOf(secret.value)) {
            m_patterns.append({ secret.label, form.name, QByteArrayMatcher(form.bytes) });
            m_longest = std::max(m_longest, form.bytes.size());
        }
        if (const QString pattern = percentEncodedPattern(secret.value); !pattern.isEmpty()) {
            QRegularExpression expression(pattern);
            expression.optimize();
            m_encodedPatterns.append(
                { secret.label, QStringLiteral("percent-encoded"), expression, QString::fromLatin1(secret.value) });
            m_longest = std::max(m_longest, 3 * secret.value.size());
        }
    }
}

SecretScanner::Report SecretScanner::scan(const QStringList &paths, const QStringList &nameFilters) const
{
    Report report;
    QList<QRegularExpression> filters;
    for (const QString &filter : nameFilters)
        filters.append(QRegularExpression::fromWildcard(filter, Qt::CaseInsensitive));
    const auto wanted = [&filters](const QString &name) {
        return filters.isEmpty()
            || std::any_of(filters.cbegin(), filters.cend(), [&](const QRegularExpression &f) { return f.match(name).hasMatch(); });
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (wanted(it.fileName()))
                    scanFile(file, report);
            }
        } else if (wanted(info.fileName())) {
            scanFile(path, report);
        }
    }
    return report;
}

void SecretScanner::scanFile(const QString &path, Report &report) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.unreadable.append(path);
        return;
    }
    ++report.files;
    // Each chunk starts with the previous chunk's last bytes, so that a secret across the
    // boundary is found; a match lying wholly in that carried part was reported already.
    QByteArray carried;
    qint64 offset = 0; // of the chunk's first new byte in the file
    while (true) {
        const QByteArray fresh = file.read(kChunkBytes);
        if (fresh.isEmpty())
            break;
        report.bytes += fresh.size();
        const QByteArray chunk = carried + fresh;
        const qint64 chunkStart = offset - carried.size();
        for (const Pattern &pattern : m_patterns) {
            const qsizetype length = pattern.matcher.pattern().size();
            for (qsizetype at = pattern.matcher.indexIn(chunk); at >= 0; at = pattern.matcher.indexIn(chunk, at + 1)) {
                if (at + length > carried.size())
                    report.findings.append({ path, chunkStart + at, pattern.label, pattern.form });
            }
        }
        if (!m_encodedPatterns.isEmpty()) {
            const QString text = QString::fromLatin1(chunk); // one character per byte: offsets stay
            for (const EncodedPattern &pattern : m_encodedPatterns) {
                QRegularExpressionMatchIterator it = pattern.expression.globalMatch(text);
                while (it.hasNext()) {
                    const QRegularExpressionMatch match = it.next();
                    // the secret as written is found as "plain" already
                    if (match.capturedEnd() > carried.size() && match.capturedView() != pattern.plain)
                        report.findings.append({ path, chunkStart + match.capturedStart(), pattern.label, pattern.form });
                }
            }
        }
        offset += fresh.size();
        carried = chunk.right(std::max<qsizetype>(m_longest - 1, 0));
    }
}

} // namespace fleetscope
