// Which front end a command line opens, and what the headless front end says
// about itself. The second half runs the real executable, because exit codes
// and what lands on stdout are the contract scripts rely on.
#include "cli/CommandLine.h"

#include <QProcess>
#include <QTest>

using d360::cli::CommandLine;

class CommandLineTest : public QObject
{
    Q_OBJECT

private:
    static QStringList arguments(std::initializer_list<const char *> words)
    {
        QStringList list { QStringLiteral("d360-exporter") };
        for (const char *word : words)
            list.append(QString::fromUtf8(word));
        return list;
    }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run runExecutable(const QStringList &args)
    {
        QProcess process;
        process.start(qEnvironmentVariable("D360_EXECUTABLE"), args);
        Run run;
        if (!process.waitForFinished(30000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private Q_SLOTS:
    void windowOrHeadless_data()
    {
        QTest::addColumn<QStringList>("commandLine");
        QTest::addColumn<bool>("headless");
        QTest::newRow("no arguments") << arguments({}) << false;
        QTest::newRow("--sandbox") << arguments({ "--sandbox" }) << false;
        QTest::newRow("Qt's own option") << arguments({ "-platform", "offscreen" }) << false;
        QTest::newRow("a verb") << arguments({ "export", "--project", "p" }) << true;
        QTest::newRow("an unknown word") << arguments({ "exprot" }) << true;
        QTest::newRow("--version") << arguments({ "--version" }) << true;
        QTest::newRow("--help") << arguments({ "--help" }) << true;
    }

    void windowOrHeadless()
    {
        QFETCH(QStringList, commandLine);
        QFETCH(bool, headless);
        QCOMPARE(CommandLine().isHeadless(commandLine), headless);
    }

    void versionNeedsNoDisplay()
    {
        qunsetenv("QT_QPA_PLATFORM");
        qunsetenv("DISPLAY");
        const Run run = runExecutable({ QStringLiteral("--version") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QLatin1String("d360-exporter ")), qPrintable(run.out));
    }

    void unknownCommandIsAUsageError()
    {
        const Run run = runExecutable({ QStringLiteral("exprot") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("Unknown command \"exprot\"")),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_command_line.moc"
