// The accounts, a client per account and the job queue, wired together the
// way the window runs them, so that tests of the engine link the very same
// wiring instead of a copy. It is the one place that
//
//   - holds an account's queued jobs while the account needs attention (a
//     refused token, a sign-in that cannot be renewed, a vanished keychain
//     entry), and lets them go when it works again, instead of failing them
//     one by one;
//   - restores the saved queue only once every account's client has
//     answered (start()), because a resumed job needs its account's client
//     at once;
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

#include <memory>

namespace d360::jobs {
class JobQueue;
}

namespace d360 {

struct ExportSessionOptions
{
    auth::AccountManagerOptions accounts;
    auth::ClientPoolOptions clients;
    jobs::JobSettings jobs;
    // Where the queue is kept across runs (and locked against a second
    // program); empty: in memory only.
    QString queueFile;
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

    // Opens every account's client, then restores the queue file; once.
    // queueRestored() follows.
    void start();

Q_SIGNALS:
    // problem: why the saved queue could not be (fully) taken up, or empty.
    void queueRestored(const QString &problem);

private:
    void restoreQueue();

    QString m_queueFile;
    bool m_started = false;
    // Declared in the order they are made; destroyed the other way round.
    std::unique_ptr<auth::AccountManager> m_accounts;
    std::unique_ptr<auth::ClientPool> m_clients;
    std::unique_ptr<jobs::JobQueue> m_queue;
};

} // namespace d360
