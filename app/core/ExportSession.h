// The accounts, a client per account and the job queue, wired together the
// way the window runs them, so that tests of the engine link the very same
// wiring instead of a copy. It is the one place that
//
//   - holds an account's queued jobs while the account needs attention (a
//     refused token, a sign-in that cannot be renewed, a vanished keychain
//     entry), and lets them go when it works again, instead of failing them
//     one by one;
//   - opens the state database (importing the queues of earlier versions)
//     and restores the saved queue from it only once every account's client has
//     answered (start()), because a resumed job needs its account's client
//     at once;
//   - records every batch in history (RunRecorder), keeps the presets,
//     gives a backup run its manifest and retention (BackupAftercare), and
//     commits a run of a preset with a Git mirror into it (MirrorStep);
//   - takes it all down in order: the queue stops its runners before the
//     clients they use go, and the clients go before the accounts they
//     report to.
//
// It lives in core because it knows no widgets: the window's WindowSession
// (app/session) adds the window and the sandbox on top. The headless export
// runs one request on one client and needs none of this.
#pragma once

#include "core/auth/AccountManager.h"
#include "core/auth/ClientPool.h"
#include "core/jobs/JobSettings.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <memory>

namespace d360::jobs {
class JobQueue;
}

namespace d360::state {
class StateDatabase;
}

namespace d360::routines {
class HistoryStore;
class PresetStore;
class RunRecorder;
} // namespace d360::routines

namespace d360 {

struct ExportSessionOptions
{
    auth::AccountManagerOptions accounts;
    auth::ClientPoolOptions clients;
    jobs::JobSettings jobs;
    // The state database that keeps the queue across runs (the queue is
    // locked in it against a second program); empty: in memory only.
    QString stateFile;
    // Where queue files of earlier versions may wait to be imported into
    // the state database (the data folder); empty: none.
    QString legacyDataFolder;
};

class ExportSession : public QObject
{
    Q_OBJECT

public:
    explicit ExportSession(const ExportSessionOptions &options, QObject *parent = nullptr);
    ~ExportSession() override;

    auth::AccountManager *accounts() const { return m_accounts.get(); }
    auth::ClientPool *clients() const { return m_clients.get(); }
    jobs::JobQueue *queue() const { return m_queue.get(); }
    // The state database, or null when the session keeps nothing (no file
    // was named, or it could not be opened: start() reports why).
    const std::shared_ptr<state::StateDatabase> &state() const { return m_state; }
    // History and presets, in the state database; null without one.
    routines::HistoryStore *history() const { return m_history.get(); }
    routines::PresetStore *presets() const { return m_presets.get(); }
    // Records every batch of the queue in history; null without a database.
    routines::RunRecorder *recorder() const { return m_recorder; }

    // Opens every account's client, then restores the saved queue; once.
    // queueRestored() follows.
    void start();

Q_SIGNALS:
    // problem: why the saved queue could not be (fully) taken up, or empty.
    void queueRestored(const QString &problem);
    // A backup run's manifest is written and retention applied; messages
    // holds what the user should hear (a file over 1 GB, a folder left).
    void backupChecked(const QUuid &runId, const QStringList &messages);
    // A preset's Git mirror took the run's Markdown (or could not: failed,
    // and message says why).
    void mirrorUpdated(const QUuid &runId, const QString &message, bool failed);

private:
    void restoreQueue();
    void updateMirror(const QUuid &runId);

    std::shared_ptr<state::StateDatabase> m_state;
    // Said once the queue is restored: what opening the database found.
    QStringList m_stateNotices;
    bool m_started = false;
    // Declared in the order they are made; destroyed the other way round.
    std::unique_ptr<auth::AccountManager> m_accounts;
    std::unique_ptr<auth::ClientPool> m_clients;
    std::unique_ptr<jobs::JobQueue> m_queue;
    std::shared_ptr<routines::HistoryStore> m_history;
    std::unique_ptr<routines::PresetStore> m_presets;
    routines::RunRecorder *m_recorder = nullptr; // a child
};

} // namespace d360
