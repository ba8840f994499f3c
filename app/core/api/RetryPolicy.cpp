// See RetryPolicy.h.
#include "core/api/RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace d360::api {

namespace {

// The longest wait a server can ask for, about 31 years: a larger number is
// nonsense, and would overflow the milliseconds (and the whole seconds of
// ApiError::retryAfterSeconds) computed from it.
constexpr double maxWaitSeconds = 1e9;

// RFC 9110 allows three date formats; servers send the first.
std::optional<QDateTime> parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value).simplified();
    static const char *const formats[] = {
        "ddd, dd MMM yyyy HH:mm:ss 'GMT'", // IMF-fixdate
        "dddd, dd-MMM-yy HH:mm:ss 'GMT'", // RFC 850
        "ddd MMM d HH:mm:ss yyyy", // asctime
    };
    const QLocale c = QLocale::c();
    for (const char *format : formats) {
        QDateTime parsed = c.toDateTime(text, QLatin1String(format));
        if (parsed.isValid()) {
            parsed.setTimeZone(QTimeZone::utc());
            if (parsed.date().year() < 1970)
                parsed = parsed.addYears(100);
            return parsed;
        }
    }
    return std::nullopt;
}

} // namespace

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    return httpStatus == 429 || httpStatus == 500 || httpStatus == 502 || httpStatus == 503
        || httpStatus == 504;
}

std::chrono::milliseconds RetryPolicy::backoff(int attempt) const
{
    const double exponential
        = double(baseDelay.count()) * std::pow(2.0, std::clamp(attempt, 0, 30));
    const double capped = std::min(exponential, double(maxDelay.count()));
    const double spread = capped * jitter;
    const double jittered
        = capped - spread + QRandomGenerator::global()->generateDouble() * 2 * spread;
    return std::chrono::milliseconds(qint64(std::max(0.0, jittered)));
}

std::optional<std::chrono::milliseconds> RetryPolicy::parseRetryAfter(const QByteArray &value,
                                                                      const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const double seconds = trimmed.toDouble(&isNumber);
    if (isNumber) {
        if (!(seconds >= 0)) // also NaN
            return std::nullopt;
        return std::chrono::milliseconds(qint64(std::min(seconds, maxWaitSeconds) * 1000));
    }
    const std::optional<QDateTime> date = parseHttpDate(trimmed);
    if (!date)
        return std::nullopt;
    const qint64 maxWaitMs = qint64(maxWaitSeconds) * 1000;
    return std::chrono::milliseconds(std::clamp<qint64>(now.msecsTo(*date), 0, maxWaitMs));
}

std::optional<QDateTime> RetryPolicy::parseRateLimitReset(const QByteArray &value,
                                                          const QDateTime &now)
{
    bool isNumber = false;
    const double number = value.trimmed().toDouble(&isNumber);
    if (!isNumber || !(number >= 0)) // also NaN
        return std::nullopt;
    const QDateTime latest = now.addSecs(qint64(maxWaitSeconds));
    if (number > 1e9) {
        const qint64 epochMs = qint64(std::min(number, 1e12) * 1000);
        return std::min(QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc()), latest);
    }
    return std::min(now.addMSecs(qint64(number * 1000)), latest);
}

} // namespace d360::api
