// See Pkce.h. The verifier is drawn character by character with
// QRandomGenerator::bounded(), which rejects biased values, so every character
// of the 66-letter alphabet is equally likely.
#include "core/auth/Pkce.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

namespace d360::auth::pkce {

namespace {

constexpr int verifierLength = 64;
constexpr std::size_t stateBytes = 32;

const QByteArray &unreservedAlphabet()
{
    static const QByteArray alphabet
        = QByteArrayLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");
    return alphabet;
}

constexpr auto base64UrlNoPadding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QString generateVerifier()
{
    const QByteArray &alphabet = unreservedAlphabet();
    QByteArray verifier(verifierLength, Qt::Uninitialized);
    QRandomGenerator *random = QRandomGenerator::system();
    for (char &character : verifier)
        character = alphabet.at(int(random->bounded(quint32(alphabet.size()))));
    return QString::fromLatin1(verifier);
}

QString challengeFor(const QString &verifier)
{
    const QByteArray digest
        = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toBase64(base64UrlNoPadding));
}

QString challengeMethod()
{
    return QStringLiteral("S256");
}

QString generateState()
{
    std::array<quint32, stateBytes / sizeof(quint32)> words {};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), qsizetype(stateBytes));
    return QString::fromLatin1(bytes.toBase64(base64UrlNoPadding));
}

bool isValidVerifier(const QString &text)
{
    if (text.size() < 43 || text.size() > 128)
        return false;
    const QByteArray &alphabet = unreservedAlphabet();
    for (const QChar character : text) {
        if (character.unicode() > 0x7f || !alphabet.contains(char(character.unicode())))
            return false;
    }
    return true;
}

} // namespace d360::auth::pkce
