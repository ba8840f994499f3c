// Unguessable strings: API keys, the control secret, OAuth codes and tokens,
// signing keys. All from the operating system's random source
// (QRandomGenerator::system()), never from a seeded generator, because a
// sandbox's secrets are still secrets while it runs.
#pragma once

#include <QByteArray>
#include <QString>

namespace d360::sandbox {

class RandomSecret
{
public:
    static QByteArray bytes(int count);
    // count random bytes as lowercase hex (2 * count characters).
    static QString hex(int count);
    // count random bytes as base64url without padding, safe in URLs and headers.
    static QString token(int count);
};

} // namespace d360::sandbox
