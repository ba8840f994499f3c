// See AccessTokenClaims.h. Every claim is text from a server and ends up on
// screen, so control characters are removed and lengths are bounded; a
// claim of the wrong type counts as absent rather than spoiling the rest.
#include "core/auth/AccessTokenClaims.h"

#include "core/ControlCharacters.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace d360::auth {

namespace {

// Far more than any real token; a bigger "token" is not worth decoding.
constexpr qsizetype maximumTokenLength = 64 * 1024;
constexpr qsizetype maximumClaimLength = 256;

QString textClaim(const QJsonObject &payload, const char *name)
{
    const QJsonValue value = payload.value(QLatin1String(name));
    // Some issuers write numeric ids as numbers.
    const QString text = value.isDouble() ? QString::number(value.toInteger()) : value.toString();
    return withoutControls(text, LineBreaks::Remove).trimmed().left(maximumClaimLength);
}

} // namespace

std::optional<AccessTokenClaims> AccessTokenClaims::read(const QString &accessToken)
{
    if (accessToken.size() > maximumTokenLength)
        return std::nullopt;
    const QStringList segments = accessToken.split(QLatin1Char('.'));
    if (segments.size() != 3 || segments.at(1).isEmpty())
        return std::nullopt;
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        segments.at(1).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject payload = document.object();

    AccessTokenClaims claims;
    claims.projectId = textClaim(payload, "doc360_project_id");
    claims.subject = textClaim(payload, "sub");
    claims.email = textClaim(payload, "email");
    claims.name = textClaim(payload, "name");
    // RFC 7519 section 2: NumericDate, seconds since the epoch, maybe with
    // a fraction.
    const QJsonValue expiry = payload.value(QLatin1String("exp"));
    if (expiry.isDouble() && expiry.toDouble() > 0)
        claims.expiresAt = QDateTime::fromSecsSinceEpoch(qint64(expiry.toDouble()), Qt::UTC);
    return claims;
}

QString AccessTokenClaims::signedInAs() const
{
    return !email.isEmpty() ? email : name;
}

} // namespace d360::auth
