// The real window ended by a signal, as a logout (SIGTERM) or Ctrl-C in the
// terminal that started it (SIGINT) ends it: it leaves through its event
// loop with the shell's status for that signal (128 + its number), and its
// destructors take the temporary folders of a sandbox session with them.
// Before, a signal killed it on the spot and left the sandbox's home (with
// its queue's lock) and its exports behind in the temporary folder.
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class WindowSignalsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("D360_EXECUTABLE")).isExecutable(),
                 "D360_EXECUTABLE must name the built d360-exporter (ctest sets it)");
    }

    void aSignalEndsTheWindowCleanly_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void aSignalEndsTheWindowCleanly()
    {
        QFETCH(int, signalNumber);
        QTemporaryDir temporaryFolder;
        QTemporaryDir reports;
        QVERIFY(temporaryFolder.isValid() && reports.isValid());
        const QString report = reports.filePath(QStringLiteral("first-paint.txt"));

        QProcess window;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TMPDIR"), temporaryFolder.path());
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("D360_REPORT_FIRST_PAINT"), report);
        window.setProcessEnvironment(environment);
        window.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        window.start(qEnvironmentVariable("D360_EXECUTABLE"), { QStringLiteral("--sandbox") });
        QVERIFY(window.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            QFileInfo::exists(report) || window.state() == QProcess::NotRunning, 30000);
        QCOMPARE(window.state(), QProcess::Running);

        const QDir::Filters everything = QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden;
        // The sandbox session keeps its home and exports there: the check
        // below means something only if they were made.
        QVERIFY2(!QDir(temporaryFolder.path()).entryList(everything).isEmpty(),
                 "the sandbox session made no temporary folder");

        QCOMPARE(::kill(pid_t(window.processId()), signalNumber), 0);
        QVERIFY(window.waitForFinished(20000));
        QCOMPARE(window.exitStatus(), QProcess::NormalExit);
        QCOMPARE(window.exitCode(), 128 + signalNumber);
        QCOMPARE(QDir(temporaryFolder.path()).entryList(everything), QStringList());
    }
};

QTEST_GUILESS_MAIN(WindowSignalsTest)
#include "tst_window_signals.moc"
