#include "metrics/HttpResponseReader.h"

#include "format/Formatter.h"

#include <QCoreApplication>

namespace fleetscope {

namespace {

// The context of the strings from before this class was split out of HttpScraper.
QString tr(const char *text)
{
    return QCoreApplication::translate("HttpScraper", text);
}

// Quotes what the server sent: short, and without control characters, since it may be anything.
QString excerpt(QByteArrayView text)
{
    return Formatter::excerpt(text, 80);
}

} // namespace

HttpResponseReader::HttpResponseReader(QString where, QString hostPort, qint64 maxBodyBytes, Source source)
    : m_where(std::move(where))
    , m_hostPort(std::move(hostPort))
    , m_maxBytes(maxBodyBytes)
    , m_source(std::move(source))
{
}

Error HttpResponseReader::fail(const QString &what) const
{
    return Error { QStringLiteral("%1: %2").arg(m_where, what) };
}

Error HttpResponseReader::tooLarge() const
{
    return fail(tr("the body is larger than the limit of %1 bytes").arg(m_maxBytes));
}

// Appends whatever arrives next to m_buffer.
Result<HttpResponseReader::Fill> HttpResponseReader::fill()
{
    if (m_pos > 0 && (m_pos == m_buffer.size() || m_pos > 1024 * 1024)) {
        m_buffer.remove(0, m_pos); // drop what was consumed, so the buffer stays about one body long
        m_pos = 0;
    }
    Result<QByteArray> data = m_source();
    if (!data)
        return data.error();
    if (data->isEmpty())
        return Fill::Closed;
    m_buffer += *data;
    return Fill::Data;
}

// The next line without its line end; an Error past maxLength or if the connection ends first.
Result<QByteArray> HttpResponseReader::readLine(qsizetype maxLength, const QString &what)
{
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', m_pos);
        if (newline >= 0 && newline - m_pos <= maxLength) {
            QByteArray line = m_buffer.sliced(m_pos, newline - m_pos);
            m_pos = newline + 1;
            if (line.endsWith('\r'))
                line.chop(1);
            return line;
        }
        if (newline >= 0 || unread() > maxLength)
            return fail(tr("%1 is longer than %2 bytes").arg(what).arg(maxLength));
        const Result<Fill> filled = fill();
        if (!filled)
            return filled.error();
        if (*filled == Fill::Closed)
            return fail(tr("the connection closed in the middle of %1").arg(what));
    }
}

Result<QByteArray> HttpResponseReader::readExact(qint64 size, qint64 bodySoFar, qint64 bodyExpected)
{
    while (unread() < size) {
        const Result<Fill> filled = fill();
        if (!filled)
            return filled.error();
        if (*filled == Fill::Closed)
            return fail(tr("the connection closed after %1 of %2 body bytes")
                            .arg(bodySoFar + unread())
                            .arg(bodyExpected));
    }
    QByteArray data = m_buffer.sliced(m_pos, size);
    m_pos += size;
    return data;
}

Result<HttpResponseReader::Head> HttpResponseReader::readHead()
{
    // Refuse a non-HTTP answer as soon as its first bytes show it, rather than at a size limit.
    while (unread() < 5) {
        const Result<Fill> filled = fill();
        if (!filled)
            return filled.error();
        if (*filled == Fill::Closed)
            return unread() == 0 ? fail(tr("%1 closed the connection without answering").arg(m_hostPort))
                                 : fail(tr("%1 did not answer with HTTP: '%2'")
                                            .arg(m_hostPort, excerpt(m_buffer.sliced(m_pos))));
    }
    if (!m_buffer.sliced(m_pos).startsWith("HTTP/"))
        return fail(
            tr("%1 did not answer with HTTP: '%2'").arg(m_hostPort, excerpt(m_buffer.sliced(m_pos))));

    Head head;
    const Result<QByteArray> statusLine = readLine(maxHeadBytes, tr("the status line"));
    if (!statusLine)
        return statusLine.error();
    head.statusLine = *statusLine;
    // "HTTP/1.1 200 OK": version, a space, three digits, then the end or a space and a reason.
    const QByteArray &s = head.statusLine;
    bool ok
        = s.size() >= 12 && s.startsWith("HTTP/1.") && s[8] == ' ' && (s.size() == 12 || s[12] == ' ');
    head.status = ok ? s.mid(9, 3).toInt(&ok) : 0;
    if (!ok)
        return fail(tr("%1 sent a malformed status line: '%2'").arg(m_hostPort, excerpt(s)));

    qsizetype headBytes = s.size();
    for (;;) {
        const Result<QByteArray> line = readLine(maxHeadBytes, tr("a response header"));
        if (!line)
            return line.error();
        if (line->isEmpty())
            break;
        headBytes += line->size() + 2;
        if (headBytes > maxHeadBytes)
            return fail(tr("the response headers are longer than %1 bytes in total").arg(maxHeadBytes));
        const qsizetype colon = line->indexOf(':');
        if (colon <= 0)
            return fail(tr("malformed response header: '%1'").arg(excerpt(*line)));
        const QByteArray name = line->left(colon).trimmed().toLower();
        const QByteArray value = line->mid(colon + 1).trimmed();
        if (name == "content-length") {
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0)
                return fail(tr("malformed Content-Length: '%1'").arg(excerpt(value)));
            head.contentLength = length;
        } else if (name == "transfer-encoding") {
            if (value.toLower() != "chunked")
                return fail(tr("unsupported Transfer-Encoding '%1'").arg(excerpt(value)));
            head.chunked = true;
        } else if (name == "content-encoding" && value.toLower() != "identity") {
            return fail(tr("the server sent a '%1'-encoded body, which Fleetscope did not ask for")
                            .arg(excerpt(value)));
        }
    }
    if (head.status != 200)
        return fail(tr("the server answered '%1'").arg(excerpt(head.statusLine)));
    return head;
}

Result<QByteArray> HttpResponseReader::readBody()
{
    const Result<Head> head = readHead();
    if (!head)
        return head.error();
    if (head->chunked) // wins over Content-Length, as RFC 9112 6.3 says
        return readChunkedBody();
    if (head->contentLength) {
        if (*head->contentLength > m_maxBytes)
            return fail(tr("the body of %1 bytes is larger than the limit of %2 bytes")
                            .arg(*head->contentLength)
                            .arg(m_maxBytes));
        return readExact(*head->contentLength, 0, *head->contentLength);
    }
    // Neither: the body ends when the server closes the connection (HTTP/1.0 style).
    for (;;) {
        if (unread() > m_maxBytes)
            return tooLarge();
        const Result<Fill> filled = fill();
        if (!filled)
            return filled.error();
        if (*filled == Fill::Closed)
            return m_buffer.sliced(m_pos);
    }
}

Result<QByteArray> HttpResponseReader::readChunkedBody()
{
    QByteArray body;
    for (;;) {
        const Result<QByteArray> sizeLine = readLine(maxChunkLineBytes, tr("a chunk size line"));
        if (!sizeLine)
            return sizeLine.error();
        const qsizetype semicolon = sizeLine->indexOf(';'); // chunk extensions are ignored
        const QByteArray hex = (semicolon < 0 ? *sizeLine : sizeLine->left(semicolon)).trimmed();
        bool ok = !hex.isEmpty() && hex.size() <= 15; // 15 hex digits cannot overflow a qint64
        const qint64 size = ok ? hex.toLongLong(&ok, 16) : 0;
        if (!ok || size < 0)
            return fail(tr("malformed chunk size: '%1'").arg(excerpt(*sizeLine)));
        if (size == 0)
            break;
        if (size > m_maxBytes - body.size())
            return tooLarge();
        const Result<QByteArray> chunk = readExact(size, body.size(), body.size() + size);
        if (!chunk)
            return chunk.error();
        body += *chunk;
        const Result<QByteArray> end = readLine(2, tr("the line end after a chunk"));
        if (!end)
            return end.error();
        if (!end->isEmpty())
            return fail(tr("a chunk is longer than its size line says"));
    }
    for (qsizetype trailerBytes = 0;;) { // trailer fields, then an empty line
        const Result<QByteArray> line = readLine(maxHeadBytes, tr("a trailer field"));
        if (!line)
            return line.error();
        if (line->isEmpty())
            return body;
        trailerBytes += line->size() + 2;
        if (trailerBytes > maxHeadBytes)
            return fail(tr("the trailer fields are longer than %1 bytes in total").arg(maxHeadBytes));
    }
}

} // namespace fleetscope
