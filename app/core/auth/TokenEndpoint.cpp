// See TokenEndpoint.h. The server's error answer ({"error", "error_description"},
// RFC 6749 section 5.2) is shown in its own words, redacted, because
// "invalid_grant: refresh token expired" tells the writer exactly what to do.
#include "core/auth/TokenEndpoint.h"

#include "core/ApplicationInfo.h"
#include "core/api/NetworkErrors.h"
#include "core/api/Redactor.h"
#include "core/api/ReplyDeadline.h"
#include "core/auth/AccessTokenClaims.h"
#include "core/auth/SignInRefusal.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace d360::auth {

namespace {

constexpr qint64 maximumAnswerBytes = 256 * 1024;

// The server could not answer now; the same request may work in a moment.
bool isPassingTrouble(int status)
{
    return status >= 500 || status == 408 || status == 429;
}

TokenEndpoint::Answered answeredWith(TokenEndpoint::Done done)
{
    return
        [done = std::move(done)](const OAuthTokens &tokens, const TokenEndpoint::Failure &failure) {
            done(tokens, failure.message);
        };
}

QString formatServerError(const QJsonObject &object, int status, const QString &clientId)
{
    const QString code = object.value(QStringLiteral("error")).toString();
    const QString description = object.value(QStringLiteral("error_description")).toString();
    const SignInRefusal::Cause cause = SignInRefusal::causeOf(code, description);
    if (cause != SignInRefusal::Cause::None)
        return SignInRefusal::explain(cause, code, clientId);
    if (code == QLatin1String("invalid_grant"))
        return TokenEndpoint::tr(
                   "the sign-in server no longer accepts this sign-in (it expired or was "
                   "revoked): %1")
            .arg(description.isEmpty() ? code : description);
    if (!code.isEmpty())
        return TokenEndpoint::tr("the sign-in server refused (%1)%2")
            .arg(code, description.isEmpty() ? QString() : QStringLiteral(": ") + description);
    return TokenEndpoint::tr("the sign-in server answered HTTP %1").arg(status);
}

} // namespace

TokenEndpoint::TokenEndpoint(const OAuthSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void TokenEndpoint::exchangeCode(const QString &code, const QString &codeVerifier,
                                 const QUrl &redirectUri, Done done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded));
    form.addQueryItem(QStringLiteral("client_id"), m_settings.clientId);
    form.addQueryItem(QStringLiteral("code_verifier"), codeVerifier);
    post(form, {}, answeredWith(std::move(done)));
}

void TokenEndpoint::refresh(const QString &refreshToken, Done done)
{
    refresh(refreshToken, answeredWith(std::move(done)));
}

void TokenEndpoint::refresh(const QString &refreshToken, Answered answered)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    form.addQueryItem(QStringLiteral("client_id"), m_settings.clientId);
    if (!m_settings.scopes.isEmpty())
        form.addQueryItem(QStringLiteral("scope"), m_settings.scopes.join(QLatin1Char(' ')));
    post(form, refreshToken, std::move(answered));
}

void TokenEndpoint::post(const QUrlQuery &form, const QString &previousRefreshToken,
                         Answered answered)
{
    const auto done
        = [answered = std::move(answered)](const OAuthTokens &tokens, const QString &error,
                                           bool worthRetrying = false) {
              answered(tokens, { error, !error.isEmpty() && worthRetrying });
          };
    QString problem;
    if (!api::ServerAddress::isAllowedUrl(m_settings.tokenUrl, &problem)) {
        QTimer::singleShot(0, this, [done, problem] { done({}, problem); });
        return;
    }
    QNetworkRequest request(m_settings.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("d360-exporter/%1").arg(ApplicationInfo::version()));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);

    // Form encoding: '+' and '&' in a value must not survive as themselves.
    QUrlQuery encoded;
    for (const auto &[name, value] : form.queryItems(QUrl::FullyDecoded))
        encoded.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(name)),
                             QString::fromLatin1(QUrl::toPercentEncoding(value)));
    QNetworkReply *reply = m_network->post(request, encoded.query(QUrl::FullyEncoded).toLatin1());
    reply->setParent(this);
    auto *deadline = new api::ReplyDeadline(reply, m_timeout, m_timeout);
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    const QString clientId = m_settings.clientId;
    connect(reply, &QNetworkReply::finished, this, [=] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            const api::ApiError error = api::transportError(reply, deadline->expired());
            done({}, tr("the sign-in server could not be reached: %1").arg(error.message()), true);
            return;
        }
        const QByteArray body = reply->read(maximumAnswerBytes);
        QJsonParseError parseError {};
        const QJsonObject object = QJsonDocument::fromJson(body, &parseError).object();
        if (status < 200 || status > 299) {
            done({}, api::Redactor::instance().redact(formatServerError(object, status, clientId)),
                 isPassingTrouble(status));
            return;
        }
        OAuthTokens tokens;
        tokens.accessToken = object.value(QStringLiteral("access_token")).toString();
        tokens.refreshToken
            = object.value(QStringLiteral("refresh_token")).toString(previousRefreshToken);
        if (tokens.refreshToken.isEmpty())
            tokens.refreshToken = previousRefreshToken;
        tokens.registerWithRedactor();
        const qint64 lifetime = object.value(QStringLiteral("expires_in"))
                                    .toVariant()
                                    .toLongLong(); // a number, or a numeric string
        if (lifetime > 0) {
            tokens.expiresAt = sentAt.addSecs(lifetime);
        } else {
            // Without expires_in, the JWT's own exp; only an opaque token
            // falls back to the documented hour.
            const std::optional<AccessTokenClaims> claims
                = AccessTokenClaims::read(tokens.accessToken);
            tokens.expiresAt = claims && claims->expiresAt.isValid()
                ? claims->expiresAt
                : sentAt.addSecs(OAuthTokens::defaultLifetime.count());
        }
        if (parseError.error != QJsonParseError::NoError) {
            // Cut short or mangled on the way (a proxy, a dropped link).
            done({}, tr("the sign-in server's answer could not be read"), true);
            return;
        }
        if (tokens.accessToken.isEmpty()) {
            done({}, tr("the sign-in server's answer has no access token"));
            return;
        }
        const QString type
            = object.value(QStringLiteral("token_type")).toString(QStringLiteral("Bearer"));
        if (type.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0) {
            done({},
                 tr("the sign-in server issued a \"%1\" token; only Bearer tokens are supported")
                     .arg(type));
            return;
        }
        done(tokens, {});
    });
}

} // namespace d360::auth
