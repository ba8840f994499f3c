// Answers that arrive after the window has moved on must not show: the real
// window, offscreen, against sandboxes with a latency, so that a refresh
// (F5) happens while the projects load, the account is switched while the
// old account's projects are on their way, and another version is picked
// while the first one's languages are.
//
// The nastiest moment is the one between a call finishing and its finished()
// reaching the window (ApiCall delivers it on the next turn of the event
// loop): abort() cannot stop it any more. The tests hit that moment exactly
// by posting the user's action with a high event priority from the slot that
// sees the last page arrive, so it runs before the queued finished().
#include "core/api/ApiCall.h"
#include "core/api/ApiClient.h"
#include "core/auth/AccountManager.h"
#include "core/auth/AccountTask.h"
#include "core/auth/ClientPool.h"
#include "core/jobs/JobQueue.h"
#include "gui/MainWindow.h"
#include "gui/export/ExportPanel.h"
#include "gui/export/LanguageListModel.h"
#include "gui/projects/ProjectTreeModel.h"
#include "sandbox/SandboxServer.h"
#include "session/WindowSession.h"
#include "support/ApiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>

using namespace d360;
using gui::ProjectTreeModel;

namespace {

// Runs an action from the event queue ahead of everything posted with normal
// priority, queued signals included.
class AheadOfQueued : public QObject
{
public:
    void post(std::function<void()> action)
    {
        m_action = std::move(action);
        QCoreApplication::postEvent(this, new QEvent(QEvent::User), Qt::HighEventPriority);
    }

protected:
    bool event(QEvent *event) override
    {
        if (event->type() != QEvent::User)
            return QObject::event(event);
        if (m_action)
            std::exchange(m_action, {})();
        return true;
    }

private:
    std::function<void()> m_action;
};

sandbox::SandboxOptions slowSandbox(int latencyMs)
{
    sandbox::SandboxOptions options;
    options.rateLimitPerWindow = 0;
    options.faults.latencyMs = latencyMs;
    return options;
}

// Two sandboxes, an account on each (in memory only), and the window, as the
// program starts it (WindowSession) with the test's files.
struct Desk
{
    Desk()
        : slow(slowSandbox(300))
        , fast(slowSandbox(0))
    {
        WindowSessionOptions options;
        options.accounts.settingsFile = home.filePath(QStringLiteral("accounts.ini"));
        options.accounts.keychainService
            = QStringLiteral("d360-exporter-gui-test-%1").arg(QUuid::createUuid().toString());
        options.accounts.apiSettings = test::fastApiSettings();
        options.stateFile = home.filePath(QStringLiteral("state.sqlite"));
        options.jobs = jobs::JobSettings();
        session = std::make_unique<WindowSession>(options);
        QString problem;
        if (!session->openAccounts(&problem))
            qFatal("the session did not open: %s", qPrintable(problem));
        accounts = session->accounts();
        clients = session->clients();
    }

    QString addAccount(const QString &label, sandbox::SandboxServer &server)
    {
        auth::Account draft;
        draft.label = label;
        QString problem;
        draft.address = *api::ServerAddress::custom(server.baseUrl(), &problem);
        auth::AccountTask *task
            = accounts->add(draft, auth::AccountSecret::apiToken(server.apiKey()),
                            auth::AccountManager::SecretStorage::SessionOnly);
        QString id;
        bool done = false;
        QObject::connect(task, &auth::AccountTask::finished, task, [&, task] {
            if (task->succeeded())
                id = task->account().id;
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 15000) ? id : QString();
    }

    bool start()
    {
        if (!slow.start() || !fast.start())
            return false;
        slowId = addAccount(QStringLiteral("Slow"), slow);
        fastId = addAccount(QStringLiteral("Fast"), fast);
        if (slowId.isEmpty() || fastId.isEmpty())
            return false;
        // Both clients open before the window asks, so a switch is immediate.
        QSignalSpy ready(clients, &auth::ClientPool::allPrepared);
        clients->prepareAll();
        if (!ready.wait(15000) || !clients->client(slowId) || !clients->client(fastId))
            return false;
        QString problem;
        if (!session->start(&problem))
            return false;
        window = session->window();
        QSignalSpy startedUp(window, &gui::MainWindow::startUpFinished);
        window->resize(1200, 800);
        tester = std::make_unique<QAbstractItemModelTester>(
            window->projectModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        return startedUp.wait(5000);
    }

    ProjectTreeModel *model() const { return window->projectModel(); }

    // Switches to the account and waits for its projects.
    bool showAccount(const QString &accountId)
    {
        window->setCurrentAccountId(accountId);
        return QTest::qWaitFor([&] { return settled(accountId) && model()->rowCount() > 0; },
                               15000);
    }

    // No call of the account's client is left: every answer it got has been
    // delivered (a call deletes itself after its finished()).
    bool settled(const QString &accountId) const
    {
        api::ApiClient *client = clients->client(accountId);
        return client && client->findChildren<api::ApiCall *>().isEmpty() && !model()->isLoading();
    }

    QStringList projectIds() const
    {
        QStringList ids;
        for (int row = 0; row < model()->rowCount(); ++row)
            ids.append(model()->index(row, 0).data(ProjectTreeModel::IdRole).toString());
        return ids;
    }

    QTemporaryDir home;
    sandbox::SandboxServer slow;
    sandbox::SandboxServer fast;
    QString slowId;
    QString fastId;
    std::unique_ptr<WindowSession> session;
    // The session's.
    auth::AccountManager *accounts = nullptr;
    auth::ClientPool *clients = nullptr;
    gui::MainWindow *window = nullptr;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

QAction *refreshAction(gui::MainWindow &window)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Refresh))
            return action;
    }
    return nullptr;
}

} // namespace

class StaleAnswersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void refreshDuringALoadShowsNoErrorRow()
    {
        Desk desk;
        QVERIFY(desk.start());
        QVERIFY(desk.showAccount(desk.slowId));
        const QStringList loaded = desk.projectIds();

        QStringList errorRows;
        auto noteErrorRows = [&] {
            for (int row = 0; row < desk.model()->rowCount(); ++row) {
                const QModelIndex index = desk.model()->index(row, 0);
                if (ProjectTreeModel::ItemKind(index.data(ProjectTreeModel::ItemKindRole).toInt())
                    == ProjectTreeModel::ItemKind::Error)
                    errorRows.append(index.data().toString());
            }
        };
        connect(desk.model(), &QAbstractItemModel::modelReset, this, noteErrorRows);
        connect(desk.model(), &QAbstractItemModel::rowsInserted, this, noteErrorRows);
        QSignalSpy failures(desk.model(), &ProjectTreeModel::loadFailed);

        // F5, and F5 again while the projects are on their way.
        QAction *refresh = refreshAction(*desk.window);
        QVERIFY(refresh);
        refresh->trigger();
        QVERIFY(desk.model()->isLoading());
        refresh->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(desk.settled(desk.slowId), 15000);

        QVERIFY2(errorRows.isEmpty(), qPrintable(errorRows.join(QLatin1Char('\n'))));
        QCOMPARE(failures.count(), 0);
        QCOMPARE(desk.projectIds(), loaded);
    }

    void anAccountSwitchShowsOnlyTheNewAccountsProjects()
    {
        Desk desk;
        QVERIFY(desk.start());
        QVERIFY(desk.showAccount(desk.fastId));
        const QStringList fastProjects = desk.projectIds();

        // To the slow account; the moment its list has arrived, but before
        // the window has heard of it, back to the fast one.
        AheadOfQueued switcher;
        bool switched = false;
        const QString lastPage = QStringLiteral("(%1 so far)").arg(fastProjects.size());
        connect(desk.model(), &QAbstractItemModel::dataChanged, this, [&] {
            if (!switched && desk.model()->index(0, 0).data().toString().contains(lastPage)) {
                switched = true;
                switcher.post([&] { desk.window->setCurrentAccountId(desk.fastId); });
            }
        });
        desk.window->setCurrentAccountId(desk.slowId);
        QTRY_VERIFY_WITH_TIMEOUT(switched, 15000);
        QTRY_COMPARE(desk.window->currentAccountId(), desk.fastId);
        QTRY_VERIFY_WITH_TIMEOUT(desk.settled(desk.fastId) && desk.settled(desk.slowId), 15000);

        const QStringList shown = desk.projectIds();
        QCOMPARE(QSet<QString>(shown.begin(), shown.end()).size(), shown.size());
        QCOMPARE(shown, fastProjects);
    }

    void anotherVersionShowsOnlyItsLanguages()
    {
        Desk desk;
        QVERIFY(desk.start());
        QVERIFY(desk.showAccount(desk.slowId));

        // A project with two versions whose language lists differ in length.
        std::optional<api::Project> project;
        const sandbox::DemoVersion *first = nullptr;
        const sandbox::DemoVersion *second = nullptr;
        for (const sandbox::DemoProject &demo : desk.slow.demoData().projects()) {
            for (const sandbox::DemoVersion &a : demo.versions) {
                for (const sandbox::DemoVersion &b : demo.versions) {
                    if (!first && a.languages.size() != b.languages.size() && !a.languages.isEmpty()
                        && !b.languages.isEmpty()) {
                        project = desk.model()->projectAt(desk.model()->indexOfProject(demo.id));
                        first = &a;
                        second = &b;
                    }
                }
            }
        }
        QVERIFY(project && first && second);
        auto versionOf = [&](const sandbox::DemoVersion &demo) {
            api::ProjectVersion version;
            version.id = demo.id;
            version.name = demo.name;
            return std::optional(version);
        };

        auto *panel = desk.window->findChild<gui::ExportPanel *>();
        auto *languages = panel->languageModel();
        api::ApiClient *client = desk.clients->client(desk.slowId);
        QList<int> shownAfterSwitch;
        bool switched = false;
        connect(languages, &QAbstractItemModel::modelReset, this, [&] {
            if (switched && languages->rowCount() > 0)
                shownAfterSwitch.append(languages->rowCount());
        });

        // The first version's languages arrive; before the panel has them,
        // the writer picks the second version.
        AheadOfQueued switcher;
        panel->setVersion(client, project, versionOf(*first));
        const QList<api::ApiCall *> calls = client->findChildren<api::ApiCall *>();
        QCOMPARE(calls.size(), 1);
        connect(calls.first(), &api::ApiCall::progress, this, [&] {
            switcher.post([&] {
                switched = true;
                panel->setVersion(client, project, versionOf(*second));
            });
        });
        QTRY_VERIFY_WITH_TIMEOUT(switched, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(desk.settled(desk.slowId), 15000);

        QCOMPARE(shownAfterSwitch, QList<int> { int(second->languages.size()) });
        QCOMPARE(languages->rowCount(), int(second->languages.size()));
    }
};

QTEST_MAIN(StaleAnswersTest)
#include "tst_stale_answers.moc"
