// Everything the window needs, started in the right order: the accounts, a
// client per account and the job queue (ExportSession), the window on them,
// and, for --sandbox or "Try the sandbox", an embedded simulator with a
// ready account.
//
// It is a library of its own, not part of gui, because it is the one place
// that may know both the window and the sandbox, which know nothing of each
// other; and not in the executable, so that the window's tests start the
// real thing (with their own files, settings and simulator options through
// WindowSessionOptions) instead of wiring a copy by hand. The headless
// command line does not link it: it knows no widgets.
#pragma once

#include "core/ExportSession.h"
#include "sandbox/SandboxOptions.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace d360::sandbox {
class SandboxServer;
}
namespace d360::gui {
class MainWindow;
}

namespace d360 {

// The defaults are the user's own: their accounts, keychain, state database
// and settings.
struct WindowSessionOptions
{
    // The whole session runs on an embedded simulator, with its own
    // throw-away accounts and queue, and touches nothing of the user's (the
    // three fields below are then ignored).
    bool sandboxOnly = false;
    auth::AccountManagerOptions accounts;
    QString stateFile; // empty: state::applicationStateFile()
    // Empty: the job settings the user chose (GuiSettings).
    std::optional<jobs::JobSettings> jobs;
    // For the simulator that "Try the sandbox" and sandboxOnly start.
    sandbox::SandboxOptions sandbox;
};

class WindowSession : public QObject
{
    Q_OBJECT

public:
    explicit WindowSession(const WindowSessionOptions &options = {}, QObject *parent = nullptr);
    ~WindowSession() override;

    // Makes the accounts, the clients and the queue, without a window yet
    // (start() does it when it has not been done). Returns false with
    // *error set when something essential cannot start.
    bool openAccounts(QString *error);
    // Opens the window on them and shows it; the clients open, then the
    // saved queue is restored, once the window has painted.
    bool start(QString *error);

    auth::AccountManager *accounts() const;
    auth::ClientPool *clients() const;
    jobs::JobQueue *queue() const;
    gui::MainWindow *window() const { return m_window; }

private:
    bool startSandbox(QString *error);
    void addSandboxAccount();

    WindowSessionOptions m_options;
    std::unique_ptr<QTemporaryDir> m_sandboxHome;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<ExportSession> m_session;
    gui::MainWindow *m_window = nullptr;
};

} // namespace d360
