// Per-token rate limiting, Document360 style: a fixed window of
// windowSeconds that opens with a token's first request, `limit` requests in
// it, then 429 until it ends.
//
// The window is anchored at each token's first request rather than at the
// wall clock's minute, so a test that spends three requests of three never
// sees the window roll over between them. The answer carries the figures for
// X-RateLimit-Limit, -Remaining and -Reset (UTC epoch seconds, as the V3
// OpenAPI says) and, when refused, Retry-After in seconds.
#pragma once

#include <QHash>
#include <QString>

namespace d360::sandbox {

class RateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        bool limited = false; // false when limiting is off: send no X-RateLimit headers
        int limit = 0;
        int remaining = 0;
        qint64 resetEpochSeconds = 0;
        int retryAfterSeconds = 0; // when refused
    };

    RateLimiter(int limit, int windowSeconds);

    // Counts one request for the token and says whether it may be served.
    Decision consume(const QString &token, qint64 nowMs);

private:
    struct Window
    {
        qint64 startMs = 0;
        int used = 0;
    };

    void forgetEndedWindows(qint64 nowMs);

    int m_limit;
    qint64 m_windowMs;
    QHash<QString, Window> m_windows;
};

} // namespace d360::sandbox
