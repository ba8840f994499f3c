// See SignInRefusal.h. The texts name the registration Document360 needs
// (a public client, redirect http://127.0.0.1/callback on any port, as RFC
// 8252 section 7.3 allows) so a writer can forward them to whoever asks.
#include "core/auth/SignInRefusal.h"

#include <QCoreApplication>

namespace d360::auth {

namespace { } // namespace

SignInRefusal::Cause SignInRefusal::causeOf(const QString &error, const QString &description)
{
    if (error == QLatin1String("invalid_client") || error == QLatin1String("unauthorized_client"))
        return Cause::UnknownClient;
    if (error == QLatin1String("invalid_request")
        && description.contains(QLatin1String("redirect"), Qt::CaseInsensitive))
        return Cause::RedirectRefused;
    return Cause::None;
}

QString SignInRefusal::explain(Cause cause, const QString &error, const QString &clientId)
{
    const QString waysOut = tr(
        "Either ask Document360 to register a client ID for D360 Exporter (a public client with "
        "the redirect URI http://127.0.0.1/callback) and enter it as the client ID, or add the "
        "account with an API token instead (Document360 portal: Settings > API tokens), which "
        "needs no client ID.");
    switch (cause) {
    case Cause::UnknownClient:
        return tr("Document360's sign-in server does not accept the client ID \"%1\" (%2): it is "
                  "not registered for this program. %3")
            .arg(clientId, error, waysOut);
    case Cause::RedirectRefused:
        return tr("Document360's sign-in server does not accept this program's return address "
                  "(%1 about the redirect URI): the client ID \"%2\" is not registered for "
                  "http://127.0.0.1/callback. %3")
            .arg(error, clientId, waysOut);
    case Cause::None:
        break;
    }
    return {};
}

QString SignInRefusal::browserPageHint()
{
    return tr("If the browser shows \"invalid_client\", \"unauthorized_client\" or an error about "
              "the redirect URI, Document360 does not know this client ID: cancel, and use a "
              "registered client ID or an API token.");
}

QString SignInRefusal::whereClientIdsComeFrom()
{
    return tr("Document360 registers a client ID for each application that signs in with a "
              "Document360 login, and publishes none for general use. Ask Document360 (or your "
              "administrator) for the one registered for D360 Exporter, with the redirect URI "
              "http://127.0.0.1/callback. Without one, add the account with an API token.");
}

} // namespace d360::auth
