// See TokenRefresher.h.
#include "core/auth/TokenRefresher.h"

#include "core/auth/TokenEndpoint.h"

#include <QCoreApplication>

#include <algorithm>

namespace d360::auth {

using namespace std::chrono;

TokenRefresher::TokenRefresher(const OAuthSettings &settings, const OAuthTokens &tokens, QObject *parent)
    : QObject(parent)
    , m_endpoint(new TokenEndpoint(settings, this))
    , m_tokens(tokens)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { refreshNow({}); });
    schedule();
}

void TokenRefresher::setTokens(const OAuthTokens &tokens)
{
    m_tokens = tokens;
    m_failed = false;
    schedule();
}

milliseconds TokenRefresher::timeUntilRefresh() const
{
    return m_timer.isActive() ? milliseconds(m_timer.remainingTime()) : milliseconds(-1);
}

void TokenRefresher::schedule()
{
    m_timer.stop();
    if (m_failed || !m_tokens.expiresAt.isValid() || m_tokens.refreshToken.isEmpty())
        return;
    const milliseconds remaining(QDateTime::currentDateTimeUtc().msecsTo(m_tokens.expiresAt));
    const milliseconds delay = std::clamp(std::min(remaining * 4 / 5, remaining - milliseconds(minutes(1))),
                                          milliseconds(0), milliseconds(hours(24 * 20)));
    m_timer.start(delay);
}

void TokenRefresher::refreshNow(std::function<void(bool)> done)
{
    if (m_failed || m_tokens.refreshToken.isEmpty()) {
        if (!m_failed) {
            m_failed = true;
            Q_EMIT refreshFailed(QCoreApplication::translate(
                "d360::auth::TokenRefresher", "The sign-in expired and cannot be renewed. Sign in again."));
        }
        if (done)
            done(false);
        return;
    }
    m_waiting.push_back(done ? std::move(done) : [](bool) {});
    if (m_waiting.size() > 1)
        return; // a refresh is already on its way
    m_timer.stop();
    m_endpoint->refresh(m_tokens.refreshToken,
                        [this](const OAuthTokens &tokens, const QString &error) { finishRefresh(tokens, error); });
}

void TokenRefresher::finishRefresh(const OAuthTokens &tokens, const QString &error)
{
    std::vector<std::function<void(bool)>> waiting;
    waiting.swap(m_waiting);
    if (!error.isEmpty()) {
        m_failed = true;
        Q_EMIT refreshFailed(QCoreApplication::translate("d360::auth::TokenRefresher",
                                                         "The sign-in could not be renewed (%1). Sign in again.")
                                 .arg(error));
    } else {
        m_tokens = tokens;
        schedule();
        Q_EMIT tokensRefreshed(m_tokens);
    }
    for (const auto &callback : waiting)
        callback(error.isEmpty());
}

} // namespace d360::auth
