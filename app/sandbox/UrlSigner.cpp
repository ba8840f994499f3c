// See UrlSigner.h. Signatures are compared in constant time, as any
// verifier of MACs should, even on loopback.
#include "sandbox/UrlSigner.h"

#include "sandbox/RandomSecret.h"

#include <QMessageAuthenticationCode>

namespace d360::sandbox {

namespace {

bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

UrlSigner::UrlSigner()
    : m_key(RandomSecret::bytes(32))
{ }

QByteArray UrlSigner::signature(const QString &resourcePath, const QByteArray &expiry) const
{
    const QByteArray message = QByteArrayLiteral("GET\n") + resourcePath.toUtf8() + '\n' + expiry;
    return QMessageAuthenticationCode::hash(message, m_key, QCryptographicHash::Sha256).toHex();
}

QUrlQuery UrlSigner::sign(const QString &resourcePath, qint64 expiresEpochSeconds) const
{
    const QByteArray expiry = QByteArray::number(expiresEpochSeconds);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("se"), QString::fromLatin1(expiry));
    query.addQueryItem(QStringLiteral("sig"), QString::fromLatin1(signature(resourcePath, expiry)));
    return query;
}

UrlSigner::Verdict UrlSigner::verify(const QString &resourcePath, const QUrlQuery &query,
                                     qint64 nowMs) const
{
    const QByteArray expiry = query.queryItemValue(QStringLiteral("se")).toLatin1();
    const QByteArray given = query.queryItemValue(QStringLiteral("sig")).toLatin1().toLower();
    if (expiry.isEmpty() || given.isEmpty())
        return Verdict::Unsigned;
    if (!equalInConstantTime(given, signature(resourcePath, expiry)))
        return Verdict::BadSignature;
    bool ok = false;
    const qint64 expiresSeconds = expiry.toLongLong(&ok);
    if (!ok || nowMs >= expiresSeconds * 1000)
        return Verdict::Expired;
    return Verdict::Valid;
}

} // namespace d360::sandbox
