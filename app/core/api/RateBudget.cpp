// See RateBudget.h.
#include "core/api/RateBudget.h"

#include "core/api/RetryPolicy.h"

#include <algorithm>

namespace d360::api {

using namespace std::chrono;

RateBudget::RateBudget(QObject *parent)
    : QObject(parent)
{
    m_wakeUp.setSingleShot(true);
    m_wakeUp.setTimerType(Qt::PreciseTimer);
    connect(&m_wakeUp, &QTimer::timeout, this, &RateBudget::dispatch);
}

void RateBudget::setLimit(int requestsPerWindow, milliseconds window)
{
    m_limit = std::max(1, requestsPerWindow);
    m_window = std::max(milliseconds(1), window);
    dispatch();
}

void RateBudget::setSafetyMargin(milliseconds margin)
{
    m_safetyMargin = std::max(milliseconds(0), margin);
}

void RateBudget::forgetExpired(Clock::time_point now)
{
    while (!m_sentAt.empty() && m_sentAt.front() + m_window + m_safetyMargin <= now)
        m_sentAt.pop_front();
}

int RateBudget::remaining() const
{
    const Clock::time_point now = Clock::now();
    const auto inWindow
        = std::count_if(m_sentAt.begin(), m_sentAt.end(), [&](Clock::time_point sent) {
              return sent + m_window + m_safetyMargin > now;
          });
    return std::max(0, m_limit - int(inWindow));
}

std::chrono::milliseconds RateBudget::waitLeft() const
{
    const bool anyoneWaiting
        = std::any_of(m_waiting.begin(), m_waiting.end(),
                      [](const Waiter &waiter) { return !waiter.context.isNull(); });
    return anyoneWaiting && m_wakeUp.isActive() ? milliseconds(m_wakeUp.remainingTime())
                                                : milliseconds(0);
}

void RateBudget::acquire(QObject *context, std::function<void()> grant)
{
    m_waiting.push_back(Waiter { context, std::move(grant) });
    dispatch();
}

void RateBudget::observe(const QByteArray &limitHeader, const QByteArray &remainingHeader,
                         const QByteArray &resetHeader, const QDateTime &now)
{
    bool ok = false;
    const int serverLimit = limitHeader.trimmed().toInt(&ok);
    if (ok && serverLimit > 0 && serverLimit != m_limit) {
        m_limit = serverLimit;
        Q_EMIT changed();
    }
    const int serverRemaining = remainingHeader.trimmed().toInt(&ok);
    if (ok && serverRemaining <= 0) {
        // The server's window is used up (perhaps by another client with the
        // same token): wait for its reset, or a whole window if it names none.
        const std::optional<QDateTime> reset = RetryPolicy::parseRateLimitReset(resetHeader, now);
        const milliseconds wait
            = reset ? milliseconds(std::max<qint64>(0, now.msecsTo(*reset))) : m_window;
        pauseFor(std::min(wait, m_window + m_safetyMargin) + m_safetyMargin);
    }
}

void RateBudget::pauseFor(milliseconds duration)
{
    m_pausedUntil = std::max(m_pausedUntil, Clock::now() + duration);
    Q_EMIT changed();
    dispatch();
}

void RateBudget::dispatch()
{
    // A grant may acquire again (a retry); the outer loop serves it.
    if (m_dispatching)
        return;
    m_dispatching = true;
    bool granted = false;
    while (!m_waiting.empty()) {
        if (!m_waiting.front().context) {
            m_waiting.pop_front();
            continue;
        }
        const Clock::time_point now = Clock::now();
        forgetExpired(now);
        Clock::time_point openAt = now;
        if (m_pausedUntil > now)
            openAt = m_pausedUntil;
        if (int(m_sentAt.size()) >= m_limit)
            openAt = std::max(
                openAt, m_sentAt[m_sentAt.size() - size_t(m_limit)] + m_window + m_safetyMargin);
        if (openAt > now) {
            const auto wait = duration_cast<milliseconds>(openAt - now) + milliseconds(1);
            const bool startsWaiting = !m_wakeUp.isActive();
            m_wakeUp.start(int(std::min<milliseconds::rep>(wait.count(), 24 * 3600 * 1000)));
            if (startsWaiting)
                Q_EMIT changed(); // requests now wait: a display says for how long
            break;
        }
        Waiter waiter = std::move(m_waiting.front());
        m_waiting.pop_front();
        m_sentAt.push_back(now);
        granted = true;
        waiter.grant();
    }
    m_dispatching = false;
    if (granted)
        Q_EMIT changed();
}

} // namespace d360::api
