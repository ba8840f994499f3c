// The window's own wiring for tests of the engine and its views: an
// ExportSession (accounts, a client per account, the job queue, and the hold
// on an account that needs attention) with the test's files, and an account
// on a simulator that lives in memory only, as "Try the sandbox" adds one.
// Tests that build on it exercise what the program runs, not a copy.
#pragma once

#include "core/ExportSession.h"
#include "core/auth/AccountTask.h"
#include "core/jobs/JobQueue.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

namespace d360::test {

// The session's files in home (which is never the user's), with a keychain
// service of its own.
inline ExportSessionOptions exportSessionOptions(const QTemporaryDir &home,
                                                 const api::ApiSettings &apiSettings,
                                                 const jobs::JobSettings &jobSettings)
{
    ExportSessionOptions options;
    options.accounts.settingsFile = home.filePath(QStringLiteral("accounts.ini"));
    options.accounts.keychainService
        = QStringLiteral("d360-exporter-test-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    options.accounts.apiSettings = apiSettings;
    options.clients.tokenRefreshRetry = apiSettings.retry;
    options.jobs = jobSettings;
    return options;
}

// Waits for the task; whether it succeeded.
inline bool succeeds(auth::AccountTask *task, int timeoutMs = 15000)
{
    bool succeeded = false;
    QObject::connect(task, &auth::AccountTask::finished, task,
                     [&succeeded, task] { succeeded = task->succeeded(); });
    QSignalSpy finished(task, &auth::AccountTask::finished);
    return finished.wait(timeoutMs) && succeeded;
}

// Adds an account on the server with the secret (by default its API key),
// stored as asked; the account's id once the manager has it, or an empty
// string when that failed within 15 s.
inline QString addAccount(auth::AccountManager &accounts, const QUrl &baseUrl,
                          const auth::AccountSecret &secret,
                          auth::AccountManager::SecretStorage storage
                          = auth::AccountManager::SecretStorage::SessionOnly,
                          const QString &label = QStringLiteral("Sandbox"))
{
    auth::Account draft;
    draft.label = label;
    QString problem;
    const std::optional<api::ServerAddress> address = api::ServerAddress::custom(baseUrl, &problem);
    if (!address)
        return {};
    draft.address = *address;
    auth::AccountTask *added = accounts.add(draft, secret, storage);
    QString accountId;
    QObject::connect(added, &auth::AccountTask::finished, added, [&accountId, added] {
        if (added->succeeded())
            accountId = added->account().id;
    });
    QSignalSpy addFinished(added, &auth::AccountTask::finished);
    if (!addFinished.wait(15000))
        return {};
    return accountId;
}

// Adds an account on the server with its API key, in memory only, and opens
// its client; the account's id, or an empty string when either failed.
inline QString addSessionOnlyAccount(ExportSession &session, const QUrl &baseUrl,
                                     const QString &apiKey,
                                     const QString &label = QStringLiteral("Sandbox"))
{
    const QString accountId
        = addAccount(*session.accounts(), baseUrl, auth::AccountSecret::apiToken(apiKey),
                     auth::AccountManager::SecretStorage::SessionOnly, label);
    if (accountId.isEmpty() || !succeeds(session.clients()->open(accountId)))
        return {};
    return accountId;
}

} // namespace d360::test
