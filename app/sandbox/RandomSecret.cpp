// See RandomSecret.h.
#include "sandbox/RandomSecret.h"

#include <QRandomGenerator>

namespace d360::sandbox {

QByteArray RandomSecret::bytes(int count)
{
    QByteArray result;
    result.reserve(count);
    while (result.size() < count) {
        const quint32 word = QRandomGenerator::system()->generate();
        for (int shift = 0; shift < 32 && result.size() < count; shift += 8)
            result.append(static_cast<char>((word >> shift) & 0xff));
    }
    return result;
}

QString RandomSecret::hex(int count)
{
    return QString::fromLatin1(bytes(count).toHex());
}

QString RandomSecret::token(int count)
{
    return QString::fromLatin1(
        bytes(count).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace d360::sandbox
