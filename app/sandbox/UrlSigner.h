// Signed, expiring download links, in the manner of a blob store's shared
// access signature: `?se=<expiry, UTC epoch seconds>&sig=<HMAC-SHA256 hex>`.
//
// The signature covers the resource path and the expiry, under a key that is
// random per sandbox, so a link can be neither edited nor extended, and a
// restarted sandbox does not honour the links of the one before (as a
// rotated storage key would not). A link is valid while now < se.
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace d360::sandbox {

class UrlSigner
{
public:
    enum class Verdict { Valid, Unsigned, BadSignature, Expired };

    // A signer with a fresh random key.
    UrlSigner();

    QUrlQuery sign(const QString &resourcePath, qint64 expiresEpochSeconds) const;
    Verdict verify(const QString &resourcePath, const QUrlQuery &query, qint64 nowMs) const;

private:
    QByteArray signature(const QString &resourcePath, const QByteArray &expiry) const;

    QByteArray m_key;
};

} // namespace d360::sandbox
