#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace fleetscope {

// Reads one HTTP/1.1 response ("Connection: close") from a stream of bytes and returns its body:
// status line, headers, then a Content-Length, chunked or read-until-close body, each bounded. It
// does no I/O itself: HttpScraper hands it the socket's bytes through a Source, a fuzzer or a test
// hands it any bytes at all.
class HttpResponseReader final
{
public:
    // The next bytes of the stream, waiting as long as the caller allows; an empty array once the
    // peer closed the connection; an Error (timeout, reset) ends the read with that error.
    using Source = std::function<Result<QByteArray>()>;

    // where: the URL as shown in messages; hostPort: "host:port" of the server.
    HttpResponseReader(QString where, QString hostPort, qint64 maxBodyBytes, Source source);

    Result<QByteArray> readBody();

    static constexpr qsizetype maxHeadBytes = 64 * 1024; // status line and headers together
    static constexpr qsizetype maxChunkLineBytes = 4096; // chunk size plus any chunk extensions

private:
    enum class Fill
    {
        Data,
        Closed
    };
    struct Head
    {
        QByteArray statusLine;
        int status = 0;
        std::optional<qint64> contentLength;
        bool chunked = false;
    };

    Error fail(const QString &what) const;
    Error tooLarge() const;
    qsizetype unread() const { return m_buffer.size() - m_pos; }
    Result<Fill> fill();
    Result<QByteArray> readLine(qsizetype maxLength, const QString &what);
    Result<QByteArray> readExact(qint64 size, qint64 bodySoFar, qint64 bodyExpected);
    Result<Head> readHead();
    Result<QByteArray> readChunkedBody();

    QString m_where;
    QString m_hostPort;
    qint64 m_maxBytes;
    Source m_source;
    QByteArray m_buffer; // received and not yet handed out from m_pos on
    qsizetype m_pos = 0;
};

} // namespace fleetscope
