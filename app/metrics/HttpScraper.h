#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QUrl>

namespace fleetscope {

// A blocking HTTP/1.1 GET for a worker thread (QThreadPool) that runs no event loop: it waits on the
// socket itself, within one overall deadline. Plain http only for now; https is refused with a
// message (TLS comes later). Bodies may be sent with Content-Length, chunked, or until close.
class HttpScraper final
{
public:
    static constexpr qint64 defaultMaxBytes = 8 * 1024 * 1024;

    struct Response
    {
        QByteArray body;
        qint64 elapsedMs = 0; // from connecting to the last byte of the body
    };

    // The body of a 200 response, or an Error naming the URL and what went wrong. Returns within
    // timeoutMs plus scheduling slack (host name lookup excepted: the system resolver has no timeout).
    static Result<Response> fetch(const QUrl &url, int timeoutMs, qint64 maxBytes = defaultMaxBytes);
    static Result<QByteArray> get(const QUrl &url, int timeoutMs, qint64 maxBytes = defaultMaxBytes);
};

} // namespace fleetscope
