// The secrets of one OAuth2 sign-in: the PKCE code verifier and challenge
// (RFC 7636) and the anti-forgery `state` (RFC 6749 section 10.12).
//
// All three come from the operating system's cryptographic random source
// (QRandomGenerator::system()), never from a seeded generator: a guessable
// verifier would let another program on the machine that catches the
// redirect redeem the code. The challenge is always S256; "plain" would send
// the verifier itself through the browser.
#pragma once

#include <QString>

namespace d360::auth::pkce {

// 64 characters of RFC 7636's unreserved alphabet (A-Z a-z 0-9 - . _ ~):
// inside the 43..128 the RFC allows, about 384 bits of entropy.
QString generateVerifier();

// BASE64URL(SHA256(ASCII(verifier))), without padding.
QString challengeFor(const QString &verifier);

// The value of code_challenge_method for challengeFor().
QString challengeMethod();

// A random state parameter: 32 bytes, base64url without padding.
QString generateState();

// True when text is a verifier RFC 7636 accepts (length and alphabet).
bool isValidVerifier(const QString &text);

} // namespace d360::auth::pkce
