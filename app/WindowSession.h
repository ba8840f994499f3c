// Everything the window needs, started in the right order: the accounts, a
// client per account, the job queue restored from disk, and, for --sandbox
// or "Try the sandbox", an embedded simulator with a ready account.
//
// It lives in the executable, not in a library, because it is the one place
// that may know both the window and the sandbox, which know nothing of each
// other. Clients are opened before the queue is restored: a resumed job
// needs its account's client at once.
#pragma once

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace d360::auth {
class AccountManager;
class ClientPool;
} // namespace d360::auth
namespace d360::jobs {
class JobQueue;
}
namespace d360::sandbox {
class SandboxServer;
}
namespace d360::gui {
class MainWindow;
}

namespace d360 {

class WindowSession : public QObject
{
    Q_OBJECT

public:
    explicit WindowSession(QObject *parent = nullptr);
    ~WindowSession() override;

    // sandboxOnly: the whole session runs on an embedded simulator, with its
    // own throw-away accounts and queue, and touches nothing of the user's.
    // Returns false with *error set when something essential cannot start.
    bool start(bool sandboxOnly, QString *error);

    gui::MainWindow *window() const { return m_window; }

private:
    bool startSandbox(QString *error);
    void addSandboxAccount();
    void restoreQueue(const QString &queueFile);

    std::unique_ptr<QTemporaryDir> m_sandboxHome;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    auth::AccountManager *m_accounts = nullptr;
    auth::ClientPool *m_clients = nullptr;
    jobs::JobQueue *m_queue = nullptr;
    gui::MainWindow *m_window = nullptr;
};

} // namespace d360
