// Reads, writes and deletes account secrets in the operating system's
// keychain, through QtKeychain, asynchronously.
//
// Each operation reports exactly once to a callback, guarded by a context
// object (the callback is dropped when the context is gone). A watchdog ends
// every operation after a few seconds: a Secret Service that hangs on D-Bus
// becomes a clear TimedOut error instead of a frozen window or command. There
// is no fallback: QtKeychain's insecure fallback (a plain-text file) is never
// enabled, so a secret is in the keychain or nowhere.
#pragma once

#include "core/auth/SecretError.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace d360::auth {

class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const SecretError &error)>;
    using ReadDone = std::function<void(const QString &secret, const SecretError &error)>;

    static constexpr std::chrono::milliseconds defaultTimeout { 8000 };

    // service: the keychain's service name (ApplicationInfo::keychainService()
    // in the application; a unique one per test run in tests).
    explicit SecretStore(const QString &service, std::chrono::milliseconds timeout = defaultTimeout,
                         QObject *parent = nullptr);

    QString service() const { return m_service; }

    void write(const QString &key, const QString &secret, QObject *context, Done done);
    void read(const QString &key, QObject *context, ReadDone done);
    // Deleting an entry that is not there is an error of kind NotFound;
    // callers that only want it gone treat that as success.
    void remove(const QString &key, QObject *context, Done done);
    // Asks for an entry that never exists: NotFound means the keychain works.
    // Lets a command say "no keychain" before it asks for a token.
    void probe(QObject *context, Done done);

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace d360::auth
