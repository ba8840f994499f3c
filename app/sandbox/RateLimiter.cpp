// See RateLimiter.h. Refused requests count too, as on most gateways: a
// client that hammers through its 429s does not get its window back sooner.
#include "sandbox/RateLimiter.h"

namespace d360::sandbox {

RateLimiter::RateLimiter(int limit, int windowSeconds)
    : m_limit(qMax(0, limit))
    , m_windowMs(qMax(1, windowSeconds) * qint64(1000))
{ }

RateLimiter::Decision RateLimiter::consume(const QString &token, qint64 nowMs)
{
    Decision decision;
    if (m_limit == 0)
        return decision;

    if (m_windows.size() > 10000)
        forgetEndedWindows(nowMs);

    Window &window = m_windows[token];
    if (window.used == 0 || nowMs >= window.startMs + m_windowMs)
        window = Window { nowMs, 0 };
    ++window.used;

    const qint64 resetMs = window.startMs + m_windowMs;
    decision.limited = true;
    decision.limit = m_limit;
    decision.allowed = window.used <= m_limit;
    decision.remaining = qMax(0, m_limit - window.used);
    decision.resetEpochSeconds = (resetMs + 999) / 1000;
    decision.retryAfterSeconds = qMax<qint64>(1, (resetMs - nowMs + 999) / 1000);
    return decision;
}

void RateLimiter::forgetEndedWindows(qint64 nowMs)
{
    for (auto it = m_windows.begin(); it != m_windows.end();) {
        if (nowMs >= it->startMs + m_windowMs)
            it = m_windows.erase(it);
        else
            ++it;
    }
}

} // namespace d360::sandbox
