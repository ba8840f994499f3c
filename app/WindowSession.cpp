// See WindowSession.h.
#include "WindowSession.h"

#include "core/ApplicationInfo.h"
#include "core/PrivateFiles.h"
#include "core/auth/AccountManager.h"
#include "core/auth/AccountTask.h"
#include "core/auth/ClientPool.h"
#include "core/jobs/JobQueue.h"
#include "gui/MainWindow.h"
#include "gui/settings/GuiSettings.h"
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QSettings>
#include <QStatusBar>

namespace d360 {

WindowSession::WindowSession(QObject *parent)
    : QObject(parent)
{ }

WindowSession::~WindowSession()
{
    delete m_window;
    // The queue stops its runners before the clients they use go away.
    delete m_queue;
    delete m_clients;
    delete m_accounts;
}

bool WindowSession::start(bool sandboxOnly, QString *error)
{
    auth::AccountManagerOptions accountOptions;
    QString queueFile = ApplicationInfo::windowQueueFile();
    if (sandboxOnly) {
        m_sandboxHome = std::make_unique<QTemporaryDir>();
        if (!m_sandboxHome->isValid()) {
            *error
                = tr("No temporary folder for the sandbox: %1").arg(m_sandboxHome->errorString());
            return false;
        }
        // Demo accounts and demo jobs stay out of the user's own.
        accountOptions.settingsFile = m_sandboxHome->filePath(QStringLiteral("accounts.ini"));
        accountOptions.keychainService
            = ApplicationInfo::keychainService() + QStringLiteral(".sandbox");
        queueFile = m_sandboxHome->filePath(QStringLiteral("queue.json"));
    }
    makePrivateFolder(QFileInfo(queueFile).absolutePath());

    m_accounts = new auth::AccountManager(accountOptions);
    m_clients = new auth::ClientPool(m_accounts);
    QSettings settings;
    m_queue = new jobs::JobQueue(
        [clients = m_clients](const QString &accountId) { return clients->client(accountId); },
        gui::GuiSettings::load(settings).jobs);
    // Jobs of an account whose token was refused wait for a new one.
    for (const auth::Account &account : m_accounts->accounts()) {
        if (m_accounts->needsAttention(account.id))
            m_queue->setAccountHeld(account.id, true);
    }
    connect(
        m_accounts, &auth::AccountManager::accountNeedsAttention, m_queue,
        [queue = m_queue](const QString &accountId) { queue->setAccountHeld(accountId, true); });
    connect(
        m_accounts, &auth::AccountManager::accountRestored, m_queue,
        [queue = m_queue](const QString &accountId) { queue->setAccountHeld(accountId, false); });
    m_window = new gui::MainWindow(m_accounts, m_clients, m_queue);
    m_window->setSandboxAvailable(true);
    connect(m_window, &gui::MainWindow::sandboxRequested, this, [this] {
        QString problem;
        if (!startSandbox(&problem)) {
            m_window->statusBar()->showMessage(problem);
            return;
        }
        addSandboxAccount();
    });

    if (sandboxOnly) {
        if (!startSandbox(error))
            return false;
        addSandboxAccount();
    }
    connect(
        m_clients, &auth::ClientPool::allPrepared, this,
        [this, queueFile] { restoreQueue(queueFile); }, Qt::SingleShotConnection);
    // Tokens are read once the window is up (MainWindow::startUpFinished).
    connect(m_window, &gui::MainWindow::startUpFinished, m_clients, &auth::ClientPool::prepareAll);
    m_window->show();
    return true;
}

bool WindowSession::startSandbox(QString *error)
{
    if (m_sandbox)
        return true;
    auto server = std::make_unique<sandbox::SandboxServer>();
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
        = m_accounts->add(draft, auth::AccountSecret::apiToken(m_sandbox->apiKey()),
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

void WindowSession::restoreQueue(const QString &queueFile)
{
    const QString problem = m_queue->restore(queueFile);
    if (!problem.isEmpty())
        m_window->statusBar()->showMessage(problem);
}

} // namespace d360
