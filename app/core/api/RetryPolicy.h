// When to try a request again, and how long to wait first.
//
// Idempotent GETs are retried on 429, 500/502/503/504 and transient transport
// errors; the export POST only when the server surely did not act on it (429,
// connection refused), because repeating it blindly would start a second
// export. Waits honour the server: Retry-After in seconds or as an HTTP-date,
// X-RateLimit-Reset as seconds from now or as a UTC epoch (both forms are in
// Document360's docs). Otherwise capped exponential backoff with jitter, so
// many jobs that failed together do not come back together.
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace d360::api {

struct RetryPolicy
{
    int maxRetries = 3;
    std::chrono::milliseconds baseDelay { 500 };
    std::chrono::milliseconds maxDelay { 8000 };
    // Longer waits than this are not waited out: the request fails with a
    // clear "try again in N s" instead of looking hung.
    std::chrono::milliseconds maxServerRequestedDelay { 60000 };
    double jitter = 0.25; // +/- this share of the computed delay

    static bool isRetryableStatus(int httpStatus);

    // attempt: 0 for the first retry.
    std::chrono::milliseconds backoff(int attempt) const;

    // Both parsers cap a wait at about 31 years: any larger number is
    // nonsense, and overflows what callers compute from it.
    // Both parsers cap a wait at about 31 years: any larger number is
    // nonsense, and overflows what callers compute from it.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value,
                                                                    const QDateTime &now);
    // Epoch seconds if above 10^9, else seconds from now.
    static std::optional<QDateTime> parseRateLimitReset(const QByteArray &value,
                                                        const QDateTime &now);
};

} // namespace d360::api
