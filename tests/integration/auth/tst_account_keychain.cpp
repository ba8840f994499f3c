// Accounts against the real Secret Service (gnome-keyring on the test
// session's private bus) and the sandbox: a token is checked before it is
// kept, lands in the keychain and nowhere else, is read back by a fresh
// manager, rotated, and removed without a trace in the settings, data and
// cache folders or in anything logged. A 401 marks the account as needing
// attention, and a working credential restores it.
#include "AuthTestSupport.h"
#include "core/api/ApiClient.h"
#include "core/api/ApiTransport.h"
#include "core/auth/AccountManager.h"
#include "core/auth/ClientPool.h"
#include "core/auth/SecretStore.h"
#include "sandbox/SandboxServer.h"
#include "support/TestSession.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace d360;
using auth::AccountManager;
using auth::AccountSecret;
using auth::AccountTask;

namespace {

struct KeychainRead
{
    bool finished = false;
    QString secret;
    auth::SecretError error;
};

KeychainRead readKeychain(const QString &service, const QString &key)
{
    auth::SecretStore store(service);
    auto result = std::make_shared<KeychainRead>();
    QObject context;
    store.read(key, &context, [result](const QString &secret, const auth::SecretError &error) {
        result->secret = secret;
        result->error = error;
        result->finished = true;
    });
    (void)QTest::qWaitFor([&] { return result->finished; }, 15000);
    return *result;
}

} // namespace

class AccountKeychainTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    QString m_token;
    auth::AccountManagerOptions m_options;

    auth::Account draft(const QString &label) const
    {
        auth::Account account;
        account.label = label;
        account.address = test::sandboxAddress(*m_sandbox);
        return account;
    }

    QString settingsFile() const { return m_options.settingsFile; }

private Q_SLOTS:
    void initTestCase()
    {
        D360_REQUIRE_PRIVATE_SESSION();
        test::LogRecorder::install();
        m_token = test::randomSecret(QStringLiteral("sbx-token-"));
        m_sandbox = test::sandboxAccepting(m_token);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    }

    void init()
    {
        m_options = {};
        m_options.keychainService = test::uniqueKeychainService();
        m_options.settingsFile = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
            + QStringLiteral("/accounts-%1.ini").arg(QUuid::createUuid().toString(QUuid::Id128));
        m_options.apiSettings = test::fastApiSettings();
    }

    void addReadRotateRemoveLeavesNoTrace()
    {
        auto manager = std::make_unique<AccountManager>(m_options);
        QSignalSpy added(manager.get(), &AccountManager::accountAdded);

        // Add: checked against the server, then kept.
        const test::TaskOutcome addOutcome = D360_AWAIT(
            manager->add(draft(QStringLiteral("Sandbox")), AccountSecret::apiToken(m_token)));
        QVERIFY(addOutcome.finished);
        QVERIFY2(addOutcome.outcome == AccountTask::Outcome::Succeeded,
                 qPrintable(addOutcome.errorMessage));
        QCOMPARE(added.count(), 1);
        const QString id = addOutcome.account.id;
        QVERIFY(!addOutcome.account.visibleProjects.isEmpty());
        QCOMPARE(manager->accounts().size(), 1);

        // Read: the keychain holds exactly the token; the settings do not.
        KeychainRead stored = readKeychain(m_options.keychainService, id);
        QVERIFY2(stored.error.isNull(), qPrintable(stored.error.message()));
        QVERIFY2(stored.secret == m_token, "the keychain entry is not the token that was added");
        QVERIFY(QFile::exists(settingsFile()));
        QVERIFY2(test::filesContaining({ settingsFile() }, m_token.toUtf8()).isEmpty(),
                 "the token is in the settings file");

        // A fresh manager (a restart) finds the account and a working client.
        manager.reset();
        manager = std::make_unique<AccountManager>(m_options);
        QCOMPARE(manager->accounts().size(), 1);
        QCOMPARE(manager->accounts().first().label, QStringLiteral("Sandbox"));
        auth::ClientPool clients(manager.get());
        const test::TaskOutcome opened = D360_AWAIT(clients.open(id));
        QVERIFY2(opened.outcome == AccountTask::Outcome::Succeeded,
                 qPrintable(opened.errorMessage));
        QVERIFY(opened.client);
        api::ProjectListCall *call = opened.client->listProjects();
        QSignalSpy listed(call, &api::ApiCall::finished);
        bool listedOk = false;
        connect(call, &api::ApiCall::finished, this, [&] { listedOk = call->succeeded(); });
        QVERIFY(listed.wait(10000));
        QVERIFY(listedOk);

        // Rotate: a different working token replaces the old one everywhere.
        QString problem;
        const std::optional<auth::OAuthTokens> issued = test::signInToSandbox(*m_sandbox, &problem);
        QVERIFY2(issued, qPrintable(problem));
        const QString rotated = issued->accessToken;
        const test::TaskOutcome rotation
            = D360_AWAIT(manager->replaceSecret(id, AccountSecret::apiToken(rotated)));
        QVERIFY2(rotation.outcome == AccountTask::Outcome::Succeeded,
                 qPrintable(rotation.errorMessage));
        stored = readKeychain(m_options.keychainService, id);
        QVERIFY2(stored.secret == rotated, "the keychain does not hold the rotated token");
        QVERIFY2(opened.client->transport()->credential().secret() == rotated,
                 "the open client still uses the old token");

        // A refused token changes nothing.
        const test::TaskOutcome refused = D360_AWAIT(manager->replaceSecret(
            id, AccountSecret::apiToken(test::randomSecret(QStringLiteral("wrong-")))));
        QVERIFY(refused.outcome == AccountTask::Outcome::Refused);
        QVERIFY2(refused.errorMessage.contains(QLatin1String("401")),
                 qPrintable(refused.errorMessage));
        QVERIFY(readKeychain(m_options.keychainService, id).secret == rotated);

        // Remove: the keychain entry and the settings group go.
        QSignalSpy removed(manager.get(), &AccountManager::accountRemoved);
        const test::TaskOutcome removal = D360_AWAIT(manager->remove(id));
        QVERIFY2(removal.outcome == AccountTask::Outcome::Succeeded,
                 qPrintable(removal.errorMessage));
        QCOMPARE(removed.count(), 1);
        QVERIFY(manager->accounts().isEmpty());
        QVERIFY(readKeychain(m_options.keychainService, id).error.kind()
                == auth::SecretError::Kind::NotFound);
        QVERIFY(AccountManager(m_options).accounts().isEmpty());
        QVERIFY(test::filesContaining({ settingsFile() }, id.toUtf8()).isEmpty());

        // Nothing of either token anywhere a person or a backup could read.
        for (const QString &secret : { m_token, rotated }) {
            QVERIFY2(test::filesContaining(test::userFolders(), secret.toUtf8()).isEmpty(),
                     "a token was found in the settings, data or cache folders");
            QVERIFY2(!test::LogRecorder::contains(secret), "a token was found in the log");
        }
        QVERIFY(!test::LogRecorder::messages().isEmpty()); // the recorder really listened
    }

    void aRefusedTokenIsNeverKept()
    {
        AccountManager manager(m_options);
        const QString wrong = test::randomSecret(QStringLiteral("wrong-"));
        const test::TaskOutcome outcome = D360_AWAIT(
            manager.add(draft(QStringLiteral("Wrong")), AccountSecret::apiToken(wrong)));
        QVERIFY(outcome.outcome == AccountTask::Outcome::Refused);
        QVERIFY2(
            outcome.errorMessage.contains(QLatin1String("revoked or belongs to another region")),
            qPrintable(outcome.errorMessage));
        QVERIFY(manager.accounts().isEmpty());
        QVERIFY(test::filesContaining(test::userFolders(), wrong.toUtf8()).isEmpty());
        QVERIFY(!test::LogRecorder::contains(wrong));
    }

    void a401MarksTheAccountAndASuccessRestoresIt()
    {
        AccountManager manager(m_options);
        const test::TaskOutcome addOutcome = D360_AWAIT(
            manager.add(draft(QStringLiteral("Revoked")), AccountSecret::apiToken(m_token)));
        QVERIFY2(addOutcome.outcome == AccountTask::Outcome::Succeeded,
                 qPrintable(addOutcome.errorMessage));
        const QString id = addOutcome.account.id;
        auth::ClientPool clients(&manager);
        const test::TaskOutcome opened = D360_AWAIT(clients.open(id));
        QVERIFY(opened.client);

        QSignalSpy attention(&manager, &AccountManager::accountNeedsAttention);
        QSignalSpy restored(&manager, &AccountManager::accountRestored);
        sandbox::SandboxFaults revoked;
        revoked.tokenRevoked = true;
        m_sandbox->setFaults(revoked);
        opened.client->listProjects();
        QVERIFY(attention.wait(10000));
        QCOMPARE(attention.first().at(0).toString(), id);
        QVERIFY(attention.first().at(1).toString().contains(QLatin1String("401")));
        QVERIFY(manager.needsAttention(id));
        // Persisted: the window shows it after a restart too.
        QVERIFY(AccountManager(m_options).needsAttention(id));

        m_sandbox->setFaults({});
        const test::TaskOutcome tested = D360_AWAIT(clients.test(id));
        QVERIFY2(tested.outcome == AccountTask::Outcome::Succeeded,
                 qPrintable(tested.errorMessage));
        QCOMPARE(restored.count(), 1);
        QVERIFY(!manager.needsAttention(id));
        QCOMPARE(attention.count(), 1);
        QVERIFY(D360_AWAIT(manager.remove(id)).outcome == AccountTask::Outcome::Succeeded);
    }

    void aVanishedKeychainEntryNeedsAttention()
    {
        AccountManager manager(m_options);
        const test::TaskOutcome addOutcome = D360_AWAIT(
            manager.add(draft(QStringLiteral("Vanished")), AccountSecret::apiToken(m_token)));
        QVERIFY(addOutcome.outcome == AccountTask::Outcome::Succeeded);
        const QString id = addOutcome.account.id;
        bool deleted = false;
        QObject context;
        manager.secretStore()->remove(id, &context,
                                      [&](const auth::SecretError &) { deleted = true; });
        QTRY_VERIFY_WITH_TIMEOUT(deleted, 10000);

        QSignalSpy attention(&manager, &AccountManager::accountNeedsAttention);
        auth::ClientPool clients(&manager);
        const test::TaskOutcome opened = D360_AWAIT(clients.open(id));
        QVERIFY(opened.outcome == AccountTask::Outcome::KeychainFailed);
        QVERIFY(opened.secretError.kind() == auth::SecretError::Kind::NotFound);
        QCOMPARE(attention.count(), 1);
        // Removing it still works: the missing entry is what removing wants.
        QVERIFY(D360_AWAIT(manager.remove(id)).outcome == AccountTask::Outcome::Succeeded);
    }

    void labelsAreUniqueAndRenamable()
    {
        AccountManager manager(m_options);
        const test::TaskOutcome first = D360_AWAIT(
            manager.add(draft(QStringLiteral("Docs")), AccountSecret::apiToken(m_token)));
        QVERIFY(first.outcome == AccountTask::Outcome::Succeeded);
        const test::TaskOutcome duplicate = D360_AWAIT(
            manager.add(draft(QStringLiteral(" docs ")), AccountSecret::apiToken(m_token)));
        QVERIFY(duplicate.outcome == AccountTask::Outcome::Invalid);
        QString problem;
        QVERIFY(manager.rename(first.account.id, QStringLiteral("Handbook"), &problem));
        QCOMPARE(AccountManager(m_options).accounts().first().label, QStringLiteral("Handbook"));
        QVERIFY(!manager.rename(first.account.id, QString(), &problem));
        QVERIFY(D360_AWAIT(manager.remove(first.account.id)).outcome
                == AccountTask::Outcome::Succeeded);
    }
};

QTEST_MAIN(AccountKeychainTest)
#include "tst_account_keychain.moc"
