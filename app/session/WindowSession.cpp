// See WindowSession.h.
#include "session/WindowSession.h"

#include "core/ApplicationInfo.h"
#include "core/auth/AccountTask.h"
#include "core/jobs/JobQueue.h"
#include "core/state/ApplicationState.h"
#include "gui/MainWindow.h"
#include "gui/history/HistoryView.h"
#include "gui/settings/GuiSettings.h"
#include "sandbox/SandboxServer.h"

#include <QSettings>
#include <QStatusBar>

namespace d360 {

WindowSession::WindowSession(const WindowSessionOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

WindowSession::~WindowSession()
{
    // The window shows the queue and the accounts: it goes first.
    delete m_window;
    m_session.reset();
}

auth::AccountManager *WindowSession::accounts() const
{
    return m_session ? m_session->accounts() : nullptr;
}

auth::ClientPool *WindowSession::clients() const
{
    return m_session ? m_session->clients() : nullptr;
}

jobs::JobQueue *WindowSession::queue() const
{
    return m_session ? m_session->queue() : nullptr;
}

bool WindowSession::openAccounts(QString *error)
{
    if (m_session)
        return true;
    ExportSessionOptions options;
    options.accounts = m_options.accounts;
    if (m_options.stateFile.isEmpty()) {
        options.stateFile = state::applicationStateFile();
        options.legacyDataFolder = ApplicationInfo::dataFolder();
    } else {
        options.stateFile = m_options.stateFile;
    }
    if (m_options.sandboxOnly) {
        m_sandboxHome = std::make_unique<QTemporaryDir>();
        if (!m_sandboxHome->isValid()) {
            *error
                = tr("No temporary folder for the sandbox: %1").arg(m_sandboxHome->errorString());
            return false;
        }
        // Demo accounts and demo jobs stay out of the user's own.
        options.accounts = {};
        options.accounts.settingsFile = m_sandboxHome->filePath(QStringLiteral("accounts.ini"));
        options.accounts.keychainService
            = ApplicationInfo::keychainService() + QStringLiteral(".sandbox");
        options.stateFile = m_sandboxHome->filePath(QStringLiteral("state.sqlite"));
        options.legacyDataFolder.clear();
    }
    if (m_options.jobs) {
        options.jobs = *m_options.jobs;
    } else {
        QSettings settings;
        options.jobs = gui::GuiSettings::load(settings).jobs;
    }
    m_session = std::make_unique<ExportSession>(options);
    return true;
}

bool WindowSession::start(QString *error)
{
    if (!openAccounts(error))
        return false;
    m_window = new gui::MainWindow(accounts(), clients(), queue());
    m_window->setRoutines(m_session->presets(), m_session->history(), m_session->recorder(),
                          m_session->state()
                              ? QString()
                              : tr("Presets and history are not available: the state database "
                                   "could not be opened (the status bar says why)."));
    m_window->setSandboxAvailable(true);
    connect(m_window, &gui::MainWindow::sandboxRequested, this, [this] {
        QString problem;
        if (!startSandbox(&problem)) {
            m_window->statusBar()->showMessage(problem);
            return;
        }
        addSandboxAccount();
    });

    if (m_options.sandboxOnly) {
        if (!startSandbox(error))
            return false;
        addSandboxAccount();
    }
    connect(m_session.get(), &ExportSession::queueRestored, m_window,
            [window = m_window](const QString &problem) {
                if (!problem.isEmpty())
                    window->statusBar()->showMessage(problem);
            });
    connect(m_session.get(), &ExportSession::backupChecked, m_window,
            [window = m_window](const QUuid &, const QStringList &messages) {
                if (!messages.isEmpty())
                    window->statusBar()->showMessage(messages.join(QLatin1Char(' ')));
                // The manifest's path (and retention's removals) were written
                // through this window's own connection, which the History
                // view's poll of other connections' commits does not see.
                if (gui::HistoryView *history = window->historyView())
                    history->refresh();
            });
    connect(m_session.get(), &ExportSession::mirrorUpdated, m_window,
            [window = m_window](const QUuid &, const QString &message, bool) {
                window->statusBar()->showMessage(message);
            });
    // Tokens are read once the window is up (MainWindow::startUpFinished).
    connect(m_window, &gui::MainWindow::startUpFinished, m_session.get(), &ExportSession::start);
    m_window->show();
    return true;
}

bool WindowSession::startSandbox(QString *error)
{
    if (m_sandbox)
        return true;
    auto server = std::make_unique<sandbox::SandboxServer>(m_options.sandbox);
    if (!server->start()) {
        *error = server->errorString();
        return false;
    }
    m_sandbox = std::move(server);
    m_window->setSandboxMode(true);
    QString problem;
    if (const std::optional<api::ServerAddress> address
        = api::ServerAddress::custom(m_sandbox->baseUrl(), &problem))
        m_window->setSignInSuggestion(*address, m_sandbox->oauthClientId());
    return true;
}

void WindowSession::addSandboxAccount()
{
    auth::Account draft;
    draft.label = tr("Sandbox (demo)");
    QString problem;
    draft.address = *api::ServerAddress::custom(m_sandbox->baseUrl(), &problem);
    // In memory only: the sandbox's key dies with this process.
    auth::AccountTask *task
        = accounts()->add(draft, auth::AccountSecret::apiToken(m_sandbox->apiKey()),
                          auth::AccountManager::SecretStorage::SessionOnly);
    connect(task, &auth::AccountTask::finished, this, [this, task] {
        if (!task->succeeded()) {
            m_window->statusBar()->showMessage(
                tr("The sandbox account could not be added: %1").arg(task->errorMessage()));
            return;
        }
        m_window->setCurrentAccountId(task->account().id);
    });
}

} // namespace d360
