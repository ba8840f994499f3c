// See SecretError.h. libsecret and QtDBus report a missing or unreachable
// Secret Service as a generic error whose text names D-Bus or a failed
// connection ("Could not connect: No such file or directory" for a session
// bus socket that is gone), so the text is inspected too, not just the code.
#include "core/auth/SecretError.h"

#include "core/api/Redactor.h"

#include <qt6keychain/keychain.h>

namespace d360::auth {

namespace {

bool mentionsAny(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (text.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

SecretError::SecretError(Kind kind, QString detail)
    : m_kind(kind)
    , m_detail(api::Redactor::instance().redact(std::move(detail)))
{ }

SecretError SecretError::fromKeychain(int keychainError, const QString &detail)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return { Kind::NotFound, detail };
    case QKeychain::AccessDeniedByUser:
        return { Kind::AccessDenied, detail };
    case QKeychain::AccessDenied:
        return { mentionsAny(detail, { "locked" }) ? Kind::Locked : Kind::AccessDenied, detail };
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return { Kind::NoService, detail };
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    if (mentionsAny(detail, { "locked" }))
        return { Kind::Locked, detail };
    if (mentionsAny(detail,
                    { "dbus", "d-bus", "autolaunch", "org.freedesktop.secrets", "ServiceUnknown",
                      "secret service", "no such interface", "could not connect",
                      "failed to connect", "connection refused", "not provided by any" }))
        return { Kind::NoService, detail };
    if (mentionsAny(detail, { "denied", "dismissed", "cancelled", "not authorized" }))
        return { Kind::AccessDenied, detail };
    return { Kind::Other, detail };
}

SecretError SecretError::timedOut(int seconds)
{
    return { Kind::TimedOut, tr("no answer within %n second(s)", nullptr, seconds) };
}

QString SecretError::message() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::NoService:
        return tr("No keychain is available: no Secret Service is running on this desktop "
                  "session (GNOME Keyring, KWallet or KeePassXC). Start one and try again.");
    case Kind::Locked:
        return tr("The keychain is locked. Unlock it (log in again, or open your keyring "
                  "manager) and try again.");
    case Kind::AccessDenied:
        return tr("Access to the keychain was denied. Allow D360 Exporter to use it and try "
                  "again.");
    case Kind::NotFound:
        return tr("The keychain has no token for this account (it may have been deleted "
                  "there). Replace the token or sign in again.");
    case Kind::TimedOut:
        return tr("The keychain did not answer (%1). The Secret Service may be stuck: restart "
                  "your keyring or log in again.")
            .arg(m_detail);
    case Kind::Other:
        break;
    }
    return tr("The keychain reported an error: %1.").arg(m_detail);
}

} // namespace d360::auth
