// `d360-exporter accounts ...` as scripts use it: the real executable against
// the sandbox and the session's keychain. The token goes in on stdin (there
// is no option that takes one), exit codes are the documented ones, the
// listing is JSON on request, and `--account NAME` gives other verbs a
// working client from the keychain. Signing in (`add --sign-in`) needs a
// client id from --client-id or D360_OAUTH_CLIENT_ID, and explains one the
// identity server does not know; the scripted browser follows the link the
// command prints, as a writer would, and picks a project.
#include "AuthTestSupport.h"
#include "cli/ConnectionOptions.h"
#include "core/ApplicationInfo.h"
#include "core/api/ApiClient.h"
#include "sandbox/SandboxServer.h"
#include "support/TestSession.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace d360;

namespace {

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class AccountsCommandTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    QString m_token;

    // Runs "accounts ARGUMENTS" with stdin, keeping this process's event
    // loop (and so the in-process sandbox) running. variables go on top of
    // this process's environment (a null value removes one); watchError sees
    // stderr as it arrives.
    Run run(const QStringList &arguments, const QByteArray &input = {},
            const QHash<QString, QString> &variables = {},
            const std::function<void(const QString &errorSoFar)> &watchError = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
            if (it.value().isNull())
                environment.remove(it.key());
            else
                environment.insert(it.key(), it.value());
        }
        process.setProcessEnvironment(environment);
        QString err;
        connect(&process, &QProcess::readyReadStandardError, this, [&] {
            err += QString::fromUtf8(process.readAllStandardError());
            if (watchError)
                watchError(err);
        });
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(qEnvironmentVariable("D360_EXECUTABLE"),
                      QStringList { QStringLiteral("accounts") } + arguments);
        process.write(input);
        process.closeWriteChannel();
        Run result;
        result.finished = finished.wait(30000);
        if (!result.finished) {
            process.kill();
            process.waitForFinished(5000);
            return result;
        }
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = err + QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    // Runs "accounts ARGUMENTS" and, when it prints the sign-in link, opens it
    // in a scripted browser that picks the project at projectIndex. No client
    // id comes from this process's environment, only from variables.
    Run runSigningIn(const QStringList &arguments, QHash<QString, QString> variables,
                     int projectIndex = 0)
    {
        if (!variables.contains(QStringLiteral("D360_OAUTH_CLIENT_ID")))
            variables.insert(QStringLiteral("D360_OAUTH_CLIENT_ID"), QString());
        std::unique_ptr<test::ScriptedBrowser> browser;
        return run(arguments, {}, variables, [&](const QString &err) {
            static const QRegularExpression link(
                QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/connect/authorize\\?\\S+)"));
            const QRegularExpressionMatch found = link.match(err);
            if (!browser && found.hasMatch()) {
                browser = std::make_unique<test::ScriptedBrowser>(
                    test::ScriptedBrowser::Decision::Approve, projectIndex);
                browser->open(QUrl(found.captured(1), QUrl::StrictMode));
            }
        });
    }

    QStringList signInArguments(const QString &name) const
    {
        return { QStringLiteral("add"),
                 QStringLiteral("--name"),
                 name,
                 QStringLiteral("--base-url"),
                 m_sandbox->baseUrl().toString(),
                 QStringLiteral("--sign-in") };
    }

    QJsonArray listJson()
    {
        const Run listed = run({ QStringLiteral("list"), QStringLiteral("--json") });
        return QJsonDocument::fromJson(listed.out.toUtf8()).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        D360_REQUIRE_PRIVATE_SESSION();
        QVERIFY(m_config.isValid());
        // The same settings as the child processes, for --account in-process.
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        ApplicationInfo::apply();
        m_token = test::randomSecret(QStringLiteral("sbx-token-"));
        m_sandbox = test::sandboxAccepting(m_token);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    }

    void addsListsTestsRenamesAndRemoves()
    {
        const QString baseUrl = m_sandbox->baseUrl().toString();
        const Run added
            = run({ QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Sandbox KB"),
                    QStringLiteral("--base-url"), baseUrl },
                  (m_token + QLatin1Char('\n')).toUtf8());
        QVERIFY(added.finished);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY(added.out.contains(QLatin1String("Added account \"Sandbox KB\"")));
        QVERIFY(added.out.contains(QLatin1String("Acme Cloud Handbook")));
        QVERIFY(!added.out.contains(m_token) && !added.err.contains(m_token));

        QJsonArray accounts = listJson();
        QCOMPARE(accounts.size(), 1);
        const QJsonObject account = accounts.first().toObject();
        QCOMPARE(account.value(QStringLiteral("name")).toString(), QStringLiteral("Sandbox KB"));
        QCOMPARE(account.value(QStringLiteral("kind")).toString(), QStringLiteral("api-token"));
        QCOMPARE(account.value(QStringLiteral("server")).toString(), baseUrl);
        QVERIFY(!account.value(QStringLiteral("projects")).toArray().isEmpty());
        QVERIFY(!account.value(QStringLiteral("needsAttention")).toBool());

        const Run plain = run({ QStringLiteral("list") });
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.startsWith(QLatin1String("Sandbox KB\t")));

        const Run tested = run(
            { QStringLiteral("test"), QStringLiteral("--name"), QStringLiteral("sandbox kb") });
        QVERIFY2(tested.exitCode == 0, qPrintable(tested.err));
        QVERIFY(tested.out.contains(QLatin1String("works")));

        const Run renamed
            = run({ QStringLiteral("rename"), QStringLiteral("--name"),
                    QStringLiteral("Sandbox KB"), QStringLiteral("--to"), QStringLiteral("Demo") });
        QCOMPARE(renamed.exitCode, 0);
        QCOMPARE(listJson().first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Demo"));

        const Run removed
            = run({ QStringLiteral("remove"), QStringLiteral("--name"), QStringLiteral("Demo") });
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QVERIFY(listJson().isEmpty());
        QVERIFY(test::filesContaining({ m_config.path() }, m_token.toUtf8()).isEmpty());
    }

    void exitCodesSayWhatWentWrong()
    {
        const QString baseUrl = m_sandbox->baseUrl().toString();
        const Run refused = run({ QStringLiteral("add"), QStringLiteral("--name"),
                                  QStringLiteral("Wrong"), QStringLiteral("--base-url"), baseUrl },
                                "not-the-token-at-all\n");
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QLatin1String("revoked or belongs to another region")),
                 qPrintable(refused.err));
        QVERIFY(listJson().isEmpty());

        QCOMPARE(
            run({ QStringLiteral("add"), QStringLiteral("--base-url"), baseUrl }, "x\n").exitCode,
            2);
        QCOMPARE(run({ QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Empty"),
                       QStringLiteral("--base-url"), baseUrl })
                     .exitCode,
                 2);
        // A token is never a command-line argument.
        QCOMPARE(run({ QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("T"),
                       QStringLiteral("--token"), QStringLiteral("secret") })
                     .exitCode,
                 2);
        QCOMPARE(run({ QStringLiteral("test"), QStringLiteral("--name"), QStringLiteral("Nobody") })
                     .exitCode,
                 6);
        QCOMPARE(run({ QStringLiteral("frobnicate") }).exitCode, 2);
        const Run unreachable
            = run({ QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Down"),
                    QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9") },
                  "some-token-value\n");
        QCOMPARE(unreachable.exitCode, 5);
    }

    void signingInNeedsAClientId()
    {
        const Run signedIn = runSigningIn(signInArguments(QStringLiteral("No client")), {});
        QVERIFY(signedIn.finished);
        QCOMPARE(signedIn.exitCode, 2);
        QVERIFY2(signedIn.err.contains(QLatin1String("--client-id")), qPrintable(signedIn.err));
        QVERIFY2(signedIn.err.contains(QLatin1String("D360_OAUTH_CLIENT_ID")),
                 qPrintable(signedIn.err));
        QVERIFY2(signedIn.err.contains(QLatin1String("API token")), qPrintable(signedIn.err));
        QVERIFY2(!signedIn.err.contains(QLatin1String("/connect/authorize")),
                 "a browser link was offered anyway");
        QVERIFY(listJson().isEmpty());
    }

    void signsInWithTheClientIdFromTheEnvironment()
    {
        const sandbox::DemoProject picked = m_sandbox->demoData().projects().at(1);
        const Run signedIn = runSigningIn(
            signInArguments(QStringLiteral("Picked")),
            { { QStringLiteral("D360_OAUTH_CLIENT_ID"), m_sandbox->oauthClientId() } }, 1);
        QVERIFY(signedIn.finished);
        QVERIFY2(signedIn.exitCode == 0, qPrintable(signedIn.err));
        QVERIFY2(
            signedIn.out.contains(
                QStringLiteral("Signed in as writer@sandbox.example — %1; added account \"Picked\"")
                    .arg(picked.name)),
            qPrintable(signedIn.out));
        const QJsonArray accounts = listJson();
        QCOMPARE(accounts.size(), 1);
        const QJsonObject account = accounts.first().toObject();
        QCOMPARE(account.value(QStringLiteral("boundProjectId")).toString(), picked.id);
        QCOMPARE(account.value(QStringLiteral("signedInAs")).toString(),
                 QStringLiteral("writer@sandbox.example"));
        QCOMPARE(account.value(QStringLiteral("projects")).toArray().size(), 1);
        QCOMPARE(
            run({ QStringLiteral("remove"), QStringLiteral("--name"), QStringLiteral("Picked") })
                .exitCode,
            0);
    }

    void anUnregisteredClientIdIsExplained()
    {
        const Run signedIn = runSigningIn(
            signInArguments(QStringLiteral("Unregistered"))
                + QStringList { QStringLiteral("--client-id"), QStringLiteral("not-registered") },
            { { QStringLiteral("D360_OAUTH_CLIENT_ID"), m_sandbox->oauthClientId() } });
        QVERIFY(signedIn.finished);
        QCOMPARE(signedIn.exitCode, 3);
        // The option wins over the environment, and the refusal is explained.
        QVERIFY2(signedIn.err.contains(QLatin1String("\"not-registered\" (invalid_client)")),
                 qPrintable(signedIn.err));
        QVERIFY2(signedIn.err.contains(QLatin1String("API token")), qPrintable(signedIn.err));
        QVERIFY(listJson().isEmpty());
    }

    void accountOptionGivesAWorkingClient()
    {
        const Run added
            = run({ QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("For export"),
                    QStringLiteral("--base-url"), m_sandbox->baseUrl().toString() },
                  (m_token + QLatin1Char('\n')).toUtf8());
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));

        cli::ConnectionOptions connection;
        QCommandLineParser parser;
        connection.addTo(parser);
        QVERIFY(parser.parse({ QStringLiteral("d360-exporter export"), QStringLiteral("--account"),
                               QStringLiteral("for export") }));
        std::optional<cli::ConnectionOptions::Resolved> resolved;
        connection.resolve(parser, [&resolved](cli::ConnectionOptions::Resolved result) {
            resolved = std::move(result);
        });
        QTRY_VERIFY_WITH_TIMEOUT(resolved.has_value(), 15000);
        QVERIFY2(resolved->client, qPrintable(resolved->error));
        bool listed = false;
        api::ProjectListCall *call = resolved->client->listProjects();
        connect(call, &api::ApiCall::finished, this, [&] { listed = call->succeeded(); });
        QTRY_VERIFY_WITH_TIMEOUT(listed, 10000);
        resolved.reset();

        QVERIFY(parser.parse({ QStringLiteral("d360-exporter export"), QStringLiteral("--account"),
                               QStringLiteral("Nobody") }));
        connection.resolve(parser, [&resolved](cli::ConnectionOptions::Resolved result) {
            resolved = std::move(result);
        });
        QTRY_VERIFY(resolved.has_value());
        QVERIFY(!resolved->client);
        QCOMPARE(int(resolved->exitCode), 6);

        QCOMPARE(run({ QStringLiteral("remove"), QStringLiteral("--name"),
                       QStringLiteral("For export") })
                     .exitCode,
                 0);
    }
};

QTEST_MAIN(AccountsCommandTest)
#include "tst_accounts_command.moc"
