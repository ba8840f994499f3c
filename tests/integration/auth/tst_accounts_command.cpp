// `d360-exporter accounts ...` as scripts use it: the real executable against
// the sandbox and the session's keychain. The token goes in on stdin (there
// is no option that takes one), exit codes are the documented ones, the
// listing is JSON on request, and `--account NAME` gives other verbs a
// working client from the keychain.
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
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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

    // Runs the executable with stdin, keeping this process's event loop (and
    // so the in-process sandbox) running.
    Run run(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(qEnvironmentVariable("D360_EXECUTABLE"), QStringList{QStringLiteral("accounts")} + arguments);
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
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QJsonArray listJson()
    {
        const Run listed = run({QStringLiteral("list"), QStringLiteral("--json")});
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
        sandbox::SandboxOptions options;
        options.apiKey = m_token;
        options.rateLimitPerWindow = 0;
        m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    }

    void addsListsTestsRenamesAndRemoves()
    {
        const QString baseUrl = m_sandbox->baseUrl().toString();
        const Run added = run({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Sandbox KB"),
                               QStringLiteral("--base-url"), baseUrl},
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

        const Run plain = run({QStringLiteral("list")});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.startsWith(QLatin1String("Sandbox KB\t")));

        const Run tested = run({QStringLiteral("test"), QStringLiteral("--name"), QStringLiteral("sandbox kb")});
        QVERIFY2(tested.exitCode == 0, qPrintable(tested.err));
        QVERIFY(tested.out.contains(QLatin1String("works")));

        const Run renamed = run({QStringLiteral("rename"), QStringLiteral("--name"), QStringLiteral("Sandbox KB"),
                                 QStringLiteral("--to"), QStringLiteral("Demo")});
        QCOMPARE(renamed.exitCode, 0);
        QCOMPARE(listJson().first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Demo"));

        const Run removed = run({QStringLiteral("remove"), QStringLiteral("--name"), QStringLiteral("Demo")});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QVERIFY(listJson().isEmpty());
        QVERIFY(test::filesContaining({m_config.path()}, m_token.toUtf8()).isEmpty());
    }

    void exitCodesSayWhatWentWrong()
    {
        const QString baseUrl = m_sandbox->baseUrl().toString();
        const Run refused = run({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Wrong"),
                                 QStringLiteral("--base-url"), baseUrl},
                                "not-the-token-at-all\n");
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QLatin1String("revoked or belongs to another region")), qPrintable(refused.err));
        QVERIFY(listJson().isEmpty());

        QCOMPARE(run({QStringLiteral("add"), QStringLiteral("--base-url"), baseUrl}, "x\n").exitCode, 2);
        QCOMPARE(run({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Empty"),
                      QStringLiteral("--base-url"), baseUrl})
                     .exitCode,
                 2);
        // A token is never a command-line argument.
        QCOMPARE(run({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("T"), QStringLiteral("--token"),
                      QStringLiteral("secret")})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("test"), QStringLiteral("--name"), QStringLiteral("Nobody")}).exitCode, 6);
        QCOMPARE(run({QStringLiteral("frobnicate")}).exitCode, 2);
        const Run unreachable = run({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Down"),
                                     QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9")},
                                    "some-token-value\n");
        QCOMPARE(unreachable.exitCode, 5);
    }

    void accountOptionGivesAWorkingClient()
    {
        const Run added = run({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("For export"),
                               QStringLiteral("--base-url"), m_sandbox->baseUrl().toString()},
                              (m_token + QLatin1Char('\n')).toUtf8());
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));

        cli::ConnectionOptions connection;
        QCommandLineParser parser;
        connection.addTo(parser);
        QVERIFY(parser.parse({QStringLiteral("d360-exporter export"), QStringLiteral("--account"),
                              QStringLiteral("for export")}));
        std::optional<cli::ConnectionOptions::Resolved> resolved;
        connection.resolve(parser, [&resolved](cli::ConnectionOptions::Resolved result) { resolved = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(resolved.has_value(), 15000);
        QVERIFY2(resolved->client, qPrintable(resolved->error));
        bool listed = false;
        api::ProjectListCall *call = resolved->client->listProjects();
        connect(call, &api::ApiCall::finished, this, [&] { listed = call->succeeded(); });
        QTRY_VERIFY_WITH_TIMEOUT(listed, 10000);
        resolved.reset();

        QVERIFY(parser.parse({QStringLiteral("d360-exporter export"), QStringLiteral("--account"),
                              QStringLiteral("Nobody")}));
        connection.resolve(parser, [&resolved](cli::ConnectionOptions::Resolved result) { resolved = std::move(result); });
        QTRY_VERIFY(resolved.has_value());
        QVERIFY(!resolved->client);
        QCOMPARE(int(resolved->exitCode), 6);

        QCOMPARE(run({QStringLiteral("remove"), QStringLiteral("--name"), QStringLiteral("For export")}).exitCode, 0);
    }
};

QTEST_MAIN(AccountsCommandTest)
#include "tst_accounts_command.moc"
