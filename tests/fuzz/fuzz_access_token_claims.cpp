// Fuzzes the reader of an access token's claims (AccessTokenClaims::read).
// The token comes from the identity server, or from whatever answered in its
// place, and its claims end up on screen and in the settings file. Whatever
// it holds, a claim is short, has no control characters, and an expiry is
// either absent or a real date.
//
// Input: the token as text (UTF-8).
#include "FuzzSupport.h"
#include "core/ControlCharacters.h"
#include "core/auth/AccessTokenClaims.h"

using namespace d360;

namespace {

bool isClean(const QString &claim)
{
    return claim.size() <= 256 && withoutControls(claim, LineBreaks::Remove) == claim;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString token = QString::fromUtf8(fuzz::bytes(data, size));
    const std::optional<auth::AccessTokenClaims> claims = auth::AccessTokenClaims::read(token);
    if (!claims)
        return 0;
    D360_FUZZ_CHECK(token.count(QLatin1Char('.')) == 2);
    for (const QString &claim : { claims->projectId, claims->subject, claims->email, claims->name })
        D360_FUZZ_CHECK(isClean(claim));
    D360_FUZZ_CHECK(isClean(claims->signedInAs()));
    D360_FUZZ_CHECK(!claims->expiresAt.isValid() || claims->expiresAt.timeSpec() == Qt::UTC);
    return 0;
}
