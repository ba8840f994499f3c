// See RetryPolicy.h.
#include "core/api/RetryPolicy.h"

#include <QLocale>
#include <QTimeZone>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace d360::api {

namespace {

// RFC 9110 allows three date formats; servers send the first.
std::optional<QDateTime> parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value).simplified();
    static const char *const formats[] = {
        "ddd, dd MMM yyyy HH:mm:ss 'GMT'", // IMF-fixdate
        "dddd, dd-MMM-yy HH:mm:ss 'GMT'",  // RFC 850
        "ddd MMM d HH:mm:ss yyyy",         // asctime
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
    const double exponential = double(baseDelay.count()) * std::pow(2.0, std::clamp(attempt, 0, 30));
    const double capped = std::min(exponential, double(maxDelay.count()));
    const double spread = capped * jitter;
    const double jittered = capped - spread + QRandomGenerator::global()->generateDouble() * 2 * spread;
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
    if (isNumber)
        return seconds >= 0 ? std::optional(std::chrono::milliseconds(qint64(seconds * 1000)))
                            : std::nullopt;
    const std::optional<QDateTime> date = parseHttpDate(trimmed);
    if (!date)
        return std::nullopt;
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(*date)));
}

std::optional<QDateTime> RetryPolicy::parseRateLimitReset(const QByteArray &value, const QDateTime &now)
{
    bool isNumber = false;
    const double number = value.trimmed().toDouble(&isNumber);
    if (!isNumber || number < 0)
        return std::nullopt;
    if (number > 1e9)
        return QDateTime::fromMSecsSinceEpoch(qint64(number * 1000), QTimeZone::utc());
    return now.addMSecs(qint64(number * 1000));
}

} // namespace d360::api
