// One OAuth2 sign-in in the system browser: the native-app flow of RFC 8252
// with PKCE (RFC 7636), from the authorization URL to the tokens.
//
// The authorization request asks Document360's identity server to let the
// writer pick a project (acr_values=project_select); the access token then
// names that project (see AccessTokenClaims). A refusal of the client id or
// of the redirect URI is explained as SignInRefusal words it.
//
// It prepares a fresh verifier, challenge and state, starts the loopback
// listener, and announces the authorization URL. The core may not open a
// browser (it has no QtGui), so the front end does: the window with
// QDesktopServices, the command line by printing the link; the URL stays
// available for a "copy the sign-in link" button. When the browser comes back
// with the code, the listener closes and the code is redeemed at the token
// endpoint. The flow ends exactly once: succeeded(), or failed() (wrong
// state, the server's error, the token endpoint's refusal, the timeout, or
// cancel()).
#pragma once

#include "core/auth/AccountSecret.h"
#include "core/auth/OAuthSettings.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>

namespace d360::auth {

class LoopbackRedirectListener;
class TokenEndpoint;

class OAuthSignIn : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, WaitingForBrowser, RedeemingCode, Succeeded, Failed };
    using BrowserOpener = std::function<void(const QUrl &url)>;

    static constexpr std::chrono::milliseconds defaultTimeout { std::chrono::minutes(5) };

    explicit OAuthSignIn(const OAuthSettings &settings, QObject *parent = nullptr);
    ~OAuthSignIn() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Called with the authorization URL once the listener is up. Optional:
    // authorizationUrlReady() is emitted either way.
    void setBrowserOpener(BrowserOpener opener) { m_openBrowser = std::move(opener); }

    // Starts the flow; its outcome arrives later, never from inside start().
    void start();
    // Ends a running flow with failed(tr("Sign-in cancelled.")).
    void cancel();

    State state() const { return m_state; }
    bool isRunning() const
    {
        return m_state == State::WaitingForBrowser || m_state == State::RedeemingCode;
    }
    // The page the browser must open (for "copy the sign-in link").
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    QUrl redirectUri() const;

Q_SIGNALS:
    void authorizationUrlReady(const QUrl &url);
    void redeemingCode();
    void succeeded(const d360::auth::OAuthTokens &tokens);
    void failed(const QString &message);

private:
    void redeem(const QString &code);
    void explainServerError(const QString &error, const QString &description);
    void fail(const QString &message);

    OAuthSettings m_settings;
    LoopbackRedirectListener *m_listener;
    TokenEndpoint *m_tokenEndpoint;
    QTimer m_timeoutTimer;
    std::chrono::milliseconds m_timeout = defaultTimeout;
    BrowserOpener m_openBrowser;
    State m_state = State::Idle;
    QString m_codeVerifier;
    QUrl m_authorizationUrl;
};

} // namespace d360::auth
