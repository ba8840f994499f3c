// Keeps one OAuth account's access token fresh.
//
// A timer refreshes the token before it expires: once 80 % of its remaining
// life has passed, and at the latest a minute before the end, so a long
// export never starts its next request with a dead token. refreshNow()
// serves the API client's "refresh once on a 401" hook; concurrent requests
// share one refresh. A refresh that fails (revoked, expired refresh token, no
// refresh token at all) is reported once through refreshFailed(): the writer
// has to sign in again, and the timer stops until new tokens are given.
#pragma once

#include "core/auth/AccountSecret.h"
#include "core/auth/OAuthSettings.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <vector>

namespace d360::auth {

class TokenEndpoint;

class TokenRefresher : public QObject
{
    Q_OBJECT

public:
    TokenRefresher(const OAuthSettings &settings, const OAuthTokens &tokens, QObject *parent = nullptr);

    const OAuthTokens &tokens() const { return m_tokens; }
    // New tokens from elsewhere (a new sign-in): replaces them and re-arms.
    void setTokens(const OAuthTokens &tokens);

    // Refreshes now; done(true) once the new tokens are in place (after
    // tokensRefreshed()), done(false) when the refresh failed.
    void refreshNow(std::function<void(bool refreshed)> done);

    // When the timer will refresh, for tests and diagnostics.
    std::chrono::milliseconds timeUntilRefresh() const;
    bool isRefreshing() const { return !m_waiting.empty(); }

Q_SIGNALS:
    void tokensRefreshed(const d360::auth::OAuthTokens &tokens);
    void refreshFailed(const QString &message);

private:
    void schedule();
    void finishRefresh(const OAuthTokens &tokens, const QString &error);

    TokenEndpoint *m_endpoint;
    OAuthTokens m_tokens;
    QTimer m_timer;
    std::vector<std::function<void(bool)>> m_waiting;
    bool m_failed = false;
};

} // namespace d360::auth
