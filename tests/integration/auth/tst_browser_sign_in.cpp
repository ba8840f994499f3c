// The sign-in end to end with a real browser: headless Chromium plays the
// system browser. The flow's "open the browser" starts it on the sandbox's
// project-selection page; the test picks the second project and presses
// Approve through Chromium's DevTools protocol (as a person would click),
// Chromium follows the redirect to the application's loopback listener, and
// the application ends up with a working token in the keychain, bound to
// that project: the account lists only it, and the account switcher names
// it. A second run sends the browser to the listener with a tampered state:
// the browser shows the refusal, the flow fails, and no token is kept.
#include "AuthTestSupport.h"
#include "core/api/ApiClient.h"
#include "core/auth/AccountManager.h"
#include "core/auth/ClientPool.h"
#include "core/auth/OAuthSignIn.h"
#include "core/auth/SecretStore.h"
#include "gui/AccountSwitcher.h"
#include "sandbox/SandboxServer.h"
#include "support/TestSession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>
#include <QWebSocket>

#include <unistd.h>

using namespace d360;
using auth::AccountManager;
using auth::AccountSecret;
using auth::AccountTask;
using auth::OAuthSignIn;

namespace {

// Debian's Chromium, headless, with a throw-away profile and nothing that
// phones home; DevTools on a port it picks itself, on loopback.
class HeadlessChromium
{
public:
    ~HeadlessChromium()
    {
        m_devTools.abort();
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    void open(const QUrl &url)
    {
        QStringList arguments {
            QStringLiteral("--headless"), QStringLiteral("--disable-gpu"),
            QStringLiteral("--no-first-run"), QStringLiteral("--disable-background-networking"),
            QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
            // Chromium would otherwise open the session's keyring for
            // its own password store, and a keyring busy with a
            // browser's request stalls the tests that share it.
            QStringLiteral("--password-store=basic"), QStringLiteral("--remote-debugging-port=0"),
            QStringLiteral("--user-data-dir=") + m_profile.path()
        };
        if (::geteuid() == 0)
            arguments.append(QStringLiteral("--no-sandbox")); // Chromium refuses root otherwise
        arguments.append(url.toString(QUrl::FullyEncoded));
        // Chromium complains about the missing system bus and more; not ours to read.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
        m_process.setProcessEnvironment(environment);
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.setStandardErrorFile(QProcess::nullDevice());
        m_process.start(QStringLiteral("chromium"), arguments);
    }

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    // Connects to the page's DevTools session; false when Chromium did not
    // come up within the time.
    bool attachToPage(int timeoutMs)
    {
        const QString portFile = m_profile.filePath(QStringLiteral("DevToolsActivePort"));
        if (!QTest::qWaitFor([&] { return QFile(portFile).size() > 0; }, timeoutMs))
            return false;
        QFile file(portFile);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const int port = file.readLine().trimmed().toInt();
        QUrl list(QStringLiteral("http://127.0.0.1/json/list"));
        list.setPort(port);
        QString pageSocket;
        const bool found = QTest::qWaitFor(
            [&] {
                QNetworkReply *reply = m_network.get(QNetworkRequest(list));
                if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 3000))
                    return false;
                reply->deleteLater();
                const QJsonArray targets = QJsonDocument::fromJson(reply->readAll()).array();
                for (const QJsonValue &target : targets) {
                    if (target.toObject().value(QStringLiteral("type")).toString()
                        == QLatin1String("page")) {
                        pageSocket = target.toObject()
                                         .value(QStringLiteral("webSocketDebuggerUrl"))
                                         .toString();
                        return !pageSocket.isEmpty();
                    }
                }
                return false;
            },
            timeoutMs);
        if (!found)
            return false;
        QSignalSpy connected(&m_devTools, &QWebSocket::connected);
        QObject::connect(
            &m_devTools, &QWebSocket::textMessageReceived, &m_devTools,
            [this](const QString &message) {
                const QJsonObject object = QJsonDocument::fromJson(message.toUtf8()).object();
                if (object.contains(QStringLiteral("id")))
                    m_answers.insert(object.value(QStringLiteral("id")).toInt(), object);
            });
        m_devTools.open(QUrl(pageSocket));
        return connected.wait(timeoutMs);
    }

    // Runs JavaScript in the page and returns its value as a string.
    QString evaluate(const QString &expression)
    {
        const int id = ++m_lastId;
        const QJsonObject command { { QStringLiteral("id"), id },
                                    { QStringLiteral("method"),
                                      QStringLiteral("Runtime.evaluate") },
                                    { QStringLiteral("params"),
                                      QJsonObject { { QStringLiteral("expression"), expression },
                                                    { QStringLiteral("returnByValue"), true } } } };
        m_devTools.sendTextMessage(
            QString::fromUtf8(QJsonDocument(command).toJson(QJsonDocument::Compact)));
        if (!QTest::qWaitFor([&] { return m_answers.contains(id); }, 5000))
            return {};
        return m_answers.take(id)
            .value(QStringLiteral("result"))
            .toObject()
            .value(QStringLiteral("result"))
            .toObject()
            .value(QStringLiteral("value"))
            .toVariant()
            .toString();
    }

    // Polls the page until the expression yields a string containing want.
    bool waitForText(const QString &expression, const QString &want, int timeoutMs)
    {
        return QTest::qWaitFor([&] { return evaluate(expression).contains(want); }, timeoutMs);
    }

private:
    QTemporaryDir m_profile;
    QProcess m_process;
    QNetworkAccessManager m_network;
    QWebSocket m_devTools;
    QHash<int, QJsonObject> m_answers;
    int m_lastId = 0;
};

const QString bodyText = QStringLiteral("document.body ? document.body.innerText : ''");

} // namespace

class BrowserSignInTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    auth::AccountManagerOptions m_options;

private Q_SLOTS:
    void initTestCase()
    {
        D360_REQUIRE_PRIVATE_SESSION();
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("chromium")).isEmpty(),
                 "chromium is not installed; run installer/install-deps.sh");
        test::LogRecorder::install();
        sandbox::SandboxOptions options;
        options.rateLimitPerWindow = 0;
        m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_options.keychainService = test::uniqueKeychainService();
        m_options.settingsFile = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
            + QStringLiteral("/accounts-%1.ini").arg(QUuid::createUuid().toString(QUuid::Id128));
        m_options.apiSettings = test::fastApiSettings();
    }

    void approvingInTheBrowserGivesAWorkingToken()
    {
        HeadlessChromium browser;
        OAuthSignIn signIn(test::sandboxOAuthSettings(*m_sandbox));
        QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        signIn.setBrowserOpener([&browser](const QUrl &url) { browser.open(url); });
        signIn.start();
        QVERIFY(browser.attachToPage(20000));

        // The person reads the page, picks the second project, and presses
        // Approve.
        const sandbox::DemoProject chosen = m_sandbox->demoData().projects().at(1);
        QVERIFY(browser.waitForText(bodyText, QStringLiteral("Select a project"), 10000));
        QVERIFY(browser.waitForText(bodyText, chosen.name, 1000));
        QCOMPARE(browser.evaluate(
                     QStringLiteral("document.querySelectorAll('input[name=project]')[1].click(), "
                                    "document.querySelector('input[name=project]:checked').value")),
                 chosen.id);
        QCOMPARE(browser.evaluate(
                     QStringLiteral("document.getElementById('approve').click(), 'clicked'")),
                 QStringLiteral("clicked"));
        // Counted, not waited for: the answer may arrive while the click's
        // own DevTools reply is being awaited.
        QTRY_VERIFY_WITH_TIMEOUT(succeeded.count() > 0, 15000);
        QCOMPARE(failed.count(), 0);
        QVERIFY(browser.waitForText(bodyText, QStringLiteral("received your sign-in"), 10000));
        QVERIFY(browser.evaluate(QStringLiteral("location.href"))
                    .startsWith(QLatin1String("http://127.0.0.1:")));

        // The application keeps the tokens in the keychain, and they work.
        const auto tokens = succeeded.first().first().value<auth::OAuthTokens>();
        AccountManager manager(m_options);
        auth::Account draft;
        draft.label = QStringLiteral("Browser sign-in");
        draft.address = test::sandboxAddress(*m_sandbox);
        draft.oauth = test::sandboxOAuthSettings(*m_sandbox);
        const test::TaskOutcome added
            = D360_AWAIT(manager.add(draft, AccountSecret::oauth(tokens)));
        QVERIFY2(added.outcome == AccountTask::Outcome::Succeeded, qPrintable(added.errorMessage));
        // Bound to the project picked in the browser, and seeing only it.
        QCOMPARE(added.account.boundProjectId, chosen.id);
        QCOMPARE(added.account.visibleProjects,
                 QList<auth::VisibleProject>({ { chosen.id, chosen.name } }));
        QCOMPARE(added.account.signedInAs, QStringLiteral("writer@sandbox.example"));
        gui::AccountSwitcher switcher(&manager);
        QCOMPARE(switcher.count(), 1);
        QVERIFY2(switcher.itemText(0).contains(chosen.name), qPrintable(switcher.itemText(0)));
        QVERIFY2(switcher.itemText(0).contains(added.account.signedInAs),
                 qPrintable(switcher.itemText(0)));

        const std::optional<AccountSecret> stored
            = test::storedOAuthSecret(manager, added.account.id);
        QVERIFY2(stored, "the keychain holds no sign-in for the account");
        QVERIFY2(stored->tokens().accessToken == tokens.accessToken,
                 "the keychain lacks the access token");
        QVERIFY2(stored->tokens().refreshToken == tokens.refreshToken,
                 "the keychain lacks the refresh token");

        AccountManager restarted(m_options);
        auth::ClientPool clients(&restarted);
        const test::TaskOutcome opened = D360_AWAIT(clients.open(added.account.id));
        QVERIFY2(opened.client, qPrintable(opened.errorMessage));
        bool listed = false;
        api::ProjectListCall *call = opened.client->listProjects();
        connect(call, &api::ApiCall::finished, this, [&] { listed = call->succeeded(); });
        QTRY_VERIFY_WITH_TIMEOUT(listed, 10000);
        QCOMPARE(call->result().size(), 1);
        QCOMPARE(call->result().front().id, chosen.id);

        QVERIFY(D360_AWAIT(restarted.remove(added.account.id)).outcome
                == AccountTask::Outcome::Succeeded);
        QVERIFY(!test::LogRecorder::contains(tokens.accessToken));
        QVERIFY(!test::LogRecorder::contains(tokens.refreshToken));
    }

    void aTamperedStateFailsSafely()
    {
        HeadlessChromium browser;
        OAuthSignIn signIn(test::sandboxOAuthSettings(*m_sandbox));
        QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        signIn.setBrowserOpener([&browser](const QUrl &url) { browser.open(url); });
        signIn.start();
        QVERIFY(browser.attachToPage(20000));
        QVERIFY(browser.waitForText(bodyText, QStringLiteral("Select a project"), 10000));

        // Someone swaps the state on the way back.
        QUrl tampered = signIn.redirectUri();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("code"), QStringLiteral("injected-code"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("tampered-state"));
        tampered.setQuery(query);
        browser.evaluate(QStringLiteral("location.href = '%1', 'going'")
                             .arg(tampered.toString(QUrl::FullyEncoded)));

        QTRY_VERIFY_WITH_TIMEOUT(failed.count() > 0, 15000);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("wrong state")));
        QVERIFY(browser.waitForText(bodyText, QStringLiteral("Sign-in refused"), 10000));
        QCOMPARE(succeeded.count(), 0);
        QVERIFY(signIn.state() == OAuthSignIn::State::Failed);
        // Nothing was kept.
        QVERIFY(AccountManager(m_options).accounts().isEmpty());
    }
};

QTEST_MAIN(BrowserSignInTest)
#include "tst_browser_sign_in.moc"
