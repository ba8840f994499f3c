// What it means when Document360's identity server refuses a sign-in
// because of the application rather than the writer, and what to do.
//
// Document360 registers OAuth clients per application and publishes none
// for general use. A client id it does not know, or a redirect URI it has
// not registered for that client, is answered with invalid_client,
// unauthorized_client, or invalid_request about the redirect_uri: on the
// identity server's own page, in a redirect to the loopback listener, or
// from the token endpoint. Shown as "invalid_client", it tells a writer
// nothing; so every front end shows one explanation, built here: the cause,
// and the two ways out (a registered client id, or an API token, which
// needs no client at all).
#pragma once

#include <QCoreApplication>
#include <QString>

namespace d360::auth {

class SignInRefusal
{
    Q_DECLARE_TR_FUNCTIONS(d360::auth::SignInRefusal)

public:
    enum class Cause {
        None, // not about the application's registration
        UnknownClient, // invalid_client, unauthorized_client
        RedirectRefused, // invalid_request about redirect_uri
    };

    // Classifies an OAuth error answer (RFC 6749 sections 4.1.2.1 and 5.2).
    static Cause causeOf(const QString &error, const QString &description);

    // The writer's explanation of a refusal whose cause is not None:
    // what happened (with the server's own code), and both ways out.
    static QString explain(Cause cause, const QString &error, const QString &clientId);

    // Shown while the browser is open: the identity server reports these
    // refusals on its own page, where the program cannot see them.
    static QString browserPageHint();

    // Where a client id comes from: the sign-in dialog shows it, and the
    // command line when no client id was given.
    static QString whereClientIdsComeFrom();
};

} // namespace d360::auth
