// FileScheduleInstaller, the Windows and macOS installer, driven on Linux
// into a temporary folder: it writes the launchd agent and the Task
// Scheduler file under the names ScheduleUnits gives them, reads them back
// by their marker, prints the command that registers them, and deletes only
// its own files. (The schedulers themselves are not here to run them.)
#include "core/routines/FileScheduleInstaller.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace d360::routines;

namespace {

const QString presetName = QStringLiteral("Release \"docs\" Ü");

ScheduleSpec weeklyMonday()
{
    QString problem;
    return *ScheduleSpec::weekly(QStringLiteral("mon"), QStringLiteral("02:30"), &problem);
}

} // namespace

class FileScheduleInstallerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addListRemove_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("command");
        QTest::newRow("launchd") << "launchd"
                                 << "launchctl bootstrap gui/$(id -u) ";
        QTest::newRow("Task Scheduler") << "schtasks"
                                        << "schtasks /Create /XML \"";
    }
    void addListRemove()
    {
        QFETCH(QString, platform);
        QFETCH(QString, command);
        QTemporaryDir folder;
        ScheduleInstallerOptions options;
        options.folder = folder.path();
        std::unique_ptr<ScheduleInstaller> installer(
            platform == "launchd" ? FileScheduleInstaller::launchd(options)
                                  : FileScheduleInstaller::taskScheduler(options));
        // A file of the user's own in the same folder.
        QFile own(folder.filePath(platform == "launchd" ? "com.example.mine.plist" : "mine.xml"));
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.write("<mine/>");
        own.close();

        const ScheduleOutcome added = finish(*installer, [&] {
            installer->add({ presetName, "/opt/d360/d360-exporter", weeklyMonday() });
        });
        QCOMPARE(int(added.result), int(ScheduleOutcome::Result::Done));
        QCOMPARE(added.writtenFiles.size(), 1);
        QVERIFY(QFileInfo::exists(added.writtenFiles.first()));
        QVERIFY(!added.schedulerUpdated);
        QCOMPARE(added.commandsToRun.size(), 1);
        QVERIFY2(added.commandsToRun.first().startsWith(command)
                     && added.commandsToRun.first().contains(
                         QFileInfo(added.writtenFiles.first()).fileName()),
                 qPrintable(added.commandsToRun.first()));

        QString problem;
        const QList<ScheduleEntry> entries = installer->list(&problem);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().presetName, presetName);
        QCOMPARE(entries.first().spec.toText(), "weekly mon 02:30");

        const ScheduleOutcome removed = finish(*installer, [&] { installer->remove(presetName); });
        QCOMPARE(int(removed.result), int(ScheduleOutcome::Result::Done));
        QCOMPARE(removed.removedFiles, added.writtenFiles);
        QVERIFY(!QFileInfo::exists(added.writtenFiles.first()));
        QVERIFY(QFileInfo::exists(own.fileName()));
        QCOMPARE(removed.commandsToRun.size(), 1);

        const ScheduleOutcome again = finish(*installer, [&] { installer->remove(presetName); });
        QCOMPARE(int(again.result), int(ScheduleOutcome::Result::NotFound));
    }

private:
    static ScheduleOutcome finish(ScheduleInstaller &installer, const std::function<void()> &call)
    {
        QSignalSpy finished(&installer, &ScheduleInstaller::finished);
        call();
        if (!finished.wait(10000))
            return { ScheduleOutcome::Result::Failed, "no answer", {}, {}, false, {}, {} };
        return finished.first().first().value<ScheduleOutcome>();
    }
};

QTEST_GUILESS_MAIN(FileScheduleInstallerTest)
#include "tst_file_schedule_installer.moc"
