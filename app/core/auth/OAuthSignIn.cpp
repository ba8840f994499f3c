// See OAuthSignIn.h. The verifier lives only in this object's memory for the
// length of one flow and is forgotten when the flow ends.
#include "core/auth/OAuthSignIn.h"

#include "core/auth/LoopbackRedirectListener.h"
#include "core/auth/Pkce.h"
#include "core/auth/SignInRefusal.h"
#include "core/auth/TokenEndpoint.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace d360::auth {

OAuthSignIn::OAuthSignIn(const OAuthSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_listener(new LoopbackRedirectListener(this))
    , m_tokenEndpoint(new TokenEndpoint(settings, this))
{
    m_timeoutTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this, [this] {
        fail(tr("The sign-in timed out: the browser did not come back in time. Start it again."));
    });
    connect(m_listener, &LoopbackRedirectListener::codeReceived, this, &OAuthSignIn::redeem);
    connect(m_listener, &LoopbackRedirectListener::callbackFailed, this, &OAuthSignIn::fail);
    connect(m_listener, &LoopbackRedirectListener::serverErrorReceived, this,
            &OAuthSignIn::explainServerError);
}

OAuthSignIn::~OAuthSignIn() = default;

QUrl OAuthSignIn::redirectUri() const
{
    return m_listener->redirectUri();
}

void OAuthSignIn::start()
{
    if (isRunning())
        return;
    m_state = State::WaitingForBrowser;
    m_timeoutTimer.start(m_timeout);

    QString problem;
    if (!m_settings.isUsable(&problem) || !m_listener->listen(&problem)) {
        const QString message = tr("Cannot start the sign-in: %1.").arg(problem);
        QTimer::singleShot(0, this, [this, message] { fail(message); });
        return;
    }
    m_codeVerifier = pkce::generateVerifier();
    const QString state = pkce::generateState();
    m_listener->setExpectedState(state);

    QUrlQuery query(m_settings.authorizeUrl);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), m_settings.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"),
                       m_listener->redirectUri().toString(QUrl::FullyEncoded));
    query.addQueryItem(QStringLiteral("scope"), m_settings.scopes.join(QLatin1Char(' ')));
    query.addQueryItem(QStringLiteral("state"), state);
    query.addQueryItem(QStringLiteral("code_challenge"), pkce::challengeFor(m_codeVerifier));
    query.addQueryItem(QStringLiteral("code_challenge_method"), pkce::challengeMethod());
    // Document360's identity server then asks which project to sign in to,
    // and binds the token to it (the doc360_project_id claim).
    query.addQueryItem(QStringLiteral("acr_values"), QStringLiteral("project_select"));
    // QUrlQuery leaves ':' '/' '+' and ' ' readable; a strict server wants
    // them encoded inside a parameter value.
    QUrlQuery encoded;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        encoded.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    m_authorizationUrl = m_settings.authorizeUrl;
    m_authorizationUrl.setQuery(encoded.query(QUrl::FullyEncoded), QUrl::StrictMode);

    Q_EMIT authorizationUrlReady(m_authorizationUrl);
    if (m_openBrowser)
        m_openBrowser(m_authorizationUrl);
}

void OAuthSignIn::cancel()
{
    if (isRunning())
        fail(tr("Sign-in cancelled."));
}

void OAuthSignIn::redeem(const QString &code)
{
    if (m_state != State::WaitingForBrowser)
        return;
    m_state = State::RedeemingCode;
    Q_EMIT redeemingCode();
    m_tokenEndpoint->exchangeCode(code, m_codeVerifier, m_listener->redirectUri(),
                                  [this](const OAuthTokens &tokens, const QString &error) {
                                      if (m_state != State::RedeemingCode)
                                          return; // cancelled or timed out meanwhile
                                      if (!error.isEmpty()) {
                                          fail(tr("Signing in failed: %1.").arg(error));
                                          return;
                                      }
                                      m_state = State::Succeeded;
                                      m_timeoutTimer.stop();
                                      m_codeVerifier.clear();
                                      Q_EMIT succeeded(tokens);
                                  });
}

void OAuthSignIn::explainServerError(const QString &error, const QString &description)
{
    const SignInRefusal::Cause cause = SignInRefusal::causeOf(error, description);
    if (cause != SignInRefusal::Cause::None) {
        fail(SignInRefusal::explain(cause, error, m_settings.clientId));
        return;
    }
    if (error == QLatin1String("access_denied")) {
        fail(tr(
            "The sign-in was declined in the browser (access_denied). Sign in again to allow it."));
        return;
    }
    fail(tr("The sign-in server reported an error: %1")
             .arg(description.isEmpty() ? error
                                        : QStringLiteral("%1 (%2)").arg(description, error)));
}

void OAuthSignIn::fail(const QString &message)
{
    if (!isRunning())
        return;
    m_state = State::Failed;
    m_timeoutTimer.stop();
    m_listener->close();
    m_codeVerifier.clear();
    Q_EMIT failed(message);
}

} // namespace d360::auth
