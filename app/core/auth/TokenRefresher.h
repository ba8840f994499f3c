// Keeps one OAuth account's access token fresh.
//
// A timer refreshes the token before it expires: once 80 % of its remaining
// life has passed, and at the latest a minute before the end (but not before
// half of it, so short-lived tokens are not renewed in a loop), so a long
// export never starts its next request with a dead token. refreshNow()
// serves the API client's "refresh once on a 401" hook; concurrent requests
// share one refresh.
//
// A refresh that meets passing trouble (no network because the laptop just
// woke up, a dropped connection, 5xx; TokenEndpoint decides) is tried again
// after the retry policy's backoff, on a timer, a bounded number of times;
// the requests waiting for it keep waiting, and new ones join. Only a refusal
// (invalid_grant and the other OAuth errors, see TokenEndpoint.h) is final:
// refreshFailed(message, true), and the timer stops until new tokens are
// given. When the trouble outlasts the retries, refreshFailed(message, false)
// reports it, the waiting requests are told, and the next refreshNow() tries
// again; nothing is given up.
#pragma once

#include "core/api/RetryPolicy.h"
#include "core/auth/AccountSecret.h"
#include "core/auth/OAuthSettings.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <vector>

namespace d360::auth {

class TokenEndpoint;

class TokenRefresher : public QObject
{
    Q_OBJECT

public:
    TokenRefresher(const OAuthSettings &settings, const OAuthTokens &tokens,
                   const api::RetryPolicy &retry, QObject *parent = nullptr);
    // Requests still waiting are told the refresh failed (the account went).
    ~TokenRefresher() override;

    const OAuthTokens &tokens() const { return m_tokens; }
    // New tokens from elsewhere (a new sign-in): replaces them and re-arms;
    // a refresh on its way is overtaken (its waiting requests get these).
    void setTokens(const OAuthTokens &tokens);

    // Refreshes now; done(true) once the new tokens are in place (after
    // tokensRefreshed()), done(false) when the refresh failed.
    void refreshNow(std::function<void(bool refreshed)> done);

Q_SIGNALS:
    void tokensRefreshed(const d360::auth::OAuthTokens &tokens);
    // final: the sign-in is dead, only a new one helps; else the sign-in
    // server could not be reached for a while and a later refresh may work.
    void refreshFailed(const QString &message, bool final);

private:
    void schedule();
    void attempt();
    void finishRefresh(const OAuthTokens &tokens, const QString &error, bool final);

    TokenEndpoint *m_endpoint;
    OAuthTokens m_tokens;
    api::RetryPolicy m_retry;
    QTimer m_timer;
    QTimer m_retryTimer;
    std::vector<std::function<void(bool)>> m_waiting;
    int m_retries = 0;
    // Tells the answer of the refresh on its way from that of one overtaken
    // by setTokens().
    quint64 m_generation = 0;
    bool m_failed = false;
};

} // namespace d360::auth
