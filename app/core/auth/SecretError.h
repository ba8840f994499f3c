// What went wrong with the keychain, in words a writer can act on.
//
// QtKeychain reports a handful of codes plus a technical string that varies by
// backend (libsecret, KWallet, macOS, Windows). They are folded here into the
// few situations a person can do something about: no keychain service is
// running, the keychain is locked, access was refused, the entry is missing,
// or the keychain did not answer at all (a stuck D-Bus).
#pragma once

#include <QCoreApplication>
#include <QString>

namespace d360::auth {

class SecretError
{
    Q_DECLARE_TR_FUNCTIONS(SecretError)

public:
    enum class Kind { None, NoService, Locked, AccessDenied, NotFound, TimedOut, Other };

    SecretError() = default;
    SecretError(Kind kind, QString detail);

    // keychainError is a QKeychain::Error value; detail is its errorString().
    static SecretError fromKeychain(int keychainError, const QString &detail);
    static SecretError timedOut(int seconds);

    bool isNull() const { return m_kind == Kind::None; }
    Kind kind() const { return m_kind; }
    // The backend's own words, redacted; for logs and "details".
    QString detail() const { return m_detail; }

    // One line for a person: what happened and what to do.
    QString message() const;

private:
    Kind m_kind = Kind::None;
    QString m_detail;
};

} // namespace d360::auth
