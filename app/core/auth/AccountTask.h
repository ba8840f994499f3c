// The handle for one asynchronous account operation (add, replace, test,
// remove, open a client), in the style of the API client's calls.
//
// The operation ends exactly once: finished() is emitted from the event loop
// (never from inside the function that returned the task, so there is always
// time to connect), and the task deletes itself after the slots return. Read
// the outcome in the slot: what happened, a message for a person, and the
// account as it now stands (with the projects its credential can see).
#pragma once

#include "core/api/ApiClient.h"
#include "core/api/ApiError.h"
#include "core/auth/Account.h"
#include "core/auth/SecretError.h"

#include <QObject>
#include <QPointer>

namespace d360::auth {

class AccountTask : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Pending,
        Succeeded,
        Invalid, // the request itself is wrong (empty or duplicate label, no token)
        Refused, // the server did not accept the credential, or could not be reached
        KeychainFailed, // the secret could not be stored, read or deleted
        NotFound, // no such account
    };

    explicit AccountTask(QObject *parent);

    Outcome outcome() const { return m_outcome; }
    bool succeeded() const { return m_outcome == Outcome::Succeeded; }
    // What went wrong, in one or two sentences; empty on success.
    QString errorMessage() const { return m_errorMessage; }
    // For Refused: the API's error (its kind decides the exit code).
    const api::ApiError &apiError() const { return m_apiError; }
    // For KeychainFailed: the keychain's error.
    const SecretError &secretError() const { return m_secretError; }
    const Account &account() const { return m_account; }
    // For ClientPool::open(): the client, owned by the pool until the
    // caller reparents it.
    api::ApiClient *client() const { return m_client; }

    // For AccountManager and ClientPool.
    void setAccount(const Account &account) { m_account = account; }
    void setClient(api::ApiClient *client);
    void succeed();
    void failInvalid(const QString &message);
    void failNotFound(const QString &message);
    void failRefused(const api::ApiError &error);
    void failKeychain(const SecretError &error);

Q_SIGNALS:
    void finished();

private:
    void finish(Outcome outcome, const QString &message);

    Outcome m_outcome = Outcome::Pending;
    QString m_errorMessage;
    api::ApiError m_apiError;
    SecretError m_secretError;
    Account m_account;
    QPointer<api::ApiClient> m_client;
};

} // namespace d360::auth
