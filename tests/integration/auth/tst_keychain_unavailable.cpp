// No keychain: the writer gets a clear message within seconds, never a hang.
//
// QtKeychain's Secret Service backend keeps its D-Bus connection per process,
// so this test has an executable of its own and points the session bus at a
// dead socket before anything here talks to D-Bus. The command line is run as
// a child process twice: on a dead bus, and on a "bus" that accepts the
// connection and never says a word (a stuck D-Bus), where only our watchdog
// can end the wait. With no keychain the window may keep a token for this
// session only (the add-token dialog offers it): then nothing at all is
// written.
#include "AuthTestSupport.h"
#include "core/api/ApiClient.h"
#include "core/auth/AccountManager.h"
#include "core/auth/ClientPool.h"
#include "core/auth/SecretStore.h"
#include "gui/accounts/AccountEditDialog.h"
#include "sandbox/SandboxServer.h"
#include "support/TestSession.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace d360;
using auth::AccountManager;
using auth::AccountSecret;
using auth::AccountTask;
using auth::SecretError;

namespace {

constexpr qint64 noHangBoundMs = 10000;

struct CommandRun
{
    bool finished = false;
    int exitCode = -1;
    QString err;
    qint64 elapsedMs = 0;
};

} // namespace

class KeychainUnavailableTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    QString m_token;

    QString deadBus() const
    {
        return QStringLiteral("unix:path=") + m_folder.filePath(QStringLiteral("no-bus"));
    }

    // Runs `d360-exporter accounts add` with the token on stdin and the
    // given session bus, while this process's event loop keeps running.
    CommandRun runAdd(const QString &busAddress, int timeoutMs)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_folder.filePath(QStringLiteral("cli-config")));
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        QElapsedTimer clock;
        clock.start();
        process.start(qEnvironmentVariable("D360_EXECUTABLE"),
                      { QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--name"),
                        QStringLiteral("No keychain"), QStringLiteral("--base-url"),
                        m_sandbox->baseUrl().toString() });
        process.write((m_token + QLatin1Char('\n')).toUtf8());
        process.closeWriteChannel();
        CommandRun run;
        run.finished = finished.wait(timeoutMs);
        run.elapsedMs = clock.elapsed();
        if (!run.finished) {
            process.kill();
            process.waitForFinished(5000);
            return run;
        }
        run.exitCode = process.exitCode();
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        D360_REQUIRE_PRIVATE_SESSION();
        QVERIFY(m_folder.isValid());
        // Before anything in this process has touched D-Bus.
        qputenv("DBUS_SESSION_BUS_ADDRESS", deadBus().toUtf8());
        test::LogRecorder::install();
        m_token = test::randomSecret(QStringLiteral("sbx-token-"));
        m_sandbox = test::sandboxAccepting(m_token);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    }

    void everyOperationSaysNoKeychainWithinSeconds()
    {
        auth::SecretStore store(test::uniqueKeychainService());
        QObject context;
        for (int operation = 0; operation < 3; ++operation) {
            QElapsedTimer clock;
            clock.start();
            std::optional<SecretError> result;
            const auto done = [&result](const SecretError &error) {
                result = error;
            };
            if (operation == 0)
                store.write(QStringLiteral("key"), m_token, &context, done);
            else if (operation == 1)
                store.read(
                    QStringLiteral("key"), &context,
                    [&result](const QString &, const SecretError &error) { result = error; });
            else
                store.probe(&context, done);
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), int(noHangBoundMs));
            QVERIFY(clock.elapsed() < noHangBoundMs);
            QVERIFY2(result->kind() == SecretError::Kind::NoService, qPrintable(result->detail()));
            QVERIFY(result->message().contains(QLatin1String("No keychain is available")));
            QVERIFY(!result->message().contains(m_token));
        }
    }

    void theWindowMayKeepATokenForThisSessionOnly()
    {
        auth::AccountManagerOptions options;
        options.keychainService = test::uniqueKeychainService();
        options.settingsFile = m_folder.filePath(QStringLiteral("accounts.ini"));
        options.apiSettings = test::fastApiSettings();
        AccountManager manager(options);
        auth::Account draft;
        draft.label = QStringLiteral("Sandbox");
        draft.address = test::sandboxAddress(*m_sandbox);

        const test::TaskOutcome refused
            = D360_AWAIT(manager.add(draft, AccountSecret::apiToken(m_token)));
        QVERIFY(refused.outcome == AccountTask::Outcome::KeychainFailed);
        QVERIFY(refused.secretError.kind() == SecretError::Kind::NoService);
        QVERIFY(manager.accounts().isEmpty());
        // It was checked first: the projects it would see are known.
        QVERIFY(!refused.account.visibleProjects.isEmpty());

        const test::TaskOutcome kept = D360_AWAIT(manager.add(
            draft, AccountSecret::apiToken(m_token), AccountManager::SecretStorage::SessionOnly));
        QVERIFY2(kept.outcome == AccountTask::Outcome::Succeeded, qPrintable(kept.errorMessage));
        QVERIFY(kept.account.sessionOnly);
        auth::ClientPool clients(&manager);
        const test::TaskOutcome opened = D360_AWAIT(clients.open(kept.account.id));
        QVERIFY2(opened.client, qPrintable(opened.errorMessage));
        bool listed = false;
        api::ProjectListCall *call = opened.client->listProjects();
        connect(call, &api::ApiCall::finished, this, [&] { listed = call->succeeded(); });
        QTRY_VERIFY_WITH_TIMEOUT(listed, 10000);

        // Nothing written: not the token, not even the account.
        QVERIFY(test::filesContaining({ m_folder.path() }, m_token.toUtf8()).isEmpty());
        QVERIFY(test::filesContaining({ m_folder.path() }, kept.account.id.toUtf8()).isEmpty());
        QVERIFY(AccountManager(options).accounts().isEmpty());
        QVERIFY(D360_AWAIT(manager.remove(kept.account.id)).outcome
                == AccountTask::Outcome::Succeeded);
        QVERIFY(!test::LogRecorder::contains(m_token));
    }

    void theDialogOffersThisSessionOnly()
    {
        auth::AccountManagerOptions options;
        options.keychainService = test::uniqueKeychainService();
        options.settingsFile = m_folder.filePath(QStringLiteral("dialog-accounts.ini"));
        options.apiSettings = test::fastApiSettings();
        AccountManager manager(options);
        gui::AccountEditDialog dialog(&manager);
        dialog.show();
        QSignalSpy saved(&dialog, &gui::AccountEditDialog::accountSaved);
        dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))
            ->setText(QStringLiteral("Session"));
        auto *server = dialog.findChild<QComboBox *>(QStringLiteral("serverCombo"));
        server->setCurrentIndex(server->count() - 1);
        dialog.findChild<QLineEdit *>(QStringLiteral("serverDetailEdit"))
            ->setText(m_sandbox->baseUrl().toString());
        dialog.findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->setText(m_token);
        dialog.findChild<QPushButton *>(QStringLiteral("testAndSaveButton"))->click();

        auto *sessionOnly = dialog.findChild<QPushButton *>(QStringLiteral("sessionOnlyButton"));
        auto *result = dialog.findChild<QLabel *>(QStringLiteral("resultLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(sessionOnly->isVisible(), int(noHangBoundMs));
        QVERIFY2(result->text().contains(QLatin1String("No keychain is available")),
                 qPrintable(result->text()));
        QCOMPARE(saved.count(), 0);

        sessionOnly->click();
        QVERIFY(saved.wait(10000));
        QVERIFY(result->text().contains(QLatin1String("this session only")));
        QVERIFY(manager.account(saved.first().first().toString())->sessionOnly);
        QVERIFY(test::filesContaining({ m_folder.path() }, m_token.toUtf8()).isEmpty());
        QVERIFY(D360_AWAIT(manager.remove(saved.first().first().toString())).outcome
                == AccountTask::Outcome::Succeeded);
    }

    void theCommandLineSaysSoAndExits()
    {
        const CommandRun run = runAdd(deadBus(), 30000);
        QVERIFY2(run.finished, "the command hung without a keychain");
        QVERIFY2(run.elapsedMs < noHangBoundMs, qPrintable(QString::number(run.elapsedMs)));
        QCOMPARE(run.exitCode, 6);
        QVERIFY2(run.err.contains(QLatin1String("No keychain is available")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("D360_API_KEY")), qPrintable(run.err));
        QVERIFY(!run.err.contains(m_token));
    }

    void aStuckKeychainTimesOutWithAMessage()
    {
        // Accepts connections and never answers: D-Bus's handshake waits forever.
        QLocalServer silentBus;
        const QString path = m_folder.filePath(QStringLiteral("silent-bus"));
        QVERIFY(silentBus.listen(path));
        QList<QLocalSocket *> held;
        connect(&silentBus, &QLocalServer::newConnection, this, [&] {
            while (QLocalSocket *socket = silentBus.nextPendingConnection())
                held.append(socket);
        });
        const CommandRun run = runAdd(QStringLiteral("unix:path=") + path, 30000);
        QVERIFY2(run.finished, "the command hung on a stuck keychain");
        QVERIFY2(run.elapsedMs < 15000, qPrintable(QString::number(run.elapsedMs)));
        QCOMPARE(run.exitCode, 6);
        QVERIFY2(run.err.contains(QLatin1String("did not answer"))
                     || run.err.contains(QLatin1String("No keychain")),
                 qPrintable(run.err));
        QVERIFY(!run.err.contains(m_token));
    }
};

QTEST_MAIN(KeychainUnavailableTest)
#include "tst_keychain_unavailable.moc"
