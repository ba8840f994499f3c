// A client-side rate budget for one token: requests wait their turn here
// instead of bouncing off the server's 429s.
//
// Document360 allows 60 requests a minute (100 on larger plans) per token. A
// batch of a hundred exports, each polled, would hit that limit at once; the
// budget keeps a log of when requests were sent and lets a new one go only
// while fewer than the limit were sent within the window (plus a small margin
// for clock and latency differences), which keeps under both fixed-window and
// sliding-window limiters. It learns the limit from X-RateLimit-Limit, and
// pauses when the server says none remain or answers 429. Waiters are served
// first come, first served, from the event loop; nothing blocks.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>

namespace d360::api {

class RateBudget : public QObject
{
    Q_OBJECT

public:
    using Clock = std::chrono::steady_clock;

    explicit RateBudget(QObject *parent = nullptr);

    void setLimit(int requestsPerWindow, std::chrono::milliseconds window);
    // Extra time added to the window: a request the server receives late must
    // not land in the next window twice.
    void setSafetyMargin(std::chrono::milliseconds margin);
    int limit() const { return m_limit; }
    std::chrono::milliseconds window() const { return m_window; }

    // Requests that may still be sent in the current window.
    int remaining() const;
    int waitingCount() const { return int(m_waiting.size()); }
    // How long the requests waiting now still wait; zero when none waits.
    std::chrono::milliseconds waitLeft() const;

    // Calls grant() once a request may be sent, and counts the request as sent.
    // If context is destroyed first, grant() is never called.
    void acquire(QObject *context, std::function<void()> grant);

    // Learns from the X-RateLimit-* headers of an answer.
    void observe(const QByteArray &limitHeader, const QByteArray &remainingHeader,
                 const QByteArray &resetHeader, const QDateTime &now);
    // Sends nothing for this long (after a 429's Retry-After).
    void pauseFor(std::chrono::milliseconds duration);

Q_SIGNALS:
    // The remaining budget or the queue changed; for status displays.
    void changed();

private:
    void dispatch();
    void forgetExpired(Clock::time_point now);

    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void()> grant;
    };

    int m_limit = 60;
    std::chrono::milliseconds m_window { 60000 };
    std::chrono::milliseconds m_safetyMargin { 1000 };
    std::deque<Clock::time_point> m_sentAt;
    std::deque<Waiter> m_waiting;
    Clock::time_point m_pausedUntil {};
    QTimer m_wakeUp;
    bool m_dispatching = false;
};

} // namespace d360::api
