// See TokenRefresher.h.
#include "core/auth/TokenRefresher.h"

#include "core/auth/TokenEndpoint.h"

#include <QLoggingCategory>

#include <algorithm>
#include <utility>

namespace d360::auth {

namespace {

Q_LOGGING_CATEGORY(lcTokenRefresher, "d360.auth.refresh", QtInfoMsg)

} // namespace

using namespace std::chrono;

TokenRefresher::TokenRefresher(const OAuthSettings &settings, const OAuthTokens &tokens,
                               const api::RetryPolicy &retry, QObject *parent)
    : QObject(parent)
    , m_endpoint(new TokenEndpoint(settings, this))
    , m_tokens(tokens)
    , m_retry(retry)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { refreshNow({}); });
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &TokenRefresher::attempt);
    schedule();
}

TokenRefresher::~TokenRefresher()
{
    ++m_generation;
    std::vector<std::function<void(bool)>> waiting;
    waiting.swap(m_waiting);
    for (const auto &callback : waiting)
        callback(false);
}

void TokenRefresher::setTokens(const OAuthTokens &tokens)
{
    m_tokens = tokens;
    m_failed = false;
    if (!m_waiting.empty()) { // a refresh is on its way
        ++m_generation;
        m_retryTimer.stop();
        std::vector<std::function<void(bool)>> waiting;
        waiting.swap(m_waiting);
        // Queued: the caller hands the new tokens to the clients after this.
        QMetaObject::invokeMethod(
            this,
            [waiting = std::move(waiting)] {
                for (const auto &callback : waiting)
                    callback(true);
            },
            Qt::QueuedConnection);
    }
    schedule();
}

void TokenRefresher::schedule()
{
    m_timer.stop();
    if (m_failed || !m_tokens.expiresAt.isValid() || m_tokens.refreshToken.isEmpty())
        return;
    const milliseconds remaining(QDateTime::currentDateTimeUtc().msecsTo(m_tokens.expiresAt));
    // Never before half the remaining life: a token that lives less than a
    // minute would otherwise be refreshed again at once, and again.
    const milliseconds wanted = std::max(
        std::min(remaining * 4 / 5, remaining - milliseconds(minutes(1))), remaining / 2);
    const milliseconds delay = std::clamp(wanted, milliseconds(0), milliseconds(hours(24 * 20)));
    m_timer.start(delay);
}

void TokenRefresher::refreshNow(std::function<void(bool)> done)
{
    if (m_failed || m_tokens.refreshToken.isEmpty()) {
        if (!m_failed) {
            m_failed = true;
            Q_EMIT refreshFailed(tr("The sign-in expired and cannot be renewed. Sign in again."),
                                 true);
        }
        if (done)
            done(false);
        return;
    }
    m_waiting.push_back(done ? std::move(done) : [](bool) {});
    if (m_waiting.size() > 1)
        return; // a refresh is already on its way (or waiting to try again)
    m_timer.stop();
    m_retries = 0;
    attempt();
}

void TokenRefresher::attempt()
{
    const quint64 generation = m_generation;
    m_endpoint->refresh(
        m_tokens.refreshToken,
        [this, generation](const OAuthTokens &tokens, const TokenEndpoint::Failure &failure) {
            if (generation != m_generation)
                return; // overtaken by setTokens()
            if (failure.message.isEmpty()) {
                finishRefresh(tokens, {}, false);
                return;
            }
            if (failure.worthRetrying && m_retries < m_retry.maxRetries) {
                const milliseconds delay = m_retry.backoff(m_retries++);
                qCInfo(lcTokenRefresher).nospace()
                    << "renewing the sign-in failed (" << failure.message << "); trying again in "
                    << delay.count() << " ms";
                m_retryTimer.start(delay);
                return;
            }
            finishRefresh({}, failure.message, !failure.worthRetrying);
        });
}

void TokenRefresher::finishRefresh(const OAuthTokens &tokens, const QString &error, bool final)
{
    std::vector<std::function<void(bool)>> waiting;
    waiting.swap(m_waiting);
    if (error.isEmpty()) {
        m_tokens = tokens;
        schedule();
        Q_EMIT tokensRefreshed(m_tokens);
    } else if (final) {
        m_failed = true;
        Q_EMIT refreshFailed(tr("The sign-in could not be renewed (%1). Sign in again.").arg(error),
                             true);
    } else {
        // Not given up: another round later, at the policy's longest wait.
        m_timer.start(m_retry.backoff(m_retry.maxRetries));
        // Reported only when someone needs the token now; before it expires,
        // the next round may well succeed unnoticed.
        if (!waiting.empty() || m_tokens.isExpiredAt(QDateTime::currentDateTimeUtc())) {
            Q_EMIT refreshFailed(
                tr("The sign-in could not be renewed for now: %1 (tried %n times). It is tried "
                   "again by itself; sign in again if this goes on.",
                   nullptr, m_retries + 1)
                    .arg(error),
                false);
        }
    }
    for (const auto &callback : waiting)
        callback(error.isEmpty());
}

} // namespace d360::auth
